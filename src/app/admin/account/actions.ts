"use server";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { fieldErrorsOf, formText, initialFormState, type FormState } from "@/lib/auth/form-state";
import { SIGN_IN_PATH } from "@/lib/auth/next-path";
import { ChangePasswordSchema } from "@/lib/auth/schemas";
import { authorize, clearSessionCookie, clientIp } from "@/server/auth/session";
import { signOut, signOutEverywhere } from "@/server/auth/session-store";
import { changePassword } from "@/server/auth/users";

export type ChangePasswordField = "currentPassword" | "newPassword" | "confirmPassword";

const PROBLEM = "That did not work because of a problem on our side. Try again in a moment.";

/** Ends this browser's session. The cookie goes whatever happens, so the button always signs out here. */
export async function signOutAction(): Promise<void> {
  const auth = await authorize();
  try {
    if (auth.ok) await signOut(auth.viewer, await clientIp());
  } catch (error) {
    console.error("sign-out: the session could not be deleted", error);
  }
  await clearSessionCookie();
  redirect(SIGN_IN_PATH);
}

/** Ends every session of the signed-in user, this one included. */
export async function signOutEverywhereAction(): Promise<void> {
  const auth = await authorize();
  if (auth.ok) await signOutEverywhere(auth.viewer, await clientIp());
  await clearSessionCookie();
  redirect(SIGN_IN_PATH);
}

/** Changes the signed-in user's password and signs out their other sessions. */
export async function changePasswordAction(_previous: FormState<ChangePasswordField>, formData: FormData): Promise<FormState<ChangePasswordField>> {
  const auth = await authorize();
  if (!auth.ok) return { ...initialFormState(), ok: false, message: auth.message };
  const parsed = ChangePasswordSchema.safeParse({
    currentPassword: formText(formData, "currentPassword"),
    newPassword: formText(formData, "newPassword"),
    confirmPassword: formText(formData, "confirmPassword"),
  });
  // Passwords are never sent back to the page: `values` stays empty.
  if (!parsed.success) return { ok: false, message: "Check the highlighted fields.", fieldErrors: fieldErrorsOf(parsed.error), values: {} };
  try {
    const result = await changePassword(auth.viewer, parsed.data, await clientIp());
    if (!result.ok) return { ok: false, message: result.message, fieldErrors: result.fieldErrors, values: {} };
    revalidatePath("/admin/account");
    return { ok: true, message: result.message, fieldErrors: {}, values: {} };
  } catch (error) {
    console.error("change password failed", error);
    return { ok: false, message: PROBLEM, fieldErrors: {}, values: {} };
  }
}
