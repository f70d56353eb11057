import "server-only";
import { isSlug } from "@/lib/slugs";
import { db, PUBLISHED, visible } from "../db";
import { agreementsByIds, type AgreementSummaryDTO } from "../agreements/queries";
import { eventsByIds, type EventSummaryDTO } from "../events/queries";
import { missionsByIds, type MissionSummaryDTO } from "../missions/queries";
import { agreementsInvolving, eventsInvolving, missionsInvolving, regionScope } from "../scope";
import { citationSelect, citedSelect, isCited, regionAncestors, toCitation, type CitationDTO, type Side } from "../shared";

export type RegionSummaryDTO = {
  slug: string;
  name: string;
  localNames: Record<string, string>;
  kind: string;
  country: string;
  side: Side;
  parentSlug: string | null;
  /** False when no source passage supports it (shown as "no source cited"). */
  cited: boolean;
};

export type RegionDTO = RegionSummaryDTO & {
  summary: string;
  iso3166_2: string | null;
  nuts: string | null;
  wikidataId: string | null;
  latitude: number | null;
  longitude: number | null;
  ancestors: { slug: string; name: string }[];
  children: { slug: string; name: string; kind: string }[];
  agreements: AgreementSummaryDTO[];
  partners: { slug: string; name: string; side: Side; country: string }[];
  missions: MissionSummaryDTO[];
  events: EventSummaryDTO[];
  organisations: { slug: string; name: string; kind: string; regionName: string; regionInferredFrom: string | null }[];
  people: { slug: string; name: string; title: string }[];
  pairs: { slug: string; name: string }[];
  citations: CitationDTO[];
  /** How many there are in all (the lists above show at most LIST_LIMIT). */
  totals: { agreements: number; missions: number; events: number };
  /** Its id when it is a draft (only a preview, `{ drafts: true }`, returns one): for the link back to editing. Null when published. */
  draftId: number | null;
};

const summarySelect = {
  slug: true, name: true, localNames: true, kind: true, country: true, side: true,
  parent: { select: { slug: true } },
  ...citedSelect,
} as const;

function toSummary(row: { slug: string; name: string; localNames: unknown; kind: string; country: string; side: Side; parent: { slug: string } | null; _count: { citations: number } }): RegionSummaryDTO {
  return {
    slug: row.slug, name: row.name, kind: row.kind, country: row.country, side: row.side,
    localNames: (row.localNames ?? {}) as Record<string, string>,
    parentSlug: row.parent?.slug ?? null,
    cited: isCited(row),
  };
}

/** Every published region, for the regions index (grouped there by side and country). */
export async function listRegions(): Promise<RegionSummaryDTO[]> {
  const rows = await db().region.findMany({ where: PUBLISHED, select: summarySelect, orderBy: [{ side: "asc" }, { country: "asc" }, { name: "asc" }] });
  return rows.map(toSummary);
}

export async function getRegion(slug: string, { drafts = false }: { drafts?: boolean } = {}): Promise<RegionDTO | null> {
  if (!isSlug(slug)) return null; // never send a malformed slug (e.g. a NUL byte) to the database
  const row = await db().region.findFirst({
    where: { slug, ...visible(drafts) },
    select: {
      id: true, status: true, ...summarySelect, summary: true, iso3166_2: true, nuts: true, wikidataId: true, latitude: true, longitude: true,
      children: { where: PUBLISHED, select: { slug: true, name: true, kind: true }, orderBy: { name: "asc" } },
      citations: citationSelect,
    },
  });
  if (!row) return null;
  const scope = await regionScope(row.id);
  const [agreementIds, missionIds, eventIds] = await Promise.all([
    agreementsInvolving(scope), missionsInvolving(scope), eventsInvolving(scope),
  ]);
  const [ancestors, agreements, missions, events, organisations, people, partners, pairs] = await Promise.all([
    regionAncestors(row.id),
    agreementsByIds(agreementIds),
    missionsByIds(missionIds),
    eventsByIds(eventIds),
    db().organisation.findMany({
      where: { homeRegionId: { in: scope.regionIds }, ...PUBLISHED },
      select: { slug: true, name: true, kind: true, homeRegionInferredFrom: true, homeRegion: { select: { name: true } } },
      orderBy: { name: "asc" },
    }),
    db().personRole.findMany({
      where: { regionId: { in: scope.regionIds }, person: PUBLISHED },
      select: { title: true, person: { select: { slug: true, name: true } } },
      orderBy: { person: { name: "asc" } },
    }),
    partnerRegions(agreementIds, missionIds, eventIds, row.side, scope.regionIds),
    db().pair.findMany({
      where: { ...PUBLISHED, OR: [{ europeRegionId: { in: scope.regionIds } }, { japanRegionId: { in: scope.regionIds } }] },
      select: { slug: true, name: true },
    }),
  ]);
  return {
    ...toSummary(row),
    summary: row.summary,
    iso3166_2: row.iso3166_2, nuts: row.nuts, wikidataId: row.wikidataId, latitude: row.latitude, longitude: row.longitude,
    ancestors,
    children: row.children,
    agreements, missions, events, partners, pairs,
    totals: { agreements: agreementIds.length, missions: missionIds.length, events: eventIds.length },
    organisations: organisations.map((o) => ({ slug: o.slug, name: o.name, kind: o.kind, regionName: o.homeRegion?.name ?? "", regionInferredFrom: o.homeRegionInferredFrom })),
    people: people.map((p) => ({ slug: p.person.slug, name: p.person.name, title: p.title })),
    citations: row.citations.map(toCitation),
    draftId: row.status === "DRAFT" ? row.id : null,
  };
}

/**
 * Regions on the other side of the world that this region's agreements,
 * missions and events link it with: parties (or their organisations' home
 * regions), mission destinations and origins, and event cities. Countries are
 * left out when a more precise region on that side is linked.
 */
async function partnerRegions(agreementIds: number[], missionIds: number[], eventIds: number[], side: Side, own: number[]) {
  const rows = await db().$queryRaw<{ slug: string; name: string; side: Side; country: string; kind: string }[]>`
    WITH linked AS (
      SELECT COALESCE(ap."regionId", org."homeRegionId") AS id FROM "AgreementParty" ap
        LEFT JOIN "Organisation" org ON org.id = ap."organisationId" WHERE ap."agreementId" = ANY(${agreementIds}::int[])
      UNION SELECT m."destinationRegionId" FROM "Mission" m WHERE m.id = ANY(${missionIds}::int[])
      UNION SELECT m."originRegionId" FROM "Mission" m WHERE m.id = ANY(${missionIds}::int[])
      UNION SELECT e."cityRegionId" FROM "Event" e WHERE e.id = ANY(${eventIds}::int[])
    )
    SELECT DISTINCT r.slug, r.name, r.side, r.country, r.kind FROM linked JOIN "Region" r ON r.id = linked.id
    WHERE r.side <> ${side}::"Side" AND r.status = 'PUBLISHED' AND NOT (r.id = ANY(${own}::int[]))
    ORDER BY r.name`;
  const precise = rows.filter((r) => r.kind !== "COUNTRY");
  const coveredCountries = new Set(precise.map((r) => r.country));
  return rows
    .filter((r) => r.kind !== "COUNTRY" || !coveredCountries.has(r.country))
    .map(({ slug, name, side: s, country }) => ({ slug, name, side: s, country }));
}
