import { readFileSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { RecordType } from "@/generated/prisma/client";
import { toRaw, type RawRow, type RawValues } from "@/lib/admin/fields";
import { FORMS } from "@/lib/admin/forms";
import { SOURCE_TEXT_MAX } from "@/lib/admin/forms/source";
import { parseSearchParams } from "@/lib/search-params";
import { changeStatus, getEditable, listRevisions, saveRecord, type Values } from "@/server/admin/records";
import { suggestMentions } from "@/server/admin/source-tools";
import { refreshSearch, search } from "@/server/search/queries";
import { createTestEditor, idOfSlug, removeTestEditor, testPrisma } from "../support/db";

// The admin modules for missions, events and sources, through the generic
// write layer, on the seeded directory. Records created here are removed
// afterwards, and seed records are only saved unchanged or refused, so that
// the other test files (which count and search the seed) see the directory
// as seeded.
const prisma = testPrisma();
let viewer: { id: number };
const created = { mission: [] as number[], event: [] as number[], source: [] as number[] };

const SEED_SOURCES = path.resolve(import.meta.dirname, "../../prisma/seed/sources");
const LYON_SOURCE = "lyon-mission-japan-2016-journal-eco";
const LYON_QUOTE = "Plusieurs accords ont été signés en marge de ce déplacement.";

const raw = (type: RecordType, values: Values) => toRaw(FORMS[type]!, values);

async function editable(type: RecordType, id: number) {
  const record = await getEditable(type, id);
  expect(record, `${type} ${id}`).not.toBeNull();
  return record!;
}

/** Saves the record's current values, as the form shows them, with `change` applied. */
async function edit(type: RecordType, id: number, change: (raw: RawValues) => RawValues) {
  const record = await editable(type, id);
  return saveRecord(viewer, type, id, record.version, change(raw(type, record.values)));
}

async function create(type: "mission" | "event" | "source", values: RawValues) {
  const result = await saveRecord(viewer, type, null, null, values);
  expect(result).toMatchObject({ ok: true, version: 1 });
  const id = result.ok ? result.id : 0;
  created[type].push(id);
  return id;
}

/** Saving the loaded values as the form would show them changes nothing. */
async function expectRoundTrip(type: RecordType, id: number) {
  const record = await editable(type, id);
  const again = await saveRecord(viewer, type, id, record.version, raw(type, record.values));
  expect(again, `${type} ${record.slug}`).toEqual({ ok: true, id, version: record.version, unchanged: true });
}

async function lastChanges(type: RecordType, id: number) {
  const [latest] = await listRevisions(type, id);
  return latest.changes.map((c) => c.field);
}

/** The field errors of a save that must be refused. */
async function refused(type: "mission" | "event" | "source", id: number | null, values: RawValues) {
  const version = id === null ? null : (await editable(type, id)).version;
  const result = await saveRecord(viewer, type, id, version, values);
  expect(result.ok).toBe(false);
  return result.ok ? {} : (result.fieldErrors ?? {});
}

async function expectDeleteRefused(type: RecordType, id: number, users: string[]) {
  const record = await editable(type, id);
  const result = await changeStatus(viewer, type, id, record.version, "delete");
  expect(result.ok).toBe(false);
  expect(!result.ok && result.usedBy).toEqual(expect.arrayContaining(users));
  const after = await editable(type, id);
  expect(after.status).toBe(record.status);
  expect(after.version).toBe(record.version);
}

const idOf = (table: "region" | "organisation" | "sector" | "source" | "mission" | "event", slug: string) => idOfSlug(prisma, table, slug);
const roleOf = async (person: string) => (await prisma.personRole.findFirstOrThrow({ where: { person: { slug: person } }, orderBy: { id: "asc" }, select: { id: true } })).id;
const date = (value: string, inferredFrom = "") => ({ value, inferredFrom });
const slugs = (list: { slug: string }[]) => list.map((x) => x.slug);

beforeAll(async () => {
  viewer = await createTestEditor(prisma, "Records test editor B");
});

afterAll(async () => {
  try {
    // Sub-events first: their parent is one of ours.
    for (const id of [...created.event].reverse()) await prisma.event.delete({ where: { id } });
    for (const id of created.mission) await prisma.mission.delete({ where: { id } });
    for (const id of created.source) await prisma.source.delete({ where: { id } });
    if (created.event.length) await refreshSearch("EVENT", created.event);
    if (created.mission.length) await refreshSearch("MISSION", created.mission);
    if (created.source.length) await refreshSearch("SOURCE", created.source);
    if (viewer) await removeTestEditor(prisma, viewer);
  } finally {
    await prisma.$disconnect();
  }
});

// ---------------------------------------------------------------- missions

describe("mission admin", () => {
  let missionId = 0;
  const missionForm = async (): Promise<RawValues> => {
    const [lyon, kyoto, tokyo, frenchTech, tourism, digital, source] = await Promise.all([
      idOf("region", "lyon"), idOf("region", "kyoto-prefecture"), idOf("region", "tokyo"), idOf("organisation", "lyon-french-tech"),
      idOf("sector", "tourism"), idOf("sector", "digital"), idOf("source", LYON_SOURCE),
    ]);
    return {
      title: "  Test mission from Lyon to Kyoto ", slug: "test-admin-b-mission", summary: "A mission created by the admin test.\r\nSecond line.",
      delegation: "Elected officials", themes: ["Innovation", "Tourism"], leaderRoleId: String(await roleOf("gerard-collomb")),
      originRegionId: String(lyon), originOrganisationId: "", destinationRegionId: String(kyoto),
      starts: date("2016-09-30"), ends: date("2016-10", "the article gives the month only"),
      participants: [
        { actor: `organisation:${frenchTech}`, role: "part of the delegation" },
        { actor: `region:${tokyo}`, role: "visited" },
      ],
      sectorIds: [String(tourism), String(digital), String(tourism)],
      citations: [{ sourceId: String(source), field: "startsOn", quote: "du 30 septembre au 7 octobre 2016" }],
    };
  };

  it("creates a draft from the posted form and loads back exactly what was saved", async () => {
    missionId = await create("mission", await missionForm());
    const [lyon, kyoto, tokyo, frenchTech, tourism, digital, source, leader] = await Promise.all([
      idOf("region", "lyon"), idOf("region", "kyoto-prefecture"), idOf("region", "tokyo"), idOf("organisation", "lyon-french-tech"),
      idOf("sector", "tourism"), idOf("sector", "digital"), idOf("source", LYON_SOURCE), roleOf("gerard-collomb"),
    ]);
    const record = await editable("mission", missionId);
    expect(record.status).toBe("DRAFT");
    expect(record.values).toEqual({
      title: "Test mission from Lyon to Kyoto", slug: "test-admin-b-mission", summary: "A mission created by the admin test.\nSecond line.",
      delegation: "Elected officials", themes: ["Innovation", "Tourism"], leaderRoleId: leader,
      originRegionId: lyon, originOrganisationId: null, destinationRegionId: kyoto,
      starts: { value: "2016-09-30", inferredFrom: null }, ends: { value: "2016-10", inferredFrom: "the article gives the month only" },
      participants: [{ actor: `organisation:${frenchTech}`, role: "part of the delegation" }, { actor: `region:${tokyo}`, role: "visited" }],
      sectorIds: [tourism, digital].sort((a, b) => a - b),
      citations: [{ sourceId: source, field: "startsOn", quote: "du 30 septembre au 7 octobre 2016" }],
    });
    await expectRoundTrip("mission", missionId);
  });

  it("saves every seed mission unchanged when nothing was edited", async () => {
    for (const { id } of await prisma.mission.findMany({ where: { slug: { not: { startsWith: "test-" } } }, select: { id: true } })) {
      await expectRoundTrip("mission", id);
    }
  });

  it("records only the edited field in the revision", async () => {
    const result = await edit("mission", missionId, (r) => ({ ...r, delegation: "Elected officials and business leaders" }));
    expect(result).toMatchObject({ ok: true, version: 2 });
    expect(await lastChanges("mission", missionId)).toEqual(["delegation"]);
  });

  it("refuses an end before the start, on the end date's input", async () => {
    const errors = await refused("mission", null, { ...(await missionForm()), slug: "test-admin-b-mission-bad", starts: date("2016-10-07"), ends: date("2016-09") });
    expect(errors["ends.value"]).toMatch(/before the start/);
  });

  it("refuses an end month that the database would store before a start day of the same month", async () => {
    const errors = await refused("mission", missionId, { ...raw("mission", (await editable("mission", missionId)).values), starts: date("2016-11-08"), ends: date("2016-11") });
    expect(errors["ends.value"]).toMatch(/as precisely as the start/);
    expect((await editable("mission", missionId)).values.starts).toEqual({ value: "2016-09-30", inferredFrom: null });
  });

  it("refuses a participant given as something other than a region or organisation", async () => {
    const form = await missionForm();
    const errors = await refused("mission", null, { ...form, slug: "test-admin-b-mission-bad", participants: [{ actor: "person:1", role: "met" }] });
    expect(errors["participants.0.actor"]).toMatch(/region or organisation/);
  });

  it("moves an unused mission to the trash and back", async () => {
    const before = await editable("mission", missionId);
    expect(await changeStatus(viewer, "mission", missionId, before.version, "delete")).toMatchObject({ ok: true });
    expect(await changeStatus(viewer, "mission", missionId, before.version + 1, "restore")).toMatchObject({ ok: true });
    expect((await editable("mission", missionId)).status).toBe("DRAFT");
  });

  it("refuses to trash a mission that agreements and events are attached to, listing them", async () => {
    await expectDeleteRefused("mission", await idOf("mission", "lyon-mission-japan-2016"), [
      "Agreement: Cooperation accord between Knowledge Capital and TUBA",
      "Event: CEATEC JAPAN 2016",
      "Event: ONLY LYON evening in Tokyo",
    ]);
  });
});

// ---------------------------------------------------------------- events

describe("event admin", () => {
  let eventId = 0;
  let subEventId = 0;
  let ids: Record<string, number> = {};

  beforeAll(async () => {
    const [cologne, bioEurope, lyonMission, lyonbiopole, osaka, biotech, source, collomb, delga] = await Promise.all([
      idOf("region", "cologne"), idOf("event", "bio-europe-fall-2016"), idOf("mission", "lyon-mission-japan-2016"),
      idOf("organisation", "lyonbiopole"), idOf("region", "osaka-prefecture"), idOf("sector", "biotech"),
      idOf("source", "bioxclusters-plus-osaka-bio-headquarters"), roleOf("gerard-collomb"), roleOf("carole-delga"),
    ]);
    ids = { cologne, bioEurope, lyonMission, lyonbiopole, osaka, biotech, source, collomb, delga };
  });

  const sessions: RawRow[] = [
    { startsAt: "9:30", endsAt: "10:00", title: "Opening" },
    { startsAt: "10:00", endsAt: "11:30", title: "Panel on clusters" },
  ];
  const eventForm = (): RawValues => ({
    name: "Quokkafest cluster forum", slug: "test-admin-b-event", kind: "SEMINAR", summary: "An event created by the admin test.",
    starts: date("2016-11-08"), ends: date("2016-11-09"), venue: "Koelnmesse", cityRegionId: String(ids.cologne),
    placeInferredFrom: "", attendance: "120", attendanceNote: "about 120 people", missionId: String(ids.lyonMission), parentEventId: String(ids.bioEurope),
    participants: [{ actor: `organisation:${ids.lyonbiopole}`, role: "ORGANISER" }, { actor: `region:${ids.osaka}`, role: "PARTICIPANT" }],
    sessions,
    // Given out of programme order: they are kept in programme order.
    speakers: [
      { session: "2", personRoleId: String(ids.collomb), talkTitle: "Clusters and cities" },
      { session: "1", personRoleId: String(ids.delga), talkTitle: "" },
    ],
    sectorIds: [String(ids.biotech)],
    citations: [{ sourceId: String(ids.source), field: "", quote: "Bio Europe Fall" }],
  });

  it("creates a draft with its programme and loads back exactly what was saved", async () => {
    eventId = await create("event", eventForm());
    const record = await editable("event", eventId);
    expect(record.status).toBe("DRAFT");
    expect(record.values).toEqual({
      name: "Quokkafest cluster forum", slug: "test-admin-b-event", kind: "SEMINAR", summary: "An event created by the admin test.",
      starts: { value: "2016-11-08", inferredFrom: null }, ends: { value: "2016-11-09", inferredFrom: null },
      venue: "Koelnmesse", cityRegionId: ids.cologne, placeInferredFrom: null, attendance: 120, attendanceNote: "about 120 people",
      missionId: ids.lyonMission, parentEventId: ids.bioEurope,
      participants: [{ actor: `organisation:${ids.lyonbiopole}`, role: "ORGANISER" }, { actor: `region:${ids.osaka}`, role: "PARTICIPANT" }],
      sessions: [{ startsAt: "09:30", endsAt: "10:00", title: "Opening" }, { startsAt: "10:00", endsAt: "11:30", title: "Panel on clusters" }],
      speakers: [
        { session: 1, personRoleId: ids.delga, talkTitle: null },
        { session: 2, personRoleId: ids.collomb, talkTitle: "Clusters and cities" },
      ],
      sectorIds: [ids.biotech],
      citations: [{ sourceId: ids.source, field: null, quote: "Bio Europe Fall" }],
    });
    // Positions count the programme's rows from 0, as the seed stores them; each speaker sits in its own session.
    const stored = await prisma.eventSession.findMany({ where: { eventId }, orderBy: { position: "asc" }, select: { position: true, title: true, speakers: { select: { personRoleId: true } } } });
    expect(stored).toEqual([
      { position: 0, title: "Opening", speakers: [{ personRoleId: ids.delga }] },
      { position: 1, title: "Panel on clusters", speakers: [{ personRoleId: ids.collomb }] },
    ]);
    await expectRoundTrip("event", eventId);
  });

  it("saves every seed event unchanged when nothing was edited, programmes included", async () => {
    for (const { id } of await prisma.event.findMany({ where: { slug: { not: { startsWith: "test-" } } }, select: { id: true } })) {
      await expectRoundTrip("event", id);
    }
  });

  it("keeps the speakers when a session is edited, and records only the programme as changed", async () => {
    const before = await editable("event", eventId);
    const result = await edit("event", eventId, (r) => ({ ...r, sessions: (r.sessions as RawRow[]).map((s, i) => (i === 1 ? { ...s, title: "Panel on cluster alliances" } : s)) }));
    expect(result).toMatchObject({ ok: true, version: before.version + 1 });
    expect(await lastChanges("event", eventId)).toEqual(["sessions"]);
    expect((await editable("event", eventId)).values.speakers).toEqual(before.values.speakers);
  });

  it("refuses a speaker whose session number is not in the programme", async () => {
    const errors = await refused("event", eventId, { ...eventForm(), speakers: [{ session: "3", personRoleId: String(ids.collomb), talkTitle: "" }] });
    expect(errors["speakers.0.session"]).toMatch(/no session 3.*2 sessions/);
    const none = await refused("event", eventId, { ...eventForm(), sessions: [], speakers: [{ session: "1", personRoleId: String(ids.collomb), talkTitle: "" }] });
    expect(none["speakers.0.session"]).toMatch(/no session 1/);
  });

  it("refuses session times that are not HH:MM, or that end before they start", async () => {
    const errors = await refused("event", eventId, {
      ...eventForm(),
      sessions: [{ startsAt: "25:00", endsAt: "9h30", title: "Opening" }, { startsAt: "11:00", endsAt: "10:30", title: "Panel" }],
    });
    expect(errors["sessions.0.startsAt"]).toMatch(/24-hour/);
    expect(errors["sessions.0.endsAt"]).toMatch(/24-hour/);
    expect(errors["sessions.1.endsAt"]).toMatch(/ends before it starts/);
  });

  it("refuses an end before the start and an attendance that is not a whole number", async () => {
    const errors = await refused("event", null, { ...eventForm(), slug: "test-admin-b-event-bad", starts: date("2016-11-09"), ends: date("2016-11-08"), attendance: "many" });
    expect(errors["ends.value"]).toMatch(/before the start/);
    expect(errors.attendance).toMatch(/whole number/);
  });

  it("refuses to make an event part of itself or of one of its own sub-events", async () => {
    subEventId = await create("event", { ...eventForm(), name: "Quokkafest side workshop", slug: "test-admin-b-sub-event", kind: "WORKSHOP", parentEventId: String(eventId), citations: [] });
    const self = await edit("event", eventId, (r) => ({ ...r, parentEventId: String(eventId) }));
    expect(!self.ok && self.fieldErrors?.parentEventId).toMatch(/part of itself/);
    const loop = await edit("event", eventId, (r) => ({ ...r, parentEventId: String(subEventId) }));
    expect(!loop.ok && loop.fieldErrors?.parentEventId).toMatch(/its own sub-events/);
  });

  it("refuses to trash an event that sub-events or agreements belong to, listing them", async () => {
    await expectDeleteRefused("event", eventId, ["Event held within it: Quokkafest side workshop"]);
    await expectDeleteRefused("event", await idOf("event", "eu-japan-cluster-matchmaking-event-2016"), [
      "Agreement: Cooperation agreement (memorandum of understanding) between bioXclusters Plus and Osaka Bio Headquarters",
    ]);
  });

  it("is found by the public search once published, not before", async () => {
    const find = async () => {
      const { params } = parseSearchParams({ q: "Quokkafest", type: "event" });
      return slugs((await search(params)).hits);
    };
    expect(await find()).not.toContain("test-admin-b-event");
    const record = await editable("event", eventId);
    expect(await changeStatus(viewer, "event", eventId, record.version, "publish")).toMatchObject({ ok: true, version: record.version + 1 });
    expect(await find()).toContain("test-admin-b-event");
  });
});

// ---------------------------------------------------------------- sources

describe("source admin", () => {
  let sourceId = 0;
  const TEXT = "The Quokka Gazette reports that the cluster forum opened in Cologne.\n\nAn agreement was signed on 8 November 2016.";
  const sourceForm = (): RawValues => ({
    title: "Quokka Gazette report on the cluster forum", slug: "test-admin-b-source", publisher: "Quokka Gazette", language: "en", kind: "NEWS",
    url: "https://news.example.org/quokka", fileName: "", summary: "", text: `${TEXT}\r\n`, published: date("2016-11"),
  });

  it("creates a draft from the posted form and loads back exactly what was saved", async () => {
    sourceId = await create("source", sourceForm());
    const record = await editable("source", sourceId);
    expect(record.status).toBe("DRAFT");
    expect(record.values).toEqual({
      title: "Quokka Gazette report on the cluster forum", slug: "test-admin-b-source", publisher: "Quokka Gazette", language: "en", kind: "NEWS",
      url: "https://news.example.org/quokka", fileName: null, summary: "", text: TEXT, published: { value: "2016-11", inferredFrom: null },
    });
    await expectRoundTrip("source", sourceId);
  });

  it("saves every seed source unchanged when nothing was edited", async () => {
    for (const { id } of await prisma.source.findMany({ where: { slug: { not: { startsWith: "test-" } } }, select: { id: true } })) {
      await expectRoundTrip("source", id);
    }
  });

  it("records only the edited field in the revision", async () => {
    const result = await edit("source", sourceId, (r) => ({ ...r, publisher: "The Quokka Gazette" }));
    expect(result).toMatchObject({ ok: true, version: 2 });
    expect(await lastChanges("source", sourceId)).toEqual(["publisher"]);
  });

  it("refuses addresses that are not http(s), such as javascript:", async () => {
    for (const url of ["javascript:alert(document.cookie)", "JavaScript:alert(1)", "data:text/html,<script>alert(1)</script>", "file:///etc/passwd"]) {
      const errors = await refused("source", null, { ...sourceForm(), slug: "test-admin-b-source-bad", url });
      expect(errors.url, url).toMatch(/https:\/\/ or http:\/\//);
    }
    const relative = await refused("source", null, { ...sourceForm(), slug: "test-admin-b-source-bad", url: "news.example.org/quokka" });
    expect(relative.url).toMatch(/full web address/);
  });

  it("refuses a language that is not a BCP 47 tag and a file name with folders", async () => {
    const errors = await refused("source", null, { ...sourceForm(), slug: "test-admin-b-source-bad", language: "French", fileName: "../../etc/passwd" });
    expect(errors.language).toMatch(/BCP 47/);
    expect(errors.fileName).toMatch(/without folders/);
  });

  it("accepts a new text that keeps the cited passages, and refuses one that loses them", async () => {
    // Our event cites "Bio Europe Fall" from a seed source; cite our own source from it too.
    const eventId = await idOf("event", "test-admin-b-event");
    const cite = await edit("event", eventId, (r) => ({
      ...r, citations: [...(r.citations as RawRow[]), { sourceId: String(sourceId), field: "venue", quote: "the cluster forum opened in Cologne" }],
    }));
    expect(cite).toMatchObject({ ok: true });

    // Rewrapped and with a sentence added: the passage is still there.
    const kept = await edit("source", sourceId, (r) => ({ ...r, text: `${TEXT.replace("forum opened", "forum\nopened")}\n\nA third paragraph.` }));
    expect(kept).toMatchObject({ ok: true });

    const lost = await edit("source", sourceId, (r) => ({ ...r, text: "The forum was held somewhere else." }));
    expect(lost.ok).toBe(false);
    expect(!lost.ok && lost.fieldErrors?.text).toMatch(/^1 citation quotes a passage .*“the cluster forum opened in Cologne” \(Event: Quokkafest cluster forum\)/);
    expect((await editable("source", sourceId)).values.text).toContain("A third paragraph.");
  });

  it("refuses to change a seed source's text so that a passage cited from it disappears", async () => {
    const id = await idOf("source", LYON_SOURCE);
    const before = await editable("source", id);
    const text = before.values.text as string;
    expect(text).toContain(LYON_QUOTE);
    const result = await edit("source", id, (r) => ({ ...r, text: text.replace(LYON_QUOTE, "") }));
    expect(result.ok).toBe(false);
    const message = !result.ok ? result.fieldErrors?.text : "";
    // Two seed citations quote this sentence: the mission's and the Knowledge Capital–TUBA accord's.
    expect(message).toMatch(/^2 citations quote passages/);
    expect(message).toContain("Plusieurs accords ont été signés");
    const after = await editable("source", id);
    expect(after.version).toBe(before.version);
    expect(after.values.text).toBe(text);
  });

  it("refuses to trash a source that records cite, listing them", async () => {
    await expectDeleteRefused("source", await idOf("source", LYON_SOURCE), [
      "Agreement: Cooperation accord between Knowledge Capital and TUBA",
      "Mission: Mayor of Lyon's mission to Japan (2016)",
      "Event: CEATEC JAPAN 2016",
    ]);
    await expectDeleteRefused("source", sourceId, ["Event: Quokkafest cluster forum"]);
  });
});

// ---------------------------------------------------------------- mentions

describe("suggestMentions", () => {
  const seedText = (file: string) => readFileSync(path.join(SEED_SOURCES, file), "utf8");

  it("finds the regions, organisations, people, sectors and dates of the Lyon mission article", async () => {
    const found = await suggestMentions(seedText("000_600e6926ac0c4cc5.txt"));
    expect(slugs(found.regions)).toEqual(expect.arrayContaining(["lyon", "japan", "tokyo"]));
    expect(slugs(found.organisations)).toEqual(expect.arrayContaining(["lyon-french-tech", "knowledge-capital", "tuba", "veolia", "enedis", "grdf", "universite-de-lyon", "only-lyon"]));
    expect(slugs(found.people)).toContain("gerard-collomb");
    expect(slugs(found.sectors)).toEqual(expect.arrayContaining(["start-ups-innovation", "smart-city"]));
    expect(found.dates).toEqual(expect.arrayContaining([
      expect.objectContaining({ text: "octobre 2016", value: "2016-10" }),
      expect.objectContaining({ value: "2016-09-30" }),
      expect.objectContaining({ text: "7 octobre 2016", value: "2016-10-07" }),
    ]));
  });

  it("finds Kyoto Prefecture, Occitanie and the companies of the Occitanie article", async () => {
    const found = await suggestMentions(seedText("001_4f5b492489b89061.txt"));
    expect(slugs(found.regions)).toEqual(expect.arrayContaining(["kyoto-prefecture", "occitanie", "montpellier", "japan", "tokyo"]));
    expect(slugs(found.organisations)).toEqual(expect.arrayContaining(["panasonic", "vogo", "sigfox", "kyocera", "horiba-medical", "kyoto-prefectural-assembly"]));
    expect(slugs(found.people)).toEqual(expect.arrayContaining(["carole-delga", "keiji-yamada"]));
  });

  it("matches accent- and case-insensitively, by whole words, and local names in Japanese", async () => {
    const latin = await suggestMentions("LYONBIOPOLE et la prefecture de KYOTO ; Jetro à Paris.");
    expect(slugs(latin.organisations)).toEqual(expect.arrayContaining(["lyonbiopole", "jetro"]));
    expect(slugs(latin.regions)).toEqual(expect.arrayContaining(["kyoto-prefecture", "paris"]));
    // "Lyon" is not mentioned by "Lyonbiopôle".
    expect(slugs(latin.regions)).not.toContain("lyon");

    const japanese = await suggestMentions("2016年11月8日、京都府知事と山田啓二氏が大阪で会談した。");
    expect(slugs(japanese.regions)).toEqual(expect.arrayContaining(["kyoto-prefecture", "osaka-prefecture", "osaka"]));
    expect(slugs(japanese.people)).toContain("keiji-yamada");
    expect(japanese.dates).toEqual([expect.objectContaining({ text: "2016年11月8日", value: "2016-11-08" })]);
    expect(slugs((await suggestMentions("京都で")).regions)).toContain("kyoto-prefecture");
    // 京都 inside 東京都 is Tokyo's name, not a mention of Kyoto.
    const tokyo = slugs((await suggestMentions("東京都で開催")).regions);
    expect(tokyo).toContain("tokyo");
    expect(tokyo).not.toContain("kyoto-prefecture");
    expect(slugs((await suggestMentions("Kyoto")).regions)).toContain("kyoto-prefecture");
  });

  it("reads a text as long as a source may be, and nothing beyond it", async () => {
    const article = seedText("001_4f5b492489b89061.txt");
    const long = `${article} `.repeat(Math.ceil(SOURCE_TEXT_MAX / (article.length + 1))).slice(0, SOURCE_TEXT_MAX);
    const found = await suggestMentions(`${long} Lyonbiopôle le 8 novembre 2016`);
    expect(slugs(found.regions)).toContain("kyoto-prefecture");
    expect(slugs(found.organisations)).not.toContain("lyonbiopole");
    expect(found.dates).toEqual([]);
  });

  it("finds sectors by their synonyms, and nothing in a text without names", async () => {
    expect(slugs((await suggestMentions("Les sciences de la vie et les jeunes pousses")).sectors)).toEqual(expect.arrayContaining(["biotech", "start-ups-innovation"]));
    expect(await suggestMentions("   ")).toEqual({ regions: [], organisations: [], people: [], sectors: [], dates: [] });
    const noise = await suggestMentions("xq zz 12 ab");
    expect([...noise.regions, ...noise.organisations, ...noise.people, ...noise.sectors]).toEqual([]);
  });
});
