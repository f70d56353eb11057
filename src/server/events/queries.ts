import "server-only";
import { isSlug } from "@/lib/slugs";
import type { PreciseDate } from "@/lib/dates";
import type { Prisma } from "@/generated/prisma/client";
import { db, LIST_LIMIT, PUBLISHED, visible } from "../db";
import { agreementsByIds, type AgreementSummaryDTO } from "../agreements/queries";
import {
  actorSelect, citationSelect, citedSelect, dateOf, isCited, dateSelect, PUBLISHED_ACTOR, toActor, toCitation,
  type ActorDTO, type CitationDTO,
} from "../shared";

export type EventSummaryDTO = {
  slug: string;
  name: string;
  kind: string;
  starts: PreciseDate;
  ends: PreciseDate;
  venue: string | null;
  city: { slug: string; name: string } | null;
  /** Null when the source states venue and city; otherwise how they were inferred. */
  placeInferredFrom: string | null;
  /** False when no source passage supports it (shown as "no source cited"). */
  cited: boolean;
};

export type EventDTO = EventSummaryDTO & {
  summary: string;
  attendance: number | null;
  attendanceNote: string | null;
  mission: { slug: string; title: string } | null;
  parent: { slug: string; name: string } | null;
  subEvents: EventSummaryDTO[];
  participants: (ActorDTO & { role: string })[];
  sessions: {
    startsAt: string | null;
    endsAt: string | null;
    title: string;
    speakers: { personSlug: string; name: string; title: string; actsFor: string | null; talkTitle: string | null }[];
  }[];
  sectors: { slug: string; name: string }[];
  agreements: AgreementSummaryDTO[];
  citations: CitationDTO[];
  /** Its id when it is a draft (only a preview, `{ drafts: true }`, returns one): for the link back to editing. Null when published. */
  draftId: number | null;
};

const summarySelect = {
  slug: true,
  name: true,
  kind: true,
  ...dateSelect("starts"),
  ...dateSelect("ends"),
  venue: true,
  cityRegion: { select: { slug: true, name: true, status: true } },
  placeInferredFrom: true,
  ...citedSelect,
} satisfies Prisma.EventSelect;

type SummaryRow = Prisma.EventGetPayload<{ select: typeof summarySelect }>;

function toSummary(row: SummaryRow): EventSummaryDTO {
  return {
    slug: row.slug,
    name: row.name,
    kind: row.kind,
    starts: dateOf(row, "starts"),
    ends: dateOf(row, "ends"),
    venue: row.venue,
    city: row.cityRegion?.status === "PUBLISHED" ? { slug: row.cityRegion.slug, name: row.cityRegion.name } : null,
    placeInferredFrom: row.placeInferredFrom,
    cited: isCited(row),
  };
}

const ORDER: Prisma.EventOrderByWithRelationInput[] = [{ startsOn: { sort: "desc", nulls: "last" } }, { name: "asc" }];

export async function listEvents(): Promise<EventSummaryDTO[]> {
  return (await db().event.findMany({ where: PUBLISHED, select: summarySelect, orderBy: ORDER })).map(toSummary);
}

/** The most recent `limit` of the given records (pages show how many there are in all). */
export async function eventsByIds(ids: number[], limit = LIST_LIMIT): Promise<EventSummaryDTO[]> {
  if (ids.length === 0) return [];
  return (await db().event.findMany({ where: { id: { in: ids }, ...PUBLISHED }, select: summarySelect, orderBy: ORDER, take: limit })).map(toSummary);
}

export async function getEvent(slug: string, { drafts = false }: { drafts?: boolean } = {}): Promise<EventDTO | null> {
  if (!isSlug(slug)) return null; // never send a malformed slug (e.g. a NUL byte) to the database
  const row = await db().event.findFirst({
    where: { slug, ...visible(drafts) },
    select: {
      id: true,
      status: true,
      ...summarySelect,
      summary: true,
      placeInferredFrom: true,
      attendance: true,
      attendanceNote: true,
      mission: { select: { slug: true, title: true, status: true } },
      parentEvent: { select: { slug: true, name: true, status: true } },
      subEvents: { where: PUBLISHED, select: summarySelect, orderBy: ORDER },
      participants: { where: PUBLISHED_ACTOR, select: { role: true, ...actorSelect }, orderBy: [{ role: "asc" }, { id: "asc" }] },
      sessions: {
        orderBy: { position: "asc" },
        select: {
          startsAt: true,
          endsAt: true,
          title: true,
          speakers: {
            where: { personRole: { person: PUBLISHED } },
            orderBy: { position: "asc" },
            select: {
              talkTitle: true,
              personRole: {
                select: {
                  title: true,
                  person: { select: { slug: true, name: true } },
                  region: { select: { name: true } },
                  organisation: { select: { name: true } },
                },
              },
            },
          },
        },
      },
      sectors: { where: { sector: PUBLISHED }, select: { sector: { select: { slug: true, name: true } } } },
      agreements: { where: PUBLISHED, select: { id: true } },
      citations: citationSelect,
    },
  });
  if (!row) return null;
  return {
    ...toSummary(row),
    summary: row.summary,
    placeInferredFrom: row.placeInferredFrom,
    attendance: row.attendance,
    attendanceNote: row.attendanceNote,
    mission: row.mission?.status === "PUBLISHED" ? { slug: row.mission.slug, title: row.mission.title } : null,
    parent: row.parentEvent?.status === "PUBLISHED" ? { slug: row.parentEvent.slug, name: row.parentEvent.name } : null,
    subEvents: row.subEvents.map(toSummary),
    participants: row.participants.map((p) => ({ ...toActor(p), role: p.role })),
    sessions: row.sessions.map((s) => ({
      startsAt: s.startsAt,
      endsAt: s.endsAt,
      title: s.title,
      speakers: s.speakers.map((sp) => ({
        personSlug: sp.personRole.person.slug,
        name: sp.personRole.person.name,
        title: sp.personRole.title,
        actsFor: sp.personRole.organisation?.name ?? sp.personRole.region?.name ?? null,
        talkTitle: sp.talkTitle,
      })),
    })),
    sectors: row.sectors.map((s) => s.sector),
    agreements: await agreementsByIds(row.agreements.map((a) => a.id)),
    citations: row.citations.map(toCitation),
    draftId: row.status === "DRAFT" ? row.id : null,
  };
}

/** The published ones of the given events by id, in no order (the API orders them). */
export async function eventSummariesByIds(ids: number[]): Promise<Map<number, EventSummaryDTO>> {
  if (ids.length === 0) return new Map();
  const rows = await db().event.findMany({ where: { id: { in: ids }, ...PUBLISHED }, select: { id: true, ...summarySelect } });
  return new Map(rows.map((row) => [row.id, toSummary(row)]));
}
