import "server-only";
import { isSlug } from "@/lib/slugs";
import { db, PUBLISHED, visible } from "../db";
import { agreementsByIds, type AgreementSummaryDTO } from "../agreements/queries";
import { eventsByIds, type EventSummaryDTO } from "../events/queries";
import { missionsByIds, type MissionSummaryDTO } from "../missions/queries";
import { agreementsInvolving, eventsInvolving, missionsInvolving, organisationScope } from "../scope";
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
  const [agreementIds, missionIds, eventIds] = await Promise.all([
    agreementsInvolving(scope), missionsInvolving(scope), eventsInvolving(scope),
  ]);
  const [agreements, missions, events] = await Promise.all([
    agreementsByIds(agreementIds), missionsByIds(missionIds), eventsByIds(eventIds),
  ]);
  return {
    ...toSummary(row),
    localNames: (row.localNames ?? {}) as Record<string, string>,
    website: row.website,
    summary: row.summary,
    parent: row.parent?.status === "PUBLISHED" ? { slug: row.parent.slug, name: row.parent.name } : null,
    members: row.members,
    sectors: row.sectors.map((s) => s.sector),
    agreements, missions, events,
    totals: { agreements: agreementIds.length, missions: missionIds.length, events: eventIds.length },
    people: row.personRoles.map((r) => ({ slug: r.person.slug, name: r.person.name, title: r.title })),
    citations: row.citations.map(toCitation),
    draftId: row.status === "DRAFT" ? row.id : null,
  };
}
