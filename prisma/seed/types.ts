// The shape of the hand-written seed dataset (data/*.ts). Records refer to one
// another by slug; people's roles by "person-slug/role-key". Dates are partial
// ISO strings ("2016", "2016-10", "2016-10-07") and carry `inferredFrom`
// whenever the source does not state them.
import type {
  AgreementKind, AgreementStatus, EventKind, EventRole, OrganisationKind,
  PartyRole, RegionKind, Side, SourceKind,
} from "../../src/generated/prisma/enums";

export type SeedDate = { on: string; inferredFrom?: string } | null;

/** A source passage backing a record (and, optionally, one of its fields). */
export type SeedCitation = { source: string; quote: string; field?: string };

/** Exactly one of region / organisation. */
export type SeedActor = { region: string; organisation?: never } | { organisation: string; region?: never };

export type SeedSector = {
  slug: string; name: string; nameFr?: string; synonyms?: string[];
  /** Slug of the ecosystem above a theme; absent for the 14 ecosystems. */
  parent?: string; summary?: string;
};

export type SeedRegion = {
  slug: string; name: string; localNames?: Record<string, string>; kind: RegionKind;
  country: string; side: Side; parent?: string; iso3166_2?: string; nuts?: string;
  wikidataId?: string; latitude?: number; longitude?: number; summary?: string;
  citations?: SeedCitation[];
};

export type SeedOrganisation = {
  slug: string; name: string; localNames?: Record<string, string>; kind: OrganisationKind;
  homeRegion?: string;
  /** How the home region is known when no source states it ("general knowledge: head office in Paris"). */
  homeRegionInferredFrom?: string;
  parent?: string; website?: string; summary?: string;
  sectors?: string[]; citations?: SeedCitation[];
};

export type SeedPerson = {
  slug: string; name: string; localNames?: Record<string, string>; note?: string;
  /** key: short id used as "person-slug/key" by agreements, missions and sessions. */
  roles: { key: string; title: string; region?: string; organisation?: string }[];
  citations?: SeedCitation[];
};

export type SeedSource = {
  slug: string; title: string; publisher?: string; language: string; kind: SourceKind;
  url?: string; fileName: string; summary: string; published?: SeedDate;
};

export type SeedMission = {
  slug: string; title: string; summary: string; delegation?: string; themes?: string[];
  leader?: string; origin?: string; originOrganisation?: string; destination?: string;
  starts?: SeedDate; ends?: SeedDate;
  participants?: (SeedActor & { role: string })[];
  sectors?: string[]; citations: SeedCitation[];
};

export type SeedEvent = {
  slug: string; name: string; kind: EventKind; summary: string;
  starts?: SeedDate; ends?: SeedDate;
  venue?: string; city?: string; placeInferredFrom?: string;
  attendance?: number; attendanceNote?: string;
  mission?: string; parent?: string;
  participants?: (SeedActor & { role: EventRole })[];
  sessions?: { startsAt?: string; endsAt?: string; title: string; speakers?: { role: string; talkTitle?: string }[] }[];
  sectors?: string[]; citations: SeedCitation[];
};

export type SeedAgreement = {
  slug: string; title: string; titleOriginal?: string; kind: AgreementKind;
  agreementStatus: AgreementStatus; summary: string; commitments?: string[];
  signed?: SeedDate; starts?: SeedDate; ends?: SeedDate; durationMonths?: number;
  place?: string; placeDetail?: string; placeInferredFrom?: string;
  mission?: string; event?: string;
  parties: (SeedActor & { role?: PartyRole })[];
  /** "person-slug/role-key" */
  signatories?: string[];
  sectors?: string[]; citations: SeedCitation[];
};

export type SeedPair = {
  slug: string; name: string; summary: string; europe: SeedActor; japan: SeedActor;
};

export type SeedData = {
  sectors: SeedSector[]; regions: SeedRegion[]; organisations: SeedOrganisation[];
  people: SeedPerson[]; sources: SeedSource[]; missions: SeedMission[]; events: SeedEvent[];
  agreements: SeedAgreement[]; pairs: SeedPair[];
};
