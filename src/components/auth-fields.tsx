"use client";
// Inputs of the sign-in and account forms: the label above the input, the
// hint and the error linked to it with aria-describedby, the form's own
// message announced (role="alert" for a failure, role="status" for a success).
import { useId, type ReactNode } from "react";
import type { FormState } from "@/lib/auth/form-state";

const INPUT =
  "mt-1 block w-full rounded border border-stone-400 bg-white px-3 py-2 text-ink aria-[invalid=true]:border-accent-dark aria-[invalid=true]:ring-1 aria-[invalid=true]:ring-accent-dark";

function describedBy(...ids: (string | false | null | undefined)[]): string | undefined {
  const list = ids.filter(Boolean).join(" ");
  return list || undefined;
}

export function TextField({
  name,
  label,
  type = "text",
  autoComplete,
  defaultValue,
  error,
  hint,
  required = true,
  maxLength,
}: {
  name: string;
  label: string;
  type?: "text" | "email" | "password";
  autoComplete?: string;
  defaultValue?: string;
  error?: string;
  hint?: ReactNode;
  required?: boolean;
  maxLength?: number;
}) {
  const id = `${useId()}-${name}`;
  return (
    <div className="mb-4">
      <label htmlFor={id} className="block font-medium">{label}</label>
      {hint ? <p id={`${id}-hint`} className="text-sm text-muted">{hint}</p> : null}
      <input
        id={id}
        name={name}
        type={type}
        autoComplete={autoComplete}
        defaultValue={defaultValue}
        required={required}
        maxLength={maxLength}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(hint ? `${id}-hint` : null, error ? `${id}-error` : null)}
        className={INPUT}
        {...(type === "email" ? { spellCheck: false, autoCapitalize: "none" } : {})}
      />
      {error ? <p id={`${id}-error`} className="mt-1 text-sm font-medium text-accent-dark">{error}</p> : null}
    </div>
  );
}

export function SelectField({
  name,
  label,
  options,
  defaultValue,
  error,
}: {
  name: string;
  label: string;
  options: { value: string; label: string }[];
  defaultValue?: string;
  error?: string;
}) {
  const id = `${useId()}-${name}`;
  return (
    <div className="mb-4">
      <label htmlFor={id} className="block font-medium">{label}</label>
      <select
        id={id}
        name={name}
        defaultValue={defaultValue}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(error ? `${id}-error` : null)}
        className={INPUT}
      >
        {options.map((o) => <option key={o.value} value={o.value}>{o.label}</option>)}
      </select>
      {error ? <p id={`${id}-error`} className="mt-1 text-sm font-medium text-accent-dark">{error}</p> : null}
    </div>
  );
}

/** The outcome of the last submission, if it has one to tell. */
export function FormMessage({ state }: { state: Pick<FormState, "ok" | "message"> }) {
  if (!state.message) return null;
  return state.ok ? (
    <p role="status" className="mb-4 rounded border border-green-300 bg-green-50 p-3 text-green-900">{state.message}</p>
  ) : (
    <p role="alert" className="mb-4 rounded border border-red-300 bg-red-50 p-3 text-accent-dark">{state.message}</p>
  );
}

export function SubmitButton({ pending, children, tone = "primary" }: { pending: boolean; children: ReactNode; tone?: "primary" | "plain" | "danger" }) {
  const colours =
    tone === "primary" ? "border-eu bg-eu text-white hover:bg-blue-900" : tone === "danger" ? "border-red-700 bg-white text-red-800 hover:bg-red-50" : "border-stone-400 bg-white text-ink hover:bg-stone-100";
  return (
    <button type="submit" disabled={pending} className={`rounded border px-4 py-2 font-medium disabled:opacity-60 ${colours}`}>
      {children}
    </button>
  );
}
