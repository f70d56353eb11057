import { expect, test } from "@playwright/test";
import fc from "fast-check";
import { readdirSync } from "node:fs";
import http from "node:http";
import path from "node:path";

// Every route of src/app, found on disk (a new page is fuzzed without editing
// this file), requested over real HTTP with arbitrary path segments and
// arbitrary query parameters: unicode, NUL, broken percent-encoding, huge
// numbers, repeated keys, and hostile values for the parameters the pages
// read. Whatever comes in, the answer is below 500 and shows no stack trace.
// Over 10,000 requests a run (FUZZ_REQUESTS below), eight at a time on kept-alive
// connections; fast-check shrinks a failing batch to the smallest one.

const APP = path.resolve(import.meta.dirname, "../../src/app");
const RUNS_PER_TEST = 320;
const BATCH = 8;
const TESTS = 4;
const MAX_TARGET = 15_000;
const FUZZ_REQUESTS = RUNS_PER_TEST * BATCH * TESTS;

type Route = { pattern: string; segments: string[] };

/** Pages and route handlers under src/app, as URL patterns ("/regions/[slug]"); route groups dropped. */
function routes(dir = APP, prefix: string[] = []): Route[] {
  const found: Route[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.isDirectory()) {
      const segment = /^\(.*\)$/.test(entry.name) ? [] : [entry.name];
      found.push(...routes(path.join(dir, entry.name), [...prefix, ...segment]));
    } else if (/^(page\.tsx|route\.ts)$/.test(entry.name)) {
      found.push({ pattern: `/${prefix.join("/")}`, segments: prefix });
    }
  }
  return found;
}

const ROUTES = routes();

// Values the pages know, so the arbitrary ones mix with real records.
const KNOWN: Record<string, string[]> = {
  slug: ["lyon", "kyoto-prefecture", "knowledge-capital-tuba-accord-2016", "lyon-tokyo", "health", "occitanie", "osaka"],
  type: ["agreement", "region", "organisation", "mission", "event", "source", "person", "sector", "users"],
  id: ["1", "2", "0", "-1", "2147483648", "99999999999999999999"],
  collection: ["regions", "organisations", "agreements", "missions", "events", "sources", "sectors"],
};
const PARAMETERS = ["q", "type", "sector", "side", "country", "region", "kind", "status", "from", "to", "page", "year", "next", "target", "id", "before", "deleted", "saved", "done", "cursor", "limit", "format"];
const HOSTILE = [
  "", " ", "%", "%%", "%zz", "%E0%A4%A", "%00", "%FF", "%C0%AF", "%2F", "%2e%2e", "..", "%2F..%2F..%2Fetc%2Fpasswd", "%3Cscript%3Ealert(1)%3C%2Fscript%3E",
  "'%20OR%201=1--", "%5C", "99999999999999999999999999", "-1", "0", "1e308", "-0", "NaN", "Infinity", "0x10", "%202016%20", "1900", "2100", "2101", "500", "501",
  "__proto__", "constructor", "%F0%9F%98%80", "%E4%BA%AC%E9%83%BD", "japan", "JP", "jp", "europe", "memorandum_of_understanding", "SIGNED", "health,digital,,",
  "%2F%2Fevil.example", "https://evil.example", "javascript:alert(1)", "\\\\evil.example", "a".repeat(250), "%E4%BA%AC".repeat(120),
];

/** UTF-8 percent-encoding of any string, lone surrogates included (as the bytes WTF-8 gives them). */
function encodeAny(text: string): string {
  let out = "";
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    let code = unit;
    if (unit >= 0xd800 && unit <= 0xdbff && i + 1 < text.length) {
      const next = text.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) {
        code = 0x10000 + ((unit - 0xd800) << 10) + (next - 0xdc00);
        i++;
      }
    }
    if (code < 0x80 && /[A-Za-z0-9\-_.~]/.test(String.fromCharCode(code))) out += String.fromCharCode(code);
    else out += utf8(code).map((b) => `%${b.toString(16).toUpperCase().padStart(2, "0")}`).join("");
  }
  return out;
}

function utf8(code: number): number[] {
  if (code < 0x80) return [code];
  if (code < 0x800) return [0xc0 | (code >> 6), 0x80 | (code & 63)];
  if (code < 0x10000) return [0xe0 | (code >> 12), 0x80 | ((code >> 6) & 63), 0x80 | (code & 63)];
  return [0xf0 | (code >> 18), 0x80 | ((code >> 12) & 63), 0x80 | ((code >> 6) & 63), 0x80 | (code & 63)];
}

/** What HTTP cannot carry raw (space, controls, non-ASCII) percent-encoded; everything else, broken escapes included, left as it is. */
const onTheWire = (text: string) => text.replace(/[^\x21-\x7e]/gu, encodeAny);

/** A piece of a URL, already in its on-the-wire form. */
const piece = fc.oneof(
  fc.constantFrom(...HOSTILE),
  fc.string({ unit: "grapheme", maxLength: 40 }).map(encodeAny),
  fc.string({ unit: "binary", maxLength: 20 }).map(encodeAny),
  fc.string({ unit: fc.constantFrom("%", "0", "E", "F", "a", "/", ".", "-", "_", "~", "!", "$", "'", "(", "*", "+", ",", ";", "=", ":", "@"), maxLength: 30 }),
  fc.bigInt({ min: -(10n ** 40n), max: 10n ** 40n }).map(String),
  fc.double().map(String),
).map(onTheWire);

const segmentFor = (name: string) =>
  name.startsWith("[") ? fc.oneof({ weight: 2, arbitrary: fc.constantFrom(...(KNOWN[name.slice(1, -1)] ?? KNOWN.slug)) }, { weight: 3, arbitrary: piece }) : fc.constant(name);

const query = fc.oneof(
  { weight: 6, arbitrary: fc.array(fc.tuple(fc.oneof({ weight: 3, arbitrary: fc.constantFrom(...PARAMETERS) }, { weight: 1, arbitrary: piece }), piece, fc.boolean()), { maxLength: 24 }) },
  // Repeated keys, as many as the proxy lets through and a few more.
  { weight: 1, arbitrary: fc.tuple(fc.constantFrom(...PARAMETERS), piece, fc.integer({ min: 2, max: 130 })).map(([key, value, n]) => Array.from({ length: n }, () => [key, value, true] as [string, string, boolean])) },
).map((pairs) => pairs.map(([key, value, withValue]) => (withValue ? `${key}=${value}` : key)).join("&"));

function requestFor(filter: (route: Route) => boolean) {
  const chosen = ROUTES.filter(filter);
  return fc
    .constantFrom(...chosen)
    // Now and then one segment more than the route has (/regions/lyon/x).
    .chain((route) => fc.tuple(fc.tuple(...route.segments.map(segmentFor)), fc.option(piece, { freq: 8 }), query))
    .map(([segments, extra, search]) => `/${[...segments, ...(extra === null ? [] : [extra])].join("/")}${search ? `?${search}` : ""}`)
    // Node.js refuses a request line over 16 KB itself (431) and closes the connection; cut below that.
    .map((target) => target.slice(0, MAX_TARGET));
}

const agent = new http.Agent({ keepAlive: true, maxSockets: BATCH });
const STACK_TRACE = /\n\s+at .+:\d+:\d+|Internal Server Error|\bError: |digest: /;

/**
 * GET exactly this path (no normalisation on the way), returning the status and
 * the body. A kept-alive connection the server closed as the request went out
 * (ECONNRESET before any answer) is the client's race, not an answer: once more on a new one.
 */
async function get(base: URL, target: string): Promise<{ status: number; body: string }> {
  try {
    return await getOnce(base, target);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "ECONNRESET") throw error;
    return getOnce(base, target);
  }
}

function getOnce(base: URL, target: string): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    // A redirect repeats the address in Location (and Refresh): more than Node's client takes by default, not more than a browser does.
    const req = http.request({ host: base.hostname, port: base.port, path: target, method: "GET", agent, maxHeaderSize: 256 * 1024, headers: { accept: "text/html,application/json" } }, (res) => {
      const chunks: Buffer[] = [];
      res.on("data", (chunk: Buffer) => chunks.push(chunk));
      res.on("end", () => resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString("utf8") }));
      res.on("error", reject);
    });
    req.on("error", reject);
    req.end();
  });
}

async function fuzz(baseURL: string | undefined, filter: (route: Route) => boolean) {
  const base = new URL(baseURL!);
  let sent = 0;
  await fc.assert(
    fc.asyncProperty(fc.array(requestFor(filter), { minLength: BATCH, maxLength: BATCH }), async (targets) => {
      const answers = await Promise.all(targets.map((target) => get(base, target)));
      sent += targets.length;
      answers.forEach(({ status, body }, i) => {
        expect(status, targets[i]).toBeLessThan(500);
        expect(body.match(STACK_TRACE)?.[0] ?? null, targets[i]).toBeNull();
      });
    }),
    { numRuns: RUNS_PER_TEST, endOnFailure: true },
  );
  expect(sent).toBeGreaterThanOrEqual(RUNS_PER_TEST * BATCH);
}

// Each of the TESTS tests below sends RUNS_PER_TEST batches; together at least 10,000 requests.
test.describe("every route, arbitrary addresses", () => {
  test.describe.configure({ timeout: 600_000 });

  test("the route list covers the public pages, the admin and the API", () => {
    const patterns = ROUTES.map((r) => r.pattern);
    for (const expected of ["/", "/regions/[slug]", "/agreements", "/search", "/api/v1/search", "/admin/sign-in", "/admin/[type]/[id]", "/api/v1/admin/options"]) {
      expect(patterns).toContain(expected);
    }
    expect(FUZZ_REQUESTS).toBeGreaterThanOrEqual(10_000);
  });

  test("record pages with arbitrary slugs and queries", async ({ baseURL }) => {
    await fuzz(baseURL, (r) => r.pattern.includes("[") && !r.pattern.startsWith("/admin"));
  });

  test("the lists, the home page and the search with arbitrary queries", async ({ baseURL }) => {
    await fuzz(baseURL, (r) => !r.pattern.includes("[") && !r.pattern.startsWith("/admin") && !r.pattern.startsWith("/api"));
  });

  test("the search API with arbitrary queries", async ({ baseURL }) => {
    await fuzz(baseURL, (r) => r.pattern.startsWith("/api/"));
  });

  test("the admin, signed out, with arbitrary addresses", async ({ baseURL }) => {
    await fuzz(baseURL, (r) => r.pattern.startsWith("/admin"));
  });
});
