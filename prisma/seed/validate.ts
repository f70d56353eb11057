// Checks the seed dataset before anything is written: every reference resolves,
// every date parses, and every quoted passage really occurs in its source text.
import { readFileSync } from "node:fs";
import path from "node:path";
import { parsePartialDate } from "../../src/lib/dates";
import { normaliseForQuote } from "../../src/lib/quotes";
import { isSlug } from "../../src/lib/slugs";
import type { SeedActor, SeedCitation, SeedData, SeedDate } from "./types";

export const SOURCES_DIR = path.resolve(import.meta.dirname, "sources");

export { normaliseForQuote };

export function readSourceText(fileName: string): string {
  return readFileSync(path.join(SOURCES_DIR, fileName), "utf8");
}

export function validateSeedData(data: SeedData): string[] {
  const errors: string[] = [];
  const slugsOf = (list: { slug: string }[], kind: string) => {
    const set = new Set<string>();
    for (const { slug } of list) {
      if (!isSlug(slug)) errors.push(`${kind} "${slug}": not a valid slug`);
      if (set.has(slug)) errors.push(`${kind} "${slug}": duplicate slug`);
      set.add(slug);
    }
    return set;
  };
  const sectors = slugsOf(data.sectors, "sector");
  const regions = slugsOf(data.regions, "region");
  const organisations = slugsOf(data.organisations, "organisation");
  slugsOf(data.people, "person");
  const sources = slugsOf(data.sources, "source");
  const missions = slugsOf(data.missions, "mission");
  const events = slugsOf(data.events, "event");
  slugsOf(data.agreements, "agreement");
  slugsOf(data.pairs, "pair");
  const roles = new Set(data.people.flatMap((p) => p.roles.map((r) => `${p.slug}/${r.key}`)));
  const texts = new Map(data.sources.map((s) => [s.slug, normaliseForQuote(readSourceText(s.fileName))]));

  const ref = (set: Set<string>, value: string | undefined, where: string, kind: string) => {
    if (value !== undefined && !set.has(value)) errors.push(`${where}: unknown ${kind} "${value}"`);
  };
  const actor = (value: SeedActor, where: string) => {
    if (Boolean(value.region) === Boolean(value.organisation)) errors.push(`${where}: give exactly one of region, organisation`);
    ref(regions, value.region, where, "region");
    ref(organisations, value.organisation, where, "organisation");
  };
  const date = (value: SeedDate | undefined, where: string) => {
    if (value && !parsePartialDate(value.on)) errors.push(`${where}: "${value.on}" is not YYYY, YYYY-MM or YYYY-MM-DD`);
  };
  const cite = (list: SeedCitation[] | undefined, where: string) => {
    for (const c of list ?? []) {
      ref(sources, c.source, where, "source");
      const text = texts.get(c.source);
      if (text && !text.includes(normaliseForQuote(c.quote))) errors.push(`${where}: quote not found in ${c.source}: "${c.quote.slice(0, 60)}…"`);
    }
  };

  for (const s of data.sectors) ref(sectors, s.parent, `sector ${s.slug}`, "sector");
  for (const r of data.regions) {
    ref(regions, r.parent, `region ${r.slug}`, "region");
    if (!/^[A-Z]{2}$/.test(r.country)) errors.push(`region ${r.slug}: country must be ISO 3166-1 alpha-2`);
    cite(r.citations, `region ${r.slug}`);
  }
  for (const o of data.organisations) {
    ref(regions, o.homeRegion, `organisation ${o.slug}`, "region");
    ref(organisations, o.parent, `organisation ${o.slug}`, "organisation");
    for (const s of o.sectors ?? []) ref(sectors, s, `organisation ${o.slug}`, "sector");
    cite(o.citations, `organisation ${o.slug}`);
  }
  for (const p of data.people) {
    for (const r of p.roles) {
      ref(regions, r.region, `person ${p.slug}`, "region");
      ref(organisations, r.organisation, `person ${p.slug}`, "organisation");
    }
    cite(p.citations, `person ${p.slug}`);
  }
  for (const s of data.sources) date(s.published, `source ${s.slug}`);
  for (const m of data.missions) {
    const where = `mission ${m.slug}`;
    ref(roles, m.leader, where, "person role");
    ref(regions, m.origin, where, "region");
    ref(organisations, m.originOrganisation, where, "organisation");
    ref(regions, m.destination, where, "region");
    date(m.starts, where); date(m.ends, where);
    for (const a of m.participants ?? []) actor(a, where);
    for (const s of m.sectors ?? []) ref(sectors, s, where, "sector");
    cite(m.citations, where);
  }
  for (const e of data.events) {
    const where = `event ${e.slug}`;
    date(e.starts, where); date(e.ends, where);
    ref(regions, e.city, where, "region");
    ref(missions, e.mission, where, "mission");
    ref(events, e.parent, where, "event");
    for (const a of e.participants ?? []) actor(a, where);
    for (const s of e.sessions ?? []) for (const sp of s.speakers ?? []) ref(roles, sp.role, where, "person role");
    for (const s of e.sectors ?? []) ref(sectors, s, where, "sector");
    cite(e.citations, where);
  }
  for (const a of data.agreements) {
    const where = `agreement ${a.slug}`;
    date(a.signed, where); date(a.starts, where); date(a.ends, where);
    ref(regions, a.place, where, "region");
    ref(missions, a.mission, where, "mission");
    ref(events, a.event, where, "event");
    if (a.parties.length === 0) errors.push(`${where}: no parties`);
    for (const p of a.parties) actor(p, where);
    for (const s of a.signatories ?? []) ref(roles, s, where, "person role");
    for (const s of a.sectors ?? []) ref(sectors, s, where, "sector");
    if (a.citations.length === 0) errors.push(`${where}: no citation`);
    cite(a.citations, where);
  }
  for (const p of data.pairs) {
    actor(p.europe, `pair ${p.slug}`);
    actor(p.japan, `pair ${p.slug}`);
  }
  return errors;
}
