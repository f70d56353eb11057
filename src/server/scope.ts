import "server-only";
import { Prisma } from "@/generated/prisma/client";
import { db } from "./db";
import { organisationAndMembers, regionAndDescendants } from "./shared";

// "What involves this side?" — used by region pages and pair pages. A scope is
// a set of regions (a region and everything below it) and of organisations (an
// organisation and its members). Which record involves which region or
// organisation is defined once, in SQL (prisma/functions/kizuna_involvements.sql),
// and the search documents' region facet is built from the same function: a
// region page's counts are the counts of the search it links to. Only
// published records count.

export type Scope = { regionIds: number[]; organisationIds: number[] };

export async function regionScope(regionId: number): Promise<Scope> {
  return { regionIds: await regionAndDescendants(regionId), organisationIds: [] };
}

export async function organisationScope(organisationId: number): Promise<Scope> {
  return { regionIds: [], organisationIds: await organisationAndMembers(organisationId) };
}

export type InvolvedType = "AGREEMENT" | "MISSION" | "EVENT";

// Table names come from this map, never from input.
const TABLE: Record<InvolvedType, Prisma.Sql> = {
  AGREEMENT: Prisma.raw(`"Agreement"`),
  MISSION: Prisma.raw(`"Mission"`),
  EVENT: Prisma.raw(`"Event"`),
};

/** Ids of the published records of one type that involve the scope (through the given kinds of link, or any). */
async function involving(type: InvolvedType, scope: Scope, links: string[] | null = null): Promise<number[]> {
  const sql = involvingSql(type, scope, links);
  return sql ? (await db().$queryRaw<{ id: number }[]>(sql)).map((row) => row.id) : [];
}

/** The statement behind `involving` (null for an empty scope); exported for the plan checks of tests/integration/search-plan.test.ts. */
export function involvingSql(type: InvolvedType, scope: Scope, links: string[] | null = null): Prisma.Sql | null {
  const { regionIds: r, organisationIds: o } = scope;
  // Only the sets the scope has, so that each filter reaches its column's index
  // inside the inlined function (an OR across both would read every link).
  const within = [
    ...(r.length ? [Prisma.sql`i.region_id = ANY(${r}::int[])`] : []),
    ...(o.length ? [Prisma.sql`i.organisation_id = ANY(${o}::int[])`] : []),
  ];
  if (!within.length) return null;
  return Prisma.sql`
    SELECT DISTINCT i.record_id AS id
    FROM kizuna_involvements(${type}::"SearchRecordType") i
    JOIN ${TABLE[type]} t ON t.id = i.record_id
    WHERE t.status = 'PUBLISHED' AND (${Prisma.join(within, " OR ")})
      AND (${links}::text[] IS NULL OR i.link = ANY(${links}::text[]))
    ORDER BY 1`;
}

/** Agreements with a party (not a witness) in the scope, or based in it. */
export const agreementsInvolving = (scope: Scope) => involving("AGREEMENT", scope);

/** Events held in the scope, or organised or hosted from it. */
export const eventsInvolving = (scope: Scope) => involving("EVENT", scope);

/** Missions that went to, came from or visited the scope. */
export const missionsInvolving = (scope: Scope) => involving("MISSION", scope);

/** Missions that set out from the scope (origin region or organisation). */
export const missionsFrom = (scope: Scope) => involving("MISSION", scope, ["origin"]);
