import { describe, expect, it } from "vitest";
import { findDates, FIND_DATES_MAX } from "./find-dates";

const values = (text: string) => findDates(text).map((d) => [d.text, d.value]);

describe("findDates", () => {
  it("reads English dates at day, month precision", () => {
    expect(values("Signed on 8 November 2016 in Cologne.")).toEqual([["8 November 2016", "2016-11-08"]]);
    expect(values("Signed on November 8, 2016.")).toEqual([["November 8, 2016", "2016-11-08"]]);
    expect(values("the 1st of March 2019")).toEqual([["1st of March 2019", "2019-03-01"]]);
    expect(values("In November 2016 the mission left.")).toEqual([["November 2016", "2016-11"]]);
    expect(values("Nov. 2016 and Sept. 3, 2017")).toEqual([["Nov. 2016", "2016-11"], ["Sept. 3, 2017", "2017-09-03"]]);
  });

  it("reads French dates, accented or not, and 1er", () => {
    expect(values("signé le 8 novembre 2016 à Lyon")).toEqual([["8 novembre 2016", "2016-11-08"]]);
    expect(values("en novembre 2016")).toEqual([["novembre 2016", "2016-11"]]);
    expect(values("le 1er août 2018, puis en décembre 2018 et en fevrier 2019")).toEqual([
      ["1er août 2018", "2018-08-01"], ["décembre 2018", "2018-12"], ["fevrier 2019", "2019-02"],
    ]);
    expect(values("MARDI 8 NOVEMBRE 2016")).toEqual([["8 NOVEMBRE 2016", "2016-11-08"]]);
  });

  it("reads Japanese dates, with full-width digits and era years", () => {
    expect(values("2016年11月8日に署名")).toEqual([["2016年11月8日", "2016-11-08"]]);
    expect(values("2016年11月、京都で")).toEqual([["2016年11月", "2016-11"]]);
    expect(values("２０１６年１１月８日")).toEqual([["２０１６年１１月８日", "2016-11-08"]]);
    expect(values("平成28年11月8日")).toEqual([["平成28年11月8日", "2016-11-08"]]);
    expect(values("令和元年5月1日")).toEqual([["令和元年5月1日", "2019-05-01"]]);
    expect(values("2016年に設立")).toEqual([["2016年", "2016"]]);
  });

  it("reads ISO dates and year-first slashed dates", () => {
    expect(values("published 2016-11-08, updated 2016-12")).toEqual([["2016-11-08", "2016-11-08"], ["2016-12", "2016-12"]]);
    expect(values("2016/11/08")).toEqual([["2016/11/08", "2016-11-08"]]);
  });

  it("gives the start of a range the month and year written after it", () => {
    expect(values("du 30 septembre au 7 octobre 2016")).toEqual([
      ["30 septembre au 7 octobre 2016", "2016-09-30"], ["7 octobre 2016", "2016-10-07"],
    ]);
    expect(values("CEATEC ran 4–7 October 2016.")).toEqual([["4–7 October 2016", "2016-10-04"], ["7 October 2016", "2016-10-07"]]);
    expect(values("du 4 au 7 octobre 2016")).toEqual([["4 au 7 octobre 2016", "2016-10-04"], ["7 octobre 2016", "2016-10-07"]]);
    expect(values("from 28 December to 3 January 2017")).toEqual([["28 December to 3 January 2017", "2016-12-28"], ["3 January 2017", "2017-01-03"]]);
    expect(values("November 7–9, 2016")).toEqual([["November 7–9, 2016", "2016-11-07"]]);
    expect(values("2016年10月4日～7日")).toEqual([["2016年10月4日", "2016-10-04"], ["2016年10月4日～7日", "2016-10-07"]]);
  });

  it("ignores impossible dates, bare numbers and ambiguous numeric dates", () => {
    expect(values("31 November 2016, 2016-13-01, 2016-02-30")).toEqual([["November 2016", "2016-11"]]);
    expect(values("more than 400 people; 2016 was a good year; 08/11/2016; 21 entreprises")).toEqual([]);
    expect(values("51184b94-3c95-471f-8a36-37cb8f1d11fc.jpeg")).toEqual([]);
    expect(values("mardi 8 novembre, sans année")).toEqual([]);
  });

  it("lists a date written twice once, in the order of the text, with where it starts", () => {
    const text = "Le 8 novembre 2016… Rappel : 8 novembre 2016. Puis octobre 2016.";
    expect(findDates(text)).toEqual([
      { text: "8 novembre 2016", value: "2016-11-08", index: 3 },
      { text: "octobre 2016", value: "2016-10", index: text.indexOf("octobre 2016") },
    ]);
  });

  it("looks at the first 200,000 characters only", () => {
    const long = `${"x ".repeat(FIND_DATES_MAX)}8 November 2016`;
    expect(findDates(long)).toEqual([]);
    const many = "le 8 novembre 2016 et ".repeat(5000);
    expect(findDates(many)).toHaveLength(1);
  });
});
