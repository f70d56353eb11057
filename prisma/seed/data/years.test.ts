import { describe, expect, it } from "vitest";
import { readSourceText } from "../validate";
import type { SeedActor, SeedCitation } from "../types";
import { seedData } from "./index";

// The text written for the seed (names, titles, summaries, notes) must not
// state as fact a year that its sources do not give: "BIO-Europe Fall 2016"
// when the article says only "mardi 8 novembre". A year in that text must occur
// in an article the record cites, or the sentence must say it is inferred or
// general knowledge.

const YEAR = /\b(?:19|20)\d\d\b/g;
const sourceText = new Map(seedData.sources.map((s) => [s.slug, readSourceText(s.fileName)]));
const citationsOf = new Map<string, SeedCitation[]>([
  ...seedData.regions.map((r) => [`region:${r.slug}`, r.citations ?? []] as const),
  ...seedData.organisations.map((o) => [`organisation:${o.slug}`, o.citations ?? []] as const),
]);

type Written = { where: string; texts: (string | undefined)[]; sources: string[] };

function sourcesOf(citations: SeedCitation[] | undefined): string[] {
  return [...new Set((citations ?? []).map((c) => c.source))];
}

function actorSources(actor: SeedActor): string[] {
  return sourcesOf(citationsOf.get(actor.region ? `region:${actor.region}` : `organisation:${actor.organisation}`));
}

function writtenTexts(): Written[] {
  const d = seedData;
  return [
    ...d.regions.map((r) => ({ where: `region ${r.slug}`, texts: [r.name, r.summary], sources: sourcesOf(r.citations) })),
    ...d.organisations.map((o) => ({ where: `organisation ${o.slug}`, texts: [o.name, o.summary], sources: sourcesOf(o.citations) })),
    ...d.people.map((p) => ({ where: `person ${p.slug}`, texts: [p.name, p.note, ...p.roles.map((r) => r.title)], sources: sourcesOf(p.citations) })),
    ...d.sources.map((s) => ({ where: `source ${s.slug}`, texts: [s.summary], sources: [s.slug] })),
    ...d.missions.map((m) => ({ where: `mission ${m.slug}`, texts: [m.title, m.summary, m.delegation, ...(m.themes ?? [])], sources: sourcesOf(m.citations) })),
    ...d.events.map((e) => ({ where: `event ${e.slug}`, texts: [e.name, e.summary, e.venue, e.attendanceNote], sources: sourcesOf(e.citations) })),
    ...d.agreements.map((a) => ({
      where: `agreement ${a.slug}`, texts: [a.title, a.summary, a.placeDetail, ...(a.commitments ?? [])], sources: sourcesOf(a.citations),
    })),
    // A pair cites nothing itself: it rests on what its two sides cite.
    ...d.pairs.map((p) => ({ where: `pair ${p.slug}`, texts: [p.name, p.summary], sources: [...actorSources(p.europe), ...actorSources(p.japan)] })),
  ];
}

/** The years of `text` that none of `sources` states and whose sentence does not say they are inferred. */
function unsupportedYears(text: string, sources: string[]): string[] {
  const stated = new Set(sources.flatMap((s) => sourceText.get(s)?.match(YEAR) ?? []));
  return text.split(/(?<=[.;!?])\s+/).flatMap((sentence) => {
    if (/\binferred\b|general knowledge/i.test(sentence)) return [];
    return (sentence.match(YEAR) ?? []).filter((year) => !stated.has(year));
  });
}

describe("years in the seed's own text", () => {
  it("flags a year that no cited source states, unless the sentence says it is inferred", () => {
    const bio = "bioxclusters-plus-osaka-bio-headquarters"; // states no year at all
    expect(unsupportedYears("BIO-Europe Fall 2016", [bio])).toEqual(["2016"]);
    expect(unsupportedYears("Signed on 8 November (2016, inferred).", [bio])).toEqual([]);
    expect(unsupportedYears("Its head office since 1999 is general knowledge.", [bio])).toEqual([]);
    expect(unsupportedYears("The mission of 30 September – 7 October 2016.", ["lyon-mission-japan-2016-journal-eco"])).toEqual([]);
  });

  it("states no year as fact that the record's sources do not give", () => {
    const problems = writtenTexts().flatMap(({ where, texts, sources }) =>
      texts.filter((t): t is string => Boolean(t)).flatMap((t) => unsupportedYears(t, sources).map((year) => `${where}: ${year} in "${t.slice(0, 80)}…"`)),
    );
    expect(problems).toEqual([]);
  });
});
