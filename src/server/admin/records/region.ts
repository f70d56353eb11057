import "server-only";
import { regionForm, type RegionFormValues } from "@/lib/admin/forms/region";
import { describe, InvalidInput, loadCitations, localNamesJson, localNamesToForm, writeCitations, type RecordAdmin } from "../kit";

export const regionAdmin: RecordAdmin<RegionFormValues> = {
  type: "region",
  table: "Region",
  titleColumn: "name",
  form: regionForm,
  title: (values) => values.name,

  async load(tx, id) {
    const row = await tx.region.findUnique({
      where: { id },
      select: {
        name: true, slug: true, localNames: true, kind: true, country: true, side: true, parentId: true,
        iso3166_2: true, nuts: true, wikidataId: true, latitude: true, longitude: true, summary: true,
      },
    });
    if (!row) return null;
    return { ...row, localNames: localNamesToForm(row.localNames), citations: await loadCitations(tx, "regionId", id) };
  },

  async write(tx, id, { citations, localNames, ...values }) {
    if (id !== null && values.parentId !== null) {
      // A region cannot sit inside itself or inside one of its own parts.
      const loop = await tx.$queryRaw<{ found: boolean }[]>`
        WITH RECURSIVE up(id) AS (SELECT ${values.parentId}::int UNION SELECT r."parentId" FROM up JOIN "Region" r ON r.id = up.id WHERE r."parentId" IS NOT NULL)
        SELECT EXISTS (SELECT 1 FROM up WHERE id = ${id}) AS found`;
      if (loop[0]?.found) {
        throw new InvalidInput({ parentId: "A region cannot be part of itself or of one of its own parts." });
      }
    }
    const data = { ...values, localNames: localNamesJson(localNames) };
    const saved = id === null ? await tx.region.create({ data: { ...data, status: "DRAFT" }, select: { id: true } }) : await tx.region.update({ where: { id }, data, select: { id: true } });
    await writeCitations(tx, "regionId", saved.id, citations);
    return saved.id;
  },

  async usedBy(tx, id) {
    const region = await tx.region.findUnique({
      where: { id },
      select: {
        children: { select: { name: true }, take: 20 },
        organisations: { select: { name: true }, take: 20 },
        agreementParties: { select: { agreement: { select: { title: true } } }, take: 20 },
        agreementsSignedIn: { select: { title: true }, take: 20 },
        missionsFrom: { select: { title: true }, take: 20 },
        missionsTo: { select: { title: true }, take: 20 },
        missionParticipants: { select: { mission: { select: { title: true } } }, take: 20 },
        eventsIn: { select: { name: true }, take: 20 },
        eventRoles: { select: { event: { select: { name: true } } }, take: 20 },
        pairsEurope: { select: { name: true }, take: 20 },
        pairsJapan: { select: { name: true }, take: 20 },
        personRoles: { select: { title: true, person: { select: { name: true } } }, take: 20 },
      },
    });
    if (!region) return [];
    return [
      ...describe("Region inside it", region.children.map((r) => r.name)),
      ...describe("Organisation based there", region.organisations.map((o) => o.name)),
      ...describe("Agreement (party)", region.agreementParties.map((p) => p.agreement.title)),
      ...describe("Agreement (signed there)", region.agreementsSignedIn.map((a) => a.title)),
      ...describe("Mission (from)", region.missionsFrom.map((m) => m.title)),
      ...describe("Mission (to)", region.missionsTo.map((m) => m.title)),
      ...describe("Mission (participant)", region.missionParticipants.map((p) => p.mission.title)),
      ...describe("Event (held there)", region.eventsIn.map((e) => e.name)),
      ...describe("Event (participant)", region.eventRoles.map((p) => p.event.name)),
      ...describe("Pair", [...region.pairsEurope, ...region.pairsJapan].map((p) => p.name)),
      ...describe("Person's role", region.personRoles.map((r) => `${r.person.name}, ${r.title}`)),
    ];
  },

  async searchDocs(tx, id) {
    // Agreements, missions and events show their regions' names and are found through them.
    // One after another: a transaction's client runs one query at a time.
    const agreements = await tx.agreementParty.findMany({ where: { regionId: id }, select: { agreementId: true } });
    const missions = await tx.mission.findMany({ where: { OR: [{ originRegionId: id }, { destinationRegionId: id }, { participants: { some: { regionId: id } } }] }, select: { id: true } });
    const events = await tx.event.findMany({ where: { OR: [{ cityRegionId: id }, { participants: { some: { regionId: id } } }] }, select: { id: true } });
    const organisations = await tx.organisation.findMany({ where: { homeRegionId: id }, select: { id: true } });
    return [
      { type: "REGION", ids: [id] },
      { type: "AGREEMENT", ids: agreements.map((a) => a.agreementId) },
      { type: "MISSION", ids: missions.map((m) => m.id) },
      { type: "EVENT", ids: events.map((e) => e.id) },
      { type: "ORGANISATION", ids: organisations.map((o) => o.id) },
    ];
  },
};
