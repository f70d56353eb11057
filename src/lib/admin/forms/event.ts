import { z } from "zod";
import { EVENT_KIND_LABELS, EVENT_ROLE_LABELS } from "@/lib/labels";
import type { FormDef } from "../fields";
import { actorRef, ALWAYS, endNotBeforeStart, longText, oneOf, optionalInt, optionalRef, optionalText, partialDate, refList, requiredRef, requiredText, slug } from "../schema-parts";
import { citationsField, citationsSchema, keysOf, optionsOf } from "./shared";

const CITED = ["name", "kind", "summary", "startsOn", "endsOn", "venue", "city", "attendance", "participants", "sessions", "sectors", "mission"] as const;

/** A programme time as printed, 24-hour clock: "9:30" becomes "09:30"; "" means not stated. */
const clockTime = (label: string) =>
  z
    .string()
    .transform((s) => s.trim())
    .refine((s) => s === "" || /^([01]?\d|2[0-3]):[0-5]\d$/.test(s), `${label}: a time such as 09:30 or 14:05 (24-hour clock), or empty.`)
    .transform((s) => (s === "" ? null : s.padStart(5, "0")));

const session = z.object({
  startsAt: clockTime("Starts at"),
  endsAt: clockTime("Ends at"),
  title: requiredText("Session title", 500),
});

const speaker = z.object({
  /** The session's number in the programme: 1 for the first row of sessions. */
  session: z
    .string()
    .transform((s) => s.trim())
    .refine((s) => /^[1-9]\d{0,3}$/.test(s), "Session: the number of a session in the programme above (1 for the first).")
    .transform(Number),
  personRoleId: requiredRef("Speaker"),
  talkTitle: optionalText("Talk title", 500),
});

export const EventFormSchema = z
  .object({
    name: requiredText("Name"),
    slug: slug(),
    kind: oneOf("Kind", keysOf(EVENT_KIND_LABELS)),
    summary: longText("Summary", 5000),
    starts: partialDate("Starts"),
    ends: partialDate("Ends"),
    venue: optionalText("Venue", 300),
    cityRegionId: optionalRef("City"),
    placeInferredFrom: optionalText("Place: inferred from", 500),
    attendance: optionalInt("Attendance", 0, 10_000_000),
    attendanceNote: optionalText("Attendance as the source puts it", 300),
    missionId: optionalRef("Mission"),
    parentEventId: optionalRef("Part of"),
    participants: z
      .array(z.object({ actor: actorRef("Participant"), role: oneOf("Role", keysOf(EVENT_ROLE_LABELS)) }))
      .max(100, "At most 100 participants.")
      .superRefine((rows, ctx) => {
        const seen = new Set<string>();
        rows.forEach((row, index) => {
          const key = `${row.actor} ${row.role}`;
          if (seen.has(key)) ctx.addIssue({ code: "custom", path: [index, "actor"], message: "This participant is listed twice with the same role." });
          seen.add(key);
        });
      }),
    sessions: z
      .array(session)
      .max(200, "At most 200 sessions.")
      .superRefine((rows, ctx) => {
        rows.forEach((row, index) => {
          if (row.startsAt && row.endsAt && row.endsAt < row.startsAt) {
            ctx.addIssue({ code: "custom", path: [index, "endsAt"], message: "This session ends before it starts." });
          }
        });
      }),
    speakers: z.array(speaker).max(500, "At most 500 speakers."),
    sectorIds: refList("Sectors"),
    citations: citationsSchema(CITED),
  })
  .superRefine((value, ctx) => endNotBeforeStart(ctx, value?.starts, value?.ends, "ends"), ALWAYS)
  .superRefine((value, ctx) => {
    const seen = new Set<string>();
    value.speakers.forEach((row, index) => {
      if (row.session > value.sessions.length) {
        const count = value.sessions.length;
        ctx.addIssue({
          code: "custom", path: ["speakers", index, "session"],
          message: count === 0 ? `There is no session ${row.session}: add the session to the programme first.` : `There is no session ${row.session}: the programme has ${count} session${count === 1 ? "" : "s"}.`,
        });
        return;
      }
      const key = `${row.session} ${row.personRoleId}`;
      if (seen.has(key)) ctx.addIssue({ code: "custom", path: ["speakers", index, "personRoleId"], message: `This speaker is already listed for session ${row.session}.` });
      seen.add(key);
    });
  })
  // Speakers in programme order (a stable sort keeps their order within a session), as they are read back.
  .transform((value) => ({ ...value, speakers: value.speakers.map((s, i) => ({ s, i })).sort((a, b) => a.s.session - b.s.session || a.i - b.i).map(({ s }) => s) }));

export type EventFormValues = z.output<typeof EventFormSchema>;

export const eventForm: FormDef<typeof EventFormSchema> = {
  schema: EventFormSchema,
  groups: [
    {
      heading: "Event",
      fields: [
        { kind: "text", name: "name", label: "Name", required: true, wide: true },
        { kind: "slug", name: "slug", label: "Slug", from: "name", required: true },
        { kind: "select", name: "kind", label: "Kind", options: optionsOf(EVENT_KIND_LABELS), required: true },
        { kind: "textarea", name: "summary", label: "Summary", rows: 4 },
        { kind: "refs", name: "sectorIds", label: "Sectors", target: "sector" },
        { kind: "ref", name: "missionId", label: "During the mission", target: "mission" },
        { kind: "ref", name: "parentEventId", label: "Part of", target: "event", hint: "The fair or conference this session or workshop was part of." },
      ],
    },
    {
      heading: "When and where",
      fields: [
        { kind: "date", name: "starts", label: "Starts" },
        { kind: "date", name: "ends", label: "Ends" },
        { kind: "text", name: "venue", label: "Venue", wide: true },
        { kind: "ref", name: "cityRegionId", label: "City", target: "region" },
        { kind: "text", name: "placeInferredFrom", label: "Place inferred from", hint: "Leave empty when the source states the venue and city.", wide: true },
        { kind: "number", name: "attendance", label: "Attendance", hint: "A number; leave empty if the source gives none." },
        { kind: "text", name: "attendanceNote", label: "Attendance as the source puts it", hint: "e.g. more than 400 people.", wide: true },
      ],
    },
    {
      heading: "Participants",
      fields: [
        { kind: "rows", name: "participants", label: "Participants", addLabel: "Add a participant", fields: [
          { kind: "ref", name: "actor", label: "Region or organisation", target: "actor", required: true },
          { kind: "select", name: "role", label: "Role", options: optionsOf(EVENT_ROLE_LABELS), required: true },
        ] },
      ],
    },
    {
      heading: "Programme",
      fields: [
        { kind: "rows", name: "sessions", label: "Sessions", addLabel: "Add a session", hint: "In programme order; times as printed, e.g. 14:30.", fields: [
          { kind: "text", name: "startsAt", label: "Starts at", max: 5 },
          { kind: "text", name: "endsAt", label: "Ends at", max: 5 },
          { kind: "text", name: "title", label: "Title", required: true, max: 500, wide: true },
        ] },
        { kind: "rows", name: "speakers", label: "Speakers", addLabel: "Add a speaker", hint: "Session: its number in the list of sessions above (1 for the first).", fields: [
          { kind: "number", name: "session", label: "Session", required: true },
          { kind: "ref", name: "personRoleId", label: "Person and capacity", target: "personRole", required: true },
          { kind: "text", name: "talkTitle", label: "Talk title", max: 500, wide: true },
        ] },
      ],
    },
    { heading: "Sources", fields: [citationsField(CITED)] },
  ],
};
