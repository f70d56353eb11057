// zod building blocks for the admin forms. Each takes the string a form posts
// and gives the value the data layer stores (and a revision keeps).
import { z } from "zod";
import { parsePartialDate } from "@/lib/dates";
import { SLUG_MAX_LENGTH, SLUG_PATTERN } from "@/lib/slugs";
import { refusedControlCharacter, typedText } from "@/lib/text";
import { WEB_ADDRESS_MAX, webAddressProblem } from "@/lib/urls";

/** Plain text: trimmed, bounded, and typed (no control characters: src/lib/text.ts). */
export const requiredText = (label: string, max = 300) =>
  z
    .string()
    .transform((s) => s.trim())
    .pipe(
      z
        .string()
        .min(1, `${label} is required.`)
        .max(max, `${label} is at most ${max} characters.`)
        .superRefine(typedText(label)),
    );

/** Optional text: "" becomes null. */
export const optionalText = (label: string, max = 300) =>
  z
    .string()
    .transform((s) => s.trim())
    .pipe(
      z
        .string()
        .max(max, `${label} is at most ${max} characters.`)
        .superRefine(typedText(label)),
    )
    .transform((s) => (s === "" ? null : s));

/** Long text kept as typed (a summary, an article): "" allowed. */
export const longText = (label: string, max = 20_000) =>
  z
    .string()
    .transform((s) => s.replace(/\r\n?/g, "\n").trim())
    .pipe(z.string().max(max, `${label} is at most ${max.toLocaleString("en")} characters.`).superRefine(typedText(label)));

/**
 * An optional web address, http(s) only: a `javascript:` or `data:` link on a
 * public page would run in visitors' browsers. Kept as typed (trimmed), so
 * that saving an unchanged form changes nothing; "" becomes null.
 */
export const webAddress = (label: string) =>
  optionalText(label, WEB_ADDRESS_MAX).superRefine((s, ctx) => {
    const problem = s === null ? null : webAddressProblem(s);
    if (problem === null) return;
    ctx.addIssue({
      code: "custom",
      message: problem === "not-a-full-address"
        ? `${label}: a full web address starting with https:// or http://, without spaces, e.g. https://www.example.org.`
        : `${label}: only web addresses starting with https:// or http:// are allowed, not “${problem.scheme}”.`,
    });
  });

export const slug = () =>
  z
    .string()
    .transform((s) => s.trim())
    .pipe(
      z
        .string()
        .min(1, "Slug is required: lower-case letters, digits and hyphens, e.g. lyon-tokyo.")
        .max(SLUG_MAX_LENGTH, `Slug is at most ${SLUG_MAX_LENGTH} characters.`)
        .regex(SLUG_PATTERN, "Slug: lower-case letters, digits and single hyphens only, e.g. lyon-tokyo."),
    );

export const oneOf = <const T extends readonly [string, ...string[]]>(label: string, values: T) =>
  z.enum(values, { error: `Choose a ${label.toLowerCase()} from the list.` });

const ID = /^[1-9]\d{0,9}$/;

/** A chosen record's id; "" means none. */
export const optionalRef = (label: string) =>
  z
    .string()
    .refine((s) => s === "" || (ID.test(s) && Number(s) <= 2_147_483_647), `Choose a ${label.toLowerCase()} from the list.`)
    .transform((s) => (s === "" ? null : Number(s)));

export const requiredRef = (label: string) =>
  z
    .string()
    .refine((s) => s !== "", `Choose a ${label.toLowerCase()}.`)
    .refine((s) => s === "" || (ID.test(s) && Number(s) <= 2_147_483_647), `Choose a ${label.toLowerCase()} from the list.`)
    .transform((s) => Number(s));

/** Several ids (sectors): distinct, sorted so that a revision compares equal whatever the order. */
export const refList = (label: string) =>
  z
    .array(z.string().regex(ID, `Choose ${label.toLowerCase()} from the list.`))
    .max(100, `At most 100 ${label.toLowerCase()}.`)
    .transform((ids) => [...new Set(ids.map(Number))].sort((a, b) => a - b));

/** A region or an organisation, posted as "region:12" or "organisation:5". */
export const actorRef = (label: string) =>
  z
    .string()
    .refine((s) => s !== "", `Choose a region or organisation for ${label.toLowerCase()}.`)
    .refine((s) => s === "" || /^(region|organisation):[1-9]\d{0,9}$/.test(s), `Choose a region or organisation from the list.`);

export const optionalActorRef = () =>
  z
    .string()
    .refine((s) => s === "" || /^(region|organisation):[1-9]\d{0,9}$/.test(s), `Choose a region or organisation from the list.`)
    .transform((s) => (s === "" ? null : s));

/** A whole number in a range; "" means unknown. */
export const optionalInt = (label: string, min: number, max: number) =>
  z
    .string()
    .transform((s) => s.trim())
    .refine((s) => s === "" || (/^-?\d+$/.test(s) && Number(s) >= min && Number(s) <= max), `${label}: a whole number from ${min} to ${max}, or empty if unknown.`)
    .transform((s) => (s === "" ? null : Number(s)));

export const lines = (label: string, maxItems = 50, maxLength = 1000) =>
  z
    .array(z.string())
    .max(maxItems, `${label}: at most ${maxItems} lines.`)
    .refine((items) => items.every((item) => item.length <= maxLength), `${label}: each line is at most ${maxLength} characters.`)
    // One message for the list, however many lines hold a control character.
    .superRefine((items, ctx) => typedText(label)(items.find((item) => refusedControlCharacter(item)) ?? "", ctx));

/**
 * A date with its precision: "2016-11-08" (day), "2016-11" (month), "2016"
 * (year) or "" (not stated), and, when the source does not state it, what it
 * was inferred from.
 */
export const partialDate = (label: string) =>
  z
    .object({ value: z.string().transform((s) => s.trim()), inferredFrom: optionalText(`${label}: inferred from`, 500) })
    .superRefine((date, ctx) => {
      if (date.value !== "" && !parsePartialDate(date.value)) {
        ctx.addIssue({ code: "custom", path: ["value"], message: `${label}: write 2016-11-08, 2016-11 or 2016 (a real date), or leave empty if the source does not state it.` });
      }
    });

export type PartialDateValue = z.output<ReturnType<typeof partialDate>>;

/**
 * For a check across fields (end after start): run it even when another field
 * is invalid (zod skips such checks by default once a field fails), so that
 * the editor sees every problem at once. The check must then cope with
 * malformed values.
 */
export const ALWAYS = { when: () => true };

/**
 * Adds "end is before start" to the end date. Dates are stored as the first
 * day of their period, and the database requires end ≥ start on those, so an
 * end of "2016-11" cannot follow a start of "2016-11-08": say so here, next to
 * the field, instead of failing at the database.
 */
export function endNotBeforeStart(ctx: z.RefinementCtx, start: PartialDateValue | undefined, end: PartialDateValue | undefined, endField: string) {
  // Runs even when other fields failed (see ALWAYS), so the values may be malformed.
  if (typeof start?.value !== "string" || typeof end?.value !== "string") return;
  const s = parsePartialDate(start.value);
  const e = parsePartialDate(end.value);
  if (!s || !e || e.date >= s.date) return;
  const sameYear = e.date.getUTCFullYear() === s.date.getUTCFullYear();
  ctx.addIssue({
    code: "custom",
    path: [endField, "value"],
    message: sameYear && e.precision !== "DAY"
      ? "The end is before the start: a month or a year counts from its first day. Give the end as precisely as the start, or leave it empty."
      : "The end is before the start.",
  });
}

/** Local names as rows of language tag + name; stored as {"fr": "Lyon"}. */
export const localNameRows = () =>
  z
    .array(
      z.object({
        lang: z.string().transform((s) => s.trim()).pipe(z.string().regex(/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/, "Language: a BCP 47 tag such as fr, ja or zh-Hant.")),
        name: requiredText("Local name", 300),
      }),
    )
    .max(20, "At most 20 local names.")
    .superRefine((rows, ctx) => {
      const seen = new Set<string>();
      rows.forEach((row, index) => {
        if (seen.has(row.lang)) ctx.addIssue({ code: "custom", path: [index, "lang"], message: `${row.lang} is listed twice.` });
        seen.add(row.lang);
      });
    });
