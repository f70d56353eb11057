import "server-only";
import { db } from "./db";
import { organisationAndMembers, regionAndDescendants } from "./shared";

// "What involves this side?" — used by region pages and pair pages. A scope is
// a set of regions (a region and everything below it) and of organisations (an
// organisation and its members). A record involves a scope when one of its
// parties, participants, places or organisers is in it, or is an organisation
// based in one of its regions. Only published records count.

export type Scope = { regionIds: number[]; organisationIds: number[] };

export async function regionScope(regionId: number): Promise<Scope> {
  return { regionIds: await regionAndDescendants(regionId), organisationIds: [] };
}

export async function organisationScope(organisationId: number): Promise<Scope> {
  return { regionIds: [], organisationIds: await organisationAndMembers(organisationId) };
}

export async function agreementsInvolving(scope: Scope): Promise<number[]> {
  const { regionIds: r, organisationIds: o } = scope;
  const rows = await db().$queryRaw<{ id: number }[]>`
    SELECT x.id FROM (
    SELECT DISTINCT ap."agreementId" AS id
    FROM "AgreementParty" ap
    LEFT JOIN "Organisation" org ON org.id = ap."organisationId"
    WHERE ap."regionId" = ANY(${r}::int[]) OR ap."organisationId" = ANY(${o}::int[]) OR org."homeRegionId" = ANY(${r}::int[])
    ) x JOIN "Agreement" t ON t.id = x.id WHERE t.status = 'PUBLISHED'`;
  return rows.map((row) => row.id);
}

export async function eventsInvolving(scope: Scope): Promise<number[]> {
  const { regionIds: r, organisationIds: o } = scope;
  const rows = await db().$queryRaw<{ id: number }[]>`
    SELECT x.id FROM (
    SELECT e.id FROM "Event" e WHERE e."cityRegionId" = ANY(${r}::int[])
    UNION
    SELECT ep."eventId" FROM "EventParticipant" ep
    LEFT JOIN "Organisation" org ON org.id = ep."organisationId"
    WHERE ep."regionId" = ANY(${r}::int[]) OR ep."organisationId" = ANY(${o}::int[]) OR org."homeRegionId" = ANY(${r}::int[])
    ) x JOIN "Event" t ON t.id = x.id WHERE t.status = 'PUBLISHED'`;
  return rows.map((row) => row.id);
}

/** Missions whose origin, destination or participants are in the scope. */
export async function missionsInvolving(scope: Scope): Promise<number[]> {
  const { regionIds: r, organisationIds: o } = scope;
  const rows = await db().$queryRaw<{ id: number }[]>`
    SELECT x.id FROM (
    SELECT m.id FROM "Mission" m
    LEFT JOIN "Organisation" org ON org.id = m."originOrganisationId"
    WHERE m."originRegionId" = ANY(${r}::int[]) OR m."destinationRegionId" = ANY(${r}::int[])
       OR m."originOrganisationId" = ANY(${o}::int[]) OR org."homeRegionId" = ANY(${r}::int[])
    UNION
    SELECT mp."missionId" FROM "MissionParticipant" mp
    LEFT JOIN "Organisation" org ON org.id = mp."organisationId"
    WHERE mp."regionId" = ANY(${r}::int[]) OR mp."organisationId" = ANY(${o}::int[]) OR org."homeRegionId" = ANY(${r}::int[])
    ) x JOIN "Mission" t ON t.id = x.id WHERE t.status = 'PUBLISHED'`;
  return rows.map((row) => row.id);
}

/** Missions that set out from the scope (origin region or organisation). */
export async function missionsFrom(scope: Scope): Promise<number[]> {
  const { regionIds: r, organisationIds: o } = scope;
  const rows = await db().$queryRaw<{ id: number }[]>`
    SELECT x.id FROM (
    SELECT m.id FROM "Mission" m
    LEFT JOIN "Organisation" org ON org.id = m."originOrganisationId"
    WHERE m."originRegionId" = ANY(${r}::int[]) OR m."originOrganisationId" = ANY(${o}::int[]) OR org."homeRegionId" = ANY(${r}::int[])
    ) x JOIN "Mission" t ON t.id = x.id WHERE t.status = 'PUBLISHED'`;
  return rows.map((row) => row.id);
}
