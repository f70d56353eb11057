import { expect, test, type APIRequestContext, type APIResponse } from "@playwright/test";
import { Ajv2020 } from "ajv/dist/2020.js";
import addFormatsModule from "ajv-formats";
import { parse } from "csv-parse/sync";
import { query as sql } from "./support/database";

// The read API (/api/v1/{collection}[/{slug}], openapi.json, docs) over real
// HTTP against the built app: every answer validates against its schema in
// the OpenAPI document the app serves (ajv, JSON Schema 2020-12 as OpenAPI
// 3.1 uses it), errors are problem+json, ETag/304, CORS, published records
// only, dates with their certainty. Hostile parameters: fuzz-routes.spec.ts
// requests these routes too (the collection names and paging parameters are
// among its known values).

const COLLECTIONS = ["regions", "organisations", "agreements", "missions", "events", "sources", "sectors"] as const;
type Collection = (typeof COLLECTIONS)[number];
type Json = Record<string, unknown>;
type OpenApi = { paths: Record<string, { get: { responses: Record<string, { content?: Record<string, { schema: { $ref?: string } }> }> } }>; components: { schemas: Json } };

// ajv-formats is CommonJS with a default export; under Playwright's loader it may arrive wrapped.
const addFormats = ((addFormatsModule as unknown as { default?: typeof addFormatsModule }).default ?? addFormatsModule) as typeof addFormatsModule;

let validator: Ajv2020;
let openapi: OpenApi;

/** The schema the document gives for a path's answer of a status and media type. */
function responseSchema(path: string, status: string, media = "application/json"): string {
  const ref = openapi.paths[path]?.get.responses[status]?.content?.[media]?.schema.$ref;
  if (!ref) throw new Error(`the document describes no ${status} ${media} answer of ${path}`);
  return ref;
}

/** Fails with ajv's own words when the body does not match the schema `ref` names. */
function expectValid(ref: string, body: unknown, what: string) {
  const validate = validator.getSchema(`kizuna${ref}`);
  if (!validate) throw new Error(`no schema ${ref}`);
  const ok = validate(body);
  expect(ok, `${what} against ${ref}: ${validator.errorsText(validate.errors, { dataVar: "body" })}`).toBe(true);
}

async function json(response: APIResponse, what: string): Promise<Json> {
  expect(response.status(), what).toBe(200);
  expect(response.headers()["content-type"], what).toMatch(/^application\/json/);
  return (await response.json()) as Json;
}

/** Every item of a list, walking its `next` links (each page validated), in order. */
async function walk(request: APIRequestContext, collection: Collection, query = "", limit = 7): Promise<Json[]> {
  const items: Json[] = [];
  let url: string | null = `/api/v1/${collection}?limit=${limit}${query ? `&${query}` : ""}`;
  for (let pages = 0; url; pages++) {
    expect(pages, `${collection}: paging ends`).toBeLessThan(1_000);
    const body = await json(await request.get(url), url);
    expectValid(responseSchema(`/api/v1/${collection}`, "200"), body, url);
    items.push(...(body.items as Json[]));
    url = body.next as string | null;
    if (url) expect(new URL(url).pathname).toBe(`/api/v1/${collection}`);
  }
  return items;
}

async function expectProblem(response: APIResponse, status: number, what: string): Promise<Json> {
  expect(response.status(), what).toBe(status);
  expect(response.headers()["content-type"], what).toBe("application/problem+json");
  expect(response.headers()["cache-control"], what).toBe("no-store");
  const body = (await response.json()) as Json;
  expectValid("#/components/schemas/Problem", body, what);
  expect(body.status).toBe(status);
  return body;
}

test.beforeAll(async ({ request }) => {
  const response = await request.get("/api/v1/openapi.json");
  openapi = (await json(response, "openapi.json")) as unknown as OpenApi;
  validator = new Ajv2020({ strict: false, allErrors: true });
  addFormats(validator);
  // The components under one base URI, so that "#/components/schemas/X" inside them resolves.
  validator.addSchema({ $id: "kizuna", components: openapi.components });
});

test("the OpenAPI document is 3.1, describes every collection and its records, and is itself valid JSON Schema", async () => {
  expect(openapi).toMatchObject({ openapi: expect.stringMatching(/^3\.1\./) });
  for (const collection of COLLECTIONS) {
    expect(responseSchema(`/api/v1/${collection}`, "200")).toMatch(/List$/);
    expect(responseSchema(`/api/v1/${collection}/{slug}`, "200")).toMatch(/^#\/components\/schemas\/[A-Z]/);
    expect(openapi.paths[`/api/v1/${collection}`].get.responses["400"]).toBeDefined();
    expect(openapi.paths[`/api/v1/${collection}/{slug}`].get.responses["404"]).toBeDefined();
  }
  // Every component compiles (a broken $ref or keyword would throw here).
  for (const id of Object.keys(openapi.components.schemas)) expect(validator.getSchema(`kizuna#/components/schemas/${id}`), id).toBeTruthy();
});

test("the validator is not a formality: a body that breaks the schema is refused", async ({ request }) => {
  const ref = responseSchema("/api/v1/agreements/{slug}", "200");
  const body = await json(await request.get("/api/v1/agreements/bioxclusters-plus-osaka-bio-headquarters-mou"), "agreement");
  const validate = validator.getSchema(`kizuna${ref}`)!;
  expect(validate(body)).toBe(true);
  const broken: Json[] = [
    { ...body, slug: undefined },
    { ...body, signedOn: { ...(body.signedOn as Json), certainty: "probably" } },
    { ...body, signedOn: { ...(body.signedOn as Json), value: "8 Nov 2016" } },
    { ...body, kind: "MEMORANDUM_OF_UNDERSTANDING" },
    { ...body, url: "not a url" },
  ];
  for (const b of broken) expect(validate(JSON.parse(JSON.stringify(b))), JSON.stringify(b).slice(0, 80)).toBe(false);
});

for (const collection of COLLECTIONS) {
  test(`${collection}: every page and every record validates against the document`, async ({ request }) => {
    const items = await walk(request, collection);
    expect(items.length, `${collection} holds records`).toBeGreaterThan(0);
    const slugs = items.map((item) => item.slug as string);
    expect(new Set(slugs).size, "paging gives each record once").toBe(slugs.length);
    // Paged by 7 or in one page of 200: the same records in the same order.
    const whole = await json(await request.get(`/api/v1/${collection}?limit=200`), `${collection}?limit=200`);
    expect((whole.items as Json[]).map((item) => item.slug)).toEqual(slugs);
    for (const slug of slugs) {
      const record = await json(await request.get(`/api/v1/${collection}/${encodeURIComponent(slug)}`), `${collection}/${slug}`);
      expectValid(responseSchema(`/api/v1/${collection}/{slug}`, "200"), record, `${collection}/${slug}`);
      expect(record.slug).toBe(slug);
      expect(record.url).toMatch(new RegExp(`/api/v1/${collection}/${slug}$`));
    }
  });
}

test("an agreement: parties, signatories, citations, and an inferred date says so and from what; an unstated one is null", async ({ request }) => {
  const bio = await json(await request.get("/api/v1/agreements/bioxclusters-plus-osaka-bio-headquarters-mou"), "bioxclusters");
  expect(bio.signedOn).toMatchObject({ value: "2016-11-08", precision: "day", certainty: "inferred", inferredFrom: expect.stringContaining("mardi 8 novembre") });
  expect(bio.parties).toEqual(expect.arrayContaining([expect.objectContaining({ slug: "osaka-bio-headquarters", role: expect.any(String) })]));
  expect((bio.citations as Json[]).length).toBeGreaterThan(0);
  expect((bio.citations as Json[])[0]).toMatchObject({ sourceSlug: "bioxclusters-plus-osaka-bio-headquarters", passage: expect.any(String) });

  // The Occitanie–Kyoto accord's source gives no signing date: null (not stated), never a guessed value.
  const occitanie = await json(await request.get("/api/v1/agreements/occitanie-kyoto-cooperation-accord"), "occitanie-kyoto");
  expect(occitanie.signedOn).toBeNull();
  const listed = (await walk(request, "agreements", "", 200)).find((a) => a.slug === "occitanie-kyoto-cooperation-accord");
  expect(listed?.signedOn).toBeNull();

  // A mission whose start is stated: certainty "stated", no inferredFrom.
  const lyon = await json(await request.get("/api/v1/missions/lyon-mission-japan-2016"), "lyon mission");
  expect(lyon.startsOn).toMatchObject({ certainty: "stated", inferredFrom: null });
});

test("an inferred place carries its certainty: an event's venue, an organisation's home region", async ({ request }) => {
  const events = await walk(request, "events", "", 200);
  const inferred = events.filter((e) => (e.place as Json | null)?.certainty === "inferred");
  expect(inferred.length).toBeGreaterThan(0);
  for (const event of inferred) expect((event.place as Json).inferredFrom).toEqual(expect.any(String));
  const organisations = await walk(request, "organisations", "", 200);
  for (const organisation of organisations) {
    const home = organisation.homeRegion as Json | null;
    if (home) expect(home.certainty === "inferred").toBe(typeof home.inferredFrom === "string");
  }
});

test("filters are the search's: region, kind, sector, year range; a slug that names nothing is refused", async ({ request }) => {
  const kyoto = await walk(request, "agreements", "region=kyoto-prefecture");
  expect(kyoto.map((a) => a.slug)).toContain("occitanie-kyoto-cooperation-accord");
  expect(kyoto.map((a) => a.slug)).not.toContain("knowledge-capital-tuba-accord-2016");
  const health = await walk(request, "agreements", "sector=health");
  expect(health.map((a) => a.slug)).toEqual(["bioxclusters-plus-osaka-bio-headquarters-mou"]);
  const mous = await walk(request, "agreements", "kind=memorandum_of_understanding");
  for (const a of mous) expect(a.kind).toBe("memorandum_of_understanding");
  const japan = await walk(request, "regions", "side=japan");
  expect(japan.length).toBeGreaterThan(0);
  for (const r of japan) expect(r.side).toBe("japan");
  const dated = await walk(request, "agreements", "from=2016&to=2016");
  for (const a of dated) expect((a.signedOn as Json).value).toMatch(/^2016/);
  const text = await walk(request, "regions", `q=${encodeURIComponent("京都")}`);
  expect(text.map((r) => r.slug)).toContain("kyoto-prefecture");
  // `next` keeps the filters.
  const first = await json(await request.get("/api/v1/regions?side=europe&limit=1"), "side=europe");
  expect(new URL(first.next as string).searchParams.get("side")).toBe("europe");
});

test("bad parameters are 400 problem+json naming each one; unknown collections, slugs and paths are 404 problem+json", async ({ request }) => {
  const cases: [string, string][] = [
    ["/api/v1/regions?side=jpn", "side"],
    ["/api/v1/regions?limit=0", "limit"],
    ["/api/v1/regions?limit=201", "limit"],
    ["/api/v1/regions?limit=abc", "limit"],
    ["/api/v1/regions?cursor=not-a-cursor", "cursor"],
    ["/api/v1/regions?year=2016", "year"],
    ["/api/v1/regions?type=agreement", "type"],
    ["/api/v1/regions?page=2", "page"],
    ["/api/v1/regions?kind=memorandum_of_understanding", "kind"],
    ["/api/v1/sectors?q=health", "q"],
    ["/api/v1/agreements?region=atlantis", "region"],
    ["/api/v1/agreements?sector=nope", "sector"],
    ["/api/v1/agreements?format=xml", "format"],
    ["/api/v1/agreements?format=csv&limit=5", "format"],
    ["/api/v1/agreements?from=abc", "from"],
    ["/api/v1/agreements?q=%00", "q"],
    [`/api/v1/agreements?q=${"x".repeat(300)}`, "q"],
    ["/api/v1/agreements?limit=5&limit=6", "limit"],
  ];
  for (const [url, name] of cases) {
    const body = await expectProblem(await request.get(url), 400, url);
    expect((body.invalidParams as { name: string }[]).map((p) => p.name), url).toContain(name);
    expect(body.detail as string).not.toMatch(/at .*\.js:\d+|Error:/);
  }
  for (const url of ["/api/v1/planets", "/api/v1/planets/earth", "/api/v1/regions/atlantis", "/api/v1/agreements/lyon", "/api/v1/regions/lyon/agreements", "/api/v2/regions"]) {
    await expectProblem(await request.get(url), 404, url);
  }
  const post = await request.post("/api/v1/regions", { data: {} });
  await expectProblem(post, 405, "POST");
  expect(post.headers().allow).toContain("GET");
});

test("ETag and If-None-Match: 304 without a body for the same version; Cache-Control public for a minute", async ({ request }) => {
  for (const url of ["/api/v1/regions", "/api/v1/regions/lyon", "/api/v1/openapi.json", "/api/v1/docs", "/api/v1/search?q=lyon"]) {
    const first = await request.get(url);
    expect(first.status(), url).toBe(200);
    const etag = first.headers().etag;
    expect(etag, url).toMatch(/^"[A-Za-z0-9_-]{43}"$/);
    expect(first.headers()["cache-control"], url).toBe("public, max-age=60");
    const again = await request.get(url, { headers: { "If-None-Match": etag } });
    expect(again.status(), url).toBe(304);
    expect(again.headers().etag).toBe(etag);
    expect((await again.body()).length).toBe(0);
    expect((await request.get(url, { headers: { "If-None-Match": `W/${etag}, "other"` } })).status(), `${url} weak`).toBe(304);
    expect((await request.get(url, { headers: { "If-None-Match": '"something-else"' } })).status(), `${url} other tag`).toBe(200);
  }
  // A different answer has a different tag.
  const a = (await request.get("/api/v1/regions?limit=1")).headers().etag;
  const b = (await request.get("/api/v1/regions?limit=2")).headers().etag;
  expect(a).not.toBe(b);
});

test("CORS is open for reads, with a preflight; the admin API stays closed", async ({ request }) => {
  const origin = { Origin: "https://journalist.example" };
  for (const url of ["/api/v1/regions", "/api/v1/regions/lyon", "/api/v1/regions/atlantis", "/api/v1/regions?side=jpn", "/api/v1/openapi.json"]) {
    const response = await request.get(url, { headers: origin });
    expect(response.headers()["access-control-allow-origin"], url).toBe("*");
    expect(response.headers()["access-control-expose-headers"], url).toContain("ETag");
  }
  const preflight = await request.fetch("/api/v1/agreements?sector=health", {
    method: "OPTIONS",
    headers: { ...origin, "Access-Control-Request-Method": "GET", "Access-Control-Request-Headers": "if-none-match" },
  });
  expect(preflight.status()).toBe(204);
  expect(preflight.headers()["access-control-allow-origin"]).toBe("*");
  expect(preflight.headers()["access-control-allow-methods"]).toContain("GET");
  expect(preflight.headers()["access-control-allow-headers"]?.toLowerCase()).toContain("if-none-match");
  const admin = await request.get("/api/v1/admin/options?type=region", { headers: origin });
  expect(admin.headers()["access-control-allow-origin"]).toBeUndefined();
});

test("published records only: a draft is neither listed, nor found by slug, nor in an export", async ({ request }) => {
  const slug = `api-draft-region-${Date.now()}`;
  await sql(`INSERT INTO "Region" ("slug", "name", "kind", "country", "side", "status", "updatedAt") VALUES ($1, $2, 'CITY', 'FR', 'EUROPE', 'DRAFT', now())`, [
    slug, "Draftville Unpublished",
  ]);
  try {
    const listed = await walk(request, "regions", "", 200);
    expect(listed.map((r) => r.slug)).not.toContain(slug);
    expect(listed.map((r) => r.slug)).toContain("lyon");
    expect((await walk(request, "regions", "q=Draftville")).length).toBe(0);
    await expectProblem(await request.get(`/api/v1/regions/${slug}`), 404, "draft by slug");
    expect(await (await request.get("/api/v1/regions?format=csv")).text()).not.toContain(slug);
  } finally {
    await sql(`DELETE FROM "Region" WHERE "slug" = $1`, [slug]);
  }
});

test("format=csv streams every record: UTF-8 with a byte-order mark, a header row, the same records as the JSON list", async ({ request }) => {
  for (const collection of COLLECTIONS) {
    const response = await request.get(`/api/v1/${collection}?format=csv`);
    expect(response.status()).toBe(200);
    expect(response.headers()["content-type"]).toMatch(/^text\/csv; charset=utf-8/);
    expect(response.headers()["content-disposition"]).toBe(`attachment; filename="kizuna-${collection}.csv"`);
    const bytes = await response.body();
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const rows = parse(bytes.toString("utf8"), { bom: true, columns: true }) as Json[];
    const list = await walk(request, collection, "", 200);
    expect(rows.map((row) => row.slug)).toEqual(list.map((item) => item.slug));
    // Each row validates against the row schema the document names for the CSV.
    const csv = openapi.paths[`/api/v1/${collection}`].get.responses["200"].content?.["text/csv"] as unknown as { "x-row-schema": { $ref: string } };
    for (const row of rows) expectValid(csv["x-row-schema"].$ref, row, `${collection} CSV row ${row.slug}`);
  }
  const regions = await (await request.get("/api/v1/regions?format=csv")).text();
  expect(regions).toContain("京都府");
  const agreements = parse(await (await request.get("/api/v1/agreements?format=csv")).text(), { bom: true, columns: true }) as Json[];
  expect(agreements.find((a) => a.slug === "bioxclusters-plus-osaka-bio-headquarters-mou")).toMatchObject({ signedOn: "2016-11-08", signedOnCertainty: "inferred" });
  expect(agreements.find((a) => a.slug === "occitanie-kyoto-cooperation-accord")).toMatchObject({ signedOn: "", signedOnCertainty: "not stated" });
});

test("format=json is the whole list in one body of the list's own schema", async ({ request }) => {
  const response = await request.get("/api/v1/agreements?format=json&region=lyon");
  expect(response.headers()["content-disposition"]).toBe('attachment; filename="kizuna-agreements.json"');
  const body = (await response.json()) as Json;
  expectValid(responseSchema("/api/v1/agreements", "200"), body, "format=json");
  expect(body.next).toBeNull();
  expect((body.items as Json[]).map((a) => a.slug)).toEqual((await walk(request, "agreements", "region=lyon")).map((a) => a.slug));
});

test("the documentation page shows every endpoint and loads under the site's policy with no violation", async ({ page }) => {
  const violations: string[] = [];
  page.on("console", (message) => {
    if (/Content Security Policy|Refused to/i.test(message.text())) violations.push(message.text());
  });
  const response = await page.goto("/api/v1/docs");
  expect(response?.status()).toBe(200);
  expect(response?.headers()["content-security-policy"]).toContain("script-src 'self' 'nonce-");
  await expect(page.getByRole("heading", { level: 1, name: /Kizuna read API/ })).toBeVisible();
  for (const collection of COLLECTIONS) await expect(page.getByRole("link", { name: `GET /api/v1/${collection}/{slug}` })).toBeVisible();
  await expect(page.locator("#schema-DateValue")).toContainText("inferredFrom");
  // The stylesheet (a file of the site) applied: the page is not in the browser's default serif.
  expect(await page.evaluate(() => getComputedStyle(document.body).fontFamily)).toContain("system-ui");
  expect(await page.locator("script").count()).toBe(0);
  expect(violations).toEqual([]);
});
