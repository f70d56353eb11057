import "server-only";
import { isSlug } from "@/lib/slugs";
import { db, PUBLISHED, visible } from "../db";
import { agreementsByIds, type AgreementSummaryDTO } from "../agreements/queries";
import { missionsByIds, type MissionSummaryDTO } from "../missions/queries";
import { citationSelect, citedSelect, isCited, toCitation, type CitationDTO } from "../shared";

export type PersonSummaryDTO = { slug: string; name: string; roles: string[]; cited: boolean };

export type PersonDTO = {
  slug: string;
  name: string;
  localNames: Record<string, string>;
  note: string;
  roles: { title: string; actsFor: { type: "region" | "organisation"; slug: string; name: string } | null }[];
  agreements: AgreementSummaryDTO[];
  missions: MissionSummaryDTO[];
  /** Programme slots this person spoke in. */
  talks: { event: { slug: string; name: string }; session: string; talkTitle: string | null }[];
  citations: CitationDTO[];
  /** Its id when it is a draft (only a preview, `{ drafts: true }`, returns one): for the link back to editing. Null when published. */
  draftId: number | null;
};

export async function listPeople(): Promise<PersonSummaryDTO[]> {
  const rows = await db().person.findMany({ where: PUBLISHED, select: { slug: true, name: true, roles: { select: { title: true } }, ...citedSelect }, orderBy: { name: "asc" } });
  return rows.map((r) => ({ slug: r.slug, name: r.name, roles: r.roles.map((x) => x.title), cited: isCited(r) }));
}

export async function getPerson(slug: string, { drafts = false }: { drafts?: boolean } = {}): Promise<PersonDTO | null> {
  if (!isSlug(slug)) return null; // never send a malformed slug (e.g. a NUL byte) to the database
  const row = await db().person.findFirst({
    where: { slug, ...visible(drafts) },
    select: {
      id: true, status: true, slug: true, name: true, localNames: true, note: true,
      roles: {
        orderBy: { id: "asc" },
        select: {
          title: true,
          region: { select: { slug: true, name: true, status: true } },
          organisation: { select: { slug: true, name: true, status: true } },
          signatures: { select: { agreementId: true } },
          ledMissions: { select: { id: true } },
          talks: { select: { talkTitle: true, session: { select: { title: true, event: { select: { slug: true, name: true, status: true } } } } } },
        },
      },
      citations: citationSelect,
    },
  });
  if (!row) return null;
  const [agreements, missions] = await Promise.all([
    agreementsByIds(row.roles.flatMap((r) => r.signatures.map((s) => s.agreementId))),
    missionsByIds(row.roles.flatMap((r) => r.ledMissions.map((m) => m.id))),
  ]);
  return {
    slug: row.slug, name: row.name, note: row.note,
    localNames: (row.localNames ?? {}) as Record<string, string>,
    roles: row.roles.map((r) => ({
      title: r.title,
      actsFor:
        r.region?.status === "PUBLISHED" ? { type: "region" as const, slug: r.region.slug, name: r.region.name }
        : r.organisation?.status === "PUBLISHED" ? { type: "organisation" as const, slug: r.organisation.slug, name: r.organisation.name }
        : null,
    })),
    agreements, missions,
    talks: row.roles
      .flatMap((r) => r.talks)
      .filter((t) => t.session.event.status === "PUBLISHED")
      .map((t) => ({ event: { slug: t.session.event.slug, name: t.session.event.name }, session: t.session.title, talkTitle: t.talkTitle })),
    citations: row.citations.map(toCitation),
    draftId: row.status === "DRAFT" ? row.id : null,
  };
}

