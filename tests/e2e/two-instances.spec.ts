import { expect, test } from "@playwright/test";
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import net from "node:net";
import path from "node:path";

// Two app instances on one database, as behind a load balancer: a session made
// on one is valid on the other, and failed sign-ins on both count together
// towards the lock-out. The second instance is the same build, started here.

const ROOT = path.resolve(import.meta.dirname, "../..");
const run = Date.now().toString(36);
const EMAIL = `twin.${run}@example.org`;
const PASSWORD = `two harbours ${run} one ledger`;

let second: ChildProcess | null = null;
let secondUrl = "";

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

test.describe.configure({ mode: "serial", timeout: 180_000 });

test.beforeAll(async () => {
  const databaseUrl = process.env.DATABASE_URL;
  if (!databaseUrl) throw new Error("DATABASE_URL is not set: run the e2e tier through `npm test`.");
  const created = spawnSync("npm", ["run", "--silent", "admin:create", "--", "--email", EMAIL, "--name", "Twin Editor", "--role", "editor"], {
    cwd: ROOT, input: `${PASSWORD}\n`, encoding: "utf8", env: { ...process.env, DATABASE_URL: databaseUrl },
  });
  if (created.status !== 0) throw new Error(`admin:create failed: ${created.stderr}`);
  const port = await freePort();
  secondUrl = `http://127.0.0.1:${port}`;
  second = spawn(process.execPath, [path.join(ROOT, "node_modules/next/dist/bin/next"), "start", "-p", String(port), "-H", "127.0.0.1"], {
    cwd: ROOT, stdio: "ignore", env: { ...process.env, DATABASE_URL: databaseUrl, PORT: String(port), NEXT_TELEMETRY_DISABLED: "1" },
  });
  for (;;) {
    try {
      if ((await fetch(`${secondUrl}/admin/sign-in`)).ok) break;
    } catch {
      /* not listening yet */
    }
    if (second.exitCode !== null) throw new Error("the second instance did not start");
    await new Promise((r) => setTimeout(r, 200));
  }
});

test.afterAll(() => {
  second?.kill("SIGTERM");
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

test("failed sign-ins on both instances count together towards the lock-out", async ({ browser }) => {
  // A client of its own (as a proxy would report it), so that its failures slow down no other test's sign-in.
  const context = await browser.newContext({ extraHTTPHeaders: { "x-forwarded-for": "198.51.100.23" } });
  const page = await context.newPage();
  const target = `locked.${run}@example.org`;
  // Ten failures, alternating between the instances.
  for (let i = 0; i < 10; i++) {
    await page.goto(`${i % 2 ? secondUrl : ""}/admin/sign-in`);
    await page.getByLabel("Email address").fill(target);
    await page.getByLabel("Password").fill(`wrong password number ${i}`);
    await page.getByRole("button", { name: "Sign in" }).click();
    // After five failures the server waits a little longer before each answer (up to 5 s).
    await expect(page.getByRole("main").getByRole("alert")).toHaveText("The email or password is wrong.", { timeout: 15_000 });
  }
  for (const origin of ["", secondUrl]) {
    await page.goto(`${origin}/admin/sign-in`);
    await page.getByLabel("Email address").fill(target);
    await page.getByLabel("Password").fill("yet another wrong password");
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page.getByRole("main").getByRole("alert")).toHaveText(/Too many failed sign-ins\. Try again in \d+ minutes?\./, { timeout: 15_000 });
  }
});
