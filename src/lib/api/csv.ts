import { stringify } from "csv-stringify/sync";
import { z } from "zod";
import { apiSchemas, type ActorJSON, type Collection, type DateValueJSON, type ItemOf } from "./schemas";

// The CSV of each list (`format=csv`): one row per list item, its columns
// defined once here, from the JSON item, so that CSV and JSON say the same.
// A date takes four columns (`signedOn`, `signedOnPrecision`,
// `signedOnCertainty`, `signedOnInferredFrom`) and an inferred place two more
// (`…Certainty`, `…InferredFrom`), so that an inferred value never passes as
// a stated one in a spreadsheet. Several values in one cell are joined with
// "; ". Cells that a spreadsheet would run as a formula (starting with =, +,
// -, @, a tab or a carriage return) get a leading apostrophe (csv-stringify's
// escape_formulas). The body starts with a byte-order mark so that
// spreadsheet programs read it as UTF-8 (Japanese names).

type Cell = string | number | boolean | null;
type Column<I> = { name: string; description: string; schema?: z.ZodType; value: (item: I) => Cell };

export const BOM = "\uFEFF";
const NOT_STATED = "not stated";
const JOIN = "; ";

const certaintyColumn = z.enum(["stated", "inferred", NOT_STATED]);

function dateColumns<I>(name: string, what: string, date: (item: I) => DateValueJSON | null): Column<I>[] {
  return [
    { name, description: `${what}: "2016-11-08", "2016-11" or "2016"; empty when not stated in the source.`, value: (i) => date(i)?.value ?? "" },
    { name: `${name}Precision`, description: "day, month or year; empty when not stated.", schema: z.enum(["day", "month", "year", ""]), value: (i) => date(i)?.precision ?? "" },
    { name: `${name}Certainty`, description: "stated, inferred, or not stated (no date in the source).", schema: certaintyColumn, value: (i) => date(i)?.certainty ?? NOT_STATED },
    { name: `${name}InferredFrom`, description: "How an inferred date was worked out.", value: (i) => date(i)?.inferredFrom ?? "" },
  ];
}

const common = <I extends { slug: string; url: string; pageUrl: string }>(): Column<I>[] => [
  { name: "slug", description: "The record's slug (stable identifier).", value: (i) => i.slug },
  { name: "url", description: "The record in the API.", value: (i) => i.url },
  { name: "pageUrl", description: "The record's page on the site.", value: (i) => i.pageUrl },
];
const cited = <I extends { cited: boolean }>(): Column<I> => ({
  name: "cited", description: "false when no passage of a published source supports the record.", schema: z.enum(["true", "false"]), value: (i) => i.cited,
});
const actorText = (a: ActorJSON) => (a.basedIn ? `${a.name} (${a.basedIn.name}${a.basedIn.certainty === "inferred" ? ", inferred" : ""})` : a.name);

export const CSV_COLUMNS: { [C in Collection]: Column<ItemOf<C>>[] } = {
  regions: [
    ...common(),
    { name: "name", description: "Name.", value: (i) => i.name },
    { name: "localNames", description: 'Local names as "ja: 京都府; fr: …" (general knowledge).', value: (i) => Object.entries(i.localNames).map(([lang, n]) => `${lang}: ${n}`).join(JOIN) },
    { name: "kind", description: "country, region, prefecture…", value: (i) => i.kind },
    { name: "country", description: "ISO 3166-1 alpha-2.", value: (i) => i.country },
    { name: "side", description: "europe, japan or elsewhere.", value: (i) => i.side },
    { name: "parentSlug", description: "The region it is part of.", value: (i) => i.parentSlug ?? "" },
    cited(),
  ],
  organisations: [
    ...common(),
    { name: "name", description: "Name.", value: (i) => i.name },
    { name: "kind", description: "cluster, agency, company…", value: (i) => i.kind },
    { name: "homeRegion", description: "Where it is based.", value: (i) => i.homeRegion?.name ?? "" },
    { name: "homeRegionSlug", description: "", value: (i) => i.homeRegion?.slug ?? "" },
    { name: "homeRegionCertainty", description: "stated, inferred, or not stated (no home region known).", schema: certaintyColumn, value: (i) => i.homeRegion?.certainty ?? NOT_STATED },
    { name: "homeRegionInferredFrom", description: "How an inferred home region is known.", value: (i) => i.homeRegion?.inferredFrom ?? "" },
    { name: "side", description: "Its home region's side.", value: (i) => i.homeRegion?.side ?? "" },
    cited(),
  ],
  agreements: [
    ...common(),
    { name: "title", description: "Title.", value: (i) => i.title },
    { name: "kind", description: "memorandum_of_understanding, joint_declaration…", value: (i) => i.kind },
    { name: "status", description: "announced, signed, active or expired.", value: (i) => i.status },
    ...dateColumns<ItemOf<"agreements">>("signedOn", "When it was signed", (i) => i.signedOn),
    { name: "parties", description: 'Parties and others named, "name (role)", joined with "; ".', value: (i) => i.parties.map((p) => `${actorText(p)} (${p.role})`).join(JOIN) },
    { name: "partySlugs", description: 'The same as "region:slug" or "organisation:slug".', value: (i) => i.parties.map((p) => `${p.type}:${p.slug}`).join(JOIN) },
    { name: "sectors", description: "Sector slugs.", value: (i) => i.sectors.map((s) => s.slug).join(JOIN) },
    cited(),
  ],
  missions: [
    ...common(),
    { name: "title", description: "Title.", value: (i) => i.title },
    ...dateColumns<ItemOf<"missions">>("startsOn", "Start", (i) => i.startsOn),
    ...dateColumns<ItemOf<"missions">>("endsOn", "End", (i) => i.endsOn),
    { name: "origin", description: "Where the delegation came from.", value: (i) => (i.origin ? actorText(i.origin) : "") },
    { name: "originSlug", description: '"region:slug" or "organisation:slug".', value: (i) => (i.origin ? `${i.origin.type}:${i.origin.slug}` : "") },
    { name: "destination", description: "The region it travelled to.", value: (i) => i.destination?.name ?? "" },
    { name: "destinationSlug", description: "", value: (i) => i.destination?.slug ?? "" },
    { name: "leader", description: '"name, title".', value: (i) => (i.leader ? `${i.leader.name}, ${i.leader.title}` : "") },
    cited(),
  ],
  events: [
    ...common(),
    { name: "name", description: "Name.", value: (i) => i.name },
    { name: "kind", description: "trade_fair, seminar…", value: (i) => i.kind },
    ...dateColumns<ItemOf<"events">>("startsOn", "Start", (i) => i.startsOn),
    ...dateColumns<ItemOf<"events">>("endsOn", "End", (i) => i.endsOn),
    { name: "venue", description: "Venue.", value: (i) => i.place?.venue ?? "" },
    { name: "city", description: "City.", value: (i) => i.place?.city?.name ?? "" },
    { name: "citySlug", description: "", value: (i) => i.place?.city?.slug ?? "" },
    { name: "placeCertainty", description: "stated, inferred, or not stated (no venue or city known).", schema: certaintyColumn, value: (i) => i.place?.certainty ?? NOT_STATED },
    { name: "placeInferredFrom", description: "How an inferred venue or city was worked out.", value: (i) => i.place?.inferredFrom ?? "" },
    cited(),
  ],
  sources: [
    ...common(),
    { name: "title", description: "Title.", value: (i) => i.title },
    { name: "publisher", description: "Publisher.", value: (i) => i.publisher ?? "" },
    { name: "language", description: "BCP 47 tag.", value: (i) => i.language },
    { name: "kind", description: "news, programme or press_release.", value: (i) => i.kind },
    ...dateColumns<ItemOf<"sources">>("publishedOn", "When it was published", (i) => i.publishedOn),
    { name: "citationCount", description: "Passages cited from it.", schema: z.string().regex(/^\d+$/), value: (i) => i.citationCount },
  ],
  sectors: [
    ...common(),
    { name: "name", description: "Name.", value: (i) => i.name },
    { name: "nameFr", description: "French name.", value: (i) => i.nameFr ?? "" },
    { name: "parentSlug", description: "The ecosystem a theme belongs to.", value: (i) => i.parentSlug ?? "" },
    { name: "synonyms", description: "Other words for it.", value: (i) => i.synonyms.join(JOIN) },
  ],
};

const ID: Record<Collection, string> = {
  regions: "RegionCsvRow", organisations: "OrganisationCsvRow", agreements: "AgreementCsvRow", missions: "MissionCsvRow",
  events: "EventCsvRow", sources: "SourceCsvRow", sectors: "SectorCsvRow",
};

/** Each collection's CSV row as an object of its cells (what a CSV reader with a header row gives), for the OpenAPI document. */
export const CSV_ROW_SCHEMAS = Object.fromEntries(
  (Object.keys(CSV_COLUMNS) as Collection[]).map((collection) => {
    const columns = CSV_COLUMNS[collection] as Column<unknown>[];
    const schema = z
      .object(Object.fromEntries(columns.map((c) => [c.name, (c.schema ?? z.string()).describe(c.description || c.name)])))
      .describe(`One row of the ${collection} CSV; the header row names these columns, in this order: ${columns.map((c) => c.name).join(", ")}.`);
    apiSchemas.add(schema, { id: ID[collection] });
    return [collection, schema];
  }),
) as Record<Collection, z.ZodObject>;

// csv-stringify quotes a field holding its record delimiter ("\r\n") but not
// a lone "\r" or "\n" (a name typed with a line break), which would split the
// record in two for every reader: quote those too.
const OPTIONS = { record_delimiter: "windows", quoted_match: /[\r\n]/ } as const;

const cell = (value: Cell) => (value === null ? "" : typeof value === "boolean" ? String(value) : value);

/** The header row (after the byte-order mark), as the export starts. */
export function csvHeader(collection: Collection): string {
  return BOM + stringify([CSV_COLUMNS[collection].map((c) => c.name)], OPTIONS);
}

/** CSV rows of some items of a collection (items of that collection: a list page's), formulas neutralised. */
export function csvRows(collection: Collection, items: ItemOf<Collection>[]): string {
  if (items.length === 0) return "";
  // Each collection's columns read its own items; the page holds only those.
  const columns = CSV_COLUMNS[collection] as Column<ItemOf<Collection>>[];
  return stringify(items.map((item) => columns.map((c) => cell(c.value(item)))), { ...OPTIONS, escape_formulas: true });
}
