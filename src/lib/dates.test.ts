import { describe, expect, it } from "vitest";
import { dateToJSON, formatDateValue, formatDateWithCertainty, inferenceNote, parsePartialDate, preciseDate, toPartialIso, yearOf } from "./dates";

describe("parsePartialDate", () => {
  it("reads a day, a month or a year with the matching precision", () => {
    expect(parsePartialDate("2016-11-08")).toEqual({ date: new Date(Date.UTC(2016, 10, 8)), precision: "DAY" });
    expect(parsePartialDate("2016-10")).toEqual({ date: new Date(Date.UTC(2016, 9, 1)), precision: "MONTH" });
    expect(parsePartialDate("2016")).toEqual({ date: new Date(Date.UTC(2016, 0, 1)), precision: "YEAR" });
  });

  it("refuses impossible or malformed dates instead of rolling them over", () => {
    for (const bad of ["2016-02-30", "2016-13", "2016-00-10", "16-10-01", "2016/10/01", "", "soon", "2016-1-1", "0999"]) {
      expect(parsePartialDate(bad), bad).toBeNull();
    }
  });

  it("round-trips through toPartialIso", () => {
    for (const text of ["2016-11-08", "2016-10", "2016"]) {
      const parsed = parsePartialDate(text)!;
      expect(toPartialIso({ ...parsed, inferredFrom: null })).toBe(text);
    }
  });
});

describe("formatDateValue", () => {
  it("shows only what the precision allows", () => {
    const day = new Date(Date.UTC(2016, 10, 8));
    expect(formatDateValue(preciseDate(day, "DAY", null))).toBe("8 November 2016");
    expect(formatDateValue(preciseDate(day, "MONTH", null))).toBe("November 2016");
    expect(formatDateValue(preciseDate(day, "YEAR", null))).toBe("2016");
  });

  it('says "not stated in the source" for unknown dates, even if a stray date is stored', () => {
    expect(formatDateValue(preciseDate(null, "UNKNOWN", null))).toBe("not stated in the source");
    expect(formatDateValue(preciseDate(new Date(), "UNKNOWN", null))).toBe("not stated in the source");
    expect(formatDateValue(preciseDate(null, "DAY", null))).toBe("not stated in the source");
  });
});

describe("inference", () => {
  it("notes how an inferred date was worked out, and nothing for a stated one", () => {
    const date = new Date(Date.UTC(2016, 10, 8));
    expect(inferenceNote(preciseDate(date, "DAY", "8 November was a Tuesday in 2016"))).toBe("inferred: 8 November was a Tuesday in 2016");
    expect(inferenceNote(preciseDate(date, "DAY", null))).toBeNull();
    expect(yearOf(preciseDate(date, "MONTH", null))).toBe(2016);
    expect(yearOf(preciseDate(null, "UNKNOWN", null))).toBeNull();
  });
});

describe("certainty as text", () => {
  const day = new Date(Date.UTC(2016, 10, 8));
  it('marks an inferred date "(inferred)" and leaves a stated one bare', () => {
    expect(formatDateWithCertainty(preciseDate(day, "DAY", "8 November was a Tuesday in 2016"))).toBe("8 November 2016 (inferred)");
    expect(formatDateWithCertainty(preciseDate(day, "MONTH", null))).toBe("November 2016");
    expect(formatDateWithCertainty(preciseDate(null, "UNKNOWN", "a stray reason"))).toBe("not stated in the source");
  });

  it("gives the API a date's value, precision and certainty, and null when not stated", () => {
    expect(dateToJSON(preciseDate(day, "DAY", "8 November was a Tuesday in 2016"))).toEqual({
      value: "2016-11-08", precision: "day", certainty: "inferred", inferredFrom: "8 November was a Tuesday in 2016", text: "8 November 2016 (inferred)",
    });
    expect(dateToJSON(preciseDate(day, "YEAR", null))).toEqual({ value: "2016", precision: "year", certainty: "stated", inferredFrom: null, text: "2016" });
    expect(dateToJSON(preciseDate(null, "UNKNOWN", null))).toBeNull();
  });
});
