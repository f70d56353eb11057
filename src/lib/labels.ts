// Human labels for the enums of the data model (one place to change wording).
// Their keys are the enum values, so the admin forms take their choices from here.
import type { RecordType } from "./routes";

/** Each record type's name, one and many: headings, the admin, search results and facets, the source page. */
export const RECORD_TYPE_LABELS: Record<RecordType, { one: string; many: string }> = {
  agreement: { one: "Agreement", many: "Agreements" },
  region: { one: "Region", many: "Regions" },
  organisation: { one: "Organisation", many: "Organisations" },
  person: { one: "Person", many: "People" },
  mission: { one: "Mission", many: "Missions" },
  event: { one: "Event", many: "Events" },
  sector: { one: "Sector", many: "Sectors" },
  pair: { one: "Pair", many: "Pairs" },
  source: { one: "Source", many: "Sources" },
};

/**
 * The roles that make a party to an agreement; a witness or a supporter is
 * none, and is neither counted nor headed as one. The same rule in SQL:
 * prisma/functions/kizuna_is_party.sql.
 */
export const PARTY_ROLES: readonly string[] = ["SIGNATORY", "PARTNER"];
export const isPartyRole = (role: string) => PARTY_ROLES.includes(role);

export const PARTY_ROLE_LABELS = {
  SIGNATORY: "Signatory", PARTNER: "Partner", WITNESS: "Witness", SUPPORTER: "Supporter",
} satisfies Record<string, string>;

export const REGION_KIND_LABELS = {
  COUNTRY: "Country", REGION: "Region", PREFECTURE: "Prefecture", METROPOLIS: "Metropolis",
  DEPARTMENT: "Department", CITY: "City", OTHER: "Other",
} satisfies Record<string, string>;

export const ORGANISATION_KIND_LABELS = {
  CLUSTER: "Cluster", AGENCY: "Agency", COMPANY: "Company", UNIVERSITY: "University",
  GOVERNMENT: "Government body", CHAMBER: "Chamber of commerce", ASSOCIATION: "Association",
  RESEARCH: "Research institute", INCUBATOR: "Incubator", OTHER: "Other",
} satisfies Record<string, string>;

export const AGREEMENT_KIND_LABELS = {
  MEMORANDUM_OF_UNDERSTANDING: "Memorandum of understanding",
  COOPERATION_AGREEMENT: "Cooperation agreement",
  JOINT_DECLARATION: "Joint declaration",
  COMMERCIAL_CONTRACT: "Commercial contract",
  RENEWAL: "Renewal",
  COLLABORATION: "Collaboration",
  OTHER: "Other",
} satisfies Record<string, string>;

export const AGREEMENT_STATUS_LABELS = {
  ANNOUNCED: "Announced", SIGNED: "Signed", ACTIVE: "Active", EXPIRED: "Expired",
} satisfies Record<string, string>;

export const EVENT_KIND_LABELS = {
  TRADE_FAIR: "Trade fair", SEMINAR: "Seminar", RECEPTION: "Reception", MATCHMAKING: "Matchmaking session",
  WORKSHOP: "Workshop", MEETING: "Meeting", OTHER: "Other",
} satisfies Record<string, string>;

export const EVENT_ROLE_LABELS = {
  ORGANISER: "Organiser", PARTNER: "Partner", HOST: "Host", PARTICIPANT: "Participant",
} satisfies Record<string, string>;

/** What a citation's `field` supports, in words ("signedOn" -> "date signed"). */
export const CITATION_FIELD_LABELS: Record<string, string> = {
  signedOn: "date signed", startsOn: "start", endsOn: "end", durationMonths: "duration", commitments: "commitments",
  parties: "parties", signatories: "signatories", place: "place", kind: "kind", sectors: "sectors", title: "title",
  event: "event", mission: "mission", summary: "summary", agreementStatus: "status", venue: "venue", city: "city",
  attendance: "attendance", participants: "participants", leader: "leader", delegation: "delegation", themes: "themes",
  destination: "destination", origin: "origin", name: "name", role: "role", roles: "role", sessions: "programme",
  homeRegion: "home region", parent: "membership", website: "website", titleOriginal: "original title",
};

export const SOURCE_KIND_LABELS = {
  NEWS: "News article", PROGRAMME: "Programme", PRESS_RELEASE: "Press release",
} satisfies Record<string, string>;

export const SIDE_LABELS = { EUROPE: "Europe", JAPAN: "Japan", ELSEWHERE: "Elsewhere" } satisfies Record<string, string>;

export const LANGUAGE_LABELS: Record<string, string> = { fr: "French", en: "English", ja: "Japanese", de: "German", nl: "Dutch", it: "Italian" };

const COUNTRY_NAMES = new Intl.DisplayNames(["en"], { type: "region" });

/** "FR" -> "France"; unknown codes come back as they are. */
export function countryName(code: string): string {
  try {
    return COUNTRY_NAMES.of(code.toUpperCase()) ?? code;
  } catch {
    return code;
  }
}

export function label(map: Record<string, string>, value: string): string {
  return map[value] ?? value.charAt(0) + value.slice(1).toLowerCase().replace(/_/g, " ");
}
