import { expect, test, type APIResponse, type Page } from "@playwright/test";
import { startInstance } from "./support/instance";

// The security headers (src/lib/security-headers.ts, sent by src/proxy.ts and
// next.config.ts) over real HTTP on every kind of response, and in Chromium:
// no page breaks the policy, and what runs JavaScript still runs.

const PAGES = [
  "/", "/regions", "/regions/lyon", "/agreements", "/agreements/knowledge-capital-tuba-accord-2016", "/missions", "/events",
  "/organisations", "/people", "/sectors", "/sources", "/pairs", "/pairs/lyon-tokyo", "/search?q=kyoto", "/no-such-page", "/admin/sign-in",
];

function expectFramingAndSniffingHeaders(response: APIResponse, label: string) {
  const headers = response.headers();
  expect(headers["x-frame-options"], label).toBe("DENY");
  expect(headers["x-content-type-options"], label).toBe("nosniff");
  expect(headers["referrer-policy"], label).toBe("strict-origin-when-cross-origin");
  expect(headers["cross-origin-opener-policy"], label).toBe("same-origin");
  expect(headers["permissions-policy"], label).toMatch(/camera=\(\)/);
  expect(headers["content-security-policy"], label).toContain("frame-ancestors 'none'");
  // Plain HTTP here: no HSTS (it would pin a test host to HTTPS).
  expect(headers["strict-transport-security"], label).toBeUndefined();
}

function scriptSources(policy: string): string[] {
  return policy.split(";").map((d) => d.trim().split(/\s+/)).find(([name]) => name === "script-src")?.slice(1) ?? [];
}

test("every page, the admin, the API, a 404, a refusal and the static files carry the security headers", async ({ request }) => {
  const nonces = new Set<string>();
  for (const path of [...PAGES, "/admin", "/admin/users"]) {
    const response = await request.get(path, { maxRedirects: 0 });
    expect(response.status(), path).toBeLessThan(500);
    expectFramingAndSniffingHeaders(response, path);
    const sources = scriptSources(response.headers()["content-security-policy"]);
    expect(sources, path).not.toContain("'unsafe-inline'");
    expect(sources, path).not.toContain("'unsafe-eval'");
    const nonce = sources.find((s) => s.startsWith("'nonce-"));
    expect(nonce, path).toBeDefined();
    nonces.add(nonce!);
    // Next.js puts the same nonce on every script of the page.
    if (response.status() === 200) {
      const html = await response.text();
      const scripts = [...html.matchAll(/<script\b[^>]*>/g)].map(([tag]) => tag);
      expect(scripts.length, path).toBeGreaterThan(0);
      for (const tag of scripts) expect(tag, path).toContain(`nonce="${nonce!.slice(7, -1)}"`);
    }
  }
  expect(nonces.size, "a fresh nonce for each response").toBe(PAGES.length + 2);

  const html = await (await request.get("/regions")).text();
  const assets = [...html.matchAll(/(?:src|href)="(\/_next\/static\/[^"]+\.(?:js|css))"/g)].map(([, url]) => url);
  expect(assets.length).toBeGreaterThan(1);
  expectFramingAndSniffingHeaders(await request.get("/bench-baseline.txt"), "a file of public/");
  for (const path of [...assets.slice(0, 4), "/api/v1/search?q=kyoto", "/api/v1/admin/options?target=region&q=a", `/regions?${"a&".repeat(150)}`]) {
    const response = await request.get(path);
    expectFramingAndSniffingHeaders(response, path);
    // Not a page of the app: nothing may run or load in it if it is opened on its own.
    expect(response.headers()["content-security-policy"], path).toMatch(/^default-src 'none'/);
  }
});

test("HSTS is sent only when a declared proxy says the request came over HTTPS", async ({ request }) => {
  // Without TRUSTED_PROXIES, anyone could send X-Forwarded-Proto: it is not believed.
  const spoofed = await request.get("/regions", { headers: { "x-forwarded-proto": "https" } });
  expect(spoofed.headers()["strict-transport-security"]).toBeUndefined();
  expect(spoofed.headers()["content-security-policy"]).not.toContain("upgrade-insecure-requests");

  const behindProxy = await startInstance({ TRUSTED_PROXIES: "127.0.0.1" });
  try {
    const overHttps = await fetch(`${behindProxy.url}/regions`, { headers: { "x-forwarded-proto": "https" } });
    expect(overHttps.headers.get("strict-transport-security")).toMatch(/^max-age=\d{8,}/);
    expect(overHttps.headers.get("content-security-policy")).toContain("upgrade-insecure-requests");
    const overHttp = await fetch(`${behindProxy.url}/regions`, { headers: { "x-forwarded-proto": "http" } });
    expect(overHttp.headers.get("strict-transport-security")).toBeNull();
  } finally {
    behindProxy.stop();
  }
});

/** Records every policy violation and console error of the page, from before its first script. */
async function watchForViolations(page: Page): Promise<string[]> {
  const problems: string[] = [];
  await page.addInitScript(() => {
    document.addEventListener("securitypolicyviolation", (event) => {
      console.error(`CSP violation: ${event.violatedDirective} blocked ${event.blockedURI || "inline"} (${event.sourceFile}:${event.lineNumber})`);
    });
  });
  page.on("console", (message) => {
    // Chromium logs every 404 it loads: /favicon.ico, which it asks for on its own (the app has
    // none), and the 404 page itself. Neither is a policy problem; violations are logged above.
    const notFound = /status of 404/.test(message.text()) && /\/(favicon\.ico|no-such-page)$/.test(message.location().url);
    if (message.type() === "error" && !notFound) problems.push(`${page.url()}: ${message.text()}`);
  });
  page.on("pageerror", (error) => problems.push(`${page.url()}: ${error.message}`));
  return problems;
}

test("no page breaks its content security policy in Chromium", async ({ page }) => {
  const problems = await watchForViolations(page);
  for (const path of PAGES) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(path === "/no-such-page" ? 404 : 200);
    await page.waitForLoadState("load");
    // The stylesheet was allowed: Tailwind's classes took effect.
    expect(await page.evaluate(() => getComputedStyle(document.body).minHeight), path).not.toBe("0px");
  }
  expect(problems).toEqual([]);
});

test("with the policy on, the search still navigates in place and the sign-in form still works", async ({ page }) => {
  const problems = await watchForViolations(page);
  await page.goto("/search");
  await page.evaluate(() => ((window as unknown as { __marker: number }).__marker = 7));
  await page.getByRole("searchbox", { name: "Search the directory" }).fill("kyoto");
  await expect(page).toHaveURL(/\/search\?q=kyoto$/);
  await expect(page.getByRole("region", { name: /results? for “kyoto”/ }).getByRole("link", { name: "Kyoto Prefecture", exact: true })).toBeVisible();
  expect(await page.evaluate(() => (window as unknown as { __marker?: number }).__marker), "no full reload").toBe(7);

  await page.goto("/admin/sign-in");
  const action = page.waitForRequest((r) => r.method() === "POST" && Boolean(r.headers()["next-action"]));
  await page.getByLabel("Email address").fill("nobody.csp@example.org");
  await page.getByLabel("Password").fill("not the password at all");
  await page.getByRole("button", { name: "Sign in" }).click();
  // Sent by React (a server action call), so its scripts ran under the policy.
  await action;
  await expect(page.getByRole("main").getByRole("alert")).toHaveText("The email or password is wrong.", { timeout: 15_000 });
  expect(problems).toEqual([]);
});

test("another site cannot frame a page, the admin included", async ({ page, baseURL }) => {
  // A page of another origin (about:blank) that frames Kizuna.
  await page.setContent(`<iframe src="${baseURL}/admin/sign-in" onload="this.dataset.loaded=1"></iframe><iframe src="${baseURL}/regions" onload="this.dataset.loaded=1"></iframe>`);
  await page.waitForFunction(() => [...document.querySelectorAll("iframe")].every((f) => f.dataset.loaded));
  const frames = page.frames().slice(1);
  expect(frames).toHaveLength(2);
  // Chromium replaces a refused frame with its error page.
  for (const frame of frames) expect(frame.url()).toMatch(/^chrome-error:/);
});
