import "server-only";
import { pairForm, type PairFormValues } from "@/lib/admin/forms/pair";
import { actorColumns, type RecordAdmin } from "../kit";

/** "region:3" / "organisation:7", or "" when the side is missing (the form then asks for it). */
function side(regionId: number | null, organisationId: number | null): string {
  if (regionId !== null) return `region:${regionId}`;
  if (organisationId !== null) return `organisation:${organisationId}`;
  return "";
}

export const pairAdmin: RecordAdmin<PairFormValues> = {
  type: "pair",
  table: "Pair",
  titleColumn: "name",
  form: pairForm,
  title: (values) => values.name,

  async load(tx, id) {
    const row = await tx.pair.findUnique({
      where: { id },
      select: { name: true, slug: true, summary: true, europeRegionId: true, europeOrganisationId: true, japanRegionId: true, japanOrganisationId: true },
    });
    if (!row) return null;
    return {
      name: row.name, slug: row.slug, summary: row.summary,
      europe: side(row.europeRegionId, row.europeOrganisationId),
      japan: side(row.japanRegionId, row.japanOrganisationId),
    };
  },

  async write(tx, id, { europe, japan, ...values }) {
    const europeSide = actorColumns(europe);
    const japanSide = actorColumns(japan);
    const data = {
      ...values,
      europeRegionId: europeSide.regionId, europeOrganisationId: europeSide.organisationId,
      japanRegionId: japanSide.regionId, japanOrganisationId: japanSide.organisationId,
    };
    const saved = id === null
      ? await tx.pair.create({ data: { ...data, status: "DRAFT" }, select: { id: true } })
      : await tx.pair.update({ where: { id }, data, select: { id: true } });
    return saved.id;
  },

  // Nothing refers to a pair: its page gathers the records that link its two sides.
  async usedBy() {
    return [];
  },

  // Pairs have no search document, and no other document shows them.
  async searchDocs() {
    return [];
  },
};
