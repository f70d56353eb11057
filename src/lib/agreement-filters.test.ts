import { describe, expect, it } from "vitest";
import { agreementFiltersQuery, parseAgreementFilters } from "./agreement-filters";

describe("parseAgreementFilters", () => {
  it("keeps valid values, normalised", () => {
    expect(parseAgreementFilters({ region: "Lyon", country: "fr", sector: "health", kind: "JOINT_DECLARATION", year: "2016", page: "2" })).toEqual({
      filters: { region: "lyon", country: "FR", sector: "health", kind: "JOINT_DECLARATION", year: 2016, page: 2 },
      ignored: [],
    });
  });

  it("drops each bad value on its own and reports it, never throwing", () => {
    const { filters, ignored } = parseAgreementFilters({
      region: "<script>alert(1)</script>", country: "France", sector: "health", kind: "TREATY", year: "20x6", page: "-3",
    });
    expect(filters).toEqual({ sector: "health" });
    expect(ignored.sort()).toEqual(["country", "kind", "page", "region", "year"]);
  });

  it("takes the first of repeated parameters and ignores empty ones", () => {
    expect(parseAgreementFilters({ year: ["2018", "2016"], region: "" }).filters).toEqual({ year: 2018 });
  });

  it("refuses absurd numbers", () => {
    expect(parseAgreementFilters({ year: "99999", page: "1e9" }).ignored.sort()).toEqual(["page", "year"]);
  });
});

describe("agreementFiltersQuery", () => {
  it("builds a query string that parses back to the same filters", () => {
    const filters = { region: "lyon", sector: "health", year: 2016, page: 3 };
    const query = agreementFiltersQuery(filters);
    expect(query).toBe("?region=lyon&sector=health&year=2016&page=3");
    expect(parseAgreementFilters(Object.fromEntries(new URLSearchParams(query))).filters).toEqual(filters);
    expect(agreementFiltersQuery({})).toBe("");
  });
});
