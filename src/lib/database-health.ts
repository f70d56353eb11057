// Whether the database answers, shared by the app's data layer (which sees
// queries fail) and the HTTP server in front of Next (scripts/lib/app-server.ts,
// which answers 503 while it is down). Both run in one Node process but are
// loaded as separate module copies (Next bundles src/), so the state lives on
// globalThis under a registered symbol: one object, whoever asks first creates it.

export type DatabaseHealth = {
  up: boolean;
  /** When `up` last changed (ms since the epoch). */
  since: number;
  /** When a query last failed for want of a connection (ms since the epoch; 0: never). */
  lastFailureAt: number;
  /** Called when the database is first seen down; the server starts its probe here. */
  onDown?: () => void;
};

const KEY = Symbol.for("kizuna.database-health");

export function databaseHealth(): DatabaseHealth {
  const holder = globalThis as { [KEY]?: DatabaseHealth };
  holder[KEY] ??= { up: true, since: Date.now(), lastFailureAt: 0 };
  return holder[KEY];
}

/** A query could not reach the database. */
export function reportDatabaseDown(): void {
  const health = databaseHealth();
  health.lastFailureAt = Date.now();
  if (!health.up) return;
  health.up = false;
  health.since = health.lastFailureAt;
  health.onDown?.();
}

export function reportDatabaseUp(): void {
  const health = databaseHealth();
  if (health.up) return;
  health.up = true;
  health.since = Date.now();
}

// SQLSTATE classes and codes that mean "no usable connection", not "bad query":
// 08 connection exception, 57P01–57P03 shutdown / cannot connect now, 53300 too
// many connections. Node's socket errors, pg's own messages and the kinds that
// Prisma's driver adapter wraps them in.
const CONNECTION_CODES = new Set(["ECONNREFUSED", "ECONNRESET", "EPIPE", "ETIMEDOUT", "EHOSTUNREACH", "ENOTFOUND", "57P01", "57P02", "57P03", "53300", "P1001", "P1002", "P1017", "P2024"]);
const CONNECTION_MESSAGE = /Connection terminated|connection refused|ECONNREFUSED|ECONNRESET|Can't reach database server|terminating connection due to|Code: `(57P0[123]|08\d\d\d)`|the database system is (starting up|shutting down|in recovery mode|not yet accepting connections)|Server has closed the connection|DatabaseNotReachable|ConnectionClosed|timeout exceeded when trying to connect|Client has encountered a connection error/i;

/** True when `error` (or one of its causes) says the database could not be reached, as opposed to a fault in a query. */
export function isConnectionFailure(error: unknown, depth = 0): boolean {
  if (depth > 6 || error === null || typeof error !== "object") return false;
  const value = error as { code?: unknown; message?: unknown; kind?: unknown; cause?: unknown; errors?: unknown; meta?: { driverAdapterError?: unknown } };
  if (typeof value.code === "string" && (CONNECTION_CODES.has(value.code) || value.code.startsWith("08"))) return true;
  if (typeof value.kind === "string" && /DatabaseNotReachable|ConnectionClosed|SocketTimeout|TooManyConnections/.test(value.kind)) return true;
  if (typeof value.message === "string" && CONNECTION_MESSAGE.test(value.message)) return true;
  if (Array.isArray(value.errors) && value.errors.some((inner) => isConnectionFailure(inner, depth + 1))) return true;
  // Prisma keeps the driver's error under meta.driverAdapterError.
  return isConnectionFailure(value.cause, depth + 1) || isConnectionFailure(value.meta?.driverAdapterError, depth + 1);
}
