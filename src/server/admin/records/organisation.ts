import "server-only";
import { organisationForm, type OrganisationFormValues } from "@/lib/admin/forms/organisation";
import { describe, InvalidInput, loadCitations, localNamesJson, localNamesToForm, writeCitations, type RecordAdmin } from "../kit";

export const organisationAdmin: RecordAdmin<OrganisationFormValues> = {
  type: "organisation",
  table: "Organisation",
  titleColumn: "name",
  form: organisationForm,
  title: (values) => values.name,

  async load(tx, id) {
    const row = await tx.organisation.findUnique({
      where: { id },
      select: {
        name: true, slug: true, localNames: true, kind: true, homeRegionId: true, homeRegionInferredFrom: true, parentId: true, website: true, summary: true,
        sectors: { orderBy: { sectorId: "asc" }, select: { sectorId: true } },
      },
    });
    if (!row) return null;
    return {
      name: row.name, slug: row.slug, localNames: localNamesToForm(row.localNames), kind: row.kind,
      homeRegionId: row.homeRegionId, homeRegionInferredFrom: row.homeRegionInferredFrom, parentId: row.parentId, website: row.website, summary: row.summary,
      sectorIds: row.sectors.map((s) => s.sectorId),
      citations: await loadCitations(tx, "organisationId", id),
    };
  },

  async write(tx, id, { citations, localNames, sectorIds, ...values }) {
    if (id !== null && values.parentId !== null) {
      // An organisation cannot be part of itself or of one of its own members (at any depth).
      const loop = await tx.$queryRaw<{ found: boolean }[]>`
        WITH RECURSIVE up(id) AS (SELECT ${values.parentId}::int UNION SELECT o."parentId" FROM up JOIN "Organisation" o ON o.id = up.id WHERE o."parentId" IS NOT NULL)
        SELECT EXISTS (SELECT 1 FROM up WHERE id = ${id}) AS found`;
      if (loop[0]?.found) {
        throw new InvalidInput({ parentId: "An organisation cannot be part of itself or of one of its own members." });
      }
    }
    const data = { ...values, localNames: localNamesJson(localNames) };
    const saved = id === null
      ? await tx.organisation.create({ data: { ...data, status: "DRAFT" }, select: { id: true } })
      : await tx.organisation.update({ where: { id }, data, select: { id: true } });
    const organisationId = saved.id;
    await tx.organisationSector.deleteMany({ where: { organisationId } });
    if (sectorIds.length) await tx.organisationSector.createMany({ data: sectorIds.map((sectorId) => ({ organisationId, sectorId })) });
    await writeCitations(tx, "organisationId", organisationId, citations);
    return organisationId;
  },

  async usedBy(tx, id) {
    const o = await tx.organisation.findUnique({
      where: { id },
      select: {
        members: { select: { name: true }, orderBy: { id: "asc" }, take: 20 },
        agreementParties: { select: { agreement: { select: { title: true } } }, orderBy: { id: "asc" }, take: 20 },
        missionsFrom: { select: { title: true }, orderBy: { id: "asc" }, take: 20 },
        missionParticipants: { select: { mission: { select: { title: true } } }, orderBy: { id: "asc" }, take: 20 },
        eventRoles: { select: { event: { select: { name: true } } }, orderBy: { id: "asc" }, take: 20 },
        pairsEurope: { select: { name: true }, orderBy: { id: "asc" }, take: 20 },
        pairsJapan: { select: { name: true }, orderBy: { id: "asc" }, take: 20 },
        personRoles: { select: { title: true, person: { select: { name: true } } }, orderBy: { id: "asc" }, take: 20 },
      },
    });
    if (!o) return [];
    return [
      ...describe("Member organisation", o.members.map((m) => m.name)),
      ...describe("Agreement (party)", o.agreementParties.map((p) => p.agreement.title)),
      ...describe("Mission (from)", o.missionsFrom.map((m) => m.title)),
      ...describe("Mission (participant)", o.missionParticipants.map((p) => p.mission.title)),
      ...describe("Event (participant)", o.eventRoles.map((p) => p.event.name)),
      ...describe("Pair", [...o.pairsEurope, ...o.pairsJapan].map((p) => p.name)),
      ...describe("Person's role", o.personRoles.map((r) => `${r.person.name}, ${r.title}`)),
    ];
  },

  async searchDocs(tx, id) {
    // Agreements show their parties' names, missions their origin's, events their participants';
    // a member organisation's document names its parent.
    // One query after another: they share the transaction's connection.
    const agreements = await tx.agreementParty.findMany({ where: { organisationId: id }, select: { agreementId: true } });
    const missions = await tx.mission.findMany({ where: { originOrganisationId: id }, select: { id: true } });
    const events = await tx.eventParticipant.findMany({ where: { organisationId: id }, select: { eventId: true } });
    const members = await tx.organisation.findMany({ where: { parentId: id }, select: { id: true } });
    return [
      { type: "ORGANISATION", ids: [id, ...members.map((m) => m.id)] },
      { type: "AGREEMENT", ids: agreements.map((a) => a.agreementId) },
      { type: "MISSION", ids: missions.map((m) => m.id) },
      { type: "EVENT", ids: events.map((e) => e.eventId) },
    ];
  },
};
