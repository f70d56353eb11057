import "server-only";
import { preciseDate, type PreciseDate } from "@/lib/dates";
import { db, PUBLISHED } from "./db";

// Building blocks every record module uses: how a party/participant, a
// citation and a dated column triple are selected and turned into DTOs.

export type Side = "EUROPE" | "JAPAN" | "ELSEWHERE";

/** A region or an organisation, as linked from another record. */
export type ActorDTO = {
  type: "region" | "organisation";
  slug: string;
  name: string;
  kind: string;
  side: Side | null;
  /** For an organisation: its home region's name. */
  place: string | null;
  /** Null when a source states where the organisation is based; otherwise how that is known. */
  placeInferredFrom: string | null;
};

export type CitationDTO = {
  sourceSlug: string;
  sourceTitle: string;
  language: string;
  quote: string;
  field: string | null;
};

export const regionRefSelect = { slug: true, name: true, kind: true, side: true, country: true } as const;

export const actorSelect = {
  region: { select: regionRefSelect },
  organisation: {
    select: { slug: true, name: true, kind: true, homeRegionInferredFrom: true, homeRegion: { select: { name: true, side: true } } },
  },
} as const;

/** A where-clause keeping rows whose region or organisation is published. */
export const PUBLISHED_ACTOR = { OR: [{ region: PUBLISHED }, { organisation: PUBLISHED }] };

type ActorRow = {
  region: { slug: string; name: string; kind: string; side: Side } | null;
  organisation: { slug: string; name: string; kind: string; homeRegionInferredFrom?: string | null; homeRegion: { name: string; side: Side } | null } | null;
};

export function toActor(row: ActorRow): ActorDTO {
  if (row.region) {
    return { type: "region", slug: row.region.slug, name: row.region.name, kind: row.region.kind, side: row.region.side, place: null, placeInferredFrom: null };
  }
  const org = row.organisation!;
  return {
    type: "organisation", slug: org.slug, name: org.name, kind: org.kind,
    side: org.homeRegion?.side ?? null, place: org.homeRegion?.name ?? null,
    placeInferredFrom: org.homeRegion ? (org.homeRegionInferredFrom ?? null) : null,
  };
}

/**
 * Whether a record is cited: at least one passage of a published source
 * supports it. The one definition for pages, lists and the quality report
 * (src/server/quality/queries.ts counts the same citations in SQL).
 */
export const citedSelect = { _count: { select: { citations: { where: { source: PUBLISHED } } } } } as const;

export function isCited(row: { _count: { citations: number } }): boolean {
  return row._count.citations > 0;
}

export const citationSelect = {
  select: {
    quote: true,
    field: true,
    source: { select: { slug: true, title: true, language: true } },
  },
  where: { source: PUBLISHED },
  orderBy: [{ sourceId: "asc" as const }, { position: "asc" as const }],
};

export function toCitation(row: { quote: string; field: string | null; source: { slug: string; title: string; language: string } }): CitationDTO {
  return { sourceSlug: row.source.slug, sourceTitle: row.source.title, language: row.source.language, quote: row.quote, field: row.field };
}

type DateRow<P extends string> = Record<`${P}On`, Date | null> &
  Record<`${P}Precision`, "DAY" | "MONTH" | "YEAR" | "UNKNOWN"> &
  Record<`${P}InferredFrom`, string | null>;

/** Reads one date (its three columns) from a row. */
export function dateOf<P extends string>(row: DateRow<P>, prefix: P): PreciseDate {
  const columns = row as unknown as Record<string, unknown>;
  return preciseDate(
    columns[`${prefix}On`] as Date | null,
    columns[`${prefix}Precision`] as "DAY" | "MONTH" | "YEAR" | "UNKNOWN",
    columns[`${prefix}InferredFrom`] as string | null,
  );
}

export function dateSelect<P extends string>(prefix: P) {
  return { [`${prefix}On`]: true, [`${prefix}Precision`]: true, [`${prefix}InferredFrom`]: true } as Record<
    `${P}On` | `${P}Precision` | `${P}InferredFrom`,
    true
  >;
}

/** Ids of a region and every region below it (Lyon ⊂ Auvergne-Rhône-Alpes ⊂ France). */
export async function regionAndDescendants(regionId: number): Promise<number[]> {
  const rows = await db().$queryRaw<{ id: number }[]>`
    WITH RECURSIVE tree AS (
      SELECT id FROM "Region" WHERE id = ${regionId}
      UNION
      SELECT r.id FROM "Region" r JOIN tree t ON r."parentId" = t.id
    )
    SELECT id FROM tree`;
  return rows.map((r) => r.id);
}

/** Ids of an organisation and its members, recursively (bioXclusters Plus ⊃ Lyonbiopôle). */
export async function organisationAndMembers(organisationId: number): Promise<number[]> {
  const rows = await db().$queryRaw<{ id: number }[]>`
    WITH RECURSIVE tree AS (
      SELECT id FROM "Organisation" WHERE id = ${organisationId}
      UNION
      SELECT o.id FROM "Organisation" o JOIN tree t ON o."parentId" = t.id
    )
    SELECT id FROM tree`;
  return rows.map((r) => r.id);
}

/** Region ancestors, nearest first (for breadcrumbs). */
export async function regionAncestors(regionId: number): Promise<{ slug: string; name: string }[]> {
  return db().$queryRaw<{ slug: string; name: string }[]>`
    WITH RECURSIVE up AS (
      SELECT "parentId", 0 AS depth FROM "Region" WHERE id = ${regionId}
      UNION ALL
      SELECT r."parentId", up.depth + 1 FROM "Region" r JOIN up ON r.id = up."parentId"
    )
    SELECT r.slug, r.name FROM up JOIN "Region" r ON r.id = up."parentId"
    WHERE r.status = 'PUBLISHED' ORDER BY up.depth`;
}
