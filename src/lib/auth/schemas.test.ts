import { describe, expect, it } from "vitest";
import { ChangePasswordSchema, codePointLength, EmailSchema, NewUserSchema, PasswordSchema, SignInSchema } from "./schemas";

describe("PasswordSchema (length rules of the policy)", () => {
  it("refuses 11 characters and accepts 12, 128 and 256, with no composition rules", () => {
    expect(PasswordSchema.safeParse("x".repeat(11)).success).toBe(false);
    expect(PasswordSchema.safeParse("x".repeat(12)).success).toBe(true);
    expect(PasswordSchema.safeParse("x".repeat(128)).success).toBe(true);
    expect(PasswordSchema.safeParse("x".repeat(256)).success).toBe(true);
    expect(PasswordSchema.safeParse("x".repeat(257)).success).toBe(false);
  });

  it("counts characters as people do: an emoji is one, a kanji is one", () => {
    expect(codePointLength("😀")).toBe(1);
    expect(PasswordSchema.safeParse("😀".repeat(12)).success).toBe(true);
    expect(PasswordSchema.safeParse(`${"京都".repeat(5)}x`).success).toBe(false);
    expect(PasswordSchema.safeParse("😀".repeat(256)).success).toBe(true); // 1,024 bytes: the byte ceiling
    expect(PasswordSchema.safeParse("😀".repeat(257)).success).toBe(false);
  });
});

describe("SignInSchema", () => {
  it("lower-cases and trims the email, and does not apply the new-password minimum", () => {
    const parsed = SignInSchema.parse({ email: "  Ana.Sato@Example.ORG ", password: "short" });
    expect(parsed).toEqual({ email: "ana.sato@example.org", password: "short" });
  });

  it("still refuses an empty or over-long password and a malformed email", () => {
    expect(SignInSchema.safeParse({ email: "ana@example.org", password: "" }).success).toBe(false);
    expect(SignInSchema.safeParse({ email: "ana@example.org", password: "x".repeat(257) }).success).toBe(false);
    expect(SignInSchema.safeParse({ email: "not an email", password: "x" }).success).toBe(false);
    expect(EmailSchema.safeParse("").error?.issues[0]?.message).toBe("Enter an email address.");
  });
});

describe("NewUserSchema and ChangePasswordSchema", () => {
  it("needs a role of ADMIN or EDITOR and a name", () => {
    const base = { email: "a@example.org", name: "Ana", password: "a long enough passphrase" };
    expect(NewUserSchema.safeParse({ ...base, role: "EDITOR" }).success).toBe(true);
    expect(NewUserSchema.safeParse({ ...base, role: "OWNER" }).success).toBe(false);
    expect(NewUserSchema.safeParse({ ...base, name: "  ", role: "ADMIN" }).success).toBe(false);
  });

  it("asks for the new password twice", () => {
    const result = ChangePasswordSchema.safeParse({ currentPassword: "old", newPassword: "a long enough passphrase", confirmPassword: "a long enough passphrase!" });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.path).toEqual(["confirmPassword"]);
  });
});
