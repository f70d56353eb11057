import "server-only";
import { isSlug } from "@/lib/slugs";
import type { Prisma } from "@/generated/prisma/client";
import { db, PUBLISHED, visible } from "../db";
import { agreementsByIds, type AgreementSummaryDTO } from "../agreements/queries";
import { eventsByIds, type EventSummaryDTO } from "../events/queries";
import { missionsByIds, type MissionSummaryDTO } from "../missions/queries";
import {
  agreementsInvolving, eventsInvolving, missionsFrom, missionsInvolving, organisationScope, regionScope, type Scope,
} from "../scope";
import { toActor, type ActorDTO } from "../shared";

// A pair page ("Lyon–Tokyo") gathers every record that links its two sides.
// What counts as a link, so that the page never claims more than the sources:
// - agreements with a party on each side;
// - missions that set out from one side and reached the other (its
//   destination, a participant, or an event held there);
// - events involving both sides, directly or through their mission;
// - agreements signed during those missions that do *not* have a party on
//   both sides are listed apart, as "signed during these missions", with
//   their real parties.

export type PairSummaryDTO = { slug: string; name: string; summary: string; europe: ActorDTO; japan: ActorDTO };

/**
 * How an agreement reaches one side of a pair: a party that is the side (or
 * within it, or one of its members), or an organisation based in it, with how
 * that is known when no source states it ("general knowledge").
 */
export type LinkBasisDTO =
  | { kind: "party"; type: "region" | "organisation"; slug: string; name: string; memberOf: string | null }
  | { kind: "through"; organisation: { slug: string; name: string }; place: string; inferredFrom: string | null };

export type PairDTO = PairSummaryDTO & {
  agreements: AgreementSummaryDTO[];
  /** By agreement slug: on what its link to each side rests. */
  basis: Record<string, { europe: LinkBasisDTO[]; japan: LinkBasisDTO[] }>;
  missions: MissionSummaryDTO[];
  events: EventSummaryDTO[];
  relatedAgreements: AgreementSummaryDTO[];
  organisations: { slug: string; name: string; kind: string; side: string | null }[];
  /** Its id when it is a draft (only a preview, `{ drafts: true }`, returns one): for the link back to editing. Null when published. */
  draftId: number | null;
};

const regionSide = { select: { id: true, slug: true, name: true, kind: true, side: true } } as const;
const organisationSide = { select: { id: true, slug: true, name: true, kind: true, homeRegionInferredFrom: true, homeRegion: { select: { name: true, side: true } } } } as const;

const pairSelect = {
  slug: true, name: true, summary: true,
  europeRegion: regionSide, europeOrganisation: organisationSide,
  japanRegion: regionSide, japanOrganisation: organisationSide,
} satisfies Prisma.PairSelect;

type PairRow = Prisma.PairGetPayload<{ select: typeof pairSelect }>;

function toSummary(row: PairRow): PairSummaryDTO {
  return {
    slug: row.slug, name: row.name, summary: row.summary,
    europe: toActor({ region: row.europeRegion, organisation: row.europeOrganisation }),
    japan: toActor({ region: row.japanRegion, organisation: row.japanOrganisation }),
  };
}

export async function listPairs(): Promise<PairSummaryDTO[]> {
  return (await db().pair.findMany({ where: PUBLISHED, select: pairSelect, orderBy: { name: "asc" } })).map(toSummary);
}

const sideScope = (region: { id: number } | null, organisation: { id: number } | null): Promise<Scope> =>
  region ? regionScope(region.id) : organisationScope(organisation!.id);

const intersect = (a: number[], b: number[]) => {
  const set = new Set(b);
  return a.filter((x) => set.has(x));
};

export async function getPair(slug: string, { drafts = false }: { drafts?: boolean } = {}): Promise<PairDTO | null> {
  if (!isSlug(slug)) return null; // never send a malformed slug (e.g. a NUL byte) to the database
  const row = await db().pair.findFirst({ where: { slug, ...visible(drafts) }, select: { ...pairSelect, id: true, status: true } });
  if (!row) return null;
  const [europe, japan] = await Promise.all([
    sideScope(row.europeRegion, row.europeOrganisation),
    sideScope(row.japanRegion, row.japanOrganisation),
  ]);
  const [agreementsE, agreementsJ, eventsE, eventsJ, missionsFromE, missionsFromJ, missionsE, missionsJ] = await Promise.all([
    agreementsInvolving(europe), agreementsInvolving(japan), eventsInvolving(europe), eventsInvolving(japan),
    missionsFrom(europe), missionsFrom(japan), missionsInvolving(europe), missionsInvolving(japan),
  ]);
  const agreementIds = intersect(agreementsE, agreementsJ);

  // Missions and events are linked through each other and through agreements.
  const links = await db().mission.findMany({
    where: { id: { in: [...missionsFromE, ...missionsFromJ] } },
    select: { id: true, events: { select: { id: true } }, agreements: { select: { id: true, eventId: true } } },
  });
  const eventsBoth = new Set(intersect(eventsE, eventsJ));
  const agreementSet = new Set(agreementIds);
  const missionIds = links
    .filter((m) => {
      const reachesOther = missionsFromE.includes(m.id) ? missionsJ : missionsE;
      const otherEvents = new Set(missionsFromE.includes(m.id) ? eventsJ : eventsE);
      return reachesOther.includes(m.id) || m.events.some((e) => otherEvents.has(e.id)) || m.agreements.some((a) => agreementSet.has(a.id));
    })
    .map((m) => m.id);
  const missionSet = new Set(missionIds);
  const missionEvents = await db().event.findMany({
    where: { missionId: { in: missionIds } },
    select: { id: true },
  });
  const agreementEvents = await db().agreement.findMany({ where: { id: { in: agreementIds }, eventId: { not: null } }, select: { eventId: true } });
  const eventIds = [...new Set([...eventsBoth, ...missionEvents.map((e) => e.id), ...agreementEvents.map((a) => a.eventId!)])];
  const relatedIds = links
    .filter((m) => missionSet.has(m.id))
    .flatMap((m) => m.agreements.map((a) => a.id))
    .filter((id) => !agreementSet.has(id));

  const [agreements, missions, events, relatedAgreements, organisations, basis] = await Promise.all([
    agreementsByIds(agreementIds),
    missionsByIds(missionIds),
    eventsByIds(eventIds),
    agreementsByIds([...new Set(relatedIds)]),
    organisationsIn([...agreementIds, ...relatedIds], missionIds, eventIds),
    linkBasis(agreementIds, { ...europe, organisation: row.europeOrganisation }, { ...japan, organisation: row.japanOrganisation }),
  ]);
  return { ...toSummary(row), agreements, basis, missions, events, relatedAgreements, organisations, draftId: row.status === "DRAFT" ? row.id : null };
}

/** Organisations that are parties to, or took part in, the given records. */
async function organisationsIn(agreementIds: number[], missionIds: number[], eventIds: number[]) {
  return db().organisation.findMany({
    where: {
      ...PUBLISHED,
      OR: [
        { agreementParties: { some: { agreementId: { in: agreementIds } } } },
        { missionParticipants: { some: { missionId: { in: missionIds } } } },
        { missionsFrom: { some: { id: { in: missionIds } } } },
        { eventRoles: { some: { eventId: { in: eventIds } } } },
      ],
    },
    select: { slug: true, name: true, kind: true, homeRegion: { select: { side: true } } },
    orderBy: { name: "asc" },
  }).then((rows) => rows.map((o) => ({ slug: o.slug, name: o.name, kind: o.kind, side: o.homeRegion?.side ?? null })));
}

/**
 * On what each agreement's link to each side rests, from the same links that
 * put it on the pair (kizuna_involvements): "party: Lyon", or "through
 * Lyonbiopôle, based in Lyon" and how that base is known. An organisation's
 * home region is often general knowledge rather than stated by a source;
 * "homeRegionInferredFrom" says so, read through to_jsonb so that this runs
 * whether or not that column exists yet.
 */
type SideScope = Scope & { organisation: { id: number; name: string } | null };

async function linkBasis(agreementIds: number[], europe: SideScope, japan: SideScope) {
  const rows = await db().$queryRaw<{
    agreement: string; regionSlug: string | null; regionName: string | null; organisationId: number | null;
    organisationSlug: string | null; organisationName: string | null; inferredFrom: string | null; europe: boolean; japan: boolean;
  }[]>`
    SELECT a.slug AS agreement, r.slug AS "regionSlug", r.name AS "regionName", o.id AS "organisationId",
      o.slug AS "organisationSlug", o.name AS "organisationName", to_jsonb(o) ->> 'homeRegionInferredFrom' AS "inferredFrom",
      coalesce(i.region_id = ANY(${europe.regionIds}::int[]) OR i.organisation_id = ANY(${europe.organisationIds}::int[]), false) AS europe,
      coalesce(i.region_id = ANY(${japan.regionIds}::int[]) OR i.organisation_id = ANY(${japan.organisationIds}::int[]), false) AS japan
    FROM kizuna_involvements('AGREEMENT', ${agreementIds}::int[]) i
    JOIN "Agreement" a ON a.id = i.record_id
    LEFT JOIN "Region" r ON r.id = i.region_id
    LEFT JOIN "Organisation" o ON o.id = i.organisation_id
    WHERE i.organisation_id IS NULL OR o.status = 'PUBLISHED'
    ORDER BY a.slug, o.name NULLS FIRST, r.name`;
  const basis: PairDTO["basis"] = {};
  const toBasis = (row: (typeof rows)[number], scope: SideScope): LinkBasisDTO => {
    if (row.organisationId === null) return { kind: "party", type: "region", slug: row.regionSlug!, name: row.regionName!, memberOf: null };
    if (scope.organisationIds.includes(row.organisationId)) {
      // The side is an organisation: the party is it, or one of its members.
      const memberOf = row.organisationId === scope.organisation?.id ? null : (scope.organisation?.name ?? null);
      return { kind: "party", type: "organisation", slug: row.organisationSlug!, name: row.organisationName!, memberOf };
    }
    return { kind: "through", organisation: { slug: row.organisationSlug!, name: row.organisationName! }, place: row.regionName!, inferredFrom: row.inferredFrom };
  };
  for (const row of rows) {
    basis[row.agreement] ??= { europe: [], japan: [] };
    const entry = basis[row.agreement];
    if (row.europe) entry.europe.push(toBasis(row, europe));
    if (row.japan) entry.japan.push(toBasis(row, japan));
  }
  // The side itself first, then its members, then organisations based in it.
  const rank = (l: LinkBasisDTO) => (l.kind === "through" ? 2 : l.memberOf ? 1 : 0);
  for (const entry of Object.values(basis)) for (const links of [entry.europe, entry.japan]) links.sort((a, b) => rank(a) - rank(b));
  return basis;
}
