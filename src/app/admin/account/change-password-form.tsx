"use client";
import { useActionState } from "react";
import { FormMessage, SubmitButton, TextField } from "@/components/auth-fields";
import { initialFormState } from "@/lib/auth/form-state";
import { PASSWORD_MIN_LENGTH } from "@/lib/auth/schemas";
import { changePasswordAction, type ChangePasswordField } from "./actions";

export function ChangePasswordForm() {
  const [state, formAction, pending] = useActionState(changePasswordAction, initialFormState<ChangePasswordField>());
  return (
    <form action={formAction} className="max-w-md" noValidate>
      <FormMessage state={state} />
      <TextField name="currentPassword" label="Current password" type="password" autoComplete="current-password" error={state.fieldErrors.currentPassword} />
      <TextField
        name="newPassword"
        label="New password"
        type="password"
        autoComplete="new-password"
        hint={`At least ${PASSWORD_MIN_LENGTH} characters; a few unrelated words make a good one. Not a common password, not your email address.`}
        error={state.fieldErrors.newPassword}
      />
      <TextField name="confirmPassword" label="New password again" type="password" autoComplete="new-password" error={state.fieldErrors.confirmPassword} />
      <SubmitButton pending={pending}>{pending ? "Changing…" : "Change password"}</SubmitButton>
    </form>
  );
}
