// Dates with precision. A source may give a day, a month, a year or nothing;
// the directory stores the first day of that period with its precision and,
// when the value is not stated by the source, what it was inferred from.
// Runs anywhere (pages, seed, tests): no database, no server-only code.

export const DATE_PRECISIONS = ["DAY", "MONTH", "YEAR", "UNKNOWN"] as const;
export type DatePrecision = (typeof DATE_PRECISIONS)[number];

export type PreciseDate = {
  /** First day of the period, UTC midnight; null when unknown. */
  date: Date | null;
  precision: DatePrecision;
  /** Null when the source states the value; otherwise how it was inferred. */
  inferredFrom: string | null;
};

export const UNKNOWN_DATE: PreciseDate = { date: null, precision: "UNKNOWN", inferredFrom: null };

const PARTIAL_ISO = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/**
 * Parses "2016", "2016-10" or "2016-10-07" into a date with its precision.
 * Returns null for anything else, including impossible days (2016-02-30).
 */
export function parsePartialDate(text: string): { date: Date; precision: Exclude<DatePrecision, "UNKNOWN"> } | null {
  const match = PARTIAL_ISO.exec(text.trim());
  if (!match) return null;
  const year = Number(match[1]);
  const month = match[2] ? Number(match[2]) : 1;
  const day = match[3] ? Number(match[3]) : 1;
  if (year < 1000 || month < 1 || month > 12 || day < 1) return null;
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return null;
  return { date, precision: match[3] ? "DAY" : match[2] ? "MONTH" : "YEAR" };
}

/** The inverse of parsePartialDate: "2016-10" for a MONTH date. */
export function toPartialIso(value: PreciseDate): string | null {
  if (!value.date || value.precision === "UNKNOWN") return null;
  const iso = value.date.toISOString().slice(0, 10);
  return value.precision === "DAY" ? iso : value.precision === "MONTH" ? iso.slice(0, 7) : iso.slice(0, 4);
}

const MONTHS = [
  "January", "February", "March", "April", "May", "June",
  "July", "August", "September", "October", "November", "December",
];

/** "8 November 2016", "October 2016", "2016" or "not stated in the source". */
export function formatDateValue(value: PreciseDate): string {
  const { date, precision } = value;
  if (!date || precision === "UNKNOWN") return "not stated in the source";
  const year = date.getUTCFullYear();
  const month = MONTHS[date.getUTCMonth()];
  if (precision === "YEAR") return String(year);
  if (precision === "MONTH") return `${month} ${year}`;
  return `${date.getUTCDate()} ${month} ${year}`;
}

/** Shown next to a date: "inferred: …", or null when the source states it. */
export function inferenceNote(value: PreciseDate): string | null {
  if (value.precision === "UNKNOWN" || !value.inferredFrom) return null;
  return `inferred: ${value.inferredFrom}`;
}

/** Reads the three columns a table stores for one date (`signedOn`, `signedPrecision`, `signedInferredFrom`). */
export function preciseDate(date: Date | null, precision: DatePrecision, inferredFrom: string | null): PreciseDate {
  if (!date || precision === "UNKNOWN") return { ...UNKNOWN_DATE, inferredFrom };
  return { date, precision, inferredFrom };
}

/** The year of a known date, for filters and grouping. */
export function yearOf(value: PreciseDate): number | null {
  return value.date && value.precision !== "UNKNOWN" ? value.date.getUTCFullYear() : null;
}

/**
 * The one text of a date with its certainty, for every place that shows a date
 * as plain text (page titles and descriptions, search lines, the JSON API):
 * "8 November 2016" when the source states it, "8 November 2016 (inferred)"
 * when it was worked out, "not stated in the source" when unknown.
 */
export function formatDateWithCertainty(value: PreciseDate): string {
  const text = formatDateValue(value);
  return value.precision !== "UNKNOWN" && value.date && value.inferredFrom ? withCertainty(text, value.inferredFrom) : text;
}

/** Any stated-or-inferred value as text: "Cologne (inferred)" when `inferredFrom` is set. */
export function withCertainty(text: string, inferredFrom: string | null | undefined): string {
  return inferredFrom ? `${text} (inferred)` : text;
}

export type DateCertainty = "stated" | "inferred";

/** Whether a value (a date, a place) is stated by a source or inferred: inferred when there is an `inferredFrom`. */
export function certaintyOf(inferredFrom: string | null | undefined): DateCertainty {
  return inferredFrom ? "inferred" : "stated";
}

/** A date as the JSON API gives it: its value, precision and whether the source states it. */
export type DateJSON = {
  /** "2016-11-08", "2016-11" or "2016": as precise as the source allows. */
  value: string;
  precision: "day" | "month" | "year";
  certainty: DateCertainty;
  /** How it was worked out; null when stated. */
  inferredFrom: string | null;
  /** The same as text, e.g. "8 November 2016 (inferred)". */
  text: string;
};

/** Null when the date is not stated at all. */
export function dateToJSON(value: PreciseDate): DateJSON | null {
  const iso = toPartialIso(value);
  if (!iso || value.precision === "UNKNOWN") return null;
  return {
    value: iso,
    precision: value.precision.toLowerCase() as DateJSON["precision"],
    certainty: certaintyOf(value.inferredFrom),
    inferredFrom: value.inferredFrom,
    text: formatDateWithCertainty(value),
  };
}
