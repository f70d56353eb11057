import type { z } from "zod";

// What the account forms' server actions return to `useActionState`: expected
// failures are values, shown next to their field and keeping what was typed
// (passwords excepted: they are never sent back to the page).

export type FieldErrors<F extends string = string> = Partial<Record<F, string>>;

/** An expected failure, returned by the data layer and the actions alike. */
export type Failure<F extends string = string> = { ok: false; message: string; fieldErrors: FieldErrors<F> };

export type FormState<F extends string = string> = {
  /** null until the form is first submitted. */
  ok: boolean | null;
  message: string;
  fieldErrors: FieldErrors<F>;
  /** What the user typed, to show again (never a password). */
  values: Partial<Record<F, string>>;
};

export function initialFormState<F extends string>(values: Partial<Record<F, string>> = {}): FormState<F> {
  return { ok: null, message: "", fieldErrors: {}, values };
}

export function failure<F extends string>(message: string, fieldErrors: FieldErrors<F> = {}): Failure<F> {
  return { ok: false, message, fieldErrors };
}

/** The first message for each field of a failed zod parse. */
export function fieldErrorsOf<F extends string>(error: z.ZodError): FieldErrors<F> {
  const out: Record<string, string> = {};
  for (const issue of error.issues) {
    const key = String(issue.path[0] ?? "");
    if (key && !(key in out)) out[key] = issue.message;
  }
  return out as FieldErrors<F>;
}

/** A form field as a string ("" when missing or a file): never `formData.get(...) as string`. */
export function formText(formData: FormData, name: string): string {
  const value = formData.get(name);
  return typeof value === "string" ? value : "";
}
