import "server-only";
import { problem } from "@/lib/api/http";
import { COLLECTIONS } from "@/lib/api/schemas";
import { isConnectionFailure } from "@/lib/database-health";

/** 404 for a path segment that names no collection, listing those there are. */
export function unknownCollection(name: string): Response {
  return problem(404, `There is no collection "${[...name].slice(0, 40).join("")}" in this API. The collections are ${COLLECTIONS.join(", ")}.`);
}

/** A failure that is not the request's fault: 503 when the database cannot be reached, else 500; logged, never the error's own text. */
export function apiFailure(what: string, error: unknown): Response {
  if (isConnectionFailure(error)) return problem(503, "Kizuna cannot reach its database right now. Please try again in a few seconds.");
  console.error(`[kizuna] API ${what} failed`, error);
  return problem(500, "Something went wrong on our side. Please try again.");
}
