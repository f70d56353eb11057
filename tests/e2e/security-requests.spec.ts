import { expect, test, type APIRequestContext } from "@playwright/test";

// What src/proxy.ts refuses before any work (src/lib/request-guard.ts), over
// real HTTP against `next start`: oversized addresses, and server-action posts
// that Next.js refuses or chokes on, which it answered with a 500.

test("an address with more query parameters than any page takes is refused with a clear page, or problem+json under /api/", async ({ request }) => {
  const many = Array.from({ length: 3000 }, (_, i) => `p${i.toString(36)}`).join("&");
  for (const path of ["/", "/regions", "/no-such-page", "/search", "/agreements"]) {
    const response = await request.get(`${path}?${many}`);
    expect(response.status(), path).toBe(414);
    expect(response.headers()["content-type"], path).toContain("text/html");
    expect(await response.text(), path).toContain("This address is too long");
  }
  const fewerButMany = await request.get(`/regions?${"a&".repeat(101)}`);
  expect(fewerButMany.status()).toBe(400);
  expect(await fewerButMany.text()).toContain("at most 100 query parameters");

  const api = await request.get(`/api/v1/search?${"type=region&".repeat(150)}`);
  expect(api.status()).toBe(400);
  expect(api.headers()["content-type"]).toBe("application/problem+json");
  expect(await api.json()).toMatchObject({ status: 400, title: "This address has too many parameters" });

  const long = await request.get(`/search?q=${"x".repeat(9000)}`);
  expect(long.status()).toBe(414);

  // Within the limits nothing changes.
  expect((await request.get(`/search?${"type=region&".repeat(99)}q=kyoto`)).status()).toBe(200);
});

/** The sign-in form's server action id, read from the page as a browser without JavaScript would. */
async function signInActionId(request: APIRequestContext): Promise<string> {
  const html = await (await request.get("/admin/sign-in")).text();
  const id = /&quot;id&quot;:&quot;([0-9a-f]+)&quot;/.exec(html)?.[1];
  expect(id).toMatch(/^[0-9a-f]{42}$/);
  return id!;
}

test("server-action posts that are cross-site or malformed get a 4xx, never a 500", async ({ request, baseURL }) => {
  const id = await signInActionId(request);
  const own = new URL(baseURL!).origin;
  const post = (headers: Record<string, string>, data: string | Buffer, path = "/admin/sign-in") =>
    request.post(path, { headers, data, maxRedirects: 0 });
  const form = (boundary: string, fields: Record<string, string>) =>
    Object.entries(fields).map(([name, value]) => `--${boundary}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`).join("") + `--${boundary}--\r\n`;
  const multipart = "multipart/form-data; boundary=kizuna";

  const cases: [string, Record<string, string>, string | Buffer, number][] = [
    ["another site's Origin", { "next-action": id, origin: "https://evil.example", "content-type": "text/plain;charset=UTF-8" }, "[]", 403],
    ["an opaque Origin (sandboxed frame)", { "next-action": id, origin: "null", "content-type": "text/plain;charset=UTF-8" }, "[]", 403],
    ["a malformed Origin", { "next-action": id, origin: "%%%", "content-type": "text/plain;charset=UTF-8" }, "[]", 403],
    ["a plain form from another site", { origin: "https://evil.example", "content-type": multipart }, form("kizuna", { email: "a@b.c" }), 403],
    ["a malformed action id", { "next-action": "garbage", "content-type": "text/plain;charset=UTF-8" }, "[]", 400],
    ["arguments that are not JSON", { "next-action": id, origin: own, "content-type": "text/plain;charset=UTF-8" }, "garbage{", 400],
    ["no content type", { "next-action": id, origin: own, "content-type": "" }, "a=b", 400],
    ["a broken multipart body", { "next-action": id, origin: own, "content-type": multipart }, "garbage", 400],
    ["a form without its argument list", { "next-action": id, origin: own, "content-type": multipart }, form("kizuna", { "1_email": "a@b.c" }), 400],
    ["a plain form with a broken bound argument", { origin: own, "content-type": multipart }, form("kizuna", { $ACTION_REF_1: "", "$ACTION_1:0": `{"id":"${id}","bound":"$@1"}`, "$ACTION_1:1": "garbage" }), 400],
    ["a broken form posted to a public page", { "content-type": multipart }, "garbage", 400],
    ["a url-encoded action call", { "next-action": id, origin: own, "content-type": "application/x-www-form-urlencoded" }, "a=b", 415],
    ["a body over 1 MB", { "next-action": id, origin: own, "content-type": "text/plain;charset=UTF-8" }, `["${"a".repeat(1024 * 1024)}"]`, 413],
  ];
  for (const [label, headers, data, status] of cases) {
    const response = await post(headers, data, label.includes("public page") ? "/regions" : "/admin/sign-in");
    expect(response.status(), label).toBe(status);
    const body = await response.text();
    expect(body, label).not.toMatch(/Internal Server Error|\bat .+:\d+:\d+/);
    expect(response.headers()["x-frame-options"], label).toBe("DENY");
  }

  // Well-formed arguments of the wrong type reach the sign-in action itself, which answers with its form state, not a 500.
  for (const [label, headers, data] of [
    ["arguments that are not a form", { "next-action": id, origin: own, "content-type": "text/plain;charset=UTF-8" }, '["x","y"]'],
    ["a multipart call whose arguments are not a form", { "next-action": id, origin: own, "content-type": multipart }, form("kizuna", { "0": '["x","y"]' })],
  ] as [string, Record<string, string>, string][]) {
    const response = await post(headers, data);
    expect(response.status(), label).toBeLessThan(500);
    expect(await response.text(), label).not.toMatch(/Internal Server Error|\bat .+:\d+:\d+/);
  }

  // An action id of the right form that this build does not have is Next.js's own 409 ("reload the page").
  expect((await post({ "next-action": "a".repeat(42), origin: own, "content-type": "text/plain;charset=UTF-8" }, "[]")).status()).toBe(409);
});

test("the sign-in form still posts through the proxy, with and without JavaScript", async ({ browser }) => {
  for (const javaScriptEnabled of [true, false]) {
    const context = await browser.newContext({ javaScriptEnabled });
    const page = await context.newPage();
    await page.goto("/admin/sign-in");
    await page.getByLabel("Email address").fill("nobody.proxy@example.org");
    await page.getByLabel("Password").fill("not the password at all");
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page.getByRole("main").getByRole("alert"), `JavaScript ${javaScriptEnabled}`).toHaveText("The email or password is wrong.", { timeout: 15_000 });
    await context.close();
  }
});
