// The one rule for text a person types: form fields (names, summaries,
// article text) and search boxes (the public search, the agreement list, the
// admin lists and their look-ups). Control characters other than tab,
// newline and carriage return are refused: nobody types them, PostgreSQL
// cannot store NUL at all (the query fails), and the others (escape, bell,
// the C1 controls U+0080–U+009F) are invisible on a page yet change what it
// means or how a terminal shows a log. Refused with a message, never replaced
// silently: the editor sees the field error and keeps what was typed.
import type { z } from "zod";

/** Unicode control characters (Cc) except tab, line feed and carriage return. */
const CONTROL = /[^\P{Cc}\t\n\r]/u;

/** The first control character of `text` that the rule refuses, as "U+0000", or null. */
export function refusedControlCharacter(text: string): string | null {
  const match = CONTROL.exec(text);
  return match ? `U+${match[0].codePointAt(0)!.toString(16).toUpperCase().padStart(4, "0")}` : null;
}

/** The message shown next to a field (or above a list) holding a refused character. */
export function controlCharacterMessage(label: string, character: string): string {
  return `${label} contains a control character (${character}) that cannot be stored or shown. Remove it (it may have come with pasted text) and try again.`;
}

/**
 * The check for a form field, as a zod refinement: `.superRefine(typedText("Summary"))`.
 * Forms build every text field on it (src/lib/admin/schema-parts.ts).
 */
export function typedText(label: string) {
  return (text: string, ctx: z.RefinementCtx) => {
    const character = refusedControlCharacter(text);
    if (character) ctx.addIssue({ code: "custom", message: controlCharacterMessage(label, character) });
  };
}

export type SearchText = { ok: true; text: string } | { ok: false; message: string };

/**
 * The text of a search box, from a URL parameter: white space folded, cut to
 * `max` characters (by code point, so a Japanese character is never split),
 * or refused with a message when it holds a control character. Callers show
 * the message and search for nothing rather than fail.
 */
export function searchText(raw: string | string[] | undefined, max: number, label = "The search text"): SearchText & { cut?: boolean } {
  const value = (Array.isArray(raw) ? raw.join(" ") : raw) ?? "";
  const character = refusedControlCharacter(value);
  if (character) return { ok: false, message: controlCharacterMessage(label, character) };
  const folded = value.replace(/\s+/g, " ").trim();
  const chars = [...folded];
  return chars.length > max ? { ok: true, text: chars.slice(0, max).join("").trim(), cut: true } : { ok: true, text: folded };
}
