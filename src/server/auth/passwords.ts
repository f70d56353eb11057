// Password hashing and the server half of the password policy.
//
// The one file under src/server/ without `import "server-only"`: the
// `admin:create` script imports it too, and under tsx (no React Server
// Components, no Vitest alias) `server-only` throws on import. It stays
// server-only all the same: it needs node:fs and a native module, which no
// client bundle can include, it reads no environment and touches no database.
import { hash, parseOptions, verify, type Options } from "@node-rs/argon2";
import { readFileSync } from "node:fs";
import path from "node:path";
import { codePointLength, PASSWORD_MIN_LENGTH } from "../../lib/auth/schemas";

// Argon2id with OWASP's first recommended set (m = 19 MiB, t = 2, p = 1).
// 2 is Algorithm.Argon2id: the package declares its enums `const`, which
// `isolatedModules` cannot read.
export const HASH_OPTIONS = { algorithm: 2, memoryCost: 19456, timeCost: 2, parallelism: 1 } as const satisfies Options;

export function hashPassword(password: string): Promise<string> {
  return hash(password.normalize("NFC"), HASH_OPTIONS);
}

/** False for a wrong password and for a stored value that is not an Argon2 hash. */
export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  try {
    return await verify(passwordHash, password.normalize("NFC"));
  } catch {
    return false;
  }
}

/** True when a stored hash was made with weaker settings than HASH_OPTIONS (rehash it at the next sign-in). */
export function needsRehash(passwordHash: string): boolean {
  try {
    const used = parseOptions(passwordHash);
    return (
      used.algorithm !== HASH_OPTIONS.algorithm ||
      used.memoryCost < HASH_OPTIONS.memoryCost ||
      used.timeCost < HASH_OPTIONS.timeCost
    );
  } catch {
    return true;
  }
}

let dummyHash: Promise<string> | undefined;

/**
 * Spends the time of one verification when there is no account to verify
 * against, so that "no such account" and "wrong password" take about as long.
 * Always false.
 */
export async function verifyAgainstDummy(password: string): Promise<false> {
  dummyHash ??= hashPassword("kizuna-dummy-password-for-timing");
  await verifyPassword(await dummyHash, password);
  return false;
}

// ------------------------------------------------------------------ policy

const LIST_FILE = "src/server/auth/common-passwords.txt";
let commonPasswords: Set<string> | undefined;

/**
 * The shipped list (see common-passwords.README.md), read once on first use.
 * Read from the project folder rather than bundled: `npm start`, the tests and
 * the scripts all run there. A missing list is an error, never "no password is common".
 */
function commonPasswordSet(): Set<string> {
  if (!commonPasswords) {
    const text = readFileSync(path.join(process.cwd(), LIST_FILE), "utf8");
    const entries = text.split("\n").map((line) => line.trim().toLowerCase()).filter(Boolean);
    if (entries.length < 1000) throw new Error(`${LIST_FILE} holds only ${entries.length} entries`);
    commonPasswords = new Set(entries);
  }
  return commonPasswords;
}

/** Whether the password is in the common-passwords list, ignoring case. */
export function isCommonPassword(password: string): boolean {
  return commonPasswordSet().has(password.toLowerCase());
}

/** Local parts shorter than this ("jo@…") are too short to ban as substrings. */
const MIN_LOCAL_PART = 4;

export const COMMON_PASSWORD_MESSAGE = "This password is on a list of common passwords that attackers try first. Choose another.";
export const EMAIL_IN_PASSWORD_MESSAGE = "A password must not be your email address or contain the part before the @.";

/**
 * The server-side rules a new password must also pass, after PasswordSchema's
 * length rules: not a common password, not the email address, not containing
 * the email's local part (when it has 4 characters or more). Returns the
 * message to show, or null when the password is acceptable.
 */
export function passwordPolicyProblem(password: string, email: string): string | null {
  if (codePointLength(password) < PASSWORD_MIN_LENGTH) return `Use at least ${PASSWORD_MIN_LENGTH} characters.`;
  const lower = password.toLowerCase();
  const address = email.trim().toLowerCase();
  const local = address.split("@")[0] ?? "";
  if (address && (lower === address || (local.length >= MIN_LOCAL_PART && lower.includes(local)))) return EMAIL_IN_PASSWORD_MESSAGE;
  if (isCommonPassword(lower)) return COMMON_PASSWORD_MESSAGE;
  return null;
}
