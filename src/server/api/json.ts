import "server-only";
import { certaintyOf, dateToJSON } from "@/lib/dates";
import { hrefFor, type RecordType } from "@/lib/routes";
import { lower, type ActorJSON, type CitationJSON, type Collection, type ItemOf, type RecordOf } from "@/lib/api/schemas";
import type { AgreementDTO, AgreementSummaryDTO } from "../agreements/queries";
import type { EventDTO, EventSummaryDTO } from "../events/queries";
import type { MissionDTO, MissionSummaryDTO } from "../missions/queries";
import type { OrganisationDTO, OrganisationSummaryDTO } from "../organisations/queries";
import type { RegionDTO, RegionSummaryDTO } from "../regions/queries";
import type { SectorDTO, SectorSummaryDTO } from "../sectors/queries";
import type { SourceDTO, SourceSummaryDTO } from "../sources/queries";
import type { ActorDTO, CitationDTO } from "../shared";

// The data layer's DTOs as the read API gives them (src/lib/api/schemas.ts):
// enum values in lower case, dates with precision and certainty (dateToJSON),
// inferred places with `certainty` and `inferredFrom`, citations with their
// source. No database access here: the DTOs come from src/server/<type>/queries.ts.

/** Absolute URLs of a record in the API and on the site, from the configured SITE_URL. */
export type Links = { api: (collection: Collection, slug: string) => string; page: (type: RecordType, slug: string) => string };

export function linksFor(origin: URL): Links {
  return {
    api: (collection, slug) => new URL(`/api/v1/${collection}/${encodeURIComponent(slug)}`, origin).toString(),
    page: (type, slug) => new URL(hrefFor(type, slug), origin).toString(),
  };
}

const common = (links: Links, collection: Collection, type: RecordType, slug: string) => ({ slug, url: links.api(collection, slug), pageUrl: links.page(type, slug) });

function actor(a: ActorDTO): ActorJSON {
  return {
    type: a.type, slug: a.slug, name: a.name, kind: lower(a.kind) as ActorJSON["kind"],
    side: a.side ? lower(a.side) : null,
    basedIn: a.type === "organisation" && a.place ? { name: a.place, certainty: certaintyOf(a.placeInferredFrom), inferredFrom: a.placeInferredFrom } : null,
  };
}

function citation(c: CitationDTO): CitationJSON {
  return { sourceSlug: c.sourceSlug, sourceTitle: c.sourceTitle, language: c.language, passage: c.quote, field: c.field };
}

const enumOf = <T extends string>(value: string) => lower(value) as T;

// ------------------------------------------------------------------ list items

export function regionItem(r: RegionSummaryDTO, links: Links): ItemOf<"regions"> {
  return {
    ...common(links, "regions", "region", r.slug),
    name: r.name, localNames: r.localNames, kind: enumOf(r.kind), country: r.country, side: lower(r.side), parentSlug: r.parentSlug, cited: r.cited,
  };
}

export function organisationItem(o: OrganisationSummaryDTO, links: Links): ItemOf<"organisations"> {
  const home = o.homeRegion;
  return {
    ...common(links, "organisations", "organisation", o.slug),
    name: o.name, kind: enumOf(o.kind),
    homeRegion: home ? { slug: home.slug, name: home.name, side: lower(home.side), country: home.country, certainty: certaintyOf(home.inferredFrom), inferredFrom: home.inferredFrom } : null,
    cited: o.cited,
  };
}

export function agreementItem(a: AgreementSummaryDTO, links: Links): ItemOf<"agreements"> {
  return {
    ...common(links, "agreements", "agreement", a.slug),
    title: a.title, kind: enumOf(a.kind), status: enumOf(a.agreementStatus), signedOn: dateToJSON(a.signed),
    parties: a.parties.map((p) => ({ ...actor(p), role: enumOf(p.role) })),
    sectors: a.sectors, cited: a.cited,
  };
}

export function missionItem(m: MissionSummaryDTO, links: Links): ItemOf<"missions"> {
  return {
    ...common(links, "missions", "mission", m.slug),
    title: m.title, startsOn: dateToJSON(m.starts), endsOn: dateToJSON(m.ends),
    origin: m.origin ? actor(m.origin) : null, destination: m.destination, leader: m.leader, cited: m.cited,
  };
}

export function eventItem(e: EventSummaryDTO, links: Links): ItemOf<"events"> {
  return {
    ...common(links, "events", "event", e.slug),
    name: e.name, kind: enumOf(e.kind), startsOn: dateToJSON(e.starts), endsOn: dateToJSON(e.ends),
    place: e.venue || e.city ? { venue: e.venue, city: e.city, certainty: certaintyOf(e.placeInferredFrom), inferredFrom: e.placeInferredFrom } : null,
    cited: e.cited,
  };
}

export function sourceItem(s: SourceSummaryDTO, links: Links): ItemOf<"sources"> {
  return {
    ...common(links, "sources", "source", s.slug),
    title: s.title, publisher: s.publisher, language: s.language, kind: enumOf(s.kind), publishedOn: dateToJSON(s.published), citationCount: s.citationCount,
  };
}

export function sectorItem(s: SectorSummaryDTO, links: Links): ItemOf<"sectors"> {
  return { ...common(links, "sectors", "sector", s.slug), name: s.name, nameFr: s.nameFr, synonyms: s.synonyms, parentSlug: s.parentSlug };
}

// ------------------------------------------------------------------ records

export function regionRecord(r: RegionDTO, links: Links): RecordOf<"regions"> {
  return {
    ...regionItem(r, links),
    summary: r.summary, isoCode: r.iso3166_2, nutsCode: r.nuts, wikidataId: r.wikidataId, latitude: r.latitude, longitude: r.longitude,
    ancestors: r.ancestors,
    children: r.children.map((c) => ({ slug: c.slug, name: c.name, kind: enumOf(c.kind) })),
    organisations: r.organisations.map((o) => ({
      slug: o.slug, name: o.name, kind: enumOf(o.kind), basedIn: { name: o.regionName, certainty: certaintyOf(o.regionInferredFrom), inferredFrom: o.regionInferredFrom },
    })),
    people: r.people,
    pairs: r.pairs,
    partners: r.partners.map((p) => ({
      slug: p.slug, name: p.name, side: lower(p.side), country: p.country,
      via: p.via.map((v) => ({
        agreement: v.agreement,
        organisations: v.organisations.map((o) => ({ slug: o.slug, name: o.name, basedIn: o.place, certainty: certaintyOf(o.inferredFrom), inferredFrom: o.inferredFrom })),
      })),
    })),
    agreements: r.agreements.map((a) => agreementItem(a, links)),
    missions: r.missions.map((m) => missionItem(m, links)),
    events: r.events.map((e) => eventItem(e, links)),
    totals: r.totals,
    citations: r.citations.map(citation),
  };
}

export function organisationRecord(o: OrganisationDTO, links: Links): RecordOf<"organisations"> {
  return {
    ...organisationItem(o, links),
    localNames: o.localNames, website: o.website, summary: o.summary, parent: o.parent, members: o.members, sectors: o.sectors,
    agreements: o.agreements.map((a) => ({
      ...agreementItem(a, links),
      roles: (o.agreementRoles[a.slug] ?? []).map((r) => ({ name: r.name, role: enumOf(r.role), member: r.member })),
    })),
    missions: o.missions.map((m) => missionItem(m, links)),
    events: o.events.map((e) => eventItem(e, links)),
    people: o.people,
    totals: o.totals,
    citations: o.citations.map(citation),
  };
}

export function agreementRecord(a: AgreementDTO, links: Links): RecordOf<"agreements"> {
  return {
    ...agreementItem(a, links),
    titleOriginal: a.titleOriginal, summary: a.summary, commitments: a.commitments,
    startsOn: dateToJSON(a.starts), endsOn: dateToJSON(a.ends), durationMonths: a.durationMonths,
    place: a.place || a.placeDetail ? { region: a.place, detail: a.placeDetail, certainty: certaintyOf(a.placeInferredFrom), inferredFrom: a.placeInferredFrom } : null,
    signatories: a.signatories.map((s) => ({ person: { slug: s.personSlug, name: s.name }, title: s.title, actsFor: s.actsFor })),
    mission: a.mission, event: a.event,
    citations: a.citations.map(citation),
    updatedAt: a.updatedAt.toISOString(),
  };
}

export function missionRecord(m: MissionDTO, links: Links): RecordOf<"missions"> {
  return {
    ...missionItem(m, links),
    summary: m.summary, delegation: m.delegation, themes: m.themes,
    participants: m.participants.map((p) => ({ ...actor(p), role: p.role })),
    sectors: m.sectors,
    agreements: m.agreements.map((a) => agreementItem(a, links)),
    events: m.events.map((e) => eventItem(e, links)),
    citations: m.citations.map(citation),
  };
}

export function eventRecord(e: EventDTO, links: Links): RecordOf<"events"> {
  return {
    ...eventItem(e, links),
    summary: e.summary, attendance: e.attendance, attendanceNote: e.attendanceNote, mission: e.mission, parent: e.parent,
    subEvents: e.subEvents.map((s) => eventItem(s, links)),
    participants: e.participants.map((p) => ({ ...actor(p), role: enumOf(p.role) })),
    sessions: e.sessions.map((s) => ({
      startsAt: s.startsAt, endsAt: s.endsAt, title: s.title,
      speakers: s.speakers.map((sp) => ({ person: { slug: sp.personSlug, name: sp.name }, title: sp.title, actsFor: sp.actsFor, talkTitle: sp.talkTitle })),
    })),
    sectors: e.sectors,
    agreements: e.agreements.map((a) => agreementItem(a, links)),
    citations: e.citations.map(citation),
  };
}

export function sourceRecord(s: SourceDTO, links: Links): RecordOf<"sources"> {
  return {
    ...sourceItem(s, links),
    summary: s.summary, sourceUrl: s.url, text: s.text,
    citations: s.citations.map((c) => ({ passage: c.quote, field: c.field, record: c.record })),
  };
}

export function sectorRecord(s: SectorDTO, links: Links): RecordOf<"sectors"> {
  return {
    ...sectorItem({ slug: s.slug, name: s.name, nameFr: s.nameFr, synonyms: s.synonyms, parentSlug: s.parent?.slug ?? null }, links),
    summary: s.summary, parent: s.parent, children: s.children,
    agreements: s.agreements.map((a) => agreementItem(a, links)),
    missions: s.missions.map((m) => missionItem(m, links)),
    events: s.events.map((e) => eventItem(e, links)),
    organisations: s.organisations.map((o) => ({ slug: o.slug, name: o.name, kind: enumOf(o.kind) })),
    totals: s.totals,
  };
}
