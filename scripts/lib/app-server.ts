// The HTTP server of `npm start` and `npm run dev`: Node's own http.Server
// with Next's request handler inside (Next's programmatic API), so that we hold
// the listener. `next start` gave us no say in two things issue 15 needs:
//
// 1. Shutdown order. On Ctrl-C we stop accepting, let the requests in flight
//    finish (keep-alive sockets are closed as soon as they are idle, and answers
//    sent while draining say `Connection: close`), and only then does the caller
//    stop PostgreSQL; bounded, so a stuck request cannot hold the exit forever.
//
// 2. Where an outage becomes a 503. Only this layer sees every request before
//    Next does, needs no database to answer, and can still change an answer's
//    status before its first byte. So it is the one place that turns "the
//    database is down" into 503 + Retry-After with a worded page (HTML, or
//    problem+json under /api/), with or without JavaScript, for public and
//    admin pages alike. Inside Next, a failed query in a server component
//    gives a 500 whose HTML is empty until JavaScript renders the error
//    boundary, and the error boundary cannot set a status. The health state is
//    shared with the data layer (src/lib/database-health.ts): a query that
//    fails for want of a connection marks it down, and while it is down a 1 s
//    probe here finds out when it is back. A request that was already inside
//    Next when the database went away is caught on the way out: a 5xx after a
//    connection failure is replaced by the same 503 page. The error.tsx pages
//    cover what is left, a client-side navigation or server action in the
//    browser (they word it the same way).
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import pg from "pg";
import { databaseHealth, isConnectionFailure, reportDatabaseDown, reportDatabaseUp } from "../../src/lib/database-health";
import { log, ROOT } from "./database";

/** Seconds a client is asked to wait before retrying during an outage; the embedded server restarts within a few. */
export const RETRY_AFTER_SECONDS = 5;
const DEFAULT_DRAIN_SECONDS = 10;

export type AppServer = {
  /** Stops accepting, drains, closes Next; resolves true when every request finished within the bound. */
  close: (reason: string) => Promise<boolean>;
  /** Cuts the requests still in flight (a second Ctrl-C). */
  abort: () => void;
};

const UNAVAILABLE_HTML = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex"><title>Temporarily unavailable · Kizuna</title>
<style>body{font-family:system-ui,sans-serif;max-width:40rem;margin:4rem auto;padding:0 1rem;color:#1c1917;line-height:1.5}h1{font-size:1.75rem}a{color:#1e3a8a}</style>
</head><body><main>
<h1>Kizuna is temporarily unavailable</h1>
<p>The directory cannot reach its database right now, so this page cannot be shown. Nothing you saved before is lost.</p>
<p>This usually clears within a few seconds. Please <a href="">try again</a> in a moment.</p>
</main></body></html>
`;

const UNAVAILABLE_JSON = JSON.stringify({
  type: "about:blank",
  title: "Service unavailable",
  status: 503,
  detail: "Kizuna cannot reach its database right now. Try again in a few seconds.",
});

/** Paths that need no database: Next's build assets, and the liveness and readiness checks (the latter reports the outage itself). */
function needsDatabase(url: string): boolean {
  return !/^\/(_next\/static\/|favicon\.ico|api\/health(\?|$)|api\/ready(\?|$))/.test(url);
}

function sendUnavailable(req: IncomingMessage, res: ServerResponse, write: { writeHead: ServerResponse["writeHead"]; end: ServerResponse["end"] }): void {
  const api = (req.url ?? "").startsWith("/api/");
  for (const name of res.getHeaderNames()) if (name !== "connection") res.removeHeader(name);
  const body = api ? UNAVAILABLE_JSON : UNAVAILABLE_HTML;
  write.writeHead.call(res, 503, {
    "content-type": api ? "application/problem+json" : "text/html; charset=utf-8",
    "content-length": Buffer.byteLength(body),
    "retry-after": String(RETRY_AFTER_SECONDS),
    "cache-control": "no-store",
    // This page is made here, not by Next, so it carries its own headers (no scripts at all, never framed).
    "content-security-policy": "default-src 'none'; style-src 'unsafe-inline'; frame-ancestors 'none'; base-uri 'none'; form-action 'self'",
    "x-content-type-options": "nosniff",
    "referrer-policy": "strict-origin-when-cross-origin",
  });
  const end = write.end as (this: ServerResponse, chunk?: string) => ServerResponse;
  end.call(res, req.method === "HEAD" ? undefined : body);
  log(`503 ${req.method} ${(req.url ?? "").slice(0, 200)}: database unavailable`);
}

/**
 * Holds back a response's first byte until its status is known: a 5xx while,
 * or after, the database failed during this request becomes the 503 page, and
 * Next's own output for it is dropped.
 */
function replaceOutageErrors(req: IncomingMessage, res: ServerResponse, startedAt: number): void {
  const original = { writeHead: res.writeHead, write: res.write, end: res.end, flushHeaders: res.flushHeaders };
  let decided = false;
  let replaced = false;
  const decide = () => {
    if (decided) return;
    decided = true;
    // The wrappers stay in place (pass-through from here on): Next's
    // compression wraps these same methods after us and must keep its own.
    const health = databaseHealth();
    if (res.statusCode >= 500 && !res.headersSent && (!health.up || health.lastFailureAt >= startedAt)) {
      replaced = true;
      sendUnavailable(req, res, original);
    }
  };
  res.writeHead = function (this: ServerResponse, status: number, ...rest: unknown[]) {
    if (!decided) {
      this.statusCode = status;
      decide();
    }
    return replaced ? this : (original.writeHead as (...args: unknown[]) => ServerResponse).call(this, status, ...rest);
  } as ServerResponse["writeHead"];
  res.flushHeaders = function (this: ServerResponse) {
    decide();
    if (!replaced) original.flushHeaders.call(this);
  };
  res.write = function (this: ServerResponse, ...args: unknown[]) {
    decide();
    return replaced ? true : (original.write as (...a: unknown[]) => boolean).apply(this, args);
  } as ServerResponse["write"];
  res.end = function (this: ServerResponse, ...args: unknown[]) {
    decide();
    if (!replaced) return (original.end as (...a: unknown[]) => ServerResponse).apply(this, args);
    const callback = args.find((arg) => typeof arg === "function") as (() => void) | undefined;
    callback?.();
    return this;
  } as ServerResponse["end"];
}

/**
 * While the database is down, checks once a second whether it answers again
 * (a fresh connection each time, never the app's pool, whose waiting queries
 * it must not compete with), and logs the outage's start and end.
 */
function watchHealth(databaseUrl: string): void {
  const health = databaseHealth();
  let probing = false;
  health.onDown = () => {
    if (probing) return;
    probing = true;
    const since = Date.now();
    log("database unavailable: answering 503 until it is back (checking every second)");
    const probe = async () => {
      const client = new pg.Client({ connectionString: databaseUrl, connectionTimeoutMillis: 1_000 });
      client.on("error", () => {});
      try {
        await client.connect();
        await client.query("SELECT 1");
        probing = false;
        reportDatabaseUp();
        log(`database reachable again after ${((Date.now() - since) / 1000).toFixed(1)} s; serving pages`);
      } catch {
        setTimeout(probe, 1_000).unref();
      } finally {
        await client.end().catch(() => {});
      }
    };
    setTimeout(probe, 250).unref();
  };
}

/**
 * Next prints every failed render in full: during an outage that is one Prisma
 * error with its stack per request, hundreds a second. A connection failure is
 * logged once per request by sendUnavailable instead; anything else still
 * prints as before.
 */
function quietConnectionErrors(): void {
  const error = console.error.bind(console);
  console.error = (...args: unknown[]) => {
    if (args.some((arg) => isConnectionFailure(arg))) {
      reportDatabaseDown();
      return;
    }
    error(...args);
  };
}

export async function startAppServer(options: { dev: boolean; port: number; databaseUrl: string; drainSeconds?: number }): Promise<AppServer> {
  // Read by src/server/env.ts inside Next, which runs in this process.
  process.env.DATABASE_URL = options.databaseUrl;
  process.env.PORT = String(options.port);
  process.env.NEXT_TELEMETRY_DISABLED = "1";
  const { default: next } = await import("next");
  watchHealth(options.databaseUrl);
  quietConnectionErrors();

  let draining = false;
  let inFlight = 0;
  let idle: (() => void) | null = null;
  const server = createServer((req, res) => {
    inFlight++;
    res.once("close", () => {
      inFlight--;
      if (inFlight === 0) idle?.();
    });
    if (draining) res.setHeader("connection", "close");
    const url = req.url ?? "/";
    if (!databaseHealth().up && needsDatabase(url)) return sendUnavailable(req, res, res);
    if (needsDatabase(url)) replaceOutageErrors(req, res, Date.now());
    handle(req, res).catch((error: unknown) => {
      console.error(error);
      if (!res.headersSent) {
        res.statusCode = 500;
        res.end("Internal Server Error");
      }
    });
  });
  const app = next({ dev: options.dev, dir: ROOT, hostname: "localhost", port: options.port, httpServer: server });
  const handle = app.getRequestHandler();
  await app.prepare();
  await new Promise<void>((resolve, reject) => {
    server.once("error", (error: NodeJS.ErrnoException) =>
      reject(error.code === "EADDRINUSE" ? new Error(`port ${options.port} is already in use. What to do: stop the program that uses it, or start with PORT=<another port>.`) : error),
    );
    server.listen(options.port, () => resolve());
  });

  const drainMs = (options.drainSeconds ?? DEFAULT_DRAIN_SECONDS) * 1000;
  let closing: Promise<boolean> | null = null;
  return {
    close: (reason) =>
      (closing ??= (async () => {
        draining = true;
        log(`${reason}: shutting down; no new connections, finishing ${inFlight} request(s) in flight (at most ${drainMs / 1000} s)`);
        server.close();
        server.closeIdleConnections();
        // A keep-alive socket becomes idle when its last answer is sent; close it then.
        const sweeper = setInterval(() => server.closeIdleConnections(), 50);
        const drained = await new Promise<boolean>((resolve) => {
          const timer = setTimeout(() => resolve(false), drainMs);
          idle = () => {
            clearTimeout(timer);
            resolve(true);
          };
          if (inFlight === 0) idle();
        });
        clearInterval(sweeper);
        if (drained) log("every request in flight has finished");
        else {
          log(`${inFlight} request(s) still running after ${drainMs / 1000} s; closing their connections`);
          server.closeAllConnections();
        }
        // The database is stopped next, on purpose: no outage to report.
        databaseHealth().onDown = undefined;
        await Promise.race([app.close(), new Promise((resolve) => setTimeout(resolve, 2_000).unref())]);
        return drained;
      })()),
    abort: () => server.closeAllConnections(),
  };
}
