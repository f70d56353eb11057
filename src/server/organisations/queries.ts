import "server-only";
import { isSlug } from "@/lib/slugs";
import { db, PUBLISHED, visible } from "../db";
import { agreementsByIds, type AgreementSummaryDTO } from "../agreements/queries";
import { eventsByIds, type EventSummaryDTO } from "../events/queries";
import { missionsByIds, type MissionSummaryDTO } from "../missions/queries";
import { organisationScope } from "../scope";
import { citationSelect, citedSelect, isCited, toCitation, type CitationDTO, type Side } from "../shared";

export type OrganisationSummaryDTO = {
  slug: string;
  name: string;
  kind: string;
  homeRegion: { slug: string; name: string; side: Side; country: string; inferredFrom: string | null } | null;
  /** False when no source passage supports it (shown as "no source cited"). */
  cited: boolean;
};

export type OrganisationDTO = OrganisationSummaryDTO & {
  localNames: Record<string, string>;
  website: string | null;
  summary: string;
  parent: { slug: string; name: string } | null;
  members: { slug: string; name: string }[];
  sectors: { slug: string; name: string }[];
  agreements: AgreementSummaryDTO[];
  /** By agreement slug: the organisation's role in it, or its members' ("Witness", "Lyonbiopôle: Signatory"). */
  agreementRoles: Record<string, { name: string; role: string; member: boolean }[]>;
  missions: MissionSummaryDTO[];
  events: EventSummaryDTO[];
  people: { slug: string; name: string; title: string }[];
  citations: CitationDTO[];
  totals: { agreements: number; missions: number; events: number };
  /** Its id when it is a draft (only a preview, `{ drafts: true }`, returns one): for the link back to editing. Null when published. */
  draftId: number | null;
};

const summarySelect = {
  slug: true, name: true, kind: true, homeRegionInferredFrom: true,
  homeRegion: { select: { slug: true, name: true, side: true, country: true, status: true } },
  ...citedSelect,
} as const;

function toSummary(row: {
  slug: string; name: string; kind: string; homeRegionInferredFrom: string | null; _count: { citations: number };
  homeRegion: { slug: string; name: string; side: Side; country: string; status: string } | null;
}): OrganisationSummaryDTO {
  const home = row.homeRegion?.status === "PUBLISHED" ? row.homeRegion : null;
  return {
    slug: row.slug, name: row.name, kind: row.kind,
    homeRegion: home ? { slug: home.slug, name: home.name, side: home.side, country: home.country, inferredFrom: row.homeRegionInferredFrom } : null,
    cited: isCited(row),
  };
}

export async function listOrganisations(): Promise<OrganisationSummaryDTO[]> {
  return (await db().organisation.findMany({ where: PUBLISHED, select: summarySelect, orderBy: { name: "asc" } })).map(toSummary);
}

export async function getOrganisation(slug: string, { drafts = false }: { drafts?: boolean } = {}): Promise<OrganisationDTO | null> {
  if (!isSlug(slug)) return null; // never send a malformed slug (e.g. a NUL byte) to the database
  const row = await db().organisation.findFirst({
    where: { slug, ...visible(drafts) },
    select: {
      id: true, status: true, ...summarySelect, localNames: true, website: true, summary: true,
      parent: { select: { slug: true, name: true, status: true } },
      members: { where: PUBLISHED, select: { slug: true, name: true }, orderBy: { name: "asc" } },
      sectors: { where: { sector: PUBLISHED }, select: { sector: { select: { slug: true, name: true } } } },
      personRoles: { where: { person: PUBLISHED }, select: { title: true, person: { select: { slug: true, name: true } } } },
      citations: citationSelect,
    },
  });
  if (!row) return null;
  const scope = await organisationScope(row.id);
  const { agreementRoles, missionIds, eventIds } = await appearances(row.id, scope.organisationIds);
  const agreementIds = [...new Set(agreementRoles.map((r) => r.id))];
  const [agreements, missions, events] = await Promise.all([
    agreementsByIds(agreementIds), missionsByIds(missionIds), eventsByIds(eventIds),
  ]);
  const roles: OrganisationDTO["agreementRoles"] = {};
  for (const r of agreementRoles) {
    roles[r.slug] ??= [];
    roles[r.slug].push({ name: r.name, role: r.role, member: r.organisationId !== row.id });
  }
  return {
    ...toSummary(row),
    localNames: (row.localNames ?? {}) as Record<string, string>,
    website: row.website,
    summary: row.summary,
    parent: row.parent?.status === "PUBLISHED" ? { slug: row.parent.slug, name: row.parent.name } : null,
    members: row.members,
    sectors: row.sectors.map((s) => s.sector),
    agreements, agreementRoles: roles, missions, events,
    totals: { agreements: agreementIds.length, missions: missionIds.length, events: eventIds.length },
    people: row.personRoles.map((r) => ({ slug: r.person.slug, name: r.person.name, title: r.title })),
    citations: row.citations.map(toCitation),
    draftId: row.status === "DRAFT" ? row.id : null,
  };
}

/**
 * Where an organisation (or one of its members) appears, in any role: the
 * agreements it is a party to, witnessed or supported (with that role: a
 * witness is no party, and the page says which it was), the missions it sent
 * or took part in, the events it took part in. Broader than "involves a
 * region" (src/server/scope.ts), which counts parties, origins and organisers
 * only.
 */
async function appearances(organisationId: number, organisationIds: number[]) {
  const [agreementRoles, missions, events] = await Promise.all([
    db().$queryRaw<{ id: number; slug: string; organisationId: number; name: string; role: string }[]>`
      SELECT a.id, a.slug, o.id AS "organisationId", o.name, ap.role::text AS role
      FROM "AgreementParty" ap JOIN "Agreement" a ON a.id = ap."agreementId" JOIN "Organisation" o ON o.id = ap."organisationId"
      WHERE ap."organisationId" = ANY(${organisationIds}::int[]) AND a.status = 'PUBLISHED' AND (o.status = 'PUBLISHED' OR o.id = ${organisationId})
      ORDER BY a.id, (o.id <> ${organisationId}), ap.position`,
    db().$queryRaw<{ id: number }[]>`
      SELECT m.id FROM "Mission" m WHERE m.status = 'PUBLISHED' AND (m."originOrganisationId" = ANY(${organisationIds}::int[])
        OR EXISTS (SELECT 1 FROM "MissionParticipant" mp WHERE mp."missionId" = m.id AND mp."organisationId" = ANY(${organisationIds}::int[])))`,
    db().$queryRaw<{ id: number }[]>`
      SELECT e.id FROM "Event" e WHERE e.status = 'PUBLISHED'
        AND EXISTS (SELECT 1 FROM "EventParticipant" ep WHERE ep."eventId" = e.id AND ep."organisationId" = ANY(${organisationIds}::int[]))`,
  ]);
  return { agreementRoles, missionIds: missions.map((m) => m.id), eventIds: events.map((e) => e.id) };
}

/** The published ones of the given organisations by id, in no order (the API orders them). */
export async function organisationSummariesByIds(ids: number[]): Promise<Map<number, OrganisationSummaryDTO>> {
  if (ids.length === 0) return new Map();
  const rows = await db().organisation.findMany({ where: { id: { in: ids }, ...PUBLISHED }, select: { id: true, ...summarySelect } });
  return new Map(rows.map((row) => [row.id, toSummary(row)]));
}
