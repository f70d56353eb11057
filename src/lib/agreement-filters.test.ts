import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { agreementFiltersQuery, parseAgreementFilters } from "./agreement-filters";
import { MAX_PAGE, parseSearchParams } from "./search-params";

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

  it("has the search's page limit: the last page one list reaches, the other reaches too", () => {
    expect(parseAgreementFilters({ page: String(MAX_PAGE) }).filters.page).toBe(MAX_PAGE);
    expect(parseSearchParams({ page: String(MAX_PAGE) }).params.page).toBe(MAX_PAGE);
    expect(parseAgreementFilters({ page: String(MAX_PAGE + 1) }).ignored).toEqual(["page"]);
    expect(parseSearchParams({ page: String(MAX_PAGE + 1) }).ignored).toEqual(["page"]);
  });

  it("reads every parameter it shares with the search exactly as the search reads it", () => {
    // Values near the edges of each rule: case, spaces, bounds, junk.
    const value = fc.oneof(
      fc.constantFrom("lyon", " Lyon ", "LYON-tokyo", "lyon--tokyo", "-lyon", "fr", "FR", " jp", "FRA", "f1",
        "joint_declaration", "JOINT_DECLARATION", " Renewal ", "treaty", "0", "1", "2", "499", "500", "501", "10000",
        "1e2", "-3", "2.5", " 7 ", "", " ", "x".repeat(81), "health,digital"),
      fc.string({ maxLength: 12 }),
    );
    fc.assert(
      fc.property(fc.record({ region: value, country: value, sector: value, kind: value, page: value }, { requiredKeys: [] }), (raw) => {
        const list = parseAgreementFilters(raw);
        const { params: search, ignored } = parseSearchParams(raw);
        const given = (key: keyof typeof raw) => raw[key] !== undefined && raw[key].trim() !== "";
        // The search takes a comma-separated list of sectors or kinds; the agreements list takes one value.
        const one = (key: "sector" | "kind", values: string[]) => (raw[key]?.includes(",") ? "skip" : values[0]);
        const searchView = {
          region: search.region, country: search.country, sector: one("sector", search.sectors), kind: one("kind", search.kinds),
          page: given("page") && !ignored.includes("page") ? search.page : undefined,
        };
        for (const key of ["region", "country", "sector", "kind", "page"] as const) {
          if (searchView[key] === "skip") continue;
          expect(list.filters[key], `${key}=${JSON.stringify(raw[key])}`).toEqual(searchView[key]);
        }
      }),
      { numRuns: 2000 },
    );
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
