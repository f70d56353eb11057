// The code that runs regular expressions over text a user sends, and the
// adversarial text that makes a backtracking pattern slow, shared by the
// property test (src/lib/user-input-regex.test.ts: a ratio bound) and the
// benchmark (scripts/bench-regex.ts: figures in docs/benchmarks.md).
//
// Time is compared with ordinary text of the same length, never with a
// clock: a pattern that backtracks over a run of n characters costs n² on
// the adversarial text and n on the ordinary one, so the ratio grows with n
// whatever the machine, while a linear pattern keeps it near 1.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { findDates } from "../../src/lib/admin/find-dates";
import { parseAdminListParams } from "../../src/lib/admin/list-params";
import { longText, requiredText, slug, webAddress } from "../../src/lib/admin/schema-parts";
import { normaliseForQuote } from "../../src/lib/quotes";
import { parseSearchParams } from "../../src/lib/search-params";
import { slugify } from "../../src/lib/slugs";
import { refusedControlCharacter } from "../../src/lib/text";
import { safeHref } from "../../src/lib/urls";

const sourceText = longText("Text", 400_000);
const name = requiredText("Name", 400_000);
const website = webAddress("Website");
const slugField = slug();

/*
 * Reviewed and not timed here, because each is anchored (^…$), has no two
 * adjacent quantifiers that can match the same character, and runs on a
 * value already bounded: the id patterns (/^[1-9]\d{0,9}$/ in the admin
 * routes and schema-parts), the region form's codes (country, ISO 3166-2,
 * NUTS, Wikidata, coordinates), the event form's time and session number,
 * the BCP 47 language tag (every group starts with "-"), the session token
 * (/^[A-Za-z0-9_-]{43}$/), the form's line split (/\r?\n/), and the
 * highlight split (one character class). In SQL, the mention finder's
 * regexp_replace(…, '[^a-z0-9]+', ' ') on pasted text is one character class
 * (PostgreSQL's engine is a DFA hybrid: linear for it); its other patterns
 * run on the directory's names, not on the request.
 */

/** Each function that applies a regular expression to text from a request, by where that text comes from. */
export const USER_INPUT_FUNCTIONS: Record<string, (text: string) => unknown> = {
  "findDates (/api/v1/admin/suggest)": findDates,
  "source text field (longText)": (t) => sourceText.safeParse(t),
  "name field (requiredText)": (t) => name.safeParse(t),
  "web address field": (t) => website.safeParse(t),
  "slug field": (t) => slugField.safeParse(t),
  "slugify (slug from a name)": slugify,
  "quote folding (citations)": normaliseForQuote,
  "search parameters (q)": (t) => parseSearchParams({ q: t, region: t }),
  "admin list parameters (q)": (t) => parseAdminListParams({ q: t }),
  "text rule": refusedControlCharacter,
  "link check (safeHref)": safeHref,
};

/** The seed's five source articles (French, English, Japanese), repeated and cut to `length`: text as editors paste it. */
export function ordinaryText(length: number): string {
  const dir = path.resolve(import.meta.dirname, "../../prisma/seed/sources");
  const articles = readdirSync(dir).filter((f) => f.endsWith(".txt")).sort().map((f) => readFileSync(path.join(dir, f), "utf8")).join("\n\n");
  return articles.repeat(Math.ceil(length / articles.length)).slice(0, length);
}

/** What a pattern over dates, words and separators may backtrack on: near-matches that never complete. */
export const ADVERSARIAL_PIECES = [
  " ", "\u00a0", "\t", "\n", "1", "12", "2016", "8 ", "1 ", "1-", "1 - ", "1 au ", "1 to ", "8 November ", "November 8", "May ",
  "Nov. ", "le 8 ", "of ", ",", "-", "–", "/", ".", "2016-", "2016-11-", "2016/11/", "2016年", "11月", "8日", "～", "平成", "元",
  "a", "-a", "http://", "https://a", "//", "\\", "é", "\u0301", "ß", "’", "«", "x-", "--",
] as const;

/** `prefix` + `filler` repeated + `suffix`, cut to `length`: one long run of a near-match. */
export function adversarialText(prefix: string, filler: string, suffix: string, length: number): string {
  const body = filler.repeat(Math.ceil(Math.max(0, length - prefix.length - suffix.length) / Math.max(1, filler.length)));
  return (prefix + body).slice(0, Math.max(0, length - suffix.length)) + suffix;
}

/** A few hand-picked worst cases (the ReDoS reported in issue 15 was the first). */
export const KNOWN_WORST: { label: string; prefix: string; filler: string; suffix: string }[] = [
  { label: "\"1\" then spaces", prefix: "1", filler: " ", suffix: "" },
  { label: "\"May 1\" then spaces", prefix: "May 1", filler: " ", suffix: "" },
  { label: "\"8 November\" then spaces", prefix: "8 November", filler: " ", suffix: "x" },
  { label: "spaces only", prefix: "", filler: " ", suffix: "" },
  { label: "digits only", prefix: "", filler: "1", suffix: "" },
  { label: "\"1 - \" repeated", prefix: "", filler: "1 - ", suffix: "" },
  { label: "\"2016-11-\" repeated", prefix: "", filler: "2016-11-", suffix: "" },
  { label: "\"2016年11月\" repeated", prefix: "", filler: "2016年11月", suffix: "" },
  { label: "\"x-\" repeated (slugs)", prefix: "", filler: "x-", suffix: "!" },
  // Found by the property test: a host of combining marks costs the URL parser 25× a plain address (IDNA); refused by length now.
  { label: "a host of combining accents", prefix: "https://a", filler: "\u0301", suffix: "" },
];

/** The fastest of `rounds` runs of `fn(text)`, in milliseconds (the least disturbed by other work on the machine). */
export function fastestRun(fn: (text: string) => unknown, text: string, rounds = 3): number {
  let best = Infinity;
  for (let i = 0; i < rounds; i++) {
    const start = performance.now();
    fn(text);
    best = Math.min(best, performance.now() - start);
  }
  return best;
}
