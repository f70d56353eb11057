import { z } from "zod";
import { typedText } from "@/lib/text";

// The inputs of sign-in and account management, shared by the forms, the
// server actions and `npm run admin:create`. The length rules of the password
// policy live here; the check against the common-passwords list and the
// email rule need server data and live in src/server/auth/passwords.ts.

/** Shortest and longest password accepted, in Unicode code points. */
export const PASSWORD_MIN_LENGTH = 12;
export const PASSWORD_MAX_LENGTH = 256;
/** Ceiling in UTF-8 bytes, so a password of 256 emoji cannot make a huge hash input. */
export const PASSWORD_MAX_BYTES = 1024;

/** Length as a person counts it: "😀" is one character, not two UTF-16 units. */
export function codePointLength(text: string): number {
  let n = 0;
  for (const _ of text) n++;
  return n;
}

const utf8 = new TextEncoder();
const fitsMaximum = (password: string) =>
  codePointLength(password) <= PASSWORD_MAX_LENGTH && utf8.encode(password).length <= PASSWORD_MAX_BYTES;
const TOO_LONG = `Use at most ${PASSWORD_MAX_LENGTH} characters.`;

export const EmailSchema = z
  .string()
  .trim()
  .toLowerCase()
  .min(1, "Enter an email address.")
  .max(254, "An email address has at most 254 characters.")
  .pipe(z.email({ error: "Enter an email address like name@example.org." }));

/** A new password: 12 to 256 characters, no composition rules (NIST SP 800-63B). */
export const PasswordSchema = z
  .string()
  .refine((p) => codePointLength(p) >= PASSWORD_MIN_LENGTH, `Use at least ${PASSWORD_MIN_LENGTH} characters.`)
  .refine(fitsMaximum, TOO_LONG);

/** A password typed to prove who you are: only the maximum applies (old passwords keep working). */
const TypedPasswordSchema = z.string().min(1, "Enter your password.").refine(fitsMaximum, TOO_LONG);

export const UserRoleSchema = z.enum(["ADMIN", "EDITOR"], { error: "Choose a role." });
export type UserRoleValue = z.infer<typeof UserRoleSchema>;

export const SignInSchema = z.object({
  email: EmailSchema,
  password: TypedPasswordSchema,
});
export type SignInInput = z.infer<typeof SignInSchema>;

export const NewUserSchema = z.object({
  email: EmailSchema,
  name: z.string().trim().min(1, "Enter the person's name.").max(120, "Use at most 120 characters.").superRefine(typedText("The name")),
  role: UserRoleSchema,
  password: PasswordSchema,
});
export type NewUserInput = z.infer<typeof NewUserSchema>;

export const ChangePasswordSchema = z
  .object({
    currentPassword: TypedPasswordSchema,
    newPassword: PasswordSchema,
    confirmPassword: z.string(),
  })
  .refine((v) => v.newPassword === v.confirmPassword, { path: ["confirmPassword"], message: "The two new passwords differ." });
export type ChangePasswordInput = z.infer<typeof ChangePasswordSchema>;

const UserIdSchema = z.coerce.number({ error: "Unknown user." }).int().positive();

export const ChangeRoleSchema = z.object({ userId: UserIdSchema, role: UserRoleSchema });
export type ChangeRoleInput = z.infer<typeof ChangeRoleSchema>;

export const SetDisabledSchema = z.object({
  userId: UserIdSchema,
  disabled: z.enum(["true", "false"]).transform((v) => v === "true"),
});
export type SetDisabledInput = z.infer<typeof SetDisabledSchema>;

/** An administrator clearing an account's failed sign-ins (the throttle's unlock). */
export const ClearThrottleSchema = z.object({ userId: UserIdSchema });
