"use server";
import { redirect } from "next/navigation";
import { fieldErrorsOf, formText, type FormState } from "@/lib/auth/form-state";
import { ADMIN_HOME, safeNextPath } from "@/lib/auth/next-path";
import { SignInSchema } from "@/lib/auth/schemas";
import { clientIp, clientUserAgent, readSessionToken, setSessionCookie } from "@/server/auth/session";
import { signInWithPassword } from "@/server/auth/sign-in";

export type SignInField = "email" | "password";

/**
 * Signs in and goes to `next` (an /admin path only) or /admin. Works as a
 * plain form POST too. The only action without authorize(): it is how one
 * gets authorised.
 */
export async function signInAction(_previous: FormState<SignInField>, formData: FormData): Promise<FormState<SignInField>> {
  // A post crafted by hand can carry any JSON as the action's arguments: refuse what is not a form.
  if (!(formData instanceof FormData)) return { ok: false, message: "Enter your email address and password.", fieldErrors: {}, values: { email: "" } };
  const email = formText(formData, "email");
  const values = { email };
  const parsed = SignInSchema.safeParse({ email, password: formText(formData, "password") });
  if (!parsed.success) return { ok: false, message: "Enter your email address and password.", fieldErrors: fieldErrorsOf(parsed.error), values };

  let result: Awaited<ReturnType<typeof signInWithPassword>>;
  try {
    result = await signInWithPassword({
      email: parsed.data.email,
      password: parsed.data.password,
      ip: await clientIp(),
      userAgent: await clientUserAgent(),
      replacesToken: await readSessionToken(),
    });
  } catch (error) {
    console.error("sign-in failed unexpectedly", error);
    return { ok: false, message: "Signing in is not possible right now. Try again in a moment.", fieldErrors: {}, values };
  }
  if (!result.ok) return { ok: false, message: result.message, fieldErrors: result.fieldErrors, values };

  await setSessionCookie(result.token, result.expiresAt);
  redirect(safeNextPath(formText(formData, "next")) ?? ADMIN_HOME);
}
