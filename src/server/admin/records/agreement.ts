import "server-only";
import { agreementForm, type AgreementFormValues } from "@/lib/admin/forms/agreement";
import { actorColumns, actorToForm, dateColumns, dateToForm, loadCitations, writeCitations, type RecordAdmin } from "../kit";

export const agreementAdmin: RecordAdmin<AgreementFormValues> = {
  type: "agreement",
  table: "Agreement",
  titleColumn: "title",
  form: agreementForm,
  title: (values) => values.title,

  async load(tx, id) {
    const row = await tx.agreement.findUnique({
      where: { id },
      select: {
        title: true, slug: true, titleOriginal: true, kind: true, agreementStatus: true, summary: true, commitments: true,
        signedOn: true, signedPrecision: true, signedInferredFrom: true,
        startsOn: true, startsPrecision: true, startsInferredFrom: true,
        endsOn: true, endsPrecision: true, endsInferredFrom: true,
        durationMonths: true, placeRegionId: true, placeDetail: true, placeInferredFrom: true, missionId: true, eventId: true,
        parties: { orderBy: [{ position: "asc" }, { id: "asc" }], select: { regionId: true, organisationId: true, role: true } },
        signatories: { orderBy: [{ position: "asc" }, { personRoleId: "asc" }], select: { personRoleId: true } },
        sectors: { orderBy: { sectorId: "asc" }, select: { sectorId: true } },
      },
    });
    if (!row) return null;
    return {
      title: row.title, slug: row.slug, titleOriginal: row.titleOriginal, kind: row.kind, agreementStatus: row.agreementStatus,
      summary: row.summary, commitments: row.commitments,
      parties: row.parties.map((p) => ({ actor: actorToForm(p), role: p.role })),
      signatories: row.signatories,
      sectorIds: row.sectors.map((s) => s.sectorId),
      signed: dateToForm(row.signedOn, row.signedPrecision, row.signedInferredFrom),
      starts: dateToForm(row.startsOn, row.startsPrecision, row.startsInferredFrom),
      ends: dateToForm(row.endsOn, row.endsPrecision, row.endsInferredFrom),
      durationMonths: row.durationMonths, placeRegionId: row.placeRegionId, placeDetail: row.placeDetail,
      placeInferredFrom: row.placeInferredFrom, missionId: row.missionId, eventId: row.eventId,
      citations: await loadCitations(tx, "agreementId", id),
    };
  },

  async write(tx, id, values) {
    const { parties, signatories, sectorIds, signed, starts, ends, citations, ...scalars } = values;
    const data = { ...scalars, ...dateColumns("signed", signed), ...dateColumns("starts", starts), ...dateColumns("ends", ends) };
    const saved = id === null
      ? await tx.agreement.create({ data: { ...data, status: "DRAFT" }, select: { id: true } })
      : await tx.agreement.update({ where: { id }, data, select: { id: true } });
    const agreementId = saved.id;
    await tx.agreementParty.deleteMany({ where: { agreementId } });
    await tx.agreementParty.createMany({ data: parties.map((p, position) => ({ agreementId, role: p.role, position, ...actorColumns(p.actor) })) });
    await tx.agreementSignatory.deleteMany({ where: { agreementId } });
    await tx.agreementSignatory.createMany({ data: signatories.map((s, position) => ({ agreementId, personRoleId: s.personRoleId, position })) });
    await tx.agreementSector.deleteMany({ where: { agreementId } });
    await tx.agreementSector.createMany({ data: sectorIds.map((sectorId) => ({ agreementId, sectorId })) });
    await writeCitations(tx, "agreementId", agreementId, citations);
    return agreementId;
  },

  // Nothing refers to an agreement: its parties, signatories and citations are part of it.
  async usedBy() {
    return [];
  },

  async searchDocs(_tx, id) {
    return [{ type: "AGREEMENT", ids: [id] }];
  },
};
