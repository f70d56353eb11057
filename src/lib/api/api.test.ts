import { parse } from "csv-parse/sync";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { BOM, csvHeader, csvRows } from "./csv";
import { decodeCursor, encodeCursor } from "./cursor";
import { earlyPublicApiAnswer, ifNoneMatchMatches, isPublicApiPath } from "./http";
import { openApiDocument } from "./openapi";
import { parseListQuery } from "./query";
import type { ItemOf } from "./schemas";

// The read API's pure parts: CSV cells, cursors, conditional requests, the
// query parser and the OpenAPI document. Over HTTP: tests/e2e/api.spec.ts.

const region = (name: string): ItemOf<"regions"> => ({
  slug: "x", url: "http://localhost/api/v1/regions/x", pageUrl: "http://localhost/regions/x",
  name, localNames: { ja: "京都府" }, kind: "city", country: "FR", side: "europe", parentSlug: null, cited: true,
});

describe("CSV export", () => {
  it("starts with a byte-order mark and the header row", () => {
    const header = csvHeader("regions");
    expect(header.startsWith(BOM)).toBe(true);
    expect(header.slice(1)).toBe("slug,url,pageUrl,name,localNames,kind,country,side,parentSlug,cited\r\n");
  });

  it("neutralises cells that a spreadsheet would run as a formula (=, +, -, @, tab, carriage return)", () => {
    for (const hostile of ["=HYPERLINK(\"http://evil.example\")", "+1+1", "-2+3", "@SUM(A1)", "\t=1", "\r=1"]) {
      const [row, ...more] = parse(csvRows("regions", [region(hostile)])) as string[][];
      expect(more, hostile).toEqual([]);
      expect(row[3], hostile).toBe(`'${hostile}`);
    }
    const [plain] = parse(csvRows("regions", [region("Lyon = Rhône")])) as string[][];
    expect(plain[3]).toBe("Lyon = Rhône");
  });

  it("keeps a record whole when a cell holds a lone line break", () => {
    for (const name of ["two\nlines", "old\rmac", "both\r\nends"]) {
      const rows = parse(csvRows("regions", [region(name), region("next")])) as string[][];
      expect(rows.map((row) => row[3]), JSON.stringify(name)).toEqual([name, "next"]);
    }
  });

  it("round-trips any name through a CSV reader, Japanese and quotes included", () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.oneof(fc.constantFrom("\r", "\n", "\t", '"', ",", "=", "-", "'"), fc.string({ unit: "grapheme", minLength: 1, maxLength: 1 })), maxLength: 40 }), (name) => {
        const rows = parse(csvRows("regions", [region(name)])) as string[][];
        expect(rows.length).toBe(1);
        const [row] = rows;
        const expected = /^[=+\-@\t\r]/.test(name) ? `'${name}` : name;
        expect(row[3]).toBe(expected);
        expect(row[4]).toBe("ja: 京都府");
      }),
    );
  });
});

describe("paging cursor", () => {
  it("gives back the id it was made from, and refuses anything it did not make", () => {
    fc.assert(fc.property(fc.integer({ min: 0, max: 2 ** 31 - 1 }), (id) => {
      expect(decodeCursor(encodeCursor(id))).toBe(id);
    }));
    for (const bad of ["", "abc", "%%%", btoa("k1:-1"), btoa("k1:99999999999"), btoa("k2:5"), "a".repeat(65)]) expect(decodeCursor(bad), bad).toBeNull();
  });
});

describe("conditional requests and CORS", () => {
  it("If-None-Match matches the tag, its weak form, a list holding it, or *", () => {
    expect(ifNoneMatchMatches('"abc"', '"abc"')).toBe(true);
    expect(ifNoneMatchMatches('W/"abc"', '"abc"')).toBe(true);
    expect(ifNoneMatchMatches('"x", "abc"', '"abc"')).toBe(true);
    expect(ifNoneMatchMatches("*", '"abc"')).toBe(true);
    expect(ifNoneMatchMatches('"abcd"', '"abc"')).toBe(false);
    expect(ifNoneMatchMatches(null, '"abc"')).toBe(false);
  });

  it("the public API is every /api/v1 path but the admin's; a preflight is answered, a write refused", async () => {
    expect(isPublicApiPath("/api/v1/regions")).toBe(true);
    expect(isPublicApiPath("/api/v1/admin/options")).toBe(false);
    expect(isPublicApiPath("/api/health")).toBe(false);
    expect(earlyPublicApiAnswer("GET")).toBeNull();
    expect(earlyPublicApiAnswer("OPTIONS")?.status).toBe(204);
    const post = earlyPublicApiAnswer("POST");
    expect(post?.status).toBe(405);
    expect(post?.headers.get("content-type")).toBe("application/problem+json");
  });
});

describe("list query", () => {
  it("never throws, whatever the parameters", () => {
    const names = fc.constantFrom("q", "sector", "side", "country", "region", "kind", "status", "from", "to", "cursor", "limit", "format", "page", "type", "__proto__", "constructor");
    fc.assert(
      fc.property(fc.array(fc.tuple(names, fc.string({ unit: "binary", maxLength: 30 })), { maxLength: 30 }), fc.constantFrom("regions", "agreements", "sectors" as const), (pairs, collection) => {
        const parsed = parseListQuery(collection, new URLSearchParams(pairs));
        if (!parsed.ok) expect(parsed.invalidParams.length).toBeGreaterThan(0);
      }),
    );
  });

  it("orders a reversed year range and keeps the filters for the next page", () => {
    const parsed = parseListQuery("agreements", new URLSearchParams("from=2020&to=2016&kind=memorandum_of_understanding&limit=5"));
    expect(parsed.ok && parsed.request.filters).toMatchObject({ from: 2016, to: 2020, kinds: ["MEMORANDUM_OF_UNDERSTANDING"] });
    expect(parsed.ok && parsed.request.filterQuery.toString()).toBe("kind=memorandum_of_understanding&from=2020&to=2016");
  });
});

describe("OpenAPI document", () => {
  it("is generated from the route schemas: every $ref names a component", () => {
    const document = openApiDocument("http://localhost:3000");
    const refs = [...JSON.stringify(document).matchAll(/"\$ref":"#\/components\/schemas\/([^"]+)"/g)].map((m) => m[1]);
    expect(refs.length).toBeGreaterThan(50);
    for (const ref of refs) expect(document.components.schemas, ref).toHaveProperty(ref);
    expect(document.components.schemas).toHaveProperty("DateValue");
    expect(document.paths).toHaveProperty(["/api/v1/agreements/{slug}"]);
  });
});
