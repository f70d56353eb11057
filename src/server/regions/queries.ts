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

/** An organisation that a link runs through, with where it is based and, when no source states that, how it is known. */
export type ViaOrganisationDTO = { slug: string; name: string; place: string; inferredFrom: string | null };

/** A partner region, with the agreements the partnership rests on and the organisations it runs through (none: the regions themselves are parties). */
export type PartnerDTO = {
  slug: string; name: string; side: Side; country: string;
  via: { agreement: { slug: string; title: string }; organisations: ViaOrganisationDTO[] }[];
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
  partners: PartnerDTO[];
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
    partnerRegions(row.id, row.side),
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
 * Regions on the other side of the world that this region is party to an
 * agreement with: agreements to which both this region and the partner are
 * parties, themselves or through an organisation based in them (never a
 * witness, never an event's venue or a mission's stop). The relation is
 * symmetric: if A lists B, B lists A. Each partner comes with the agreements
 * it rests on and the organisations the link runs through.
 */
async function partnerRegions(regionId: number, side: Side): Promise<PartnerDTO[]> {
  // "homeRegionInferredFrom" (how an organisation's base is known when no
  // source states it) is read through to_jsonb so that this runs whether or
  // not the column exists yet.
  const rows = await db().$queryRaw<{
    slug: string; name: string; side: Side; country: string; agreementSlug: string; agreementTitle: string;
    ours: { slug: string; name: string; place: string; inferredFrom: string | null } | null;
    theirs: { slug: string; name: string; place: string; inferredFrom: string | null } | null;
  }[]>`
    WITH party AS (
      SELECT i.record_id AS agreement_id, i.region_id, i.organisation_id
      FROM kizuna_involvements('AGREEMENT') i
      LEFT JOIN "Organisation" o ON o.id = i.organisation_id
      WHERE i.organisation_id IS NULL OR o.status = 'PUBLISHED'
    ), org AS (
      SELECT o.id, jsonb_build_object('slug', o.slug, 'name', o.name, 'place', home.name, 'inferredFrom', to_jsonb(o) ->> 'homeRegionInferredFrom') AS dto
      FROM "Organisation" o JOIN "Region" home ON home.id = o."homeRegionId"
    )
    SELECT DISTINCT r.slug, r.name, r.side, r.country, a.slug AS "agreementSlug", a.title AS "agreementTitle",
      ours_org.dto AS ours, their_org.dto AS theirs
    FROM party ours
    JOIN "Agreement" a ON a.id = ours.agreement_id AND a.status = 'PUBLISHED'
    JOIN party theirs ON theirs.agreement_id = ours.agreement_id
    JOIN "Region" r ON r.id = theirs.region_id
    LEFT JOIN org ours_org ON ours_org.id = ours.organisation_id
    LEFT JOIN org their_org ON their_org.id = theirs.organisation_id
    WHERE ours.region_id = ${regionId} AND r.side <> ${side}::"Side" AND r.status = 'PUBLISHED'
    ORDER BY r.name, a.title`;
  const partners = new Map<string, PartnerDTO>();
  for (const row of rows) {
    const partner = partners.get(row.slug) ?? { slug: row.slug, name: row.name, side: row.side, country: row.country, via: [] };
    partners.set(row.slug, partner);
    let via = partner.via.find((v) => v.agreement.slug === row.agreementSlug);
    if (!via) {
      via = { agreement: { slug: row.agreementSlug, title: row.agreementTitle }, organisations: [] };
      partner.via.push(via);
    }
    for (const o of [row.ours, row.theirs]) if (o && !via.organisations.some((x) => x.slug === o.slug)) via.organisations.push(o);
  }
  return [...partners.values()];
}

/** The published ones of the given regions by id, in no order (the API orders them). */
export async function regionSummariesByIds(ids: number[]): Promise<Map<number, RegionSummaryDTO>> {
  if (ids.length === 0) return new Map();
  const rows = await db().region.findMany({ where: { id: { in: ids }, ...PUBLISHED }, select: { id: true, ...summarySelect } });
  return new Map(rows.map((row) => [row.id, toSummary(row)]));
}
