import { describe, expect, it } from "vitest";
import { MAX_QUERY_LENGTH, parseSearchParams, SEARCH_PARAM_NAMES, searchQueryString, toggleFacet } from "./search-params";

describe("parseSearchParams", () => {
  it("reads every facet, normalised, from a URL", () => {
    const { params, ignored } = parseSearchParams(new URLSearchParams("q=  Kyoto  &type=Agreement&type=region&sector=health&side=JAPAN&country=jp&region=Kyoto-Prefecture&kind=joint_declaration&status=signed&from=2020&to=2016&page=2"));
    expect(ignored).toEqual([]);
    expect(params).toEqual({
      q: "Kyoto", types: ["agreement", "region"], sectors: ["health"], side: "japan", country: "JP", region: "kyoto-prefecture",
      kinds: ["JOINT_DECLARATION"], statuses: ["SIGNED"], from: 2016, to: 2020, page: 2,
    });
  });

  it("drops repeated values and reports unknown ones by name", () => {
    const { params, ignored } = parseSearchParams({ type: ["region", "region", "planet"], sector: ["health", "Health"], kind: "treaty", page: "-2", from: "soon" });
    expect(params.types).toEqual(["region"]);
    expect(params.sectors).toEqual(["health"]);
    expect(ignored.sort()).toEqual(["from", "kind", "page", "type"]);
  });

  it("cuts very long text and folds tabs and newlines into spaces", () => {
    const { params, ignored } = parseSearchParams({ q: `a\tb\nc${"x".repeat(10_000)}` });
    expect(params.q.length).toBe(MAX_QUERY_LENGTH);
    expect(params.q.startsWith("a b c")).toBe(true);
    expect(ignored).toEqual(["q (cut to 200 characters)"]);
  });

  it("refuses a text holding NUL or another control character, saying so, and searches for nothing", () => {
    for (const q of ["\u0000", "kyoto\u0000", "a\u001bb", "\u007f", "a\u0085b"]) {
      const { params, ignored } = parseSearchParams({ q });
      expect(params.q, JSON.stringify(q)).toBe("");
      expect(ignored).toHaveLength(1);
      expect(ignored[0]).toMatch(/^q: The search text contains a control character \(U\+[0-9A-F]{4}\)/);
    }
  });

  it("reports a parameter it does not know instead of dropping it silently", () => {
    expect(parseSearchParams(new URLSearchParams("q=kyoto&year=2016")).ignored).toEqual(["unknown parameter year"]);
    expect(parseSearchParams({ q: "kyoto", Year: "2016", types: "region" }).ignored).toEqual(["unknown parameter Year", "unknown parameter types"]);
    expect(parseSearchParams(new URLSearchParams(SEARCH_PARAM_NAMES.map((k) => `${k}=`).join("&"))).ignored).toEqual([]);
  });

  it("names at most ten unknown parameters, however many the URL carries", () => {
    const { ignored } = parseSearchParams(new URLSearchParams(Array.from({ length: 3000 }, (_, i) => `p${i}=1`).join("&")));
    expect(ignored).toHaveLength(11);
    expect(ignored.at(-1)).toBe("2990 more unknown parameters");
  });

  it("round-trips through the query string", () => {
    const { params } = parseSearchParams({ q: "京都", sector: ["health", "digital"], country: "FR", kind: "RENEWAL", page: "3" });
    expect(parseSearchParams(new URLSearchParams(searchQueryString(params).slice(1))).params).toEqual(params);
  });
});

describe("toggleFacet", () => {
  const { params } = parseSearchParams({ q: "kyoto", type: "region", page: "4" });
  it("adds or removes a list value and goes back to page 1", () => {
    expect(toggleFacet(params, "types", "agreement")).toMatchObject({ types: ["region", "agreement"], page: 1 });
    expect(toggleFacet(params, "types", "region").types).toEqual([]);
  });
  it("sets or clears a single value", () => {
    expect(toggleFacet(params, "side", "japan").side).toBe("japan");
    expect(toggleFacet({ ...params, side: "japan" }, "side", "japan").side).toBeUndefined();
  });
});
