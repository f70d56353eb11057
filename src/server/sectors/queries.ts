import "server-only";
import { isSlug } from "@/lib/slugs";
import { db, PUBLISHED, visible } from "../db";
import { agreementsByIds, type AgreementSummaryDTO } from "../agreements/queries";
import { eventsByIds, type EventSummaryDTO } from "../events/queries";
import { missionsByIds, type MissionSummaryDTO } from "../missions/queries";

export type SectorNodeDTO = {
  slug: string;
  name: string;
  nameFr: string | null;
  /** Agreements tagged with this sector or, for an ecosystem, any of its themes. */
  agreementCount: number;
  children: SectorNodeDTO[];
};

export type SectorDTO = {
  slug: string;
  name: string;
  nameFr: string | null;
  synonyms: string[];
  summary: string;
  parent: { slug: string; name: string } | null;
  children: { slug: string; name: string }[];
  agreements: AgreementSummaryDTO[];
  missions: MissionSummaryDTO[];
  events: EventSummaryDTO[];
  organisations: { slug: string; name: string; kind: string }[];
  totals: { agreements: number; missions: number; events: number };
  /** Its id when it is a draft (only a preview, `{ drafts: true }`, returns one): for the link back to editing. Null when published. */
  draftId: number | null;
};

/** The two-level taxonomy with agreement counts (an ecosystem counts its themes' agreements). */
export async function sectorTree(): Promise<SectorNodeDTO[]> {
  const [sectors, counts] = await Promise.all([
    db().sector.findMany({ where: PUBLISHED, select: { id: true, slug: true, name: true, nameFr: true, parentId: true }, orderBy: [{ position: "asc" }, { name: "asc" }] }),
    db().$queryRaw<{ id: number; n: number }[]>`
      SELECT COALESCE(s."parentId", s.id) AS id, COUNT(DISTINCT a.id)::int AS n
      FROM "AgreementSector" ags JOIN "Sector" s ON s.id = ags."sectorId" JOIN "Agreement" a ON a.id = ags."agreementId"
      WHERE a.status = 'PUBLISHED' GROUP BY 1
      UNION ALL
      SELECT s.id, COUNT(DISTINCT a.id)::int FROM "AgreementSector" ags JOIN "Sector" s ON s.id = ags."sectorId"
      JOIN "Agreement" a ON a.id = ags."agreementId" WHERE a.status = 'PUBLISHED' AND s."parentId" IS NOT NULL GROUP BY 1`,
  ]);
  const count = new Map(counts.map((c) => [c.id, c.n]));
  const node = (s: (typeof sectors)[number]): SectorNodeDTO => ({
    slug: s.slug, name: s.name, nameFr: s.nameFr, agreementCount: count.get(s.id) ?? 0,
    children: sectors.filter((c) => c.parentId === s.id).map(node),
  });
  return sectors.filter((s) => s.parentId === null).map(node);
}

export async function getSector(slug: string, { drafts = false }: { drafts?: boolean } = {}): Promise<SectorDTO | null> {
  if (!isSlug(slug)) return null; // never send a malformed slug (e.g. a NUL byte) to the database
  const row = await db().sector.findFirst({
    where: { slug, ...visible(drafts) },
    select: {
      id: true, status: true, slug: true, name: true, nameFr: true, synonyms: true, summary: true,
      parent: { select: { slug: true, name: true, status: true } },
      children: { where: PUBLISHED, select: { id: true, slug: true, name: true }, orderBy: [{ position: "asc" }, { name: "asc" }] },
    },
  });
  if (!row) return null;
  const tagged = { sectorId: { in: [row.id, ...row.children.map((c) => c.id)] } };
  const [agreementRows, missionRows, eventRows, organisations] = await Promise.all([
    db().agreementSector.findMany({ where: tagged, select: { agreementId: true } }),
    db().missionSector.findMany({ where: tagged, select: { missionId: true } }),
    db().eventSector.findMany({ where: tagged, select: { eventId: true } }),
    db().organisation.findMany({ where: { ...PUBLISHED, sectors: { some: tagged } }, select: { slug: true, name: true, kind: true }, orderBy: { name: "asc" } }),
  ]);
  const ids = {
    agreements: [...new Set(agreementRows.map((r) => r.agreementId))],
    missions: [...new Set(missionRows.map((r) => r.missionId))],
    events: [...new Set(eventRows.map((r) => r.eventId))],
  };
  const [agreements, missions, events] = await Promise.all([
    agreementsByIds(ids.agreements), missionsByIds(ids.missions), eventsByIds(ids.events),
  ]);
  return {
    slug: row.slug, name: row.name, nameFr: row.nameFr, synonyms: row.synonyms, summary: row.summary,
    parent: row.parent?.status === "PUBLISHED" ? { slug: row.parent.slug, name: row.parent.name } : null,
    children: row.children.map(({ slug: s, name }) => ({ slug: s, name })),
    agreements, missions, events, organisations,
    totals: { agreements: ids.agreements.length, missions: ids.missions.length, events: ids.events.length },
    draftId: row.status === "DRAFT" ? row.id : null,
  };
}

export type SectorSummaryDTO = { slug: string; name: string; nameFr: string | null; synonyms: string[]; parentSlug: string | null };

/** The next `limit` published sectors after `afterId`, in id order (the API's list, paged by cursor). */
export async function sectorsAfter(afterId: number | null, limit: number): Promise<{ id: number; dto: SectorSummaryDTO }[]> {
  const rows = await db().sector.findMany({
    where: { ...PUBLISHED, ...(afterId === null ? {} : { id: { gt: afterId } }) },
    select: { id: true, slug: true, name: true, nameFr: true, synonyms: true, parent: { select: { slug: true, status: true } } },
    orderBy: { id: "asc" },
    take: limit,
  });
  return rows.map((row) => ({
    id: row.id,
    dto: { slug: row.slug, name: row.name, nameFr: row.nameFr, synonyms: row.synonyms, parentSlug: row.parent?.status === "PUBLISHED" ? row.parent.slug : null },
  }));
}
