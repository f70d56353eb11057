import { describe, expect, test } from "vitest";
import { isConnectionFailure } from "./database-health";

// Which failures count as "the database is away" (answered 503 by the server)
// rather than a fault in a query (a 500 that someone must look at).
describe("isConnectionFailure", () => {
  test("recognises a refused connection, a server shutting down and the wrapping Prisma adds", () => {
    expect(isConnectionFailure(Object.assign(new Error("connect ECONNREFUSED 127.0.0.1:5432"), { code: "ECONNREFUSED" }))).toBe(true);
    expect(isConnectionFailure(new AggregateError([Object.assign(new Error(""), { code: "ECONNREFUSED" })], ""))).toBe(true);
    expect(isConnectionFailure({ code: "57P01", message: "terminating connection due to administrator command" })).toBe(true);
    expect(isConnectionFailure(new Error("Connection terminated unexpectedly"))).toBe(true);
    const prisma = Object.assign(new Error("Invalid `prisma.$queryRaw()` invocation:\n\nRaw query failed."), {
      code: "P2010",
      meta: { driverAdapterError: Object.assign(new Error("terminating connection due to unexpected postmaster exit"), { cause: { kind: "postgres", code: "57P01" } }) },
    });
    expect(isConnectionFailure(prisma)).toBe(true);
    expect(isConnectionFailure(new Error("wrapper", { cause: { kind: "DatabaseNotReachable" } }))).toBe(true);
  });

  test("leaves query faults alone", () => {
    expect(isConnectionFailure(Object.assign(new Error('duplicate key value violates unique constraint "Sector_slug_key"'), { code: "23505" }))).toBe(false);
    expect(isConnectionFailure({ code: "P2002", meta: { target: ["slug"] } })).toBe(false);
    expect(isConnectionFailure(new Error('relation "missing" does not exist'))).toBe(false);
    expect(isConnectionFailure(undefined)).toBe(false);
    expect(isConnectionFailure("Connection terminated")).toBe(false);
  });
});
