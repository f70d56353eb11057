import "server-only";
import { eventForm, type EventFormValues } from "@/lib/admin/forms/event";
import { actorColumns, actorToForm, dateColumns, dateToForm, describe, InvalidInput, loadCitations, writeCitations, type RecordAdmin } from "../kit";

/** Long text as the form's schema gives it back (line breaks folded, trimmed), so an unchanged form compares equal. */
const asLongText = (s: string) => s.replace(/\r\n?/g, "\n").trim();
const trashed = (status: string) => (status === "TRASHED" ? " (in the trash)" : "");

export const eventAdmin: RecordAdmin<EventFormValues> = {
  type: "event",
  table: "Event",
  titleColumn: "name",
  form: eventForm,
  title: (values) => values.name,

  async load(tx, id) {
    const row = await tx.event.findUnique({
      where: { id },
      select: {
        name: true, slug: true, kind: true, summary: true,
        startsOn: true, startsPrecision: true, startsInferredFrom: true,
        endsOn: true, endsPrecision: true, endsInferredFrom: true,
        venue: true, cityRegionId: true, placeInferredFrom: true, attendance: true, attendanceNote: true,
        missionId: true, parentEventId: true,
        participants: { orderBy: { id: "asc" }, select: { regionId: true, organisationId: true, role: true } },
        sessions: {
          orderBy: { position: "asc" },
          select: {
            startsAt: true, endsAt: true, title: true,
            speakers: { orderBy: [{ position: "asc" }, { personRoleId: "asc" }], select: { personRoleId: true, talkTitle: true } },
          },
        },
        sectors: { orderBy: { sectorId: "asc" }, select: { sectorId: true } },
      },
    });
    if (!row) return null;
    return {
      name: row.name, slug: row.slug, kind: row.kind, summary: asLongText(row.summary),
      starts: dateToForm(row.startsOn, row.startsPrecision, row.startsInferredFrom),
      ends: dateToForm(row.endsOn, row.endsPrecision, row.endsInferredFrom),
      venue: row.venue, cityRegionId: row.cityRegionId, placeInferredFrom: row.placeInferredFrom,
      attendance: row.attendance, attendanceNote: row.attendanceNote, missionId: row.missionId, parentEventId: row.parentEventId,
      participants: row.participants.map((p) => ({ actor: actorToForm(p), role: p.role })),
      sessions: row.sessions.map((s) => ({ startsAt: s.startsAt, endsAt: s.endsAt, title: s.title })),
      // Session numbers count the programme's rows from 1, whatever the stored positions.
      speakers: row.sessions.flatMap((s, index) => s.speakers.map((sp) => ({ session: index + 1, personRoleId: sp.personRoleId, talkTitle: sp.talkTitle }))),
      sectorIds: row.sectors.map((s) => s.sectorId),
      citations: await loadCitations(tx, "eventId", id),
    };
  },

  async write(tx, id, values) {
    const { participants, sessions, speakers, sectorIds, starts, ends, citations, ...scalars } = values;
    if (id !== null && scalars.parentEventId !== null) {
      if (scalars.parentEventId === id) throw new InvalidInput({ parentEventId: "An event cannot be part of itself." });
      // Nor part of one of its own sub-events (or theirs).
      const loop = await tx.$queryRaw<{ found: boolean }[]>`
        WITH RECURSIVE up(id) AS (SELECT ${scalars.parentEventId}::int UNION SELECT e."parentEventId" FROM up JOIN "Event" e ON e.id = up.id WHERE e."parentEventId" IS NOT NULL)
        SELECT EXISTS (SELECT 1 FROM up WHERE id = ${id}) AS found`;
      if (loop[0]?.found) throw new InvalidInput({ parentEventId: "An event cannot be part of one of its own sub-events." });
    }
    const startCols = dateColumns("starts", starts);
    const endCols = dateColumns("ends", ends);
    const data = { ...scalars, ...startCols, ...endCols };
    const saved = id === null
      ? await tx.event.create({ data: { ...data, status: "DRAFT" }, select: { id: true } })
      : await tx.event.update({ where: { id }, data, select: { id: true } });
    const eventId = saved.id;

    await tx.eventParticipant.deleteMany({ where: { eventId } });
    if (participants.length) {
      await tx.eventParticipant.createMany({ data: participants.map((p) => ({ eventId, role: p.role, ...actorColumns(p.actor) })) });
    }

    // Replacing the sessions deletes their speakers (ON DELETE CASCADE); both are written again.
    // Positions count from 0 in row order, as the seed stores them.
    await tx.eventSession.deleteMany({ where: { eventId } });
    if (sessions.length) {
      const created = await tx.eventSession.createManyAndReturn({
        data: sessions.map((s, position) => ({ eventId, position, startsAt: s.startsAt, endsAt: s.endsAt, title: s.title })),
        select: { id: true, position: true },
      });
      const sessionIds = new Map(created.map((s) => [s.position, s.id]));
      const perSession = new Map<number, number>();
      const rows = speakers.map((sp) => {
        const position = perSession.get(sp.session) ?? 0;
        perSession.set(sp.session, position + 1);
        return { sessionId: sessionIds.get(sp.session - 1)!, personRoleId: sp.personRoleId, talkTitle: sp.talkTitle, position };
      });
      if (rows.length) await tx.sessionSpeaker.createMany({ data: rows });
    }

    await tx.eventSector.deleteMany({ where: { eventId } });
    if (sectorIds.length) await tx.eventSector.createMany({ data: sectorIds.map((sectorId) => ({ eventId, sectorId })) });
    await writeCitations(tx, "eventId", eventId, citations);
    return eventId;
  },

  async usedBy(tx, id) {
    // One query at a time: a transaction has a single connection.
    const subEvents = await tx.event.findMany({ where: { parentEventId: id }, orderBy: [{ name: "asc" }, { id: "asc" }], take: 20, select: { name: true, status: true } });
    const agreements = await tx.agreement.findMany({ where: { eventId: id }, orderBy: [{ title: "asc" }, { id: "asc" }], take: 20, select: { title: true, status: true } });
    return [
      ...describe("Event held within it", subEvents.map((e) => e.name + trashed(e.status))),
      ...describe("Agreement", agreements.map((a) => a.title + trashed(a.status))),
    ];
  },

  async searchDocs(tx, id) {
    // An agreement's document shows its event's name.
    const agreements = await tx.agreement.findMany({ where: { eventId: id }, select: { id: true } });
    return [
      { type: "EVENT", ids: [id] },
      { type: "AGREEMENT", ids: agreements.map((a) => a.id) },
    ];
  },
};
