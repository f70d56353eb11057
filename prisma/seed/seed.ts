// Loads the hand-written dataset (data/) into the database. Idempotent and
// non-destructive: a record whose slug already exists is left exactly as it is
// (an editor may have changed it), only missing records are created, each with
// its relations and citations. The whole run is one transaction.
import type { PrismaClient } from "../../src/generated/prisma/client";
import { parsePartialDate } from "../../src/lib/dates";
import { seedData } from "./data/index";
import type { SeedActor, SeedCitation, SeedData, SeedDate } from "./types";
import { readSourceText, validateSeedData } from "./validate";

type Tx = Parameters<Parameters<PrismaClient["$transaction"]>[0]>[0];
export type SeedReport = Record<string, number>;

/** The three columns of one date: `${prefix}On`, `${prefix}Precision`, `${prefix}InferredFrom`. */
function dateColumns<P extends string>(prefix: P, value: SeedDate | undefined) {
  const parsed = value ? parsePartialDate(value.on) : null;
  return {
    [`${prefix}On`]: parsed?.date ?? null,
    [`${prefix}Precision`]: parsed?.precision ?? "UNKNOWN",
    [`${prefix}InferredFrom`]: parsed ? (value?.inferredFrom ?? null) : null,
  } as Record<`${P}On`, Date | null> & Record<`${P}Precision`, "DAY" | "MONTH" | "YEAR" | "UNKNOWN"> & Record<`${P}InferredFrom`, string | null>;
}

/**
 * Creates the missing items of a list whose parent is an item of the same list
 * (a region's region, a fair's workshop), parents first, in as many passes as
 * the nesting needs. `ids` maps slug to id and gains every created item.
 */
async function createParentsFirst<T extends { slug: string; parent?: string }>(
  kind: string,
  items: T[],
  ids: Map<string, number>,
  create: (item: T) => Promise<number>,
): Promise<number> {
  let pending = items.filter((item) => !ids.has(item.slug));
  let created = 0;
  while (pending.length) {
    const ready = pending.filter((item) => !item.parent || ids.has(item.parent));
    if (!ready.length) throw new Error(`seed: ${kind} parents form a cycle or are missing: ${pending.map((i) => i.slug).join(", ")}`);
    for (const item of ready) {
      ids.set(item.slug, await create(item));
      created++;
    }
    pending = pending.filter((item) => !ready.includes(item));
  }
  return created;
}

export async function seed(prisma: PrismaClient, data: SeedData = seedData): Promise<SeedReport> {
  const errors = validateSeedData(data);
  if (errors.length) throw new Error(`The seed dataset is inconsistent:\n- ${errors.join("\n- ")}`);
  return prisma.$transaction((tx) => load(tx, data), { timeout: 120_000, maxWait: 30_000 });
}

async function load(tx: Tx, data: SeedData): Promise<SeedReport> {
  const created: SeedReport = {};
  const count = (kind: string, n = 1) => {
    if (n > 0) created[kind] = (created[kind] ?? 0) + n;
  };
  const ids = async (table: "region" | "organisation" | "sector" | "source" | "mission" | "event") => {
    const rows: { id: number; slug: string }[] = await (tx[table] as unknown as {
      findMany: (args: object) => Promise<{ id: number; slug: string }[]>;
    }).findMany({ select: { id: true, slug: true } });
    return new Map(rows.map((row) => [row.slug, row.id]));
  };
  const must = (map: Map<string, number>, slug: string) => {
    const id = map.get(slug);
    if (id === undefined) throw new Error(`seed: no record with slug "${slug}"`);
    return id;
  };
  const existing = async (table: "person" | "agreement" | "pair") =>
    new Set(
      (await (tx[table] as unknown as { findMany: (args: object) => Promise<{ slug: string }[]> }).findMany({
        select: { slug: true },
      })).map((r) => r.slug),
    );

  const sectors = await ids("sector");
  count("sectors", await createParentsFirst("sector", data.sectors, sectors, async (s) => {
    const row = await tx.sector.create({
      data: {
        slug: s.slug, name: s.name, nameFr: s.nameFr, synonyms: s.synonyms ?? [], summary: s.summary ?? "",
        position: data.sectors.indexOf(s), parentId: s.parent ? must(sectors, s.parent) : null,
      },
    });
    return row.id;
  }));

  // Sources (their full text is read from prisma/seed/sources/).
  const sources = await ids("source");
  for (const s of data.sources) {
    if (sources.has(s.slug)) continue;
    const row = await tx.source.create({
      data: {
        slug: s.slug, title: s.title, publisher: s.publisher, language: s.language, kind: s.kind, url: s.url,
        fileName: s.fileName, summary: s.summary, text: readSourceText(s.fileName), ...dateColumns("published", s.published),
      },
    });
    sources.set(s.slug, row.id);
    count("sources");
  }
  const citations = (list: SeedCitation[] | undefined, target: Record<string, number>) =>
    (list ?? []).map((c, position) => ({ sourceId: must(sources, c.source), quote: c.quote, field: c.field ?? null, position, ...target }));

  const regions = await ids("region");
  count("regions", await createParentsFirst("region", data.regions, regions, async (r) => {
    const row = await tx.region.create({
      data: {
        slug: r.slug, name: r.name, localNames: r.localNames ?? {}, kind: r.kind, country: r.country, side: r.side,
        parentId: r.parent ? must(regions, r.parent) : null, iso3166_2: r.iso3166_2, nuts: r.nuts, wikidataId: r.wikidataId,
        latitude: r.latitude, longitude: r.longitude, summary: r.summary ?? "",
      },
    });
    await tx.citation.createMany({ data: citations(r.citations, { regionId: row.id }) });
    return row.id;
  }));

  const organisations = await ids("organisation");
  count("organisations", await createParentsFirst("organisation", data.organisations, organisations, async (o) => {
    const row = await tx.organisation.create({
      data: {
        slug: o.slug, name: o.name, localNames: o.localNames ?? {}, kind: o.kind, website: o.website, summary: o.summary ?? "",
        homeRegionId: o.homeRegion ? must(regions, o.homeRegion) : null,
        homeRegionInferredFrom: o.homeRegion ? (o.homeRegionInferredFrom ?? null) : null,
        parentId: o.parent ? must(organisations, o.parent) : null,
        sectors: { create: (o.sectors ?? []).map((s) => ({ sectorId: must(sectors, s) })) },
      },
    });
    await tx.citation.createMany({ data: citations(o.citations, { organisationId: row.id }) });
    return row.id;
  }));
  const actor = (a: SeedActor) => ({
    regionId: a.region ? must(regions, a.region) : null,
    organisationId: a.organisation ? must(organisations, a.organisation) : null,
  });

  // People and the roles they act in.
  const people = await existing("person");
  for (const p of data.people) {
    if (people.has(p.slug)) continue;
    const row = await tx.person.create({
      data: {
        slug: p.slug, name: p.name, localNames: p.localNames ?? {}, note: p.note ?? "",
        roles: {
          create: p.roles.map((r) => ({
            title: r.title,
            regionId: r.region ? must(regions, r.region) : null,
            organisationId: r.organisation ? must(organisations, r.organisation) : null,
          })),
        },
      },
    });
    await tx.citation.createMany({ data: citations(p.citations, { personId: row.id }) });
    count("people");
  }
  const roleRows = await tx.personRole.findMany({ select: { id: true, title: true, person: { select: { slug: true } } } });
  const roles = new Map<string, number>();
  for (const p of data.people) {
    for (const r of p.roles) {
      const found = roleRows.find((row) => row.person.slug === p.slug && row.title === r.title);
      if (found) roles.set(`${p.slug}/${r.key}`, found.id);
    }
  }
  const role = (key: string) => must(roles, key);

  const missions = await ids("mission");
  for (const m of data.missions) {
    if (missions.has(m.slug)) continue;
    const row = await tx.mission.create({
      data: {
        slug: m.slug, title: m.title, summary: m.summary, delegation: m.delegation ?? "", themes: m.themes ?? [],
        leaderRoleId: m.leader ? role(m.leader) : null,
        originRegionId: m.origin ? must(regions, m.origin) : null,
        originOrganisationId: m.originOrganisation ? must(organisations, m.originOrganisation) : null,
        destinationRegionId: m.destination ? must(regions, m.destination) : null,
        ...dateColumns("starts", m.starts), ...dateColumns("ends", m.ends),
        participants: { create: (m.participants ?? []).map((p) => ({ ...actor(p), role: p.role })) },
        sectors: { create: (m.sectors ?? []).map((s) => ({ sectorId: must(sectors, s) })) },
      },
    });
    missions.set(m.slug, row.id);
    await tx.citation.createMany({ data: citations(m.citations, { missionId: row.id }) });
    count("missions");
  }

  // Events: a fair before the workshops held within it.
  const events = await ids("event");
  count("events", await createParentsFirst("event", data.events, events, async (e) => {
    const row = await tx.event.create({
      data: {
        slug: e.slug, name: e.name, kind: e.kind, summary: e.summary,
        ...dateColumns("starts", e.starts), ...dateColumns("ends", e.ends),
        venue: e.venue, cityRegionId: e.city ? must(regions, e.city) : null, placeInferredFrom: e.placeInferredFrom,
        attendance: e.attendance, attendanceNote: e.attendanceNote,
        missionId: e.mission ? must(missions, e.mission) : null,
        parentEventId: e.parent ? must(events, e.parent) : null,
        participants: { create: (e.participants ?? []).map((p) => ({ ...actor(p), role: p.role })) },
        sectors: { create: (e.sectors ?? []).map((s) => ({ sectorId: must(sectors, s) })) },
      },
    });
    for (const [position, s] of (e.sessions ?? []).entries()) {
      await tx.eventSession.create({
        data: {
          eventId: row.id, position, startsAt: s.startsAt, endsAt: s.endsAt, title: s.title,
          speakers: { create: (s.speakers ?? []).map((sp, i) => ({ personRoleId: role(sp.role), talkTitle: sp.talkTitle, position: i })) },
        },
      });
    }
    await tx.citation.createMany({ data: citations(e.citations, { eventId: row.id }) });
    return row.id;
  }));

  const agreements = await existing("agreement");
  for (const a of data.agreements) {
    if (agreements.has(a.slug)) continue;
    const row = await tx.agreement.create({
      data: {
        slug: a.slug, title: a.title, titleOriginal: a.titleOriginal, kind: a.kind, agreementStatus: a.agreementStatus,
        summary: a.summary, commitments: a.commitments ?? [],
        ...dateColumns("signed", a.signed), ...dateColumns("starts", a.starts), ...dateColumns("ends", a.ends),
        durationMonths: a.durationMonths,
        placeRegionId: a.place ? must(regions, a.place) : null, placeDetail: a.placeDetail, placeInferredFrom: a.placeInferredFrom,
        missionId: a.mission ? must(missions, a.mission) : null,
        eventId: a.event ? must(events, a.event) : null,
        parties: { create: a.parties.map((p, position) => ({ ...actor(p), role: p.role ?? "SIGNATORY", position })) },
        signatories: { create: (a.signatories ?? []).map((s, position) => ({ personRoleId: role(s), position })) },
        sectors: { create: (a.sectors ?? []).map((s) => ({ sectorId: must(sectors, s) })) },
      },
    });
    await tx.citation.createMany({ data: citations(a.citations, { agreementId: row.id }) });
    count("agreements");
  }

  const pairs = await existing("pair");
  for (const p of data.pairs) {
    if (pairs.has(p.slug)) continue;
    const europe = actor(p.europe);
    const japan = actor(p.japan);
    await tx.pair.create({
      data: {
        slug: p.slug, name: p.name, summary: p.summary,
        europeRegionId: europe.regionId, europeOrganisationId: europe.organisationId,
        japanRegionId: japan.regionId, japanOrganisationId: japan.organisationId,
      },
    });
    count("pairs");
  }
  // Search documents are derived from everything above (see the search migration).
  if (Object.keys(created).length) await tx.$executeRaw`SELECT kizuna_search_refresh()`;
  return created;
}
