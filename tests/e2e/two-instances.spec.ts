import { expect, test } from "@playwright/test";
import { createAccount, startInstance } from "./support/instance";

// Two app instances on one database, as behind a load balancer: a session made
// on one is valid on the other, and failed sign-ins on both count together
// towards refusing that source for that account. The second instance is the
// same build, started here.

const run = Date.now().toString(36);
const EMAIL = `twin.${run}@example.org`;
const PASSWORD = `two harbours ${run} one ledger`;

let second: { url: string; stop: () => void } | null = null;
let secondUrl = "";

test.describe.configure({ mode: "serial", timeout: 180_000 });

test.beforeAll(async () => {
  createAccount(EMAIL, PASSWORD, { name: "Twin Editor", role: "editor" });
  second = await startInstance();
  secondUrl = second.url;
});

test.afterAll(() => {
  second?.stop();
});

test("a session made on one instance is valid on the other, and signing out on the other ends it on both", async ({ page, baseURL }) => {
  await page.goto("/admin/sign-in");
  await page.getByLabel("Email address").fill(EMAIL);
  await page.getByLabel("Password").fill(PASSWORD);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL(/\/admin$/);

  // Cookies belong to the host, not the port: the browser sends the same session to the second instance.
  await page.goto(`${secondUrl}/admin`);
  await expect(page).toHaveURL(`${secondUrl}/admin`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Welcome, Twin Editor");

  // Sign out on the second instance, then replay the old cookie to the first: the session is gone on the server.
  const cookies = await page.context().cookies();
  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page).toHaveURL(/\/admin\/sign-in/);
  await page.context().addCookies(cookies);
  await page.goto(`${baseURL}/admin`);
  await expect(page).toHaveURL(/\/admin\/sign-in/);
});

test("failed sign-ins on both instances count together towards refusing this source for that account", async ({ page }) => {
  // Neither instance trusts a proxy, so the source is this machine's socket
  // address for both (X-Forwarded-For would be ignored). Ten failures are
  // what one source may make at one account; other accounts are untouched.
  const target = `locked.${run}@example.org`;
  for (let i = 0; i < 10; i++) {
    await page.goto(`${i % 2 ? secondUrl : ""}/admin/sign-in`);
    await page.getByLabel("Email address").fill(target);
    await page.getByLabel("Password").fill(`wrong password number ${i}`);
    await page.getByRole("button", { name: "Sign in" }).click();
    // After three failures the server waits a little longer before each answer (up to 5 s).
    await expect(page.getByRole("main").getByRole("alert")).toHaveText("The email or password is wrong.", { timeout: 15_000 });
  }
  for (const origin of ["", secondUrl]) {
    await page.goto(`${origin}/admin/sign-in`);
    await page.getByLabel("Email address").fill(target);
    await page.getByLabel("Password").fill("yet another wrong password");
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page.getByRole("main").getByRole("alert")).toHaveText(/Too many failed sign-ins\. Try again in \d+ minutes?\./, { timeout: 15_000 });
  }
  // The same source still signs in to another account, on either instance.
  await page.goto(`${secondUrl}/admin/sign-in`);
  await page.getByLabel("Email address").fill(EMAIL);
  await page.getByLabel("Password").fill(PASSWORD);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL(`${secondUrl}/admin`, { timeout: 15_000 });
});
