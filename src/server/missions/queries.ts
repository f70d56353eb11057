import "server-only";
import { isSlug } from "@/lib/slugs";
import type { PreciseDate } from "@/lib/dates";
import type { Prisma } from "@/generated/prisma/client";
import { db, LIST_LIMIT, PUBLISHED, visible } from "../db";
import { agreementsByIds, type AgreementSummaryDTO } from "../agreements/queries";
import { eventsByIds, type EventSummaryDTO } from "../events/queries";
import {
  actorSelect, citationSelect, citedSelect, dateOf, isCited, dateSelect, PUBLISHED_ACTOR, toActor, toCitation,
  type ActorDTO, type CitationDTO,
} from "../shared";

export type MissionSummaryDTO = {
  slug: string;
  title: string;
  starts: PreciseDate;
  ends: PreciseDate;
  origin: ActorDTO | null;
  destination: { slug: string; name: string } | null;
  leader: { slug: string; name: string; title: string } | null;
  /** False when no source passage supports it (shown as "no source cited"). */
  cited: boolean;
};

export type MissionDTO = MissionSummaryDTO & {
  summary: string;
  delegation: string;
  themes: string[];
  participants: (ActorDTO & { role: string })[];
  sectors: { slug: string; name: string }[];
  agreements: AgreementSummaryDTO[];
  events: EventSummaryDTO[];
  citations: CitationDTO[];
  /** Its id when it is a draft (only a preview, `{ drafts: true }`, returns one): for the link back to editing. Null when published. */
  draftId: number | null;
};

const summarySelect = {
  slug: true,
  title: true,
  ...dateSelect("starts"),
  ...dateSelect("ends"),
  originRegion: { select: { slug: true, name: true, kind: true, side: true, status: true } },
  originOrganisation: { select: { slug: true, name: true, kind: true, status: true, homeRegionInferredFrom: true, homeRegion: { select: { name: true, side: true } } } },
  destinationRegion: { select: { slug: true, name: true, status: true } },
  leaderRole: { select: { title: true, person: { select: { slug: true, name: true, status: true } } } },
  ...citedSelect,
} satisfies Prisma.MissionSelect;

type SummaryRow = Prisma.MissionGetPayload<{ select: typeof summarySelect }>;

function toSummary(row: SummaryRow): MissionSummaryDTO {
  const region = row.originRegion?.status === "PUBLISHED" ? row.originRegion : null;
  const organisation = row.originOrganisation?.status === "PUBLISHED" ? row.originOrganisation : null;
  return {
    slug: row.slug,
    title: row.title,
    cited: isCited(row),
    starts: dateOf(row, "starts"),
    ends: dateOf(row, "ends"),
    origin: region || organisation ? toActor({ region, organisation }) : null,
    destination: row.destinationRegion?.status === "PUBLISHED" ? { slug: row.destinationRegion.slug, name: row.destinationRegion.name } : null,
    leader:
      row.leaderRole && row.leaderRole.person.status === "PUBLISHED"
        ? { slug: row.leaderRole.person.slug, name: row.leaderRole.person.name, title: row.leaderRole.title }
        : null,
  };
}

const ORDER: Prisma.MissionOrderByWithRelationInput[] = [{ startsOn: { sort: "desc", nulls: "last" } }, { title: "asc" }];

export async function listMissions(): Promise<MissionSummaryDTO[]> {
  return (await db().mission.findMany({ where: PUBLISHED, select: summarySelect, orderBy: ORDER })).map(toSummary);
}

/** The most recent `limit` of the given records (pages show how many there are in all). */
export async function missionsByIds(ids: number[], limit = LIST_LIMIT): Promise<MissionSummaryDTO[]> {
  if (ids.length === 0) return [];
  return (await db().mission.findMany({ where: { id: { in: ids }, ...PUBLISHED }, select: summarySelect, orderBy: ORDER, take: limit })).map(toSummary);
}

export async function getMission(slug: string, { drafts = false }: { drafts?: boolean } = {}): Promise<MissionDTO | null> {
  if (!isSlug(slug)) return null; // never send a malformed slug (e.g. a NUL byte) to the database
  const row = await db().mission.findFirst({
    where: { slug, ...visible(drafts) },
    select: {
      id: true,
      status: true,
      ...summarySelect,
      summary: true,
      delegation: true,
      themes: true,
      participants: { where: PUBLISHED_ACTOR, select: { role: true, ...actorSelect }, orderBy: { id: "asc" } },
      sectors: { where: { sector: PUBLISHED }, select: { sector: { select: { slug: true, name: true } } } },
      agreements: { where: PUBLISHED, select: { id: true } },
      events: { where: PUBLISHED, select: { id: true } },
      citations: citationSelect,
    },
  });
  if (!row) return null;
  const [agreements, events] = await Promise.all([
    agreementsByIds(row.agreements.map((a) => a.id)),
    eventsByIds(row.events.map((e) => e.id)),
  ]);
  return {
    ...toSummary(row),
    summary: row.summary,
    delegation: row.delegation,
    themes: row.themes,
    participants: row.participants.map((p) => ({ ...toActor(p), role: p.role })),
    sectors: row.sectors.map((s) => s.sector),
    agreements,
    events,
    citations: row.citations.map(toCitation),
    draftId: row.status === "DRAFT" ? row.id : null,
  };
}

/** The published ones of the given missions by id, in no order (the API orders them). */
export async function missionSummariesByIds(ids: number[]): Promise<Map<number, MissionSummaryDTO>> {
  if (ids.length === 0) return new Map();
  const rows = await db().mission.findMany({ where: { id: { in: ids }, ...PUBLISHED }, select: { id: true, ...summarySelect } });
  return new Map(rows.map((row) => [row.id, toSummary(row)]));
}
