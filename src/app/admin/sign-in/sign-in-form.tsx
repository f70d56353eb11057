"use client";
import { useActionState } from "react";
import { FormMessage, SubmitButton, TextField } from "@/components/auth-fields";
import { initialFormState } from "@/lib/auth/form-state";
import { signInAction, type SignInField } from "./actions";

// Without JavaScript the form posts to the same server action and the page
// comes back with its state (React's progressive enhancement of useActionState).
export function SignInForm({ next }: { next: string }) {
  const [state, formAction, pending] = useActionState(signInAction, initialFormState<SignInField>());
  return (
    <form action={formAction} className="max-w-md" noValidate>
      <FormMessage state={state} />
      <input type="hidden" name="next" value={next} />
      <TextField name="email" label="Email address" type="email" autoComplete="username" defaultValue={state.values.email} error={state.fieldErrors.email} maxLength={254} />
      <TextField name="password" label="Password" type="password" autoComplete="current-password" error={state.fieldErrors.password} />
      <SubmitButton pending={pending}>{pending ? "Signing in…" : "Sign in"}</SubmitButton>
    </form>
  );
}
