import "server-only";
import { missionForm, type MissionFormValues } from "@/lib/admin/forms/mission";
import { actorColumns, actorToForm, dateColumns, dateToForm, describe, loadCitations, writeCitations, type RecordAdmin } from "../kit";

/** Long text as the form's schema gives it back (line breaks folded, trimmed), so an unchanged form compares equal. */
const asLongText = (s: string) => s.replace(/\r\n?/g, "\n").trim();
const trashed = (status: string) => (status === "TRASHED" ? " (in the trash)" : "");

export const missionAdmin: RecordAdmin<MissionFormValues> = {
  type: "mission",
  table: "Mission",
  titleColumn: "title",
  form: missionForm,
  title: (values) => values.title,

  async load(tx, id) {
    const row = await tx.mission.findUnique({
      where: { id },
      select: {
        title: true, slug: true, summary: true, delegation: true, themes: true,
        leaderRoleId: true, originRegionId: true, originOrganisationId: true, destinationRegionId: true,
        startsOn: true, startsPrecision: true, startsInferredFrom: true,
        endsOn: true, endsPrecision: true, endsInferredFrom: true,
        participants: { orderBy: { id: "asc" }, select: { regionId: true, organisationId: true, role: true } },
        sectors: { orderBy: { sectorId: "asc" }, select: { sectorId: true } },
      },
    });
    if (!row) return null;
    return {
      title: row.title, slug: row.slug, summary: asLongText(row.summary), delegation: asLongText(row.delegation), themes: row.themes,
      leaderRoleId: row.leaderRoleId, originRegionId: row.originRegionId, originOrganisationId: row.originOrganisationId,
      destinationRegionId: row.destinationRegionId,
      starts: dateToForm(row.startsOn, row.startsPrecision, row.startsInferredFrom),
      ends: dateToForm(row.endsOn, row.endsPrecision, row.endsInferredFrom),
      participants: row.participants.map((p) => ({ actor: actorToForm(p), role: p.role })),
      sectorIds: row.sectors.map((s) => s.sectorId),
      citations: await loadCitations(tx, "missionId", id),
    };
  },

  async write(tx, id, values) {
    const { participants, sectorIds, starts, ends, citations, ...scalars } = values;
    const startCols = dateColumns("starts", starts);
    const endCols = dateColumns("ends", ends);
    const data = { ...scalars, ...startCols, ...endCols };
    const saved = id === null
      ? await tx.mission.create({ data: { ...data, status: "DRAFT" }, select: { id: true } })
      : await tx.mission.update({ where: { id }, data, select: { id: true } });
    const missionId = saved.id;
    await tx.missionParticipant.deleteMany({ where: { missionId } });
    if (participants.length) {
      await tx.missionParticipant.createMany({ data: participants.map((p) => ({ missionId, role: p.role, ...actorColumns(p.actor) })) });
    }
    await tx.missionSector.deleteMany({ where: { missionId } });
    if (sectorIds.length) await tx.missionSector.createMany({ data: sectorIds.map((sectorId) => ({ missionId, sectorId })) });
    await writeCitations(tx, "missionId", missionId, citations);
    return missionId;
  },

  // Agreements and events point at their mission (ON DELETE SET NULL in SQL, but the trash keeps the row, so they would show a hidden mission).
  async usedBy(tx, id) {
    // One query at a time: a transaction has a single connection.
    const agreements = await tx.agreement.findMany({ where: { missionId: id }, orderBy: [{ title: "asc" }, { id: "asc" }], take: 20, select: { title: true, status: true } });
    const events = await tx.event.findMany({ where: { missionId: id }, orderBy: [{ name: "asc" }, { id: "asc" }], take: 20, select: { name: true, status: true } });
    return [
      ...describe("Agreement", agreements.map((a) => a.title + trashed(a.status))),
      ...describe("Event", events.map((e) => e.name + trashed(e.status))),
    ];
  },

  async searchDocs(tx, id) {
    // An agreement's document shows its mission's title.
    const agreements = await tx.agreement.findMany({ where: { missionId: id }, select: { id: true } });
    return [
      { type: "MISSION", ids: [id] },
      { type: "AGREEMENT", ids: agreements.map((a) => a.id) },
    ];
  },
};
