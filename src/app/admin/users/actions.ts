"use server";
import { revalidatePath } from "next/cache";
import { fieldErrorsOf, formText, initialFormState, type FormState } from "@/lib/auth/form-state";
import { ChangeRoleSchema, ClearThrottleSchema, NewUserSchema, SetDisabledSchema } from "@/lib/auth/schemas";
import { authorize, clientIp } from "@/server/auth/session";
import { changeUserRole, clearSignInThrottle, createUser, setUserDisabled } from "@/server/auth/users";

// Administrators only: every action checks that itself, whatever the page showed.

export type NewUserField = "email" | "name" | "role" | "password";
export type UserRowField = "userId" | "role" | "disabled";

const PROBLEM = "That did not work because of a problem on our side. Try again in a moment.";

export async function createUserAction(_previous: FormState<NewUserField>, formData: FormData): Promise<FormState<NewUserField>> {
  const values = { email: formText(formData, "email"), name: formText(formData, "name"), role: formText(formData, "role") };
  const auth = await authorize("ADMIN");
  if (!auth.ok) return { ...initialFormState(values), ok: false, message: auth.message };
  const parsed = NewUserSchema.safeParse({ ...values, password: formText(formData, "password") });
  if (!parsed.success) return { ok: false, message: "Check the highlighted fields.", fieldErrors: fieldErrorsOf(parsed.error), values };
  try {
    const result = await createUser(parsed.data, { id: auth.viewer.id, ip: await clientIp() });
    if (!result.ok) return { ok: false, message: result.message, fieldErrors: result.fieldErrors, values };
    revalidatePath("/admin/users");
    // An empty form for the next person; the message says who was added.
    return { ok: true, message: result.message, fieldErrors: {}, values: { role: parsed.data.role } };
  } catch (error) {
    console.error("create user failed", error);
    return { ok: false, message: PROBLEM, fieldErrors: {}, values };
  }
}

export async function changeRoleAction(_previous: FormState<UserRowField>, formData: FormData): Promise<FormState<UserRowField>> {
  const auth = await authorize("ADMIN");
  if (!auth.ok) return { ...initialFormState(), ok: false, message: auth.message };
  const parsed = ChangeRoleSchema.safeParse({ userId: formText(formData, "userId"), role: formText(formData, "role") });
  if (!parsed.success) return { ok: false, message: "Choose a role.", fieldErrors: fieldErrorsOf(parsed.error), values: {} };
  try {
    const result = await changeUserRole(parsed.data.userId, parsed.data.role, { id: auth.viewer.id, ip: await clientIp() });
    if (result.ok) revalidatePath("/admin/users");
    return { ok: result.ok, message: result.message, fieldErrors: {}, values: { role: parsed.data.role } };
  } catch (error) {
    console.error("change role failed", error);
    return { ok: false, message: PROBLEM, fieldErrors: {}, values: {} };
  }
}

export async function setUserDisabledAction(_previous: FormState<UserRowField>, formData: FormData): Promise<FormState<UserRowField>> {
  const auth = await authorize("ADMIN");
  if (!auth.ok) return { ...initialFormState(), ok: false, message: auth.message };
  const parsed = SetDisabledSchema.safeParse({ userId: formText(formData, "userId"), disabled: formText(formData, "disabled") });
  if (!parsed.success) return { ok: false, message: "That request was not understood. Reload the page and try again.", fieldErrors: {}, values: {} };
  try {
    const result = await setUserDisabled(parsed.data.userId, parsed.data.disabled, { id: auth.viewer.id, ip: await clientIp() });
    if (result.ok) revalidatePath("/admin/users");
    return { ok: result.ok, message: result.message, fieldErrors: {}, values: {} };
  } catch (error) {
    console.error("enable/disable user failed", error);
    return { ok: false, message: PROBLEM, fieldErrors: {}, values: {} };
  }
}

export async function clearSignInThrottleAction(_previous: FormState<UserRowField>, formData: FormData): Promise<FormState<UserRowField>> {
  const auth = await authorize("ADMIN");
  if (!auth.ok) return { ...initialFormState(), ok: false, message: auth.message };
  const parsed = ClearThrottleSchema.safeParse({ userId: formText(formData, "userId") });
  if (!parsed.success) return { ok: false, message: "That request was not understood. Reload the page and try again.", fieldErrors: {}, values: {} };
  try {
    const result = await clearSignInThrottle(parsed.data.userId, { id: auth.viewer.id, ip: await clientIp() });
    if (result.ok) revalidatePath("/admin/users");
    return { ok: result.ok, message: result.message, fieldErrors: {}, values: {} };
  } catch (error) {
    console.error("clear sign-in throttle failed", error);
    return { ok: false, message: PROBLEM, fieldErrors: {}, values: {} };
  }
}
