import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import type { CitableType } from "@/lib/admin/citation";
import type { RecordType } from "@/lib/routes";
import { db } from "../db";

// The data-quality report (/quality, /admin/quality): what in the published
// directory falls short of "every fact traced to its source". Each check is
// one SQL statement over the record tables; the README ("Data quality report")
// says what each one means.

export type QualityItemDTO = { type: RecordType; id: number; slug: string; name: string; detail: string };

export type QualityCheckKey = "uncited" | "inferred-dates" | "inferred-places" | "missing-codes" | "one-sided" | "not-reviewed";

export type QualityCheckDTO = {
  key: QualityCheckKey;
  title: string;
  description: string;
  /** How many records the check finds (the list shows at most QUALITY_LIST_LIMIT of them). */
  count: number;
  items: QualityItemDTO[];
};

export const QUALITY_LIST_LIMIT = 200;

/** The record table and its citation column, for each type that carries citations. */
const CITED_TABLES: Record<CitableType, { table: string; column: string; name: string }> = {
  agreement: { table: "Agreement", column: "agreementId", name: "title" },
  region: { table: "Region", column: "regionId", name: "name" },
  organisation: { table: "Organisation", column: "organisationId", name: "name" },
  person: { table: "Person", column: "personId", name: "name" },
  mission: { table: "Mission", column: "missionId", name: "title" },
  event: { table: "Event", column: "eventId", name: "name" },
};

/**
 * "Cited": at least one passage of a published source supports the record.
 * The same rule as `citedSelect` in src/server/shared.ts, in SQL. `column` and
 * `idExpr` come from CITED_TABLES and the statements below, never from input.
 */
function citedSql(column: string, idExpr: string): string {
  return `EXISTS (SELECT 1 FROM "Citation" c JOIN "Source" s ON s.id = c."sourceId" WHERE c."${column}" = ${idExpr} AND s.status = 'PUBLISHED')`;
}

type Client = Pick<Prisma.TransactionClient, "$queryRawUnsafe">;

/** Whether a record is cited (publishing an uncited one asks the editor to confirm). */
export async function isRecordCited(client: Client, type: CitableType, id: number): Promise<boolean> {
  const { column } = CITED_TABLES[type];
  const rows = await client.$queryRawUnsafe<{ cited: boolean }[]>(`SELECT ${citedSql(column, "$1")} AS cited`, id);
  return rows[0]?.cited ?? false;
}

const UNCITED = Object.entries(CITED_TABLES)
  .map(([type, t]) => `SELECT '${type}' AS type, x.id, x.slug, x."${t.name}" AS name, '' AS detail FROM "${t.table}" x
    WHERE x.status = 'PUBLISHED' AND NOT ${citedSql(t.column, "x.id")}`)
  .join("\nUNION ALL\n");

/** "signed, ends": which of a row's dates are inferred (a known value with a reason). */
const inferred = (alias: string, prefixes: string[]) =>
  `concat_ws(', ', ${prefixes.map((p) => `CASE WHEN ${alias}."${p}InferredFrom" IS NOT NULL AND ${alias}."${p}Precision" <> 'UNKNOWN' THEN '${p}' END`).join(", ")})`;

const INFERRED_DATES = `
  SELECT * FROM (
    SELECT 'agreement' AS type, a.id, a.slug, a.title AS name, ${inferred("a", ["signed", "starts", "ends"])} AS detail FROM "Agreement" a WHERE a.status = 'PUBLISHED'
    UNION ALL SELECT 'mission', m.id, m.slug, m.title, ${inferred("m", ["starts", "ends"])} FROM "Mission" m WHERE m.status = 'PUBLISHED'
    UNION ALL SELECT 'event', e.id, e.slug, e.name, ${inferred("e", ["starts", "ends"])} FROM "Event" e WHERE e.status = 'PUBLISHED'
    UNION ALL SELECT 'source', s.id, s.slug, s.title, ${inferred("s", ["published"])} FROM "Source" s WHERE s.status = 'PUBLISHED'
  ) d WHERE d.detail <> ''`;

const INFERRED_PLACES = `
  SELECT 'agreement' AS type, a.id, a.slug, a.title AS name, 'place signed: ' || a."placeInferredFrom" AS detail FROM "Agreement" a
    WHERE a.status = 'PUBLISHED' AND a."placeInferredFrom" IS NOT NULL
  UNION ALL SELECT 'event', e.id, e.slug, e.name, 'venue and city: ' || e."placeInferredFrom" FROM "Event" e
    WHERE e.status = 'PUBLISHED' AND e."placeInferredFrom" IS NOT NULL
  UNION ALL SELECT 'organisation', o.id, o.slug, o.name, 'based in: ' || o."homeRegionInferredFrom" FROM "Organisation" o
    WHERE o.status = 'PUBLISHED' AND o."homeRegionId" IS NOT NULL AND o."homeRegionInferredFrom" IS NOT NULL`;

// Coordinates for every region; an ISO 3166-2 code for subdivisions (regions,
// prefectures, the Tokyo metropolis, departments); a NUTS code for European
// countries, regions and departments (NUTS covers the EU and its neighbours,
// cities only at level 3, where not every city has its own code).
const MISSING_CODES = `
  SELECT * FROM (
    SELECT 'region' AS type, r.id, r.slug, r.name, concat_ws(', ',
      CASE WHEN r.latitude IS NULL OR r.longitude IS NULL THEN 'coordinates' END,
      CASE WHEN r.kind IN ('REGION', 'PREFECTURE', 'METROPOLIS', 'DEPARTMENT') AND coalesce(r.iso3166_2, '') = '' THEN 'ISO 3166-2 code' END,
      CASE WHEN r.side = 'EUROPE' AND r.kind IN ('COUNTRY', 'REGION', 'DEPARTMENT') AND coalesce(r.nuts, '') = '' THEN 'NUTS code' END
    ) AS detail
    FROM "Region" r WHERE r.status = 'PUBLISHED'
  ) d WHERE d.detail <> ''`;

// One-sided: a pair whose European or Japanese side is not published, or is
// placed on the other side (a "Japanese side" whose region, or whose
// organisation's home region, is in Europe); and an agreement whose parties
// (signatories and partners, not witnesses or supporters) are not on both the
// European and the Japanese side. A party's side is its region's, or its
// organisation's home region's. (A pair has exactly one record on each side:
// a CHECK constraint.)
const ONE_SIDED = `
  SELECT 'pair' AS type, p.id, p.slug, p.name, concat_ws(', ',
      CASE WHEN coalesce(er.status, eo.status) <> 'PUBLISHED' THEN 'European side not published' END,
      CASE WHEN coalesce(er.side, eh.side) <> 'EUROPE' THEN 'European side not in Europe' END,
      CASE WHEN coalesce(jr.status, jo.status) <> 'PUBLISHED' THEN 'Japanese side not published' END,
      CASE WHEN coalesce(jr.side, jh.side) <> 'JAPAN' THEN 'Japanese side not in Japan' END) AS detail
  FROM "Pair" p
  LEFT JOIN "Region" er ON er.id = p."europeRegionId" LEFT JOIN "Organisation" eo ON eo.id = p."europeOrganisationId"
  LEFT JOIN "Region" eh ON eh.id = eo."homeRegionId"
  LEFT JOIN "Region" jr ON jr.id = p."japanRegionId" LEFT JOIN "Organisation" jo ON jo.id = p."japanOrganisationId"
  LEFT JOIN "Region" jh ON jh.id = jo."homeRegionId"
  WHERE p.status = 'PUBLISHED'
    AND (coalesce(er.status, eo.status) <> 'PUBLISHED' OR coalesce(er.side, eh.side) <> 'EUROPE'
         OR coalesce(jr.status, jo.status) <> 'PUBLISHED' OR coalesce(jr.side, jh.side) <> 'JAPAN')
  UNION ALL
  SELECT 'agreement', a.id, a.slug, a.title, CASE
      WHEN NOT sides.europe AND NOT sides.japan THEN 'no party on either side'
      WHEN NOT sides.japan THEN 'no party on the Japanese side'
      ELSE 'no party on the European side' END
  FROM "Agreement" a
  CROSS JOIN LATERAL (
    SELECT coalesce(bool_or(reg.side = 'EUROPE'), false) AS europe, coalesce(bool_or(reg.side = 'JAPAN'), false) AS japan
    FROM "AgreementParty" ap
    LEFT JOIN "Organisation" o ON o.id = ap."organisationId"
    JOIN "Region" reg ON reg.id = coalesce(ap."regionId", o."homeRegionId")
    WHERE ap."agreementId" = a.id AND ap.role IN ('SIGNATORY', 'PARTNER')
  ) sides
  WHERE a.status = 'PUBLISHED' AND NOT (sides.europe AND sides.japan)`;

const REVIEWED_TABLES: [RecordType, string, string][] = [
  ["agreement", "Agreement", "title"], ["region", "Region", "name"], ["organisation", "Organisation", "name"], ["person", "Person", "name"],
  ["mission", "Mission", "title"], ["event", "Event", "name"], ["sector", "Sector", "name"], ["pair", "Pair", "name"], ["source", "Source", "title"],
];

// "Reviewed" is any change saved in the admin (updatedAt moves with every
// save, publish and restore); a year without one is the signal.
const NOT_REVIEWED = REVIEWED_TABLES.map(([type, table, name]) =>
  `SELECT '${type}' AS type, x.id, x.slug, x."${name}" AS name, 'last changed ' || to_char(x."updatedAt", 'YYYY-MM-DD') AS detail
   FROM "${table}" x WHERE x.status = 'PUBLISHED' AND x."updatedAt" < now() - interval '1 year'`).join("\nUNION ALL\n");

const CHECKS: { key: QualityCheckKey; title: string; description: string; sql: string }[] = [
  { key: "uncited", title: "No source cited", description: "Published agreements, regions, organisations, people, missions and events that no passage of a published source supports.", sql: UNCITED },
  { key: "inferred-dates", title: "Inferred dates", description: "Dates that the source does not state and that were worked out from other facts (the detail says which).", sql: INFERRED_DATES },
  { key: "inferred-places", title: "Inferred places", description: "Places of signing, venues and cities, and organisations' home regions, taken from general knowledge or worked out rather than stated.", sql: INFERRED_PLACES },
  { key: "missing-codes", title: "Missing coordinates or codes", description: "Regions without coordinates, subdivisions without an ISO 3166-2 code, European countries, regions and departments without a NUTS code.", sql: MISSING_CODES },
  { key: "one-sided", title: "One-sided relations", description: "Pairs whose European or Japanese side is not published or not on that side, and agreements whose signatories and partners are not on both the European and the Japanese side.", sql: ONE_SIDED },
  { key: "not-reviewed", title: "Not reviewed for a year", description: "Published records not changed in the admin for more than a year.", sql: NOT_REVIEWED },
];

type ItemRow = QualityItemDTO & { total: number };

/** Every check, each with its count and (up to QUALITY_LIST_LIMIT of) its records, by type then name. */
export async function qualityReport(): Promise<QualityCheckDTO[]> {
  return Promise.all(
    CHECKS.map(async ({ key, title, description, sql }) => {
      const rows = await db().$queryRawUnsafe<ItemRow[]>(
        `SELECT q.type, q.id, q.slug, q.name, q.detail, (count(*) OVER ())::int AS total
         FROM (${sql}) q ORDER BY q.type, q.name, q.id LIMIT ${QUALITY_LIST_LIMIT}`,
      );
      return { key, title, description, count: rows[0]?.total ?? 0, items: rows.map(({ total: _total, ...item }) => item) };
    }),
  );
}
