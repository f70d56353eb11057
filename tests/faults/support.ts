import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { freePort } from "../../scripts/lib/embedded-postgres";

// Drives `npm start` as an operator would: a real process (its own process
// group, as a terminal gives it) on a throwaway data directory, a real embedded
// PostgreSQL, plain HTTP without JavaScript (forms posted as a browser without
// JavaScript posts them).

export const ROOT = path.resolve(import.meta.dirname, "../..");
/** As `npm start` runs it: tsx as a loader in one process (package.json). */
const NODE_ARGS = ["--import", "tsx"];

export type Kizuna = {
  url: string;
  process: ChildProcess;
  /** Everything it printed, stdout and stderr, in order. */
  output: () => string;
  /** Resolves once the output matches (polled; the test's own timeout bounds it). */
  waitFor: (pattern: RegExp) => Promise<void>;
  exited: Promise<number | null>;
  /** Sends `signal` to the whole process group, as Ctrl-C in a terminal does. */
  signalGroup: (signal: NodeJS.Signals) => void;
};

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export async function startKizuna(dataDir: string, env: Record<string, string> = {}): Promise<Kizuna> {
  const port = await freePort(0);
  const child = spawn(process.execPath, [...NODE_ARGS, "scripts/start.ts"], {
    cwd: ROOT,
    detached: true,
    stdio: ["ignore", "pipe", "pipe"],
    env: { ...process.env, DATABASE_URL: "", KIZUNA_DATA_DIR: dataDir, PORT: String(port), NEXT_TELEMETRY_DISABLED: "1", ...env },
  });
  let text = "";
  child.stdout!.on("data", (chunk: Buffer) => (text += chunk.toString()));
  child.stderr!.on("data", (chunk: Buffer) => (text += chunk.toString()));
  const exited = new Promise<number | null>((resolve) => child.on("exit", (code) => resolve(code)));
  const kizuna: Kizuna = {
    url: `http://127.0.0.1:${port}`,
    process: child,
    output: () => text,
    waitFor: async (pattern) => {
      while (!pattern.test(text)) {
        if (child.exitCode !== null && !pattern.test(text)) throw new Error(`kizuna exited (${child.exitCode}) before printing ${pattern}:\n${text}`);
        await sleep(50);
      }
    },
    exited,
    signalGroup: (signal) => {
      try {
        process.kill(-child.pid!, signal);
      } catch {
        /* already gone */
      }
    },
  };
  return kizuna;
}

export async function startServing(dataDir: string): Promise<Kizuna> {
  const kizuna = await startKizuna(dataDir);
  await kizuna.waitFor(/serving Kizuna on/);
  return kizuna;
}

/** The pid of the postmaster running on `dataDir` (from its lock file). */
export function postmasterPid(dataDir: string): number | null {
  const file = path.join(dataDir, "postmaster.pid");
  if (!existsSync(file)) return null;
  const pid = Number(readFileSync(file, "utf8").split("\n")[0]);
  return Number.isInteger(pid) && pid > 0 ? pid : null;
}

export function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

export function createEditor(dataDir: string, email: string, password: string): void {
  const result = spawnSync(process.execPath, [...NODE_ARGS, "scripts/admin-create.ts", "--email", email, "--role", "editor", "--name", "Fault Editor"], {
    cwd: ROOT,
    input: `${password}\n`,
    encoding: "utf8",
    env: { ...process.env, DATABASE_URL: "", KIZUNA_DATA_DIR: dataDir },
  });
  if (result.status !== 0) throw new Error(`admin:create failed: ${result.stderr}${result.stdout}`);
}

const decode = (value: string) => value.replace(/&quot;/g, '"').replace(/&#x27;/g, "'").replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&amp;/g, "&");

/** The hidden fields (Next's server-action reference among them) of the page's POST form that contains `marker`. */
function hiddenFields(html: string, marker: string): FormData {
  const form = [...html.matchAll(/<form[^>]*method="POST"[^>]*>([\s\S]*?)<\/form>/g)].map((m) => m[1]!).find((body) => body.includes(marker));
  if (!form) throw new Error(`no form with "${marker}" on the page`);
  const data = new FormData();
  for (const [, attributes] of form.matchAll(/<input([^>]*)>/g)) {
    if (!/type="hidden"/.test(attributes!)) continue;
    const name = attributes!.match(/name="([^"]*)"/)?.[1];
    if (name) data.append(decode(name), decode(attributes!.match(/value="([^"]*)"/)?.[1] ?? ""));
  }
  return data;
}

/** Signs in through the sign-in form; returns the session cookie. */
export async function signIn(url: string, email: string, password: string): Promise<string> {
  const data = hiddenFields(await (await fetch(`${url}/admin/sign-in`)).text(), 'name="password"');
  data.set("email", email);
  data.set("password", password);
  // A browser sends Origin with every form post; Next checks it against Host.
  const response = await fetch(`${url}/admin/sign-in`, { method: "POST", body: data, headers: { origin: url }, redirect: "manual" });
  const cookie = response.headers.get("set-cookie")?.split(";")[0];
  if (response.status !== 303 || !cookie) throw new Error(`sign-in answered ${response.status}`);
  return cookie;
}

/**
 * Saves a new sector through the admin form. Acknowledged means the app
 * answered the save's redirect to the new record: the id is returned then, and
 * null for any other answer (the answer itself is passed to `seen`).
 */
export async function saveSector(url: string, cookie: string, name: string, seen: (response: Answer) => void): Promise<number | null> {
  const page = await fetch(`${url}/admin/sector/new`, { headers: { cookie } });
  const html = await page.text();
  if (page.status !== 200) {
    seen({ status: page.status, retryAfter: page.headers.get("retry-after"), body: html, path: "/admin/sector/new" });
    return null;
  }
  const data = hiddenFields(html, "Save draft");
  data.set("name", name);
  data.set("slug", name.toLowerCase().replace(/[^a-z0-9]+/g, "-"));
  const response = await fetch(`${url}/admin/sector/new`, { method: "POST", body: data, headers: { cookie, origin: url }, redirect: "manual" });
  const body = await response.text();
  seen({ status: response.status, retryAfter: response.headers.get("retry-after"), body, path: "POST /admin/sector/new" });
  const saved = response.headers.get("location")?.match(/^\/admin\/sector\/(\d+)\?saved=1$/);
  return response.status === 303 && saved ? Number(saved[1]) : null;
}

export type Answer = { status: number; retryAfter: string | null; body: string; path: string };

export const READ_PATHS = ["/", "/regions", "/agreements", "/search?q=kyoto", "/api/v1/search?q=lyon", "/sectors", "/regions/kyoto-prefecture"];

/**
 * Readers and writers that run until stopped, recording every answer, every
 * acknowledged save and every request that got no answer at all.
 */
export function load(url: string, cookie: string, options: { readers: number; writers: number; tag: string }) {
  const answers: Answer[] = [];
  const acknowledged = new Map<number, string>();
  const noAnswer: string[] = [];
  let running = true;
  let counter = 0;
  const reader = async (n: number) => {
    for (let i = n; running; i++) {
      const path = READ_PATHS[i % READ_PATHS.length]!;
      try {
        const response = await fetch(`${url}${path}`);
        answers.push({ status: response.status, retryAfter: response.headers.get("retry-after"), body: await response.text(), path });
      } catch (error) {
        noAnswer.push(`${path}: ${(error as Error).message}`);
        await sleep(20);
      }
    }
  };
  const writer = async () => {
    while (running) {
      const name = `Fault ${options.tag} ${++counter} ${Math.random().toString(36).slice(2, 8)}`;
      try {
        const id = await saveSector(url, cookie, name, (answer) => answers.push(answer));
        if (id !== null) acknowledged.set(id, name);
      } catch (error) {
        noAnswer.push(`save: ${(error as Error).message}`);
        await sleep(20);
      }
    }
  };
  const workers = [...Array.from({ length: options.readers }, (_, i) => reader(i)), ...Array.from({ length: options.writers }, () => writer())];
  return {
    answers,
    acknowledged,
    noAnswer,
    stop: async () => {
      running = false;
      await Promise.all(workers);
    },
  };
}

/** Waits until `count` answers after the current ones satisfy `ok`. */
export async function waitForAnswers(answers: Answer[], count: number, ok: (answer: Answer) => boolean): Promise<void> {
  const from = answers.length;
  while (answers.slice(from).filter(ok).length < count) await sleep(50);
}

/** Problems with the answers given during an outage: anything 5xx other than a worded 503 with Retry-After. */
export function outageProblems(answers: Answer[]): string[] {
  return answers
    .filter((answer) => answer.status >= 500)
    .filter((answer) => answer.status !== 503 || answer.retryAfter === null || !/temporarily unavailable|cannot reach its database/i.test(answer.body))
    .map((answer) => `${answer.path}: ${answer.status} retry-after=${answer.retryAfter} body=${JSON.stringify(answer.body.slice(0, 120))}`);
}
