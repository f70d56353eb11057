// Dates written out in a source's text, for the "paste a source and cite a
// passage" screen: "8 November 2016", "November 8, 2016", "November 2016",
// "le 8 novembre 2016", "novembre 2016", "2016年11月8日", "2016年11月",
// "2016年", "平成28年11月8日", "2016-11-08", "2016-11", "2016/11/08", and day
// ranges ("4–7 October 2016", "du 30 septembre au 7 octobre 2016",
// "2016年10月4日～7日"), each with its partial ISO value ("2016-11-08",
// "2016-11", "2016"). Bare years ("en 2016") and numeric dates whose order
// depends on the country (08/11/2016) are left out: too many false hits.
// Pure: runs in the browser and on the server.
import { parsePartialDate } from "@/lib/dates";

export type FoundDate = {
  /** The words as they appear in the text. */
  text: string;
  /** Partial ISO date: "2016-11-08", "2016-11" or "2016". */
  value: string;
  /** Where `text` starts in the input. */
  index: number;
};

/** Longest text looked at, like a source's text. */
export const FIND_DATES_MAX = 200_000;

const MONTH_NAMES: Record<string, number> = {
  // English
  january: 1, jan: 1, february: 2, feb: 2, march: 3, mar: 3, april: 4, apr: 4, may: 5, june: 6, jun: 6,
  july: 7, jul: 7, august: 8, aug: 8, september: 9, sept: 9, sep: 9, october: 10, oct: 10, november: 11, nov: 11,
  december: 12, dec: 12,
  // French (accents are folded before the look-up)
  janvier: 1, janv: 1, fevrier: 2, fevr: 2, fev: 2, mars: 3, avril: 4, avr: 4, mai: 5, juin: 6, juillet: 7, juil: 7,
  aout: 8, septembre: 9, octobre: 10, novembre: 11, decembre: 12,
};

const fold = (s: string) => s.normalize("NFD").replace(/\p{M}+/gu, "").toLowerCase();

/** Every spelling of every month, accented and not, longest first so the alternation prefers it. */
const ACCENTED: Record<string, string> = { fevrier: "février", fevr: "févr", fev: "fév", aout: "août", decembre: "décembre", dec: "déc" };
const MONTH_WORDS = Object.keys(MONTH_NAMES).flatMap((name) => (ACCENTED[name] ? [name, ACCENTED[name]] : [name])).sort((a, b) => b.length - a.length);

// Linear time on any input (src/lib/admin/find-dates.test.ts measures it): no
// two adjacent quantified pieces may match the same character. "\\s*" followed
// by "\\s+" (as the range separator once was) lets the engine split a run of n
// spaces n ways before failing, for n² steps on "1" and 64,000 spaces.
const SP = "[\\s\\u00a0\\u202f]+";
const OPT_SP = "[\\s\\u00a0\\u202f]*";
const B = "(?<![\\p{L}\\p{N}])"; // nothing alphanumeric just before
const E = "(?![\\p{L}\\p{N}])"; // nor just after
const MONTH = `(${MONTH_WORDS.join("|")})${E}\\.?`;
const DAY = `(\\d{1,2})(?:er|st|nd|rd|th)?`;
const YEAR = `(\\d{4})(?!\\p{N})`;
/** A dash between optional spaces, or a word between spaces: each run of spaces is read by one quantifier only. */
const RANGE = `(?:${OPT_SP}[-–—~]${OPT_SP}|${SP}(?:to|until|till|through|and|au|à|et|jusqu'au|jusqu’au)${SP})`;

const re = (source: string) => new RegExp(source, "giu");

const DMY = re(`${B}${DAY}${SP}(?:of${SP})?${MONTH},?${SP}${YEAR}`);
const MDY = re(`${B}${MONTH}${SP}${DAY},?${SP}${YEAR}`);
const MY = re(`${B}${MONTH},?${SP}${YEAR}`);
/** "4–7 October 2016", "du 4 au 7 octobre 2016": the first day takes the month and year of the second. */
const DAY_RANGE = re(`${B}${DAY}${RANGE}${DAY}${SP}${MONTH},?${SP}${YEAR}`);
/** "30 September – 7 October 2016", "30 septembre au 7 octobre 2016": the first date takes the year of the second. */
const MONTH_RANGE = re(`${B}${DAY}${SP}${MONTH}${RANGE}${DAY}${SP}${MONTH},?${SP}${YEAR}`);
/** "November 8–10, 2016". */
const US_DAY_RANGE = re(`${B}${MONTH}${SP}${DAY}${RANGE}${DAY},?${SP}${YEAR}`);

const JA_DIGITS = "[0-9０-９]";
/** "2016年11月8日", "2016年11月", "2016年", "平成28年11月8日", with an optional "～10日" or "～12月2日" range. */
const JA = re(
  `(?<!${JA_DIGITS})(?:(${JA_DIGITS}{4})|(明治|大正|昭和|平成|令和)(${JA_DIGITS}{1,2}|元))年` +
    `(?:${OPT_SP}(${JA_DIGITS}{1,2})月(?:${OPT_SP}(${JA_DIGITS}{1,2})日(?:${OPT_SP}[～〜~\\-–]${OPT_SP}(?:(${JA_DIGITS}{1,2})月)?(${JA_DIGITS}{1,2})日)?)?)?`,
);
const ERA_START: Record<string, number> = { 明治: 1868, 大正: 1912, 昭和: 1926, 平成: 1989, 令和: 2019 };

/** "2016-11-08", "2016-11", "2016/11/08" (year first, so unambiguous). */
const ISO = re(`(?<![\\p{N}\\-/.])(\\d{4})-(\\d{2})(?:-(\\d{2}))?(?!\\p{N}|-\\p{N})`);
const SLASHED = re(`(?<![\\p{N}/.])(\\d{4})/(\\d{1,2})/(\\d{1,2})(?![\\p{N}/])`);

const toAscii = (digits: string) => digits.replace(/[０-９]/g, (d) => String(d.charCodeAt(0) - 0xff10));
const pad = (n: number) => String(n).padStart(2, "0");
const month = (word: string) => MONTH_NAMES[fold(word).replace(/\.$/, "")] ?? 0;

/** The partial ISO value of year/month/day when it is a real date in a plausible range, else null. */
function isoOf(year: number, monthNumber?: number, day?: number): string | null {
  if (!Number.isInteger(year) || year < 1800 || year > 2199) return null;
  const value = monthNumber === undefined ? String(year) : day === undefined ? `${year}-${pad(monthNumber)}` : `${year}-${pad(monthNumber)}-${pad(day)}`;
  return parsePartialDate(value) ? value : null;
}

type Candidate = FoundDate & { end: number };

function candidate(text: string, index: number, value: string | null): Candidate | null {
  return value ? { text, value, index, end: index + text.length } : null;
}

export function findDates(input: string): FoundDate[] {
  const text = input.slice(0, FIND_DATES_MAX);
  // Single dates: where two readings overlap ("8 November 2016" and "November 2016"), the one starting first and longest wins.
  const singles: Candidate[] = [];
  const extras: Candidate[] = [];
  const push = (list: Candidate[], c: Candidate | null) => c && list.push(c);

  for (const m of text.matchAll(DMY)) push(singles, candidate(m[0], m.index, isoOf(Number(m[3]), month(m[2]), Number(m[1]))));
  for (const m of text.matchAll(MDY)) push(singles, candidate(m[0], m.index, isoOf(Number(m[3]), month(m[1]), Number(m[2]))));
  for (const m of text.matchAll(MY)) push(singles, candidate(m[0], m.index, isoOf(Number(m[2]), month(m[1]))));
  for (const m of text.matchAll(ISO)) push(singles, candidate(m[0], m.index, isoOf(Number(m[1]), Number(m[2]), m[3] ? Number(m[3]) : undefined)));
  for (const m of text.matchAll(SLASHED)) push(singles, candidate(m[0], m.index, isoOf(Number(m[1]), Number(m[2]), Number(m[3]))));
  for (const m of text.matchAll(JA)) {
    const year = m[1] ? Number(toAscii(m[1])) : ERA_START[m[2]] + (m[3] === "元" ? 1 : Number(toAscii(m[3]))) - 1;
    const monthNumber = m[4] ? Number(toAscii(m[4])) : undefined;
    const day = m[5] ? Number(toAscii(m[5])) : undefined;
    if (m[7]) {
      // A range: the start is the text up to its day, the end takes the whole range.
      const startText = m[0].slice(0, m[0].indexOf("日") + 1);
      push(singles, candidate(startText, m.index, isoOf(year, monthNumber, day)));
      push(extras, candidate(m[0], m.index, isoOf(year, m[6] ? Number(toAscii(m[6])) : monthNumber, Number(toAscii(m[7])))));
    } else {
      push(singles, candidate(m[0], m.index, isoOf(year, monthNumber, day)));
    }
  }

  // Ranges give the start date, which no single pattern reads; the end is read as a single date.
  for (const m of text.matchAll(DAY_RANGE)) push(extras, candidate(m[0], m.index, isoOf(Number(m[4]), month(m[3]), Number(m[1]))));
  for (const m of text.matchAll(US_DAY_RANGE)) push(extras, candidate(m[0], m.index, isoOf(Number(m[4]), month(m[1]), Number(m[2]))));
  for (const m of text.matchAll(MONTH_RANGE)) {
    const startMonth = month(m[2]);
    const endMonth = month(m[4]);
    const year = Number(m[5]) - (startMonth > endMonth ? 1 : 0);
    push(extras, candidate(m[0], m.index, isoOf(year, startMonth, Number(m[1]))));
  }

  singles.sort((a, b) => a.index - b.index || b.end - a.end);
  const kept: Candidate[] = [];
  for (const c of singles) {
    if (!kept.length || c.index >= kept[kept.length - 1].end) kept.push(c);
  }

  const all = [...kept, ...extras].sort((a, b) => a.index - b.index || (a.value < b.value ? -1 : a.value > b.value ? 1 : 0));
  const seen = new Set<string>();
  const found: FoundDate[] = [];
  for (const c of all) {
    const key = `${c.value} ${c.text}`;
    if (seen.has(key)) continue;
    seen.add(key);
    found.push({ text: c.text, value: c.value, index: c.index });
  }
  return found;
}
