"use client";
import { useActionState, useId } from "react";
import { FormMessage, SelectField, SubmitButton, TextField } from "@/components/auth-fields";
import { initialFormState } from "@/lib/auth/form-state";
import { PASSWORD_MIN_LENGTH } from "@/lib/auth/schemas";
import { changeRoleAction, clearSignInThrottleAction, createUserAction, setUserDisabledAction, type NewUserField, type UserRowField } from "./actions";

const ROLES = [
  { value: "EDITOR", label: "Editor — edits and publishes records" },
  { value: "ADMIN", label: "Administrator — also manages users and reads the audit log" },
];

export function NewUserForm() {
  const [state, formAction, pending] = useActionState(createUserAction, initialFormState<NewUserField>({ role: "EDITOR" }));
  return (
    <form action={formAction} className="max-w-md" noValidate>
      <FormMessage state={state} />
      <TextField name="email" label="Email address" type="email" autoComplete="off" defaultValue={state.values.email} error={state.fieldErrors.email} maxLength={254} />
      <TextField name="name" label="Name" autoComplete="off" defaultValue={state.values.name} error={state.fieldErrors.name} maxLength={120} />
      <SelectField name="role" label="Role" options={ROLES} defaultValue={state.values.role ?? "EDITOR"} error={state.fieldErrors.role} />
      <TextField
        name="password"
        label="Initial password"
        type="password"
        autoComplete="new-password"
        hint={`At least ${PASSWORD_MIN_LENGTH} characters, not a common password, not the email address. Give it to the person privately; they can change it under Your account.`}
        error={state.fieldErrors.password}
      />
      <SubmitButton pending={pending}>{pending ? "Adding…" : "Add user"}</SubmitButton>
    </form>
  );
}

/** One user's role, changed in place; the refusal (e.g. the last administrator) shows under it. */
export function RoleForm({ userId, name, role }: { userId: number; name: string; role: "ADMIN" | "EDITOR" }) {
  const [state, formAction, pending] = useActionState(changeRoleAction, initialFormState<UserRowField>());
  const id = useId();
  return (
    <form action={formAction} className="flex flex-wrap items-center gap-2">
      <input type="hidden" name="userId" value={userId} />
      <label htmlFor={`${id}-role`} className="sr-only">Role of {name}</label>
      <select id={`${id}-role`} name="role" defaultValue={role} className="rounded border border-stone-400 bg-white px-2 py-1">
        <option value="EDITOR">Editor</option>
        <option value="ADMIN">Administrator</option>
      </select>
      <button type="submit" disabled={pending} className="rounded border border-stone-400 bg-white px-2 py-1 text-sm hover:bg-stone-100 disabled:opacity-60">
        Change role<span className="sr-only"> of {name}</span>
      </button>
      {state.message ? <RowMessage ok={state.ok === true} message={state.message} /> : null}
    </form>
  );
}

export function DisableForm({ userId, name, disabled }: { userId: number; name: string; disabled: boolean }) {
  const [state, formAction, pending] = useActionState(setUserDisabledAction, initialFormState<UserRowField>());
  return (
    <form
      action={formAction}
      onSubmit={(event) => {
        if (!disabled && !window.confirm(`Disable ${name}? They are signed out at once and cannot sign in until enabled again.`)) event.preventDefault();
      }}
    >
      <input type="hidden" name="userId" value={userId} />
      <input type="hidden" name="disabled" value={disabled ? "false" : "true"} />
      <SubmitButton pending={pending} tone={disabled ? "plain" : "danger"}>
        {disabled ? "Enable" : "Disable"}<span className="sr-only"> {name}</span>
      </SubmitButton>
      {state.message ? <RowMessage ok={state.ok === true} message={state.message} /> : null}
    </form>
  );
}

/**
 * Clears the account's failed sign-ins from every source, so nothing slows or
 * refuses its next sign-in. Rendered for every row (null `summary`: nothing to
 * clear), so that the answer stays on screen after the page refreshes without
 * the button.
 */
export function ClearThrottleForm({ userId, name, summary }: { userId: number; name: string; summary: string | null }) {
  const [state, formAction, pending] = useActionState(clearSignInThrottleAction, initialFormState<UserRowField>());
  if (!summary && !state.message) return null;
  return (
    <form action={formAction} className="mt-2">
      {summary ? (
        <>
          <p className="mb-1 text-sm">{summary}</p>
          <input type="hidden" name="userId" value={userId} />
          <SubmitButton pending={pending} tone="plain">
            Clear failed sign-ins<span className="sr-only"> of {name}</span>
          </SubmitButton>
        </>
      ) : null}
      {state.message ? <RowMessage ok={state.ok === true} message={state.message} /> : null}
    </form>
  );
}

function RowMessage({ ok, message }: { ok: boolean; message: string }) {
  return ok ? (
    <p role="status" className="mt-1 w-full text-sm text-green-900">{message}</p>
  ) : (
    <p role="alert" className="mt-1 w-full text-sm font-medium text-accent-dark">{message}</p>
  );
}
