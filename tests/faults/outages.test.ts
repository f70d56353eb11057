import { appendFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import {
  createEditor,
  isAlive,
  load,
  outageProblems,
  postmasterPid,
  signIn,
  sleep,
  startKizuna,
  startServing,
  waitForAnswers,
  type Kizuna,
} from "./support";

// Issue 15, Reliability 1–4, as an operator met them: the database stopped or
// crashed under load, Ctrl-C under load, a start after `kill -9`, a start that
// fails. One data directory for the file; the tests run in order and build on
// each other's saves (every acknowledged save must survive everything after it).

const EMAIL = "faults@example.org";
const PASSWORD = "a long passphrase for fault tests";
const ok = (answer: { status: number }) => answer.status === 200;
/** Lines of Next's full error dumps, which an outage must not print once per request. */
const ERROR_DUMP = /PrismaClient\w*Error|Invalid `[^`]*` invocation|prisma:error|^\s+at .*\(.*:\d+:\d+\)$/m;

let tmp: string;
let dir: string;
let running: Kizuna | null = null;
const acknowledged = new Map<number, string>();

async function expectSaved(url: string, cookie: string) {
  for (const [id, name] of acknowledged) {
    const response = await fetch(`${url}/admin/sector/${id}`, { headers: { cookie } });
    expect(response.status, `sector ${id} (${name})`).toBe(200);
    expect(await response.text()).toContain(name);
  }
}

async function stopRunning() {
  if (!running) return;
  running.signalGroup("SIGINT");
  await running.exited;
  running = null;
}

beforeAll(async () => {
  tmp = mkdtempSync(path.join(os.tmpdir(), "kizuna-faults-"));
  dir = path.join(tmp, "pg");
  running = await startServing(dir);
  createEditor(dir, EMAIL, PASSWORD);
});

afterAll(async () => {
  running?.signalGroup("SIGKILL");
  const pid = postmasterPid(dir);
  if (pid && isAlive(pid)) process.kill(pid, "SIGQUIT");
  while (pid && isAlive(pid)) await sleep(50);
  rmSync(tmp, { recursive: true, force: true });
});

describe.sequential("the embedded database failing under load", () => {
  test("PostgreSQL stopped and then crashed under load: it is restarted, every failed answer is a worded 503 with Retry-After, every acknowledged save is kept, pages come back without restarting the app", async () => {
    const kizuna = running!;
    const cookie = await signIn(kizuna.url, EMAIL, PASSWORD);
    const traffic = load(kizuna.url, cookie, { readers: 6, writers: 2, tag: "outage" });
    await waitForAnswers(traffic.answers, 20, ok);
    // A fast shutdown, as `pg_ctl stop -m fast` does, then a crash.
    for (const signal of ["SIGINT", "SIGKILL"] as const) {
      const restarts = kizuna.output().split("PostgreSQL is running again").length;
      const served = traffic.answers.length;
      process.kill(postmasterPid(dir)!, signal);
      while (kizuna.output().split("PostgreSQL is running again").length === restarts) await sleep(50);
      await waitForAnswers(traffic.answers, 20, ok);
      // The outage was seen by the clients, as 503s.
      expect(traffic.answers.slice(served).some((answer) => answer.status === 503), `503s after ${signal}`).toBe(true);
    }
    await traffic.stop();
    for (const [id, name] of traffic.acknowledged) acknowledged.set(id, name);

    expect(outageProblems(traffic.answers)).toEqual([]);
    expect(traffic.answers.filter((answer) => answer.status === 500)).toEqual([]);
    expect(traffic.acknowledged.size).toBeGreaterThan(0);
    await expectSaved(kizuna.url, cookie);
    expect(kizuna.output()).toMatch(/PostgreSQL exited unexpectedly \(exit code 0\)/);
    expect(kizuna.output()).toMatch(/PostgreSQL exited unexpectedly \(signal SIGKILL\)/);
    expect(kizuna.output()).toMatch(/503 GET \/\S*: database unavailable/);
    expect(kizuna.output()).not.toMatch(ERROR_DUMP);
    expect((await fetch(`${kizuna.url}/api/ready`)).status).toBe(200);
    expect(readFileSync(`${dir}.log`, "utf8")).toMatch(/database system is ready to accept connections/);
  });

  test("while the database is down, pages and the API answer 503 with Retry-After and words, /api/health stays 200 and /api/ready says 503", async () => {
    const kizuna = running!;
    // Hold the outage open: stop the server and keep its port busy, so the restarts fail for a while.
    const port = Number(readFileSync(`${dir}.port`, "utf8"));
    const pid = postmasterPid(dir)!;
    const blocker = net.createServer((socket) => socket.destroy());
    process.kill(pid, "SIGINT");
    while (isAlive(pid)) await sleep(20);
    await new Promise<void>((resolve) => blocker.listen(port, "127.0.0.1", resolve));
    try {
      await kizuna.waitFor(/restart 1 failed/);
      const page = await fetch(`${kizuna.url}/regions`);
      expect(page.status).toBe(503);
      expect(page.headers.get("retry-after")).toBe("5");
      expect(page.headers.get("content-type")).toMatch(/text\/html/);
      expect(await page.text()).toContain("Kizuna is temporarily unavailable");
      const admin = await fetch(`${kizuna.url}/admin`);
      expect(admin.status).toBe(503);
      expect(await admin.text()).toContain("cannot reach its database");
      const api = await fetch(`${kizuna.url}/api/v1/search?q=kyoto`);
      expect(api.status).toBe(503);
      expect(api.headers.get("content-type")).toBe("application/problem+json");
      expect(await api.json()).toMatchObject({ status: 503, title: "Service unavailable" });
      const health = await fetch(`${kizuna.url}/api/health`);
      expect(health.status).toBe(200);
      expect(await health.json()).toMatchObject({ status: "ok" });
      const ready = await fetch(`${kizuna.url}/api/ready`);
      expect(ready.status).toBe(503);
      expect(await ready.json()).toMatchObject({ status: "unavailable", database: "unreachable" });
    } finally {
      await new Promise((resolve) => blocker.close(resolve));
    }
    await kizuna.waitFor(/database reachable again/);
    while ((await fetch(`${kizuna.url}/regions`)).status !== 200) await sleep(100);
    const ready = await fetch(`${kizuna.url}/api/ready`);
    expect(await ready.json()).toMatchObject({ status: "ready", database: "reachable", migrations: { missing: [] } });
  });

  test("Ctrl-C under load lets the requests in flight finish with their answers, then stops PostgreSQL, then exits 0", async () => {
    const kizuna = running!;
    const cookie = await signIn(kizuna.url, EMAIL, PASSWORD);
    const traffic = load(kizuna.url, cookie, { readers: 6, writers: 2, tag: "drain" });
    await waitForAnswers(traffic.answers, 20, ok);
    const pid = postmasterPid(dir)!;
    const before = traffic.answers.length;
    kizuna.signalGroup("SIGINT");
    const code = await kizuna.exited;
    await traffic.stop();
    running = null;
    for (const [id, name] of traffic.acknowledged) acknowledged.set(id, name);

    expect(code).toBe(0);
    // Answers given after the Ctrl-C were real ones: the database was still there.
    expect(traffic.answers.length).toBeGreaterThan(before);
    expect(traffic.answers.filter((answer) => answer.status >= 500).map((answer) => `${answer.path} ${answer.status}`)).toEqual([]);
    const output = kizuna.output();
    const steps = [/shutting down; no new connections, finishing \d+ request/, /every request in flight has finished/, /stopping the embedded PostgreSQL/, /embedded PostgreSQL stopped/, /stopped cleanly/];
    const positions = steps.map((step) => output.search(step));
    expect(positions.every((at) => at >= 0), output).toBe(true);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
    expect(isAlive(pid)).toBe(false);
  });

  test("after kill -9 of the whole process group, the next start finds the PostgreSQL left running, stops it and serves every acknowledged save; after the database is killed too, the stale lock file is handled", async () => {
    const first = await startServing(dir);
    running = first;
    let cookie = await signIn(first.url, EMAIL, PASSWORD);
    const traffic = load(first.url, cookie, { readers: 2, writers: 2, tag: "kill" });
    while (traffic.acknowledged.size < 3) await sleep(50);
    first.signalGroup("SIGKILL");
    await first.exited;
    await traffic.stop();
    for (const [id, name] of traffic.acknowledged) acknowledged.set(id, name);
    const orphan = postmasterPid(dir)!;
    expect(isAlive(orphan)).toBe(true);

    const second = await startServing(dir);
    running = second;
    expect(second.output()).toMatch(new RegExp(`found a PostgreSQL left running from before on this data directory \\(pid ${orphan}`));
    expect(isAlive(orphan)).toBe(false);
    cookie = await signIn(second.url, EMAIL, PASSWORD);
    await expectSaved(second.url, cookie);

    // Both killed: the lock file names a process that is gone.
    const pid = postmasterPid(dir)!;
    second.signalGroup("SIGKILL");
    process.kill(pid, "SIGKILL");
    await second.exited;
    while (isAlive(pid)) await sleep(20);
    const third = await startServing(dir);
    running = third;
    cookie = await signIn(third.url, EMAIL, PASSWORD);
    await expectSaved(third.url, cookie);
    await stopRunning();
  });

  test("a start that fails says what failed and what to do: PostgreSQL refusing its configuration, the app's port in use", async () => {
    const conf = path.join(dir, "postgresql.conf");
    const original = readFileSync(conf, "utf8");
    appendFileSync(conf, "\nkizuna_no_such_setting = on\n");
    try {
      const broken = await startKizuna(dir);
      expect(await broken.exited).toBe(1);
      const output = broken.output();
      expect(output).toMatch(/\[kizuna\] error: PostgreSQL exited while starting/);
      expect(output).toMatch(/unrecognized configuration parameter "kizuna_no_such_setting"/);
      expect(output).toMatch(/What to do:/);
      expect(output).not.toMatch(/error: undefined/);
    } finally {
      writeFileSync(conf, original);
    }

    const taken = net.createServer();
    await new Promise<void>((resolve) => taken.listen(0, resolve));
    const port = (taken.address() as net.AddressInfo).port;
    try {
      const blocked = await startKizuna(dir, { PORT: String(port) });
      expect(await blocked.exited).toBe(1);
      expect(blocked.output()).toMatch(new RegExp(`error: port ${port} is already in use\\. What to do:`));
      // It stopped the database it had started.
      const pid = postmasterPid(dir);
      expect(pid === null || !isAlive(pid)).toBe(true);
    } finally {
      await new Promise((resolve) => taken.close(resolve));
    }
  });

  test("a second npm start on the same data directory refuses with what to do, and leaves the first one serving on its database", async () => {
    const first = await startServing(dir);
    running = first;
    const pid = postmasterPid(dir);
    const second = await startKizuna(dir);
    expect(await second.exited).toBe(1);
    expect(second.output()).toMatch(/another Kizuna process \(pid \d+\) is already running the embedded PostgreSQL on .*What to do:/s);
    expect(second.output()).not.toMatch(/left running from before/);
    // The first one's server was never touched, and it still serves.
    expect(postmasterPid(dir)).toBe(pid);
    expect(first.output()).not.toMatch(/exited unexpectedly/);
    expect((await fetch(`${first.url}/regions`)).status).toBe(200);
    await stopRunning();
  });

  test("when PostgreSQL cannot be restarted, the app says so and what to do, and exits 1 instead of answering 503 forever", async () => {
    const kizuna = await startServing(dir);
    running = kizuna;
    const port = Number(readFileSync(`${dir}.port`, "utf8"));
    const pid = postmasterPid(dir)!;
    const blocker = net.createServer((socket) => socket.destroy());
    process.kill(pid, "SIGINT");
    while (isAlive(pid)) await sleep(20);
    await new Promise<void>((resolve) => blocker.listen(port, "127.0.0.1", resolve));
    try {
      expect(await kizuna.exited).toBe(1);
      running = null;
    } finally {
      await new Promise((resolve) => blocker.close(resolve));
    }
    const output = kizuna.output();
    expect(output).toMatch(/restart 5 failed/);
    expect(output).toMatch(/PostgreSQL could not be restarted: PostgreSQL exited while starting/);
    expect(output).toMatch(/What to do: read .*pg\.log, fix what it says, then npm start again\./);
    expect(output).toMatch(/PostgreSQL is gone: shutting down/);
  });
});
