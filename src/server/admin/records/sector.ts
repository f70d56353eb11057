import "server-only";
import { sectorForm, type SectorFormValues } from "@/lib/admin/forms/sector";
import { describe, InvalidInput, type RecordAdmin } from "../kit";

export const sectorAdmin: RecordAdmin<SectorFormValues> = {
  type: "sector",
  table: "Sector",
  titleColumn: "name",
  form: sectorForm,
  title: (values) => values.name,

  async load(tx, id) {
    return tx.sector.findUnique({
      where: { id },
      select: { name: true, slug: true, nameFr: true, synonyms: true, parentId: true, position: true, summary: true },
    });
  },

  async write(tx, id, values) {
    // Two levels only: the ecosystems (no parent) and the themes under them.
    if (values.parentId !== null) {
      if (values.parentId === id) throw new InvalidInput({ parentId: "A sector cannot be its own ecosystem." });
      const parent = await tx.sector.findUnique({ where: { id: values.parentId }, select: { name: true, parent: { select: { name: true } } } });
      if (!parent) throw new InvalidInput({ parentId: "Choose an ecosystem from the list." });
      if (parent.parent) {
        throw new InvalidInput({ parentId: `“${parent.name}” is itself a theme under “${parent.parent.name}”. Choose a top-level sector (an ecosystem), such as “${parent.parent.name}”.` });
      }
      if (id !== null) {
        const children = await tx.sector.findMany({ where: { parentId: id }, orderBy: { name: "asc" }, select: { name: true }, take: 5 });
        if (children.length) {
          throw new InvalidInput({ parentId: `This sector has themes under it (${children.map((c) => c.name).join(", ")}), so it must stay a top-level sector. Move those themes first.` });
        }
      }
    }
    const saved = id === null
      ? await tx.sector.create({ data: { ...values, status: "DRAFT" }, select: { id: true } })
      : await tx.sector.update({ where: { id }, data: values, select: { id: true } });
    return saved.id;
  },

  async usedBy(tx, id) {
    const s = await tx.sector.findUnique({
      where: { id },
      select: {
        children: { select: { name: true }, orderBy: { id: "asc" }, take: 20 },
        agreements: { select: { agreement: { select: { title: true } } }, orderBy: { agreementId: "asc" }, take: 20 },
        organisations: { select: { organisation: { select: { name: true } } }, orderBy: { organisationId: "asc" }, take: 20 },
        missions: { select: { mission: { select: { title: true } } }, orderBy: { missionId: "asc" }, take: 20 },
        events: { select: { event: { select: { name: true } } }, orderBy: { eventId: "asc" }, take: 20 },
      },
    });
    if (!s) return [];
    return [
      ...describe("Theme under it", s.children.map((c) => c.name)),
      ...describe("Agreement", s.agreements.map((a) => a.agreement.title)),
      ...describe("Organisation", s.organisations.map((o) => o.organisation.name)),
      ...describe("Mission", s.missions.map((m) => m.mission.title)),
      ...describe("Event", s.events.map((e) => e.event.name)),
    ];
  },

  async searchDocs(tx, id) {
    // A sector has no document of its own; the documents of what it tags carry its
    // words (name, French name, synonyms, slug) and, through its ecosystem, the sector
    // facet; those of what its themes tag carry its words too (kizuna_sector_terms).
    const tagged = { OR: [{ sectorId: id }, { sector: { parentId: id } }] };
    const agreements = await tx.agreementSector.findMany({ where: tagged, select: { agreementId: true } });
    const organisations = await tx.organisationSector.findMany({ where: tagged, select: { organisationId: true } });
    const missions = await tx.missionSector.findMany({ where: tagged, select: { missionId: true } });
    const events = await tx.eventSector.findMany({ where: tagged, select: { eventId: true } });
    return [
      { type: "AGREEMENT", ids: agreements.map((a) => a.agreementId) },
      { type: "ORGANISATION", ids: organisations.map((o) => o.organisationId) },
      { type: "MISSION", ids: missions.map((m) => m.missionId) },
      { type: "EVENT", ids: events.map((e) => e.eventId) },
    ];
  },
};
