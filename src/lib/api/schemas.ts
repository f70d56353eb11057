import { z } from "zod";
import {
  AGREEMENT_KIND_LABELS, AGREEMENT_STATUS_LABELS, EVENT_KIND_LABELS, EVENT_ROLE_LABELS, ORGANISATION_KIND_LABELS, PARTY_ROLE_LABELS,
  REGION_KIND_LABELS, SIDE_LABELS, SOURCE_KIND_LABELS,
} from "../labels";
import { MAX_QUERY_LENGTH, MAX_VALUES, SEARCH_SINGLE_PARAMS, SHARED_PARAMS } from "../search-params";
import { refusedControlCharacter } from "../text";

// The read API's schemas (/api/v1/…): every query it parses and every body it
// answers. The routes parse their queries with these and build their bodies
// to these types; src/lib/api/openapi.ts turns the same objects into the
// OpenAPI document (`z.toJSONSchema`), so the document cannot drift from
// what is served. Field names are camelCase and stable; enum values are
// lower case, and the filters take the same values back.

/** Named schemas: each becomes `#/components/schemas/<id>` in the OpenAPI document. */
export const apiSchemas = z.registry<{ id: string }>();

function named<T extends z.ZodType>(id: string, description: string, schema: T): T {
  const described = schema.describe(description) as T;
  apiSchemas.add(described, { id });
  return described;
}

/** The enum values of a label map, lower case: "MEMORANDUM_OF_UNDERSTANDING" -> "memorandum_of_understanding". */
function lowerEnum<K extends string>(labels: Record<K, string>) {
  return z.enum(Object.keys(labels).map((k) => k.toLowerCase()) as [Lowercase<K>, ...Lowercase<K>[]]);
}

/** The lower-case form of an enum value read from the database. */
export function lower<K extends string>(value: K): Lowercase<K> {
  return value.toLowerCase() as Lowercase<K>;
}

// ------------------------------------------------------------------ collections

export const COLLECTIONS = ["regions", "organisations", "agreements", "missions", "events", "sources", "sectors"] as const;
export type Collection = (typeof COLLECTIONS)[number];
export const isCollection = (value: string): value is Collection => (COLLECTIONS as readonly string[]).includes(value);

/** The record type of each collection, as in src/lib/routes.ts. */
export const COLLECTION_TYPE = {
  regions: "region", organisations: "organisation", agreements: "agreement", missions: "mission", events: "event", sources: "source", sectors: "sector",
} as const satisfies Record<Collection, string>;

// ------------------------------------------------------------------ shared parts

const Slug = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
const Url = z.url();

export const Side = named("Side", "Which side of the partnership a region is on (an organisation: its home region's side).", lowerEnum(SIDE_LABELS));
export const Certainty = named(
  "Certainty",
  "`stated`: a source states the value. `inferred`: it was worked out (or is general knowledge); `inferredFrom` says from what.",
  z.enum(["stated", "inferred"]),
);

export const DateValue = named(
  "DateValue",
  "A date as precise as the source allows. Fields holding one are null when no source states the date at all.",
  z.object({
    value: z.string().regex(/^\d{4}(?:-\d{2}(?:-\d{2})?)?$/).describe('"2016-11-08", "2016-11" or "2016": only as precise as `precision`.'),
    precision: z.enum(["day", "month", "year"]),
    certainty: Certainty,
    inferredFrom: z.string().nullable().describe("How the date was worked out; null when a source states it."),
    text: z.string().describe('The date in words, e.g. "8 November 2016 (inferred)".'),
  }),
);

export const Citation = named(
  "Citation",
  "A passage of a published source that supports the record, or one of its fields.",
  z.object({
    sourceSlug: Slug.describe("The source, at /api/v1/sources/{sourceSlug}."),
    sourceTitle: z.string(),
    language: z.string().describe("BCP 47 language tag of the passage (the source's language)."),
    passage: z.string().describe("The passage, word for word as it appears in the source's text."),
    field: z.string().nullable().describe('The field it supports ("signedOn", "parties"…); null for the record as a whole.'),
  }),
);

const Ref = z.object({ slug: Slug, name: z.string() });
const SectorRef = named("SectorRef", "A sector (an ecosystem or one of its themes).", Ref);

/** Where an organisation is based, and whether a source states it. */
export const HomeRegion = named(
  "HomeRegion",
  "The region an organisation is based in. `certainty` is `inferred` when no source states it (e.g. general knowledge of its head office).",
  z.object({ slug: Slug, name: z.string(), side: Side, country: z.string().length(2), certainty: Certainty, inferredFrom: z.string().nullable() }),
);

const BasedIn = z.object({ name: z.string(), certainty: Certainty, inferredFrom: z.string().nullable() });

export const Actor = named(
  "Actor",
  "A region or an organisation taking part in a record.",
  z.object({
    type: z.enum(["region", "organisation"]),
    slug: Slug,
    name: z.string(),
    kind: z.union([lowerEnum(REGION_KIND_LABELS), lowerEnum(ORGANISATION_KIND_LABELS)]).describe("The region's or organisation's kind."),
    side: Side.nullable().describe("Null for an organisation with no known home region."),
    basedIn: BasedIn
      .nullable()
      .describe("An organisation's home region; null for a region, or when not known."),
  }),
);

const Totals = z
  .object({ agreements: z.number().int().min(0), missions: z.number().int().min(0), events: z.number().int().min(0) })
  .describe("How many there are in all; the lists hold at most 50 (the rest: the list endpoints with a region or sector filter).");

const Common = { slug: Slug, url: Url.describe("This record in the API."), pageUrl: Url.describe("This record's page on the site.") };
const Cited = { cited: z.boolean().describe("False when no passage of a published source supports the record.") };

// ------------------------------------------------------------------ list items

export const RegionItem = named(
  "RegionItem",
  "A region (country, region, prefecture, city…).",
  z.object({
    ...Common,
    name: z.string(),
    localNames: z.record(z.string(), z.string()).describe('Names by BCP 47 language tag, e.g. {"ja": "京都府"} (general knowledge).'),
    kind: lowerEnum(REGION_KIND_LABELS),
    country: z.string().length(2).describe("ISO 3166-1 alpha-2 code of its country."),
    side: Side,
    parentSlug: Slug.nullable().describe("The region it is part of."),
    ...Cited,
  }),
);

export const OrganisationItem = named(
  "OrganisationItem",
  "A cluster, agency, company, university or other body.",
  z.object({ ...Common, name: z.string(), kind: lowerEnum(ORGANISATION_KIND_LABELS), homeRegion: HomeRegion.nullable(), ...Cited }),
);

export const Party = named(
  "Party",
  "A region or organisation in an agreement, with its role. Signatories and partners are parties; witnesses and supporters are not.",
  Actor.extend({ role: lowerEnum(PARTY_ROLE_LABELS) }),
);

export const AgreementItem = named(
  "AgreementItem",
  "An agreement between European and Japanese regions or organisations.",
  z.object({
    ...Common,
    title: z.string(),
    kind: lowerEnum(AGREEMENT_KIND_LABELS),
    status: lowerEnum(AGREEMENT_STATUS_LABELS),
    signedOn: DateValue.nullable().describe("When it was signed; null when not stated in the source."),
    parties: z.array(Party),
    sectors: z.array(SectorRef),
    ...Cited,
  }),
);

export const Leader = named("Leader", "The person who led a mission, in the capacity the source gives.", z.object({ slug: Slug, name: z.string(), title: z.string() }));

export const MissionItem = named(
  "MissionItem",
  "A delegation's trip.",
  z.object({
    ...Common,
    title: z.string(),
    startsOn: DateValue.nullable(),
    endsOn: DateValue.nullable(),
    origin: Actor.nullable().describe("The region or organisation the delegation came from."),
    destination: Ref.nullable().describe("The region it travelled to."),
    leader: Leader.nullable(),
    ...Cited,
  }),
);

export const EventPlace = named(
  "EventPlace",
  "Where an event took place. `certainty` is `inferred` when the source does not state the venue and city.",
  z.object({ venue: z.string().nullable(), city: Ref.nullable(), certainty: Certainty, inferredFrom: z.string().nullable() }),
);

export const EventItem = named(
  "EventItem",
  "A fair, seminar, reception or other event.",
  z.object({
    ...Common,
    name: z.string(),
    kind: lowerEnum(EVENT_KIND_LABELS),
    startsOn: DateValue.nullable(),
    endsOn: DateValue.nullable(),
    place: EventPlace.nullable().describe("Null when no venue or city is known."),
    ...Cited,
  }),
);

export const SourceItem = named(
  "SourceItem",
  "An article or programme the directory's facts are taken from.",
  z.object({
    ...Common,
    title: z.string(),
    publisher: z.string().nullable(),
    language: z.string(),
    kind: lowerEnum(SOURCE_KIND_LABELS),
    publishedOn: DateValue.nullable(),
    citationCount: z.number().int().min(0).describe("Passages of it cited for records."),
  }),
);

export const SectorItem = named(
  "SectorItem",
  "One of the EU's industrial ecosystems (no parent) or a theme below one.",
  z.object({
    ...Common,
    name: z.string(),
    nameFr: z.string().nullable(),
    synonyms: z.array(z.string()).describe("Other words for it, which the search understands."),
    parentSlug: Slug.nullable().describe("The ecosystem a theme belongs to; null for an ecosystem."),
  }),
);

// ------------------------------------------------------------------ records

const Person = z.object({ slug: Slug, name: z.string(), title: z.string() });

export const Region = named(
  "Region",
  "A region with its relations. Reference data (local names, codes, coordinates, its country) is general knowledge, not taken from the sources.",
  RegionItem.extend({
    summary: z.string(),
    isoCode: z.string().nullable().describe("ISO 3166-2 subdivision code (general knowledge)."),
    nutsCode: z.string().nullable().describe("NUTS code (general knowledge)."),
    wikidataId: z.string().nullable(),
    latitude: z.number().nullable().describe("General knowledge."),
    longitude: z.number().nullable().describe("General knowledge."),
    ancestors: z.array(Ref).describe("The regions it is within, nearest first."),
    children: z.array(Ref.extend({ kind: lowerEnum(REGION_KIND_LABELS) })),
    organisations: z
      .array(z.object({ slug: Slug, name: z.string(), kind: lowerEnum(ORGANISATION_KIND_LABELS), basedIn: BasedIn }))
      .describe("Organisations based in it or in a region within it."),
    people: z.array(Person).describe("People acting for it, with their title."),
    pairs: z.array(Ref).describe("Named partnerships it is a side of."),
    partners: z
      .array(
        z.object({
          slug: Slug, name: z.string(), side: Side, country: z.string().length(2),
          via: z.array(z.object({ agreement: z.object({ slug: Slug, title: z.string() }), organisations: z.array(Ref.extend({ basedIn: z.string(), certainty: Certainty, inferredFrom: z.string().nullable() })) })),
        }),
      )
      .describe("Regions on the other side that it is party to an agreement with, themselves or through organisations based in them."),
    agreements: z.array(AgreementItem).describe("Agreements a party to which is in it (or an organisation based there); newest first, at most 50."),
    missions: z.array(MissionItem),
    events: z.array(EventItem),
    totals: Totals,
    citations: z.array(Citation),
  }),
);

export const Organisation = named(
  "Organisation",
  "An organisation with its relations.",
  OrganisationItem.extend({
    localNames: z.record(z.string(), z.string()),
    website: z.string().nullable(),
    summary: z.string(),
    parent: Ref.nullable().describe("The alliance or group it is part of."),
    members: z.array(Ref),
    sectors: z.array(SectorRef),
    agreements: z
      .array(AgreementItem.extend({ roles: z.array(z.object({ name: z.string(), role: lowerEnum(PARTY_ROLE_LABELS), member: z.boolean().describe("True when the role is a member's, not its own.") })) }))
      .describe("Agreements it or one of its members takes part in, in any role."),
    missions: z.array(MissionItem),
    events: z.array(EventItem),
    people: z.array(Person),
    totals: Totals,
    citations: z.array(Citation),
  }),
);

export const Agreement = named(
  "Agreement",
  "An agreement with its parties, signatories, dates and citations.",
  AgreementItem.extend({
    titleOriginal: z.string().nullable().describe("The title in the source's language, where it differs."),
    summary: z.string(),
    commitments: z.array(z.string()),
    startsOn: DateValue.nullable(),
    endsOn: DateValue.nullable(),
    durationMonths: z.number().int().nullable(),
    place: z
      .object({ region: Ref.nullable(), detail: z.string().nullable(), certainty: Certainty, inferredFrom: z.string().nullable() })
      .nullable()
      .describe("Where it was signed; null when not stated."),
    signatories: z.array(
      z.object({
        person: z.object({ slug: Slug, name: z.string() }),
        title: z.string(),
        actsFor: z.object({ type: z.enum(["region", "organisation"]), slug: Slug, name: z.string() }).nullable(),
      }),
    ),
    mission: z.object({ slug: Slug, title: z.string() }).nullable(),
    event: Ref.nullable(),
    citations: z.array(Citation),
    updatedAt: z.iso.datetime().describe("When an editor last changed it."),
  }),
);

const Participant = Actor.extend({ role: z.string().describe("As the source puts it.") });

export const Mission = named(
  "Mission",
  "A mission with its participants, agreements and events.",
  MissionItem.extend({
    summary: z.string(),
    delegation: z.string().describe("Who travelled, as the source describes the delegation."),
    themes: z.array(z.string()).describe("Themes in the source's words."),
    participants: z.array(Participant),
    sectors: z.array(SectorRef),
    agreements: z.array(AgreementItem),
    events: z.array(EventItem),
    citations: z.array(Citation),
  }),
);

export const Event = named(
  "Event",
  "An event with its programme, participants and agreements.",
  EventItem.extend({
    summary: z.string(),
    attendance: z.number().int().nullable(),
    attendanceNote: z.string().nullable().describe('How the source puts it, e.g. "more than 400 people".'),
    mission: z.object({ slug: Slug, title: z.string() }).nullable(),
    parent: Ref.nullable().describe("The fair or conference it was part of."),
    subEvents: z.array(EventItem),
    participants: z.array(Actor.extend({ role: lowerEnum(EVENT_ROLE_LABELS) })),
    sessions: z.array(
      z.object({
        startsAt: z.string().nullable().describe('Local time as printed, "HH:MM".'),
        endsAt: z.string().nullable(),
        title: z.string(),
        speakers: z.array(z.object({ person: z.object({ slug: Slug, name: z.string() }), title: z.string(), actsFor: z.string().nullable(), talkTitle: z.string().nullable() })),
      }),
    ),
    sectors: z.array(SectorRef),
    agreements: z.array(AgreementItem),
    citations: z.array(Citation),
  }),
);

export const Source = named(
  "Source",
  "A source with its full text and what is cited from it.",
  SourceItem.extend({
    summary: z.string(),
    sourceUrl: z.string().nullable().describe("Where the article was published."),
    text: z.string().describe("The full text as collected."),
    citations: z.array(
      z.object({
        passage: z.string(),
        field: z.string().nullable(),
        record: z.object({ type: z.enum(["region", "organisation", "person", "agreement", "mission", "event"]), slug: Slug, name: z.string() }),
      }),
    ),
  }),
);

export const Sector = named(
  "Sector",
  "A sector with what is tagged with it (an ecosystem counts its themes' records).",
  SectorItem.extend({
    summary: z.string(),
    parent: Ref.nullable(),
    children: z.array(Ref),
    agreements: z.array(AgreementItem),
    missions: z.array(MissionItem),
    events: z.array(EventItem),
    organisations: z.array(z.object({ slug: Slug, name: z.string(), kind: lowerEnum(ORGANISATION_KIND_LABELS) })),
    totals: Totals,
  }),
);

// ------------------------------------------------------------------ per collection

function listOf<T extends z.ZodType>(id: string, item: T) {
  return named(
    id,
    "One page of the list. `next` is the URL of the next page (null on the last). With `format=json`, every record in one streamed body and `next` null.",
    z.object({ items: z.array(item), next: Url.nullable() }),
  );
}

export const COLLECTION_SCHEMAS = {
  regions: { item: RegionItem, record: Region, list: listOf("RegionList", RegionItem) },
  organisations: { item: OrganisationItem, record: Organisation, list: listOf("OrganisationList", OrganisationItem) },
  agreements: { item: AgreementItem, record: Agreement, list: listOf("AgreementList", AgreementItem) },
  missions: { item: MissionItem, record: Mission, list: listOf("MissionList", MissionItem) },
  events: { item: EventItem, record: Event, list: listOf("EventList", EventItem) },
  sources: { item: SourceItem, record: Source, list: listOf("SourceList", SourceItem) },
  sectors: { item: SectorItem, record: Sector, list: listOf("SectorList", SectorItem) },
} as const;

export type ItemOf<C extends Collection> = z.infer<(typeof COLLECTION_SCHEMAS)[C]["item"]>;
export type RecordOf<C extends Collection> = z.infer<(typeof COLLECTION_SCHEMAS)[C]["record"]>;
export type ListOf<C extends Collection> = z.infer<(typeof COLLECTION_SCHEMAS)[C]["list"]>;
/** A page of any collection (its items are the collection's: see COLLECTION_SCHEMAS[collection].list). */
export type ListBody = { items: ItemOf<Collection>[]; next: string | null };
export type DateValueJSON = z.infer<typeof DateValue>;
export type CitationJSON = z.infer<typeof Citation>;
export type ActorJSON = z.infer<typeof Actor>;

export const Problem = named(
  "Problem",
  "An error, as RFC 9457 problem details (`application/problem+json`).",
  z.object({
    type: z.string().describe('"about:blank": the status says it all.'),
    title: z.string(),
    status: z.number().int(),
    detail: z.string().describe("What was wrong, in words."),
    invalidParams: z.array(z.object({ name: z.string(), reason: z.string() })).optional().describe("Each query parameter that was refused, and why."),
  }),
);
export type ProblemJSON = z.infer<typeof Problem>;

// ------------------------------------------------------------------ the list query

export const MAX_LIMIT = 200;
export const DEFAULT_LIMIT = 50;

const queryText = z
  .string()
  .max(MAX_QUERY_LENGTH, `at most ${MAX_QUERY_LENGTH} characters`)
  .refine((text) => refusedControlCharacter(text) === null, "contains a control character");
const enumList = <K extends string>(labels: Record<K, string>) =>
  z.array(z.string().trim().toLowerCase().pipe(lowerEnum(labels))).max(MAX_VALUES, `at most ${MAX_VALUES} values`);

/**
 * The query of every list endpoint. The filters are the search's
 * (src/lib/search-params.ts: the same rule for each value), plus paging and
 * the export format. Any other parameter is refused by name.
 */
export const LIST_QUERY_PARAMS = {
  q: queryText.describe("Words or names, matched as the search matches them (accents, case, stems, Japanese, a typo in a name); never query syntax."),
  sector: z.array(SHARED_PARAMS.sector).max(MAX_VALUES).describe("A sector slug, repeatable; an ecosystem includes its themes."),
  side: SEARCH_SINGLE_PARAMS.side.describe("Records involving that side."),
  country: SHARED_PARAMS.country.describe("ISO 3166-1 alpha-2, records involving that country."),
  region: SHARED_PARAMS.region.describe("A region slug: records involving the region or anything within it (the search's rule)."),
  kind: enumList(AGREEMENT_KIND_LABELS).describe("Agreements only: kinds, repeatable."),
  status: enumList(AGREEMENT_STATUS_LABELS).describe("Agreements only: statuses, repeatable."),
  from: SHARED_PARAMS.year.describe("Dated in or after this year (undated records are left out)."),
  to: SHARED_PARAMS.year.describe("Dated in or before this year."),
  cursor: z.string().max(100).describe("Where the page starts: the `cursor` of a `next` URL. Opaque."),
  limit: z.coerce
    .number({ error: "must be a whole number" })
    .int("must be a whole number")
    .min(1, `must be between 1 and ${MAX_LIMIT}`)
    .max(MAX_LIMIT, `must be between 1 and ${MAX_LIMIT}`)
    .describe(`Records per page, 1–${MAX_LIMIT} (default ${DEFAULT_LIMIT}).`),
  format: z.enum(["csv", "json"], "must be csv or json").describe("Export every matching record in one streamed body, as CSV (UTF-8 with a byte-order mark) or JSON."),
} as const;

export type ListParamName = keyof typeof LIST_QUERY_PARAMS;
const REPEATABLE: ListParamName[] = ["sector", "kind", "status"];
export const isRepeatable = (name: ListParamName) => REPEATABLE.includes(name);

/** Which filters each collection takes: the search's record documents, except for what a type cannot have. */
export const COLLECTION_FILTERS: Record<Collection, ListParamName[]> = {
  regions: ["q", "sector", "side", "country", "region"],
  organisations: ["q", "sector", "side", "country", "region"],
  agreements: ["q", "sector", "side", "country", "region", "kind", "status", "from", "to"],
  missions: ["q", "sector", "side", "country", "region", "from", "to"],
  events: ["q", "sector", "side", "country", "region", "from", "to"],
  sources: ["q", "sector", "side", "country", "region", "from", "to"],
  sectors: [],
};
export const PAGING_PARAMS: ListParamName[] = ["cursor", "limit", "format"];

export const ListQuery = z.strictObject(
  Object.fromEntries(Object.entries(LIST_QUERY_PARAMS).map(([name, schema]) => [name, schema.optional()])) as {
    [K in ListParamName]: z.ZodOptional<(typeof LIST_QUERY_PARAMS)[K]>;
  },
);
export type ListQueryValues = z.infer<typeof ListQuery>;
