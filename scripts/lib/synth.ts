// A synthetic, deterministic Kizuna directory of any size, for benchmarks
// (`npm run db:synth`, `npm run bench:search`). Never used by the app or the
// tests. Reference data (sectors, ~5,000 regions, a few well-known
// organisations) is built here from word lists; everything that scales with
// the number of agreements is generated set-based inside PostgreSQL
// (INSERT … SELECT … FROM generate_series), where every "random" choice is a
// hash of the row number and the seed (hashint8extended), so the same seed
// gives the same rows whatever the plan or the order of evaluation.
//
// Sizes for N agreements: ~N/10 organisations, N/25 people (one role each),
// N/50 missions, N/50 events, ~2.4 parties and ~1.6 sectors per agreement.
import { createHash } from "node:crypto";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { checkDatabaseUrl, ROOT } from "./database";
import { startEmbeddedPostgres } from "./embedded-postgres";
import { dropAll, migrate, readMigrations } from "./migrate";
import { sectors as SEED_SECTORS } from "../../prisma/seed/data/sectors";
import type { SeedSector } from "../../prisma/seed/types";
import { slugify as appSlugify } from "../../src/lib/slugs";

/** Raised when the same seed gives other rows (3: the seed's sector taxonomy), so older sets are rebuilt. */
export const SYNTH_VERSION = 3;
export const DEFAULT_SEED = 42;

export type SynthOptions = { agreements: number; seed?: number; log?: (line: string) => void };

// ------------------------------------------------------------------ markers

/**
 * What a synthetic set depends on: the migrations it was built with (their
 * checksums), so a set made before a migration changed is rebuilt.
 */
export function migrationsFingerprint(): string {
  return createHash("sha256").update(readMigrations().map((m) => `${m.name}:${m.checksum}`).join("\n")).digest("hex").slice(0, 12);
}

/** Recorded as the comment of the "Agreement" table once a synthesis completed. */
export function synthMarker(agreements: number, seed: number, seconds?: number): string {
  return `kizuna-synth v${SYNTH_VERSION} agreements=${agreements} seed=${seed} migrations=${migrationsFingerprint()}` +
    (seconds === undefined ? "" : ` seconds=${seconds.toFixed(1)}`);
}

export type SynthMarker = { version: number; agreements: number; seed: number; migrations: string; seconds: number | null };

export function parseSynthMarker(text: string | null | undefined): SynthMarker | null {
  const m = /^kizuna-synth v(\d+) agreements=(\d+) seed=(-?\d+)(?: migrations=([0-9a-f]+))?(?: seconds=([\d.]+))?$/.exec(text ?? "");
  if (!m) return null;
  return { version: Number(m[1]), agreements: Number(m[2]), seed: Number(m[3]), migrations: m[4] ?? "", seconds: m[5] ? Number(m[5]) : null };
}

/** The synthetic set a database holds, or null (no schema, not synthetic, or an interrupted run). */
export async function readSynthMarker(url: string): Promise<SynthMarker | null> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query<{ c: string | null }>(
      `SELECT CASE WHEN to_regclass('public."Agreement"') IS NULL THEN NULL ELSE obj_description(to_regclass('public."Agreement"'), 'pg_class') END AS c`,
    );
    return parseSynthMarker(rows[0]?.c);
  } finally {
    await client.end();
  }
}

export const COUNTED_TABLES = [
  "Sector", "Region", "Organisation", "OrganisationSector", "Person", "PersonRole", "Agreement", "AgreementParty",
  "AgreementSector", "AgreementSignatory", "Mission", "MissionParticipant", "MissionSector", "Event", "EventParticipant",
  "EventSector", "EventSession", "SessionSpeaker", "Source", "Citation", "Pair", "SearchDocument",
] as const;

/** Row counts of the directory's tables and the database's size on disk. */
export async function describeDatabase(url: string): Promise<{ counts: Record<string, number>; bytes: number }> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const counts: Record<string, number> = {};
    for (const table of COUNTED_TABLES) {
      const exists = await client.query(`SELECT to_regclass($1) AS r`, [`public."${table}"`]);
      if (!exists.rows[0].r) continue;
      const { rows } = await client.query<{ n: string }>(`SELECT count(*) AS n FROM "${table}"`);
      counts[table] = Number(rows[0].n);
    }
    const { rows } = await client.query<{ b: string }>(`SELECT pg_database_size(current_database()) AS b`);
    return { counts, bytes: Number(rows[0].b) };
  } finally {
    await client.end();
  }
}

export function formatBytes(bytes: number): string {
  if (bytes >= 1024 ** 3) return `${(bytes / 1024 ** 3).toFixed(2)} GB`;
  return `${(bytes / 1024 ** 2).toFixed(0)} MB`;
}

// ------------------------------------------------------------------ deterministic JS randomness (reference data)

function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function shuffle<T>(items: T[], rand: () => number): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(rand() * (i + 1));
    [out[i], out[j]] = [out[j], out[i]];
  }
  return out;
}

/** The app's slug rules, cut shorter so that numbered suffixes still fit in 80 characters. */
function slugify(text: string): string {
  return appSlugify(text).slice(0, 70).replace(/-+$/g, "");
}

// ------------------------------------------------------------------ sectors

// The taxonomy is the seed's (prisma/seed/data/sectors.ts), so that benchmarks
// measure the sectors the directory really has: only the words the generator
// puts into titles and summaries are added here, for each of the seed's themes.

type SectorDef = { slug: string; name: string; nameFr: string; synonyms?: string[]; summary: string; parent?: string };
type ThemeDef = SectorDef & {
  parent: string;
  /** Mid-sentence English ("smart cities"), French ("villes intelligentes"), short label ("Smart City") and Japanese (katakana) words. */
  topic: string;
  topicFr: string;
  short: string;
  ja: string;
};

/** The generator's words for each of the seed's themes, in order of popularity: the first ones get most agreements (a skewed, Zipf-like choice). */
const THEME_WORDS: [slug: string, topic: string, topicFr: string, short: string, ja: string][] = [
  ["biotech", "biotechnology", "biotechnologies", "Biotech", "バイオテック"],
  ["smart-city", "smart cities", "villes intelligentes", "Smart City", "スマートシティ"],
  ["medtech", "medical technology", "technologies médicales", "Medtech", "メドテック"],
  ["start-ups-innovation", "start-ups and innovation", "start-up et innovation", "Innovation", "イノベーション"],
  ["iot", "the Internet of Things", "objets connectés", "IoT", "IoT"],
  ["higher-education-research", "higher education and research", "enseignement supérieur et recherche", "Research", "研究"],
  ["trade-investment", "trade and investment", "commerce extérieur et investissement", "Trade", "貿易"],
  ["pharmaceuticals", "pharmaceuticals", "médicaments", "Pharma", "製薬"],
  ["culture-heritage", "culture and heritage", "culture et patrimoine", "Heritage", "文化"],
  ["digital-economy", "the digital economy", "économie numérique", "Digital", "デジタル"],
  ["fine-ceramics", "fine ceramics", "céramique fine", "Ceramics", "セラミックス"],
  ["energy-utilities", "energy and utilities", "énergie et réseaux", "Energy", "エネルギー"],
  ["high-tech", "high technology", "high-tech", "High Tech", "ハイテク"],
  ["mobile-apps", "mobile applications", "applications mobiles", "Apps", "アプリ"],
  ["sports-tech", "sports technology", "technologies du sport", "Sports Tech", "スポーツテック"],
  ["forestry", "forestry", "filière bois", "Forestry", "林業"],
];

/** The seed's sectors with the generator's words; throws when a seed theme has no words or words name no seed theme. */
export function synthSectors(): { ecosystems: SectorDef[]; themes: ThemeDef[]; positions: Map<string, number> } {
  const asDef = (s: SeedSector): SectorDef => ({ ...s, nameFr: s.nameFr ?? s.name, summary: s.summary ?? "" });
  const ecosystems = SEED_SECTORS.filter((s) => !s.parent).map(asDef);
  const seedThemes = new Map(SEED_SECTORS.filter((s) => s.parent).map((s) => [s.slug, s]));
  const missing = [...seedThemes.keys()].filter((slug) => !THEME_WORDS.some(([w]) => w === slug));
  const unknown = THEME_WORDS.map(([w]) => w).filter((slug) => !seedThemes.has(slug));
  if (missing.length || unknown.length) {
    throw new Error(`synth: THEME_WORDS and the seed's themes differ (no words for: ${missing.join(", ") || "none"}; not in the seed: ${unknown.join(", ") || "none"})`);
  }
  const themes = THEME_WORDS.map(([slug, topic, topicFr, short, ja]) => {
    const seed = seedThemes.get(slug)!;
    return { ...asDef(seed), parent: seed.parent!, topic, topicFr, short, ja };
  });
  return { ecosystems, themes, positions: new Map(SEED_SECTORS.map((s, i) => [s.slug, i])) };
}

const { ecosystems: ECOSYSTEMS, themes: THEMES, positions: SECTOR_POSITIONS } = synthSectors();

// ------------------------------------------------------------------ regions

type RegionRow = {
  id: number;
  slug: string;
  name: string;
  localNames: Record<string, string>;
  kind: "COUNTRY" | "REGION" | "PREFECTURE" | "METROPOLIS" | "DEPARTMENT" | "CITY" | "OTHER";
  country: string;
  side: "EUROPE" | "JAPAN" | "ELSEWHERE";
  parentId: number | null;
  iso: string | null;
  nuts: string | null;
  wikidata: string | null;
  lat: number;
  lon: number;
  summary: string;
  /** For party choice: a short name for organisation names ("Kyoto"), and the Japanese one ("京都"). */
  short: string;
  jaShort: string;
  /** Weight for the random part of the popularity order (bigger: more popular). */
  weight: number;
};

type TownFamily = { pre: string[]; suf: string[]; join?: string };

const TOWNS: Record<string, TownFamily> = {
  fr: { pre: ["Beau", "Mont", "Ville", "Roche", "Val", "Bel", "Font", "Haut", "Pont", "Champ", "Bois", "Fleur", "Grand", "Clair", "Roque", "Mar", "Lan", "Ker", "Neuf", "Chât"], suf: ["mont", "ville", "court", "fort", "lieu", "val", "bourg", "champ", "pré", "mer", "-sur-Loire", "-les-Bains", "-en-Vallée", "-sur-Mer", "ières", "ac"] },
  de: { pre: ["Ober", "Unter", "Neu", "Alt", "Bad ", "Berg", "Wald", "Rosen", "Linden", "Eich", "Hohen", "Stein", "Schön", "Klein", "Groß", "Mühl", "Bach", "Dorn", "Frei", "Hage"], suf: ["heim", "hausen", "dorf", "burg", "berg", "feld", "stadt", "bach", "au", "ingen", "brück", "thal", "kirchen", "münster"] },
  it: { pre: ["Castel", "Monte", "Villa", "Borgo", "Rocca", "Torre", "Porto", "Casal", "Fiume", "Lago", "Serra", "Poggio", "Colle", "Piano"], suf: ["franco", "nuovo", "bello", "verde", "lungo", "rosso", "maggiore", "vecchio", "alto", "fiorito", " San Marco", " di Sopra", " sul Mare"] },
  es: { pre: ["Villa", "Torre", "Puerto", "Val", "Alca", "Santa", "Monte", "Castro", "Peña", "Campo", "Fuente", "Vega"], suf: ["real", "nueva", "mayor", "verde", "alta", "blanca", "seca", "llana", "dorada", " del Río", " de la Sierra", " del Mar"] },
  pt: { pre: ["Vila", "Porto", "Santa", "Monte", "Torre", "Ponte", "Campo", "Castelo", "Ribeira", "Vale", "Serra", "Foz"], suf: [" Nova", " Velha", " Real", " Verde", " do Sul", " da Serra", " de Baixo", " Alta", " Branca", " Grande", " do Mar"] },
  nl: { pre: ["Oost", "West", "Noord", "Zuid", "Groot", "Klein", "Hoog", "Berg", "Zand", "Veen", "Dijk", "Water", "Heer", "Brede"], suf: ["dam", "dijk", "hoven", "broek", "wijk", "veen", "zaal", "kerke", "burg", "loo", "horst", "rode", "voort", "meer"] },
  nordic: { pre: ["Sand", "Berg", "Lund", "Ny", "Skog", "Strand", "Vik", "Hol", "Norr", "Sjö", "Ek", "Fjell", "Hav", "Lille"], suf: ["by", "holm", "vik", "stad", "köping", "sund", "berg", "lund", "näs", "fors", "rud", "vall", "dal", "havn"] },
  slavic: { pre: ["Nowa", "Stara", "Biała", "Zielona", "Dobra", "Wielka", "Krasna", "Sucha", "Zlatá", "Horná", "Dolní", "Velké", "Bystra", "Lipo"], suf: [" Góra", " Wieś", "wice", "ów", "vá", "sko", "ec", "ín", "any", "ovo", "ica", "ov", "nik", "poľe"] },
  hu: { pre: ["Szent", "Nagy", "Kis", "Tisza", "Duna", "Balaton", "Fehér", "Vas", "Arany", "Kő"], suf: ["vár", "falva", "háza", "hegy", "füred", "szállás", "keresztúr", "telek", "halom", "szeg"] },
  ro: { pre: ["Valea", "Satu", "Câmpu", "Dealu", "Podu", "Gura", "Poiana", "Piatra", "Izvoru", "Râmnicu"], suf: [" Mare", " Nou", " Lung", " Verde", " lui Vodă", " Roșu", " de Sus", " de Jos", " Alb", " Sărat"] },
  en: { pre: ["Ash", "Brook", "Clay", "Elm", "Fair", "Green", "Hill", "Kings", "Mill", "North", "Oak", "Stone", "West", "Bram", "Whit"], suf: ["ford", "field", "ton", "bury", "wick", "ham", "ley", "mouth", "worth", "bridge", "stead", "dale", "port", "minster"] },
  el: { pre: ["Agia", "Nea", "Ano", "Kato", "Palaia", "Megali", "Mikri", "Agios"], suf: [" Kalamos", " Lefki", " Kampos", " Limani", " Petra", " Vrysi", " Elaia", " Pyrgos", " Nikolaos", " Georgios"] },
  baltic: { pre: ["Jaun", "Vec", "Liel", "Maz", "Kalna", "Upes", "Ežer", "Žali", "Pajū", "Kõrve"], suf: ["pils", "ciems", "muiža", "kalns", "ai", "iai", "küla", "mäe", "ava", "kiai"] },
};

type CountryDef = {
  code: string;
  name: string;
  ja: string;
  native?: string;
  family: keyof typeof TOWNS;
  lat: number;
  lon: number;
  /** [name, local name in the country's language or ""] */
  regions: [string, string][];
  /** [name, index into regions, Japanese name or ""] */
  cities: [string, number, string][];
  /** Synthetic towns added to the real cities. */
  towns: number;
  lang: string;
};

const COUNTRIES: CountryDef[] = [
  { code: "FR", name: "France", ja: "フランス", family: "fr", lang: "fr", lat: 46.6, lon: 2.5, towns: 380,
    regions: [["Île-de-France", ""], ["Auvergne-Rhône-Alpes", ""], ["Occitanie", "Occitanie / Pyrénées-Méditerranée"], ["Nouvelle-Aquitaine", ""], ["Provence-Alpes-Côte d'Azur", ""], ["Grand Est", ""], ["Hauts-de-France", ""], ["Brittany", "Bretagne"], ["Normandy", "Normandie"], ["Pays de la Loire", ""], ["Centre-Val de Loire", ""], ["Bourgogne-Franche-Comté", ""], ["Corsica", "Corse"]],
    cities: [["Paris", 0, "パリ"], ["Lyon", 1, "リヨン"], ["Marseille", 4, "マルセイユ"], ["Toulouse", 2, "トゥールーズ"], ["Nice", 4, "ニース"], ["Nantes", 9, "ナント"], ["Strasbourg", 5, "ストラスブール"], ["Montpellier", 2, "モンペリエ"], ["Bordeaux", 3, "ボルドー"], ["Lille", 6, "リール"], ["Rennes", 7, "レンヌ"], ["Grenoble", 1, "グルノーブル"], ["Saint-Étienne", 1, ""], ["Toulon", 4, ""], ["Dijon", 11, "ディジョン"], ["Angers", 9, ""], ["Clermont-Ferrand", 1, ""], ["Le Havre", 8, ""], ["Rouen", 8, "ルーアン"], ["Caen", 8, ""], ["Reims", 5, "ランス"], ["Metz", 5, ""], ["Nancy", 5, "ナンシー"], ["Mulhouse", 5, ""], ["Orléans", 10, ""], ["Tours", 10, ""], ["Limoges", 3, ""], ["Poitiers", 3, ""], ["Perpignan", 2, ""], ["Nîmes", 2, ""], ["Ajaccio", 12, ""], ["Besançon", 11, ""]] },
  { code: "DE", name: "Germany", ja: "ドイツ", native: "Deutschland", family: "de", lang: "de", lat: 51.1, lon: 10.4, towns: 400,
    regions: [["Bavaria", "Bayern"], ["Baden-Württemberg", "Baden-Württemberg"], ["North Rhine-Westphalia", "Nordrhein-Westfalen"], ["Hesse", "Hessen"], ["Lower Saxony", "Niedersachsen"], ["Saxony", "Sachsen"], ["Berlin", "Berlin"], ["Hamburg", "Hamburg"], ["Bremen", "Bremen"], ["Rhineland-Palatinate", "Rheinland-Pfalz"], ["Saarland", "Saarland"], ["Schleswig-Holstein", "Schleswig-Holstein"], ["Brandenburg", "Brandenburg"], ["Mecklenburg-Vorpommern", "Mecklenburg-Vorpommern"], ["Saxony-Anhalt", "Sachsen-Anhalt"], ["Thuringia", "Thüringen"]],
    cities: [["Munich", 0, "ミュンヘン"], ["Nuremberg", 0, "ニュルンベルク"], ["Stuttgart", 1, "シュトゥットガルト"], ["Karlsruhe", 1, ""], ["Heidelberg", 1, "ハイデルベルク"], ["Freiburg", 1, ""], ["Cologne", 2, "ケルン"], ["Düsseldorf", 2, "デュッセルドルフ"], ["Dortmund", 2, ""], ["Essen", 2, ""], ["Aachen", 2, ""], ["Frankfurt", 3, "フランクフルト"], ["Darmstadt", 3, ""], ["Hanover", 4, "ハノーファー"], ["Leipzig", 5, "ライプツィヒ"], ["Dresden", 5, "ドレスデン"], ["Mainz", 9, ""], ["Kiel", 11, ""], ["Potsdam", 12, ""], ["Rostock", 13, ""], ["Magdeburg", 14, ""], ["Erfurt", 15, ""], ["Jena", 15, ""], ["Saarbrücken", 10, ""]] },
  { code: "IT", name: "Italy", ja: "イタリア", native: "Italia", family: "it", lang: "it", lat: 42.8, lon: 12.6, towns: 320,
    regions: [["Lombardy", "Lombardia"], ["Piedmont", "Piemonte"], ["Veneto", "Veneto"], ["Emilia-Romagna", "Emilia-Romagna"], ["Tuscany", "Toscana"], ["Lazio", "Lazio"], ["Campania", "Campania"], ["Sicily", "Sicilia"], ["Apulia", "Puglia"], ["Liguria", "Liguria"], ["Friuli-Venezia Giulia", "Friuli-Venezia Giulia"], ["Trentino-South Tyrol", "Trentino-Alto Adige"], ["Sardinia", "Sardegna"], ["Marche", "Marche"], ["Umbria", "Umbria"], ["Abruzzo", "Abruzzo"], ["Calabria", "Calabria"]],
    cities: [["Milan", 0, "ミラノ"], ["Turin", 1, "トリノ"], ["Venice", 2, "ヴェネツィア"], ["Bologna", 3, "ボローニャ"], ["Florence", 4, "フィレンツェ"], ["Rome", 5, "ローマ"], ["Naples", 6, "ナポリ"], ["Palermo", 7, ""], ["Bari", 8, ""], ["Genoa", 9, "ジェノヴァ"], ["Trieste", 10, ""], ["Trento", 11, ""], ["Padua", 2, ""], ["Verona", 2, ""], ["Pisa", 4, ""], ["Parma", 3, ""], ["Modena", 3, ""], ["Cagliari", 12, ""], ["Perugia", 14, ""]] },
  { code: "ES", name: "Spain", ja: "スペイン", native: "España", family: "es", lang: "es", lat: 40.2, lon: -3.6, towns: 300,
    regions: [["Catalonia", "Catalunya"], ["Community of Madrid", "Comunidad de Madrid"], ["Andalusia", "Andalucía"], ["Valencian Community", "Comunitat Valenciana"], ["Basque Country", "Euskadi"], ["Galicia", "Galicia"], ["Castile and León", "Castilla y León"], ["Aragon", "Aragón"], ["Navarre", "Navarra"], ["Asturias", "Asturias"], ["Region of Murcia", "Región de Murcia"], ["Canary Islands", "Canarias"], ["Balearic Islands", "Illes Balears"]],
    cities: [["Barcelona", 0, "バルセロナ"], ["Madrid", 1, "マドリード"], ["Seville", 2, "セビリア"], ["Valencia", 3, "バレンシア"], ["Bilbao", 4, "ビルバオ"], ["San Sebastián", 4, ""], ["Vigo", 5, ""], ["Valladolid", 6, ""], ["Zaragoza", 7, ""], ["Pamplona", 8, ""], ["Oviedo", 9, ""], ["Málaga", 2, "マラガ"], ["Granada", 2, ""], ["Murcia", 10, ""], ["Las Palmas", 11, ""], ["Palma", 12, ""]] },
  { code: "PT", name: "Portugal", ja: "ポルトガル", family: "pt", lang: "pt", lat: 39.6, lon: -8.0, towns: 90,
    regions: [["Norte", "Norte"], ["Centro", "Centro"], ["Lisbon Metropolitan Area", "Área Metropolitana de Lisboa"], ["Alentejo", "Alentejo"], ["Algarve", "Algarve"], ["Azores", "Açores"], ["Madeira", "Madeira"]],
    cities: [["Lisbon", 2, "リスボン"], ["Porto", 0, "ポルト"], ["Braga", 0, ""], ["Coimbra", 1, ""], ["Aveiro", 1, ""], ["Faro", 4, ""], ["Évora", 3, ""], ["Funchal", 6, ""]] },
  { code: "BE", name: "Belgium", ja: "ベルギー", native: "België", family: "nl", lang: "nl", lat: 50.6, lon: 4.6, towns: 90,
    regions: [["Flanders", "Vlaanderen"], ["Wallonia", "Wallonie"], ["Brussels-Capital Region", "Région de Bruxelles-Capitale"]],
    cities: [["Brussels", 2, "ブリュッセル"], ["Antwerp", 0, "アントワープ"], ["Ghent", 0, "ゲント"], ["Leuven", 0, "ルーヴェン"], ["Bruges", 0, "ブルージュ"], ["Liège", 1, "リエージュ"], ["Namur", 1, ""], ["Charleroi", 1, ""], ["Mons", 1, ""]] },
  { code: "NL", name: "Netherlands", ja: "オランダ", native: "Nederland", family: "nl", lang: "nl", lat: 52.2, lon: 5.3, towns: 120,
    regions: [["North Holland", "Noord-Holland"], ["South Holland", "Zuid-Holland"], ["Utrecht Province", "Provincie Utrecht"], ["North Brabant", "Noord-Brabant"], ["Gelderland", "Gelderland"], ["Overijssel", "Overijssel"], ["Groningen Province", "Provincie Groningen"], ["Limburg", "Limburg"], ["Zeeland", "Zeeland"], ["Flevoland", "Flevoland"], ["Friesland", "Fryslân"], ["Drenthe", "Drenthe"]],
    cities: [["Amsterdam", 0, "アムステルダム"], ["Rotterdam", 1, "ロッテルダム"], ["The Hague", 1, "ハーグ"], ["Eindhoven", 3, "アイントホーフェン"], ["Utrecht", 2, ""], ["Delft", 1, ""], ["Leiden", 1, ""], ["Nijmegen", 4, ""], ["Groningen", 6, ""], ["Maastricht", 7, ""], ["Enschede", 5, ""]] },
  { code: "IE", name: "Ireland", ja: "アイルランド", native: "Éire", family: "en", lang: "ga", lat: 53.2, lon: -8.2, towns: 50,
    regions: [["Eastern and Midland", ""], ["Southern Region", ""], ["Northern and Western", ""]],
    cities: [["Dublin", 0, "ダブリン"], ["Cork", 1, ""], ["Galway", 2, ""], ["Limerick", 1, ""]] },
  { code: "AT", name: "Austria", ja: "オーストリア", native: "Österreich", family: "de", lang: "de", lat: 47.6, lon: 14.1, towns: 90,
    regions: [["Vienna", "Wien"], ["Upper Austria", "Oberösterreich"], ["Lower Austria", "Niederösterreich"], ["Styria", "Steiermark"], ["Tyrol", "Tirol"], ["Salzburg State", "Land Salzburg"], ["Carinthia", "Kärnten"], ["Vorarlberg", "Vorarlberg"], ["Burgenland", "Burgenland"]],
    cities: [["Linz", 1, "リンツ"], ["Graz", 3, "グラーツ"], ["Innsbruck", 4, "インスブルック"], ["Salzburg", 5, "ザルツブルク"], ["Klagenfurt", 6, ""], ["St. Pölten", 2, ""]] },
  { code: "CH", name: "Switzerland", ja: "スイス", native: "Schweiz", family: "de", lang: "de", lat: 46.8, lon: 8.2, towns: 80,
    regions: [["Canton of Zurich", "Kanton Zürich"], ["Canton of Geneva", "Canton de Genève"], ["Basel-Stadt", "Basel-Stadt"], ["Vaud", "Vaud"], ["Canton of Bern", "Kanton Bern"], ["Ticino", "Ticino"], ["Canton of Lucerne", "Kanton Luzern"]],
    cities: [["Zurich", 0, "チューリッヒ"], ["Geneva", 1, "ジュネーヴ"], ["Basel", 2, "バーゼル"], ["Lausanne", 3, "ローザンヌ"], ["Bern", 4, "ベルン"], ["Lugano", 5, ""], ["Lucerne", 6, ""]] },
  { code: "DK", name: "Denmark", ja: "デンマーク", native: "Danmark", family: "nordic", lang: "da", lat: 56.0, lon: 10.0, towns: 60,
    regions: [["Capital Region of Denmark", "Region Hovedstaden"], ["Central Denmark", "Region Midtjylland"], ["Southern Denmark", "Region Syddanmark"], ["Zealand", "Region Sjælland"], ["North Denmark", "Region Nordjylland"]],
    cities: [["Copenhagen", 0, "コペンハーゲン"], ["Aarhus", 1, "オーフス"], ["Odense", 2, ""], ["Aalborg", 4, ""]] },
  { code: "SE", name: "Sweden", ja: "スウェーデン", native: "Sverige", family: "nordic", lang: "sv", lat: 62.0, lon: 15.0, towns: 90,
    regions: [["Stockholm County", "Stockholms län"], ["Västra Götaland", "Västra Götalands län"], ["Skåne", "Skåne län"], ["Uppsala County", "Uppsala län"], ["Östergötland", "Östergötlands län"], ["Västerbotten", "Västerbottens län"]],
    cities: [["Stockholm", 0, "ストックホルム"], ["Gothenburg", 1, "ヨーテボリ"], ["Malmö", 2, "マルメ"], ["Uppsala", 3, ""], ["Linköping", 4, ""], ["Lund", 2, ""], ["Umeå", 5, ""]] },
  { code: "FI", name: "Finland", ja: "フィンランド", native: "Suomi", family: "nordic", lang: "fi", lat: 62.5, lon: 25.8, towns: 60,
    regions: [["Uusimaa", "Uusimaa"], ["Pirkanmaa", "Pirkanmaa"], ["Southwest Finland", "Varsinais-Suomi"], ["North Ostrobothnia", "Pohjois-Pohjanmaa"], ["Central Finland", "Keski-Suomi"]],
    cities: [["Helsinki", 0, "ヘルシンキ"], ["Espoo", 0, ""], ["Tampere", 1, ""], ["Turku", 2, ""], ["Oulu", 3, ""], ["Jyväskylä", 4, ""]] },
  { code: "NO", name: "Norway", ja: "ノルウェー", native: "Norge", family: "nordic", lang: "no", lat: 61.0, lon: 9.5, towns: 50,
    regions: [["Oslo County", "Oslo fylke"], ["Vestland", "Vestland"], ["Trøndelag", "Trøndelag"], ["Rogaland", "Rogaland"], ["Viken", "Viken"]],
    cities: [["Oslo", 0, "オスロ"], ["Bergen", 1, "ベルゲン"], ["Trondheim", 2, ""], ["Stavanger", 3, ""]] },
  { code: "PL", name: "Poland", ja: "ポーランド", native: "Polska", family: "slavic", lang: "pl", lat: 52.0, lon: 19.4, towns: 200,
    regions: [["Masovia", "Mazowieckie"], ["Lesser Poland", "Małopolska"], ["Silesia", "Śląskie"], ["Greater Poland", "Wielkopolska"], ["Lower Silesia", "Dolnośląskie"], ["Pomerania", "Pomorskie"], ["Łódź Voivodeship", "Łódzkie"], ["Lublin Voivodeship", "Lubelskie"]],
    cities: [["Warsaw", 0, "ワルシャワ"], ["Kraków", 1, "クラクフ"], ["Katowice", 2, ""], ["Poznań", 3, ""], ["Wrocław", 4, "ヴロツワフ"], ["Gdańsk", 5, ""], ["Łódź", 6, ""], ["Lublin", 7, ""]] },
  { code: "CZ", name: "Czechia", ja: "チェコ", native: "Česko", family: "slavic", lang: "cs", lat: 49.8, lon: 15.5, towns: 90,
    regions: [["Prague Region", "Hlavní město Praha"], ["South Moravia", "Jihomoravský kraj"], ["Central Bohemia", "Středočeský kraj"], ["Moravia-Silesia", "Moravskoslezský kraj"], ["Plzeň Region", "Plzeňský kraj"]],
    cities: [["Prague", 0, "プラハ"], ["Brno", 1, "ブルノ"], ["Ostrava", 3, ""], ["Plzeň", 4, ""]] },
  { code: "SK", name: "Slovakia", ja: "スロバキア", native: "Slovensko", family: "slavic", lang: "sk", lat: 48.7, lon: 19.7, towns: 40,
    regions: [["Bratislava Region", "Bratislavský kraj"], ["Košice Region", "Košický kraj"], ["Žilina Region", "Žilinský kraj"]],
    cities: [["Bratislava", 0, "ブラチスラヴァ"], ["Košice", 1, ""], ["Žilina", 2, ""]] },
  { code: "HU", name: "Hungary", ja: "ハンガリー", native: "Magyarország", family: "hu", lang: "hu", lat: 47.2, lon: 19.5, towns: 70,
    regions: [["Central Hungary", "Közép-Magyarország"], ["Western Transdanubia", "Nyugat-Dunántúl"], ["Southern Great Plain", "Dél-Alföld"], ["Northern Hungary", "Észak-Magyarország"]],
    cities: [["Budapest", 0, "ブダペスト"], ["Debrecen", 3, ""], ["Szeged", 2, ""], ["Győr", 1, ""], ["Pécs", 1, ""]] },
  { code: "SI", name: "Slovenia", ja: "スロベニア", native: "Slovenija", family: "slavic", lang: "sl", lat: 46.1, lon: 14.9, towns: 25,
    regions: [["Western Slovenia", "Zahodna Slovenija"], ["Eastern Slovenia", "Vzhodna Slovenija"]],
    cities: [["Ljubljana", 0, "リュブリャナ"], ["Maribor", 1, ""], ["Koper", 0, ""]] },
  { code: "HR", name: "Croatia", ja: "クロアチア", native: "Hrvatska", family: "slavic", lang: "hr", lat: 45.1, lon: 15.2, towns: 35,
    regions: [["City of Zagreb Region", "Grad Zagreb"], ["Adriatic Croatia", "Jadranska Hrvatska"], ["Pannonian Croatia", "Panonska Hrvatska"]],
    cities: [["Zagreb", 0, "ザグレブ"], ["Split", 1, ""], ["Rijeka", 1, ""], ["Osijek", 2, ""]] },
  { code: "GR", name: "Greece", ja: "ギリシャ", native: "Ελλάδα", family: "el", lang: "el", lat: 39.1, lon: 22.0, towns: 60,
    regions: [["Attica", "Αττική"], ["Central Macedonia", "Κεντρική Μακεδονία"], ["Crete", "Κρήτη"], ["Western Greece", "Δυτική Ελλάδα"]],
    cities: [["Athens", 0, "アテネ"], ["Thessaloniki", 1, ""], ["Heraklion", 2, ""], ["Patras", 3, ""]] },
  { code: "RO", name: "Romania", ja: "ルーマニア", native: "România", family: "ro", lang: "ro", lat: 45.9, lon: 24.9, towns: 70,
    regions: [["Bucharest-Ilfov", "București-Ilfov"], ["North-West Romania", "Nord-Vest"], ["Centru", "Centru"], ["West Romania", "Vest"]],
    cities: [["Bucharest", 0, "ブカレスト"], ["Cluj-Napoca", 1, ""], ["Timișoara", 3, ""], ["Brașov", 2, ""], ["Sibiu", 2, ""]] },
  { code: "BG", name: "Bulgaria", ja: "ブルガリア", native: "България", family: "slavic", lang: "bg", lat: 42.7, lon: 25.5, towns: 35,
    regions: [["Yugozapaden", "Югозападен"], ["Yuzhen tsentralen", "Южен централен"], ["Severoiztochen", "Североизточен"]],
    cities: [["Sofia", 0, "ソフィア"], ["Plovdiv", 1, ""], ["Varna", 2, ""]] },
  { code: "EE", name: "Estonia", ja: "エストニア", native: "Eesti", family: "baltic", lang: "et", lat: 58.6, lon: 25.0, towns: 20,
    regions: [["Harju County", "Harju maakond"], ["Tartu County", "Tartu maakond"]],
    cities: [["Tallinn", 0, "タリン"], ["Tartu", 1, ""]] },
  { code: "LT", name: "Lithuania", ja: "リトアニア", native: "Lietuva", family: "baltic", lang: "lt", lat: 55.2, lon: 23.9, towns: 25,
    regions: [["Capital Region of Lithuania", "Sostinės regionas"], ["Central and Western Lithuania", "Vidurio ir vakarų Lietuvos regionas"]],
    cities: [["Vilnius", 0, "ヴィリニュス"], ["Kaunas", 1, ""], ["Klaipėda", 1, ""]] },
  { code: "LV", name: "Latvia", ja: "ラトビア", native: "Latvija", family: "baltic", lang: "lv", lat: 56.9, lon: 24.6, towns: 20,
    regions: [["Riga Region", "Rīgas reģions"], ["Kurzeme", "Kurzeme"]],
    cities: [["Riga", 0, "リガ"], ["Liepāja", 1, ""]] },
  { code: "GB", name: "United Kingdom", ja: "イギリス", family: "en", lang: "en", lat: 54.0, lon: -2.5, towns: 220,
    regions: [["Greater London", ""], ["South East England", ""], ["North West England", ""], ["Scotland", "Alba"], ["Wales", "Cymru"], ["West Midlands", ""], ["Yorkshire and the Humber", ""], ["East of England", ""], ["Northern Ireland", ""]],
    cities: [["London", 0, "ロンドン"], ["Manchester", 2, "マンチェスター"], ["Birmingham", 5, "バーミンガム"], ["Edinburgh", 3, "エディンバラ"], ["Glasgow", 3, "グラスゴー"], ["Cardiff", 4, ""], ["Leeds", 6, ""], ["Cambridge", 7, "ケンブリッジ"], ["Oxford", 1, "オックスフォード"], ["Belfast", 8, ""], ["Liverpool", 2, "リバプール"], ["Bristol", 1, ""]] },
];

/** [romaji, kanji without suffix] — JIS order, so JP-01 … JP-47. */
const PREFECTURES: [string, string][] = [
  ["Hokkaido", "北海道"], ["Aomori", "青森"], ["Iwate", "岩手"], ["Miyagi", "宮城"], ["Akita", "秋田"], ["Yamagata", "山形"], ["Fukushima", "福島"],
  ["Ibaraki", "茨城"], ["Tochigi", "栃木"], ["Gunma", "群馬"], ["Saitama", "埼玉"], ["Chiba", "千葉"], ["Tokyo", "東京"], ["Kanagawa", "神奈川"],
  ["Niigata", "新潟"], ["Toyama", "富山"], ["Ishikawa", "石川"], ["Fukui", "福井"], ["Yamanashi", "山梨"], ["Nagano", "長野"], ["Gifu", "岐阜"],
  ["Shizuoka", "静岡"], ["Aichi", "愛知"], ["Mie", "三重"], ["Shiga", "滋賀"], ["Kyoto", "京都"], ["Osaka", "大阪"], ["Hyogo", "兵庫"],
  ["Nara", "奈良"], ["Wakayama", "和歌山"], ["Tottori", "鳥取"], ["Shimane", "島根"], ["Okayama", "岡山"], ["Hiroshima", "広島"], ["Yamaguchi", "山口"],
  ["Tokushima", "徳島"], ["Kagawa", "香川"], ["Ehime", "愛媛"], ["Kochi", "高知"], ["Fukuoka", "福岡"], ["Saga", "佐賀"], ["Nagasaki", "長崎"],
  ["Kumamoto", "熊本"], ["Oita", "大分"], ["Miyazaki", "宮崎"], ["Kagoshima", "鹿児島"], ["Okinawa", "沖縄"],
];

/** Real municipalities: [romaji, kanji with suffix, prefecture number]. */
const JP_CITIES: [string, string, number][] = [
  ["Sapporo", "札幌市", 1], ["Hakodate", "函館市", 1], ["Asahikawa", "旭川市", 1], ["Aomori", "青森市", 2], ["Hachinohe", "八戸市", 2], ["Morioka", "盛岡市", 3],
  ["Sendai", "仙台市", 4], ["Akita", "秋田市", 5], ["Yamagata", "山形市", 6], ["Fukushima", "福島市", 7], ["Koriyama", "郡山市", 7], ["Iwaki", "いわき市", 7],
  ["Mito", "水戸市", 8], ["Tsukuba", "つくば市", 8], ["Hitachi", "日立市", 8], ["Utsunomiya", "宇都宮市", 9], ["Maebashi", "前橋市", 10], ["Takasaki", "高崎市", 10],
  ["Saitama", "さいたま市", 11], ["Kawagoe", "川越市", 11], ["Chiba", "千葉市", 12], ["Funabashi", "船橋市", 12], ["Kashiwa", "柏市", 12],
  ["Hachioji", "八王子市", 13], ["Machida", "町田市", 13], ["Musashino", "武蔵野市", 13], ["Yokohama", "横浜市", 14], ["Kawasaki", "川崎市", 14],
  ["Sagamihara", "相模原市", 14], ["Yokosuka", "横須賀市", 14], ["Fujisawa", "藤沢市", 14], ["Niigata", "新潟市", 15], ["Nagaoka", "長岡市", 15],
  ["Toyama", "富山市", 16], ["Kanazawa", "金沢市", 17], ["Fukui", "福井市", 18], ["Kofu", "甲府市", 19], ["Nagano", "長野市", 20], ["Matsumoto", "松本市", 20],
  ["Gifu", "岐阜市", 21], ["Takayama", "高山市", 21], ["Shizuoka", "静岡市", 22], ["Hamamatsu", "浜松市", 22], ["Nagoya", "名古屋市", 23], ["Toyota", "豊田市", 23],
  ["Okazaki", "岡崎市", 23], ["Tsu", "津市", 24], ["Yokkaichi", "四日市市", 24], ["Otsu", "大津市", 25], ["Kyoto", "京都市", 26], ["Uji", "宇治市", 26],
  ["Osaka", "大阪市", 27], ["Sakai", "堺市", 27], ["Higashiosaka", "東大阪市", 27], ["Suita", "吹田市", 27], ["Kobe", "神戸市", 28], ["Himeji", "姫路市", 28],
  ["Nishinomiya", "西宮市", 28], ["Nara", "奈良市", 29], ["Wakayama", "和歌山市", 30], ["Tottori", "鳥取市", 31], ["Matsue", "松江市", 32], ["Okayama", "岡山市", 33],
  ["Kurashiki", "倉敷市", 33], ["Hiroshima", "広島市", 34], ["Fukuyama", "福山市", 34], ["Yamaguchi", "山口市", 35], ["Shimonoseki", "下関市", 35],
  ["Tokushima", "徳島市", 36], ["Takamatsu", "高松市", 37], ["Matsuyama", "松山市", 38], ["Kochi", "高知市", 39], ["Fukuoka", "福岡市", 40],
  ["Kitakyushu", "北九州市", 40], ["Kurume", "久留米市", 40], ["Saga", "佐賀市", 41], ["Nagasaki", "長崎市", 42], ["Sasebo", "佐世保市", 42],
  ["Kumamoto", "熊本市", 43], ["Oita", "大分市", 44], ["Beppu", "別府市", 44], ["Miyazaki", "宮崎市", 45], ["Kagoshima", "鹿児島市", 46], ["Naha", "那覇市", 47],
  ["Okinawa City", "沖縄市", 47],
];

const JP_PARTS_A: [string, string][] = [
  ["Kita", "北"], ["Minami", "南"], ["Higashi", "東"], ["Nishi", "西"], ["Taka", "高"], ["Naga", "長"], ["Oo", "大"], ["Ko", "小"], ["Yama", "山"], ["Kawa", "川"],
  ["Shima", "島"], ["Matsu", "松"], ["Fuji", "藤"], ["Ishi", "石"], ["Sakura", "桜"], ["Asa", "朝"], ["Kane", "金"], ["Mizu", "水"], ["Hara", "原"], ["Mori", "森"],
  ["Toyo", "豊"], ["Shin", "新"], ["Kami", "上"], ["Shimo", "下"], ["Naka", "中"], ["Hiro", "広"], ["Sano", "佐野"], ["Ichi", "市"], ["Mitsu", "三"], ["Ao", "青"],
];
const JP_PARTS_B: [string, string][] = [
  ["yama", "山"], ["kawa", "川"], ["ta", "田"], ["shima", "島"], ["hara", "原"], ["mori", "森"], ["saki", "崎"], ["no", "野"], ["oka", "岡"], ["sawa", "沢"],
  ["hashi", "橋"], ["zawa", "沢"], ["mura", "村"], ["matsu", "松"], ["ura", "浦"], ["ise", "伊勢"], ["tsu", "津"], ["gawa", "川"], ["dai", "台"], ["ike", "池"],
  ["kubo", "久保"], ["fuchi", "淵"], ["sato", "里"], ["mine", "峰"],
];

const JP_SUFFIX_EN: Record<string, string> = { "市": "", "町": " Town", "村": " Village" };

function buildRegions(seed: number): RegionRow[] {
  const rand = mulberry32(seed ^ 0x5eed);
  const rows: RegionRow[] = [];
  const slugs = new Set<string>();
  const uniqueSlug = (base: string, ...fallbacks: string[]) => {
    for (const candidate of [base, ...fallbacks.map((f) => `${base}-${f}`)]) {
      const s = slugify(candidate);
      if (s && !slugs.has(s)) { slugs.add(s); return s; }
    }
    for (let i = 2; ; i++) {
      const s = slugify(`${base}-${i}`);
      if (!slugs.has(s)) { slugs.add(s); return s; }
    }
  };
  const add = (row: Omit<RegionRow, "id" | "slug">, slug: string): RegionRow => {
    const full = { ...row, id: rows.length + 1, slug };
    rows.push(full);
    return full;
  };
  const jitter = (v: number, by: number) => Math.round((v + (rand() - 0.5) * by) * 10000) / 10000;

  // Europe
  for (const c of COUNTRIES) {
    const country = add({
      name: c.name, localNames: { ...(c.native ? { [c.lang]: c.native } : {}), ja: c.ja }, kind: "COUNTRY", country: c.code, side: "EUROPE",
      parentId: null, iso: null, nuts: c.code === "GB" ? "UK" : c.code === "GR" ? "EL" : c.code, wikidata: null, lat: c.lat, lon: c.lon,
      summary: `${c.name}, a European country.`, short: c.name, jaShort: c.ja, weight: 0,
    }, uniqueSlug(c.name));
    const regionRows = c.regions.map(([name, local], i) =>
      add({
        name, localNames: local ? { [c.lang]: local } : {}, kind: "REGION", country: c.code, side: "EUROPE", parentId: country.id,
        iso: `${c.code}-${slugify(name).replace(/-/g, "").slice(0, 3).toUpperCase()}`, nuts: `${country.nuts}${(i + 1).toString(36).toUpperCase()}`,
        wikidata: null, lat: jitter(c.lat, 3), lon: jitter(c.lon, 4), summary: `Region of ${c.name}.`, short: name, jaShort: "", weight: 4,
      }, uniqueSlug(name, c.code.toLowerCase())),
    );
    for (const [name, regionIndex, ja] of c.cities) {
      const parent = regionRows[regionIndex];
      add({
        name, localNames: ja ? { ja } : {}, kind: "CITY", country: c.code, side: "EUROPE", parentId: parent.id, iso: null, nuts: null,
        wikidata: null, lat: jitter(parent.lat, 1), lon: jitter(parent.lon, 1), summary: `City in ${parent.name}, ${c.name}.`,
        short: name, jaShort: ja, weight: 3,
      }, uniqueSlug(name, c.code.toLowerCase()));
    }
    const fam = TOWNS[c.family];
    const combos = shuffle(fam.pre.flatMap((p) => fam.suf.map((s) => {
      // "Bad " + "heim" -> "Bad Heim"; "Beau" + "-sur-Loire" -> "Beau-sur-Loire"; "Ober" + "dorf" -> "Oberdorf".
      const joined = /\s$/.test(p) ? p + s.charAt(0).toUpperCase() + s.slice(1) : p + s;
      return joined.replace(/\s+/g, " ").trim();
    })), rand);
    for (let i = 0; i < c.towns; i++) {
      const name = combos[i % combos.length];
      const parent = regionRows[Math.floor(rand() ** 1.5 * regionRows.length)];
      add({
        name, localNames: {}, kind: "CITY", country: c.code, side: "EUROPE", parentId: parent.id, iso: null, nuts: null, wikidata: null,
        lat: jitter(parent.lat, 1.5), lon: jitter(parent.lon, 1.5), summary: `Town in ${parent.name}, ${c.name}.`, short: name, jaShort: "", weight: 1,
      }, uniqueSlug(name, c.code.toLowerCase(), parent.short));
    }
  }

  // Japan
  const japan = add({
    name: "Japan", localNames: { ja: "日本", fr: "Japon" }, kind: "COUNTRY", country: "JP", side: "JAPAN", parentId: null, iso: null, nuts: null,
    wikidata: null, lat: 36.2, lon: 138.25, summary: "Japan.", short: "Japan", jaShort: "日本", weight: 0,
  }, uniqueSlug("japan"));
  const prefectures = PREFECTURES.map(([romaji, kanji], i) => {
    const suffix = romaji === "Hokkaido" ? "" : romaji === "Tokyo" ? "都" : romaji === "Kyoto" || romaji === "Osaka" ? "府" : "県";
    const name = romaji === "Hokkaido" || romaji === "Tokyo" ? romaji : `${romaji} Prefecture`;
    const lat = Math.round((43.2 - (i / 46) * 17) * 1000) / 1000;
    const lon = Math.round((141.8 - (i / 46) * 14) * 1000) / 1000;
    return add({
      name, localNames: { ja: `${kanji}${suffix}` }, kind: romaji === "Tokyo" ? "METROPOLIS" : "PREFECTURE", country: "JP", side: "JAPAN",
      parentId: japan.id, iso: `JP-${String(i + 1).padStart(2, "0")}`, nuts: null, wikidata: null, lat, lon,
      summary: romaji === "Tokyo" ? "Tokyo Metropolis, the capital of Japan." : `Prefecture of Japan (${kanji}${suffix}).`,
      short: romaji, jaShort: kanji, weight: 5,
    }, uniqueSlug(romaji === "Hokkaido" || romaji === "Tokyo" ? romaji : `${romaji} Prefecture`));
  });
  const realByPref = new Map<number, Set<string>>();
  for (const [romaji, kanji, pref] of JP_CITIES) {
    const parent = prefectures[pref - 1];
    realByPref.set(pref, (realByPref.get(pref) ?? new Set()).add(romaji));
    add({
      name: romaji, localNames: { ja: kanji }, kind: "CITY", country: "JP", side: "JAPAN", parentId: parent.id, iso: null, nuts: null, wikidata: null,
      lat: jitter(parent.lat, 0.6), lon: jitter(parent.lon, 0.6), summary: `City in ${parent.name}, Japan.`, short: romaji.replace(/ City$/, ""),
      jaShort: kanji.replace(/[市町村]$/, ""), weight: 3,
    }, uniqueSlug(romaji, parent.short));
  }
  // ~1,620 synthetic municipalities, more in the large prefectures.
  const synthetic = 1620;
  const weights = PREFECTURES.map((_, i) => (i === 0 ? 4 : 1) + rand());
  const total = weights.reduce((a, b) => a + b, 0);
  PREFECTURES.forEach((_, i) => {
    const parent = prefectures[i];
    const count = Math.round((weights[i] / total) * synthetic);
    const combos = shuffle(JP_PARTS_A.flatMap((a) => JP_PARTS_B.map((b) => [a, b] as const)), rand);
    let made = 0;
    for (const [[ra, ka], [rb, kb]] of combos) {
      if (made >= count) break;
      const romaji = `${ra}${rb}`;
      if (realByPref.get(i + 1)?.has(romaji)) continue;
      const u = rand();
      const suffix = u < 0.45 ? "市" : u < 0.88 ? "町" : "村";
      const name = `${romaji}${JP_SUFFIX_EN[suffix]}`;
      add({
        name, localNames: { ja: `${ka}${kb}${suffix}` }, kind: "CITY", country: "JP", side: "JAPAN", parentId: parent.id, iso: null, nuts: null,
        wikidata: null, lat: jitter(parent.lat, 1), lon: jitter(parent.lon, 1), summary: `Municipality in ${parent.name}, Japan.`, short: romaji,
        jaShort: `${ka}${kb}`, weight: suffix === "市" ? 1.2 : 0.8,
      }, uniqueSlug(romaji, parent.short));
      made++;
    }
  });
  return rows;
}

/** Regions that take a large share of the parties, in this order (Zipf-like: rank r gets ~1/r). */
const POPULAR: Record<"EUROPE" | "JAPAN", string[]> = {
  JAPAN: ["tokyo", "osaka", "kyoto-prefecture", "kyoto", "osaka-prefecture", "yokohama", "aichi-prefecture", "nagoya", "fukuoka", "kobe", "sapporo",
    "hokkaido", "kanagawa-prefecture", "hyogo-prefecture", "sendai", "hiroshima", "kitakyushu", "fukuoka-prefecture", "ibaraki-prefecture", "tsukuba",
    "shizuoka-prefecture", "hamamatsu", "chiba-prefecture", "kawasaki", "saitama-prefecture", "kanazawa", "niigata-prefecture", "gifu-prefecture"],
  EUROPE: ["paris", "lyon", "bavaria", "ile-de-france", "occitanie", "auvergne-rhone-alpes", "munich", "baden-wurttemberg", "north-rhine-westphalia",
    "milan", "barcelona", "catalonia", "lombardy", "flanders", "toulouse", "amsterdam", "berlin", "dusseldorf", "london", "brittany",
    "hamburg", "strasbourg", "grand-est", "bordeaux", "stuttgart", "madrid", "copenhagen", "helsinki", "vienna", "brussels-capital-region",
    "nouvelle-aquitaine", "montpellier", "frankfurt", "basque-country", "eindhoven", "france", "germany", "italy"],
};

function poolOrder(regions: RegionRow[], side: "EUROPE" | "JAPAN", seed: number): RegionRow[] {
  const rand = mulberry32(seed ^ (side === "EUROPE" ? 0xe0 : 0x1a));
  const bySlug = new Map(regions.map((r) => [r.slug, r]));
  const head = POPULAR[side].map((slug) => {
    const r = bySlug.get(slug);
    if (!r) throw new Error(`synth: popular region "${slug}" is missing from the reference data`);
    return r;
  });
  const inHead = new Set(head.map((r) => r.id));
  // Weighted random order of the rest (exponential race): regions and big cities before small towns.
  const rest = regions
    .filter((r) => r.side === side && !inHead.has(r.id) && r.kind !== "COUNTRY")
    .map((r) => ({ r, key: -Math.log(1 - rand()) / r.weight }))
    .sort((a, b) => a.key - b.key)
    .map((x) => x.r);
  return [...head, ...rest];
}

// ------------------------------------------------------------------ well-known organisations

type FamousOrg = { slug: string; name: string; ja?: string; fr?: string; kind: string; home: string | null; side: "EUROPE" | "JAPAN"; sectors: string[]; website?: string };

const FAMOUS_ORGS: FamousOrg[] = [
  { slug: "jetro", name: "Japan External Trade Organization (JETRO)", ja: "日本貿易振興機構", kind: "AGENCY", home: "tokyo", side: "JAPAN", sectors: ["trade-investment"], website: "https://www.jetro.go.jp" },
  { slug: "business-france", name: "Business France", kind: "AGENCY", home: "paris", side: "EUROPE", sectors: ["trade-investment"], website: "https://www.businessfrance.fr" },
  { slug: "eu-japan-centre", name: "EU-Japan Centre for Industrial Cooperation", kind: "AGENCY", home: "tokyo", side: "EUROPE", sectors: ["trade-investment"], website: "https://www.eu-japan.eu" },
  { slug: "knowledge-capital", name: "Knowledge Capital", ja: "ナレッジキャピタル", kind: "ASSOCIATION", home: "osaka", side: "JAPAN", sectors: ["start-ups-innovation"] },
  { slug: "tuba", name: "TUBA – Tube à expérimentations urbaines", fr: "TUBA – Tube à expérimentations urbaines", kind: "OTHER", home: "lyon", side: "EUROPE", sectors: ["smart-city"] },
  { slug: "lyonbiopole", name: "Lyonbiopôle", fr: "Lyonbiopôle", kind: "CLUSTER", home: "lyon", side: "EUROPE", sectors: ["biotech", "medtech"] },
  { slug: "osaka-bio-headquarters", name: "Osaka Bio Headquarters", ja: "大阪バイオ・ヘッドクオーター", kind: "AGENCY", home: "osaka-prefecture", side: "JAPAN", sectors: ["biotech"] },
  { slug: "kyoto-research-park", name: "Kyoto Research Park", ja: "京都リサーチパーク", kind: "INCUBATOR", home: "kyoto", side: "JAPAN", sectors: ["start-ups-innovation"] },
  { slug: "medicen-paris-region", name: "Medicen Paris Region", kind: "CLUSTER", home: "ile-de-france", side: "EUROPE", sectors: ["medtech"] },
  { slug: "bpifrance", name: "Bpifrance", kind: "AGENCY", home: "paris", side: "EUROPE", sectors: ["start-ups-innovation"] },
  { slug: "station-f", name: "Station F", kind: "INCUBATOR", home: "paris", side: "EUROPE", sectors: ["start-ups-innovation"], website: "https://stationf.co" },
  { slug: "bayern-innovativ", name: "Bayern Innovativ", kind: "AGENCY", home: "bavaria", side: "EUROPE", sectors: ["start-ups-innovation"] },
  { slug: "nrw-japan", name: "North Rhine-Westphalia Japan K.K.", kind: "AGENCY", home: "north-rhine-westphalia", side: "EUROPE", sectors: ["trade-investment"] },
  { slug: "flanders-investment-trade", name: "Flanders Investment & Trade", kind: "AGENCY", home: "flanders", side: "EUROPE", sectors: ["trade-investment"] },
  { slug: "catalonia-trade-investment", name: "Catalonia Trade & Investment", fr: "ACCIÓ", kind: "AGENCY", home: "catalonia", side: "EUROPE", sectors: ["trade-investment"] },
  { slug: "panasonic", name: "Panasonic", ja: "パナソニック", kind: "COMPANY", home: "osaka-prefecture", side: "JAPAN", sectors: ["high-tech"] },
  { slug: "kyocera", name: "Kyocera", ja: "京セラ", kind: "COMPANY", home: "kyoto-prefecture", side: "JAPAN", sectors: ["fine-ceramics"] },
  { slug: "toyota-motor", name: "Toyota Motor Corporation", ja: "トヨタ自動車", kind: "COMPANY", home: "aichi-prefecture", side: "JAPAN", sectors: ["mobility-transport-automotive"] },
  { slug: "japan-meti", name: "Ministry of Economy, Trade and Industry (METI)", ja: "経済産業省", kind: "GOVERNMENT", home: "tokyo", side: "JAPAN", sectors: ["trade-investment"] },
  { slug: "european-commission", name: "European Commission", kind: "GOVERNMENT", home: null, side: "EUROPE", sectors: ["trade-investment"], website: "https://commission.europa.eu" },
  { slug: "ccifj", name: "French Chamber of Commerce and Industry in Japan (CCIFJ)", ja: "在日フランス商工会議所", kind: "CHAMBER", home: "tokyo", side: "EUROPE", sectors: ["trade-investment"] },
  { slug: "kyoto-university", name: "Kyoto University", ja: "京都大学", kind: "UNIVERSITY", home: "kyoto", side: "JAPAN", sectors: ["higher-education-research", "biotech"] },
  { slug: "universite-de-lyon", name: "Université de Lyon", fr: "Université de Lyon", kind: "UNIVERSITY", home: "lyon", side: "EUROPE", sectors: ["higher-education-research"] },
  { slug: "fraunhofer-munich", name: "Fraunhofer Institute Munich", kind: "RESEARCH", home: "munich", side: "EUROPE", sectors: ["energy-intensive-industries"] },
];

// ------------------------------------------------------------------ word lists used in SQL

const W = {
  kindsEn: ["Memorandum of understanding", "Cooperation agreement", "Joint declaration", "Contract", "Renewal of the cooperation agreement", "Collaboration", "Partnership agreement"],
  kindsFr: ["Protocole d'accord", "Accord de coopération", "Déclaration conjointe", "Contrat", "Renouvellement de l'accord de coopération", "Collaboration", "Accord de partenariat"],
  kindsDb: ["MEMORANDUM_OF_UNDERSTANDING", "COOPERATION_AGREEMENT", "JOINT_DECLARATION", "COMMERCIAL_CONTRACT", "RENEWAL", "COLLABORATION", "OTHER"],
  kindWeights: [0.34, 0.24, 0.1, 0.08, 0.06, 0.13, 0.05],
  titleVerbs: ["sign", "launch", "renew", "expand", "strengthen", "formalise"],
  titleQualifiers: ["joint research in", "innovation in", "industrial cooperation in", "exchanges in", "start-up support in", "market access for", "talent mobility in", "pilot projects in"],
  agreeVerbs: ["agree to", "will", "commit to", "plan to", "undertake to"],
  actions: ["strengthen cooperation", "exchange expertise", "develop joint research", "support start-ups", "promote investment", "organise business missions", "share best practices", "co-develop pilot projects", "open their networks to each other's companies", "build long-term partnerships"],
  focus: ["clinical trials", "open innovation", "talent exchange", "market access", "joint R&D", "venture funding", "standardisation", "technology transfer", "industrial clusters", "SMEs", "decarbonisation", "data sharing", "student mobility", "public procurement", "trade fairs", "regulatory dialogue", "test beds", "skills and training"],
  provisions: ["runs for three years and can be renewed", "sets up a joint steering committee", "foresees annual meetings alternating between Europe and Japan", "opens a desk for companies of both sides", "covers exchanges of researchers and students", "provides seed funding for joint pilot projects", "builds on a first agreement signed several years earlier", "was signed in the presence of both governments' representatives"],
  extras: ["Both sides will report on progress at the EU–Japan Business Round Table.", "A first joint call for projects is planned for the following year.", "The signing closed a week-long business mission.", "Companies from both regions attended the ceremony.", "The partners expect the first joint projects within eighteen months.", "It follows several years of informal exchanges between the two ecosystems."],
  frSentences: ["Les partenaires s'engagent à renforcer leur coopération ({topicFr}).", "L'accord prévoit des échanges de délégations et un soutien aux jeunes pousses.", "Cette coopération doit favoriser l'implantation croisée d'entreprises.", "Un comité de pilotage se réunira chaque année, alternativement en Europe et au Japon."],
  commitments: ["Organise an annual {topic} seminar, alternating between {A} and {B}", "Exchange business delegations at least once a year", "Launch a joint call for {topic} projects", "Give start-ups from each side access to the other's incubators", "Support SMEs from {A} entering the Japanese market", "Help Japanese companies set up in {A}", "Exchange researchers and students in {topic}", "Share test beds and pilot sites for {topic}", "Set up a joint steering committee meeting twice a year", "Coopération scientifique et technique en {topicFr}", "Promotion réciproque des investissements", "Take part in each other's trade fairs", "Exchange data and best practices on {topic}", "Co-fund feasibility studies in {topic}"],
  inferred: ["the source gives the day and month without a year; the year is that of the article", "the source says \"last month\"; the month is taken from the publication date", "the source gives only the year of the cooperation plan", "date of the press conference at which the signing was announced"],
  placeDetails: ["the prefectural office", "the town hall", "the Embassy of Japan", "the EU–Japan Business Round Table", "a trade fair", "the regional council", "the Japanese Chamber of Commerce", "the residence of the ambassador"],
  missionNouns: ["business mission", "delegation", "trade mission", "innovation mission", "economic mission", "study tour"],
  delegations: ["a delegation of {n} companies and research centres", "{n} representatives of companies, clusters and universities", "the president, {n} elected officials and business leaders", "{n} start-ups and their investors", "a delegation of {n} people led by the {role}"],
  missionRoles: ["met the delegation", "visited", "hosted the delegation", "part of the delegation", "co-organised the visit"],
  venues: ["Convention Center", "International Forum", "Chamber of Commerce", "City Hall", "Science Park", "Exhibition Centre", "University Campus", "Innovation Hub", "Prefectural Office", "Congress Palace"],
  fairWords: ["Expo", "Fair", "Week", "Summit", "Show"],
  sessionTitles: ["Opening remarks", "Keynote: {topic} in Europe and Japan", "Panel: investing in {topic}", "Pitch session: {topic} start-ups", "B2B meetings", "Networking lunch", "Case study: a Europe–Japan {topic} partnership", "Closing remarks"],
  talks: ["Why {topic} needs Europe–Japan cooperation", "Lessons from ten years in Japan", "Entering the European market", "Funding {topic} start-ups", "Regulation and standards for {topic}"],
  orgQualifiers: ["Advanced", "Applied", "Future", "Global", "Open", "Smart", "Green", "International", "Integrated", "Next"],
  companyA: ["Nova", "Heli", "Quant", "Vire", "Lumi", "Orbi", "Cyto", "Gen", "Medi", "Alta", "Syn", "Vita", "Aero", "Terra", "Hydro", "Cell", "Opti", "Neo", "Axi", "Tec", "Zeph", "Kine", "Poly", "Astra"],
  companyB: ["lis", "x", "ia", "on", "gen", "tec", "vance", "sys", "core", "nova", "mar", "lab", "tis", "ra", "metrics", "wave"],
  legalEu: { FR: "SAS", DE: "GmbH", AT: "GmbH", CH: "AG", IT: "S.p.A.", ES: "S.L.", PT: "Lda.", BE: "NV", NL: "B.V.", SE: "AB", DK: "A/S", NO: "AS", FI: "Oy", PL: "sp. z o.o.", CZ: "s.r.o.", SK: "s.r.o." } as Record<string, string>,
  roleHeads: ["President", "Director General", "CEO", "Chair", "Managing Director", "Executive Director"],
  roleDeputies: ["Vice-President", "Head of International Affairs", "Director of Business Development", "Project Manager", "Head of the Japan Desk", "Senior Adviser"],
  firstEu: ["Marie", "Jean", "Sophie", "Pierre", "Anna", "Lukas", "Giulia", "Marco", "Carmen", "Javier", "Emma", "Lars", "Ingrid", "Piotr", "Katarzyna", "Jan", "Eva", "Tomás", "Laura", "Thomas", "Claire", "Hans", "Elena", "Mikael", "Nora", "Pedro", "Inês", "Dimitris", "Ioana", "Bram", "Élise", "Søren"],
  lastEu: ["Martin", "Bernard", "Dubois", "Müller", "Schmidt", "Rossi", "Bianchi", "García", "Fernández", "Silva", "Jansen", "Peeters", "Andersson", "Nielsen", "Kowalski", "Novák", "Horváth", "Papadopoulos", "Popescu", "Virtanen", "Murphy", "Smith", "Lefebvre", "Moreau", "Weber", "Ricci", "López", "Costa", "de Vries", "Hansen", "Delga", "Fischer"],
  firstJa: [["Hiroshi", "浩"], ["Takashi", "隆"], ["Yuki", "由紀"], ["Keiko", "恵子"], ["Kenji", "健二"], ["Aiko", "愛子"], ["Satoshi", "聡"], ["Naoko", "直子"], ["Daisuke", "大輔"], ["Emi", "恵美"], ["Takeshi", "武"], ["Yoko", "洋子"], ["Kazuo", "和夫"], ["Mariko", "真理子"], ["Shinji", "真司"], ["Akiko", "明子"], ["Ryo", "亮"], ["Haruka", "遥"], ["Kenta", "健太"], ["Keiji", "啓二"]] as [string, string][],
  lastJa: [["Sato", "佐藤"], ["Suzuki", "鈴木"], ["Takahashi", "高橋"], ["Tanaka", "田中"], ["Watanabe", "渡辺"], ["Ito", "伊藤"], ["Yamamoto", "山本"], ["Nakamura", "中村"], ["Kobayashi", "小林"], ["Kato", "加藤"], ["Yoshida", "吉田"], ["Yamada", "山田"], ["Sasaki", "佐々木"], ["Yamaguchi", "山口"], ["Matsumoto", "松本"], ["Inoue", "井上"], ["Kimura", "木村"], ["Hayashi", "林"], ["Shimizu", "清水"], ["Mori", "森"], ["Kitagawa", "北川"], ["Takayama", "高山"]] as [string, string][],
};

// ------------------------------------------------------------------ SQL helpers

const q = (s: string) => `'${s.replace(/'/g, "''")}'`;
const arr = (items: readonly string[]) => `ARRAY[${items.map(q).join(",")}]::text[]`;
/** CASE expression giving 1-based index into `weights` for a uniform value column `u`. */
function weighted(u: string, weights: number[]): string {
  const total = weights.reduce((a, b) => a + b, 0);
  let acc = 0;
  const whens = weights.slice(0, -1).map((w, i) => {
    acc += w / total;
    return `WHEN ${u} < ${acc.toFixed(6)} THEN ${i + 1}`;
  });
  return `(CASE ${whens.join(" ")} ELSE ${weights.length} END)`;
}

const ACCENT_FROM = "àáâãäåāăąçćčďđèéêëēėęěğìíîïīıįłńňñòóôõöøōőŕřśşšșťţțùúûüūůűųýÿźżž";
const ACCENT_TO = "aaaaaaaaaccddeeeeeeeeegiiiiiiilnnnoooooooorrsssstttuuuuuuuuyyzzz";

function helperFunctions(seed: number): string {
  if ([...ACCENT_FROM].length !== [...ACCENT_TO].length) throw new Error("synth: accent map is misaligned");
  const base = BigInt(seed) * 100003n;
  return `
    CREATE FUNCTION pg_temp.u(i bigint, salt int) RETURNS float8 LANGUAGE sql IMMUTABLE PARALLEL SAFE
      AS $$ SELECT (hashint8extended(i, ${base}::bigint + salt) & 9007199254740991)::float8 / 9007199254740992.0 $$;
    -- Rank 1..n with P(r) ~ 1/r (Zipf, s = 1).
    CREATE FUNCTION pg_temp.zipf(n int, u float8) RETURNS int LANGUAGE sql IMMUTABLE PARALLEL SAFE
      AS $$ SELECT least(n, greatest(1, floor(exp(u * ln(n + 1.0)))::int)) $$;
    -- Zipf with probability p, otherwise uniform.
    CREATE FUNCTION pg_temp.skew(n int, u float8, v float8, p float8) RETURNS int LANGUAGE sql IMMUTABLE PARALLEL SAFE
      AS $$ SELECT CASE WHEN v < p THEN pg_temp.zipf(n, u) ELSE least(n, 1 + floor(u * n)::int) END $$;
    CREATE FUNCTION pg_temp.pick(a text[], u float8) RETURNS text LANGUAGE sql IMMUTABLE PARALLEL SAFE
      AS $$ SELECT a[1 + floor(u * cardinality(a))::int] $$;
    -- Same idea as src/lib/slugs.ts: lower-case ASCII words joined by "-", then "-<id>".
    CREATE FUNCTION pg_temp.slugid(t text, id bigint, fallback text) RETURNS text LANGUAGE sql IMMUTABLE PARALLEL SAFE
      AS $$ SELECT coalesce(nullif(rtrim(left(trim(both '-' FROM regexp_replace(
                translate(replace(replace(replace(lower(t), 'ß', 'ss'), 'æ', 'ae'), 'œ', 'oe'), ${q(ACCENT_FROM)}, ${q(ACCENT_TO)}),
                '[^a-z0-9]+', '-', 'g')), 60), '-'), ''), fallback) || '-' || id $$;
  `;
}

// ------------------------------------------------------------------ the synthesis

export async function synthesize(url: string, options: SynthOptions): Promise<void> {
  const N = Math.floor(options.agreements);
  if (!Number.isInteger(N) || N < 100) throw new Error("synthesize: agreements must be an integer ≥ 100");
  const seed = Math.floor(options.seed ?? DEFAULT_SEED);
  if (!Number.isSafeInteger(seed) || seed < 0 || seed > 2 ** 31) throw new Error("synthesize: seed must be an integer from 0 to 2^31");
  const log = options.log ?? (() => {});
  const nOrgs = Math.max(500, Math.round(N / 10));
  const nPersons = Math.max(200, Math.round(N / 25));
  const nMissions = Math.max(50, Math.round(N / 50));
  const nEvents = Math.max(50, Math.round(N / 50));

  const client = new pg.Client({ connectionString: url });
  await client.connect();
  const started = Date.now();
  let stepStarted = Date.now();
  const step = async (label: string, sql: string, params: unknown[] = []) => {
    const t0 = Date.now();
    const res = await client.query(sql, params);
    const rows = typeof res.rowCount === "number" && (res.command === "INSERT" || label.includes("staging")) ? ` (${res.rowCount.toLocaleString("en")} rows)` : "";
    log(`synth: ${label}${rows} ${((Date.now() - t0) / 1000).toFixed(1)} s`);
    return res;
  };
  const phase = (label: string) => {
    log(`synth: — ${label} done in ${((Date.now() - stepStarted) / 1000).toFixed(1)} s`);
    stepStarted = Date.now();
  };

  try {
    // ---------------------------------------------------------- preconditions and session settings
    const empty = await client.query<{ n: string }>(
      `SELECT (SELECT count(*) FROM "Region") + (SELECT count(*) FROM "Agreement") + (SELECT count(*) FROM "Source") + (SELECT count(*) FROM "Sector") AS n`,
    );
    if (Number(empty.rows[0].n) > 0) throw new Error("synthesize: the database is not empty (drop and migrate it first)");
    await client.query(`SET synchronous_commit = off`);
    await client.query(`SET work_mem = '256MB'`);
    await client.query(`SET maintenance_work_mem = '1GB'`);
    await client.query(`SET temp_buffers = '256MB'`);
    await client.query(`SET max_parallel_maintenance_workers = 2`).catch(() => {});
    await client.query(`SET jit = off`).catch(() => {});
    await client.query(helperFunctions(seed));

    // Bulk loading is much faster without secondary indexes and foreign keys:
    // drop them (keeping their exact definitions) and put them back afterwards.
    // CHECK constraints and primary keys stay in force throughout.
    const fks = (
      await client.query<{ tbl: string; name: string; def: string }>(
        `SELECT conrelid::regclass::text AS tbl, quote_ident(conname) AS name, pg_get_constraintdef(oid) AS def
         FROM pg_constraint WHERE contype = 'f' AND connamespace = 'public'::regnamespace ORDER BY conrelid::regclass::text, conname`,
      )
    ).rows;
    const indexes = (
      await client.query<{ tbl: string; name: string; def: string }>(
        `SELECT c.relname AS tbl, i.indexrelid::regclass::text AS name, pg_get_indexdef(i.indexrelid) AS def
         FROM pg_index i JOIN pg_class c ON c.oid = i.indrelid
         WHERE c.relnamespace = 'public'::regnamespace AND NOT i.indisprimary
           AND NOT EXISTS (SELECT 1 FROM pg_constraint k WHERE k.conindid = i.indexrelid)
         ORDER BY c.relname, 2`,
      )
    ).rows;
    for (const fk of fks) await client.query(`ALTER TABLE ${fk.tbl} DROP CONSTRAINT ${fk.name}`);
    for (const ix of indexes) await client.query(`DROP INDEX ${ix.name}`);
    log(`synth: dropped ${fks.length} foreign keys and ${indexes.length} indexes for the load (restored below)`);

    const timestampAt = (u: string) => `(timestamptz '2025-06-01 09:00:00+00' + ${u} * interval '500 days')`;

    // ---------------------------------------------------------- sectors
    const sectors = [
      ...ECOSYSTEMS.map((s, i) => ({ ...s, id: i + 1, parentId: null as number | null, position: SECTOR_POSITIONS.get(s.slug)! })),
      ...THEMES.map((s, i) => ({ ...s, id: ECOSYSTEMS.length + i + 1, parentId: ECOSYSTEMS.findIndex((e) => e.slug === s.parent) + 1, position: SECTOR_POSITIONS.get(s.slug)! })),
    ];
    if (sectors.some((s) => s.parentId === 0)) throw new Error("synth: a theme has an unknown ecosystem");
    await step("sectors", `
      INSERT INTO "Sector" (id, slug, name, "nameFr", synonyms, "parentId", position, summary, status, version, "createdAt", "updatedAt")
      SELECT id, slug, name, "nameFr", coalesce(synonyms::text[], '{}'), "parentId", position, summary, 'PUBLISHED', 1, ${timestampAt("0")}, ${timestampAt("0.01")}
      FROM unnest($1::int[], $2::text[], $3::text[], $4::text[], $5::text[], $6::int[], $7::int[], $8::text[])
        AS x(id, slug, name, "nameFr", synonyms, "parentId", position, summary)`,
      [
        sectors.map((s) => s.id), sectors.map((s) => s.slug), sectors.map((s) => s.name), sectors.map((s) => s.nameFr),
        sectors.map((s) => `{${(s.synonyms ?? []).map((w) => `"${w.replace(/"/g, '\\"')}"`).join(",")}}`),
        sectors.map((s) => s.parentId), sectors.map((s) => s.position), sectors.map((s) => s.summary),
      ],
    );
    // Themes by popularity, with their ecosystem and their rank among its themes (for "a sibling theme").
    const themeRows = THEMES.map((th, i) => {
      const eco = ECOSYSTEMS.findIndex((e) => e.slug === th.parent) + 1;
      const siblings = THEMES.filter((x) => x.parent === th.parent);
      return { rank: i + 1, id: ECOSYSTEMS.length + i + 1, eco, sib: siblings.indexOf(th) + 1, ecoCount: siblings.length, ...th };
    });
    await client.query(
      `CREATE TEMP TABLE kz_sec AS SELECT * FROM unnest($1::int[], $2::int[], $3::int[], $4::int[], $5::int[], $6::text[], $7::text[], $8::text[], $9::text[])
        AS x(rank, id, eco_id, sib, eco_count, topic, topic_fr, short, ja)`,
      [
        themeRows.map((r) => r.rank), themeRows.map((r) => r.id), themeRows.map((r) => r.eco), themeRows.map((r) => r.sib),
        themeRows.map((r) => r.ecoCount), themeRows.map((r) => r.topic), themeRows.map((r) => r.topicFr), themeRows.map((r) => r.short),
        themeRows.map((r) => r.ja),
      ],
    );
    const NT = themeRows.length;
    const themeRank = (u: string, v: string) => `pg_temp.skew(${NT}, ${u}, ${v}, 0.6)`;

    // ---------------------------------------------------------- regions
    const regions = buildRegions(seed);
    await step("regions", `
      INSERT INTO "Region" (id, slug, name, "localNames", kind, country, side, "parentId", iso3166_2, nuts, "wikidataId", latitude, longitude, summary, status, version, "createdAt", "updatedAt")
      SELECT id, slug, name, "localNames"::jsonb, kind::"RegionKind", country, side::"Side", "parentId", iso, nuts, wikidata, lat, lon, summary,
        'PUBLISHED', 1, ${timestampAt("pg_temp.u(id, 901)")}, ${timestampAt("pg_temp.u(id, 901)")} + interval '3 days'
      FROM unnest($1::int[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[], $8::int[], $9::text[], $10::text[], $11::text[], $12::float8[], $13::float8[], $14::text[])
        AS x(id, slug, name, "localNames", kind, country, side, "parentId", iso, nuts, wikidata, lat, lon, summary)`,
      [
        regions.map((r) => r.id), regions.map((r) => r.slug), regions.map((r) => r.name), regions.map((r) => JSON.stringify(r.localNames)),
        regions.map((r) => r.kind), regions.map((r) => r.country), regions.map((r) => r.side), regions.map((r) => r.parentId),
        regions.map((r) => r.iso), regions.map((r) => r.nuts), regions.map((r) => r.wikidata), regions.map((r) => r.lat), regions.map((r) => r.lon),
        regions.map((r) => r.summary),
      ],
    );
    // Party pools, most popular first.
    const pools = { EUROPE: poolOrder(regions, "EUROPE", seed), JAPAN: poolOrder(regions, "JAPAN", seed) };
    const poolRows = (["EUROPE", "JAPAN"] as const).flatMap((side) => pools[side].map((r, i) => ({ side, rank: i + 1, r })));
    await client.query(
      `CREATE TEMP TABLE kz_rpool AS SELECT * FROM unnest($1::text[], $2::int[], $3::int[], $4::text[], $5::text[], $6::text[], $7::text[], $8::text[], $9::text[])
        AS x(side, rank, id, name, short, ja, ja_short, country, kind)`,
      [
        poolRows.map((p) => p.side), poolRows.map((p) => p.rank), poolRows.map((p) => p.r.id), poolRows.map((p) => p.r.name),
        poolRows.map((p) => p.r.short), poolRows.map((p) => p.r.localNames.ja ?? ""), poolRows.map((p) => p.r.jaShort || p.r.short),
        poolRows.map((p) => p.r.country), poolRows.map((p) => p.r.kind),
      ],
    );
    await client.query(`CREATE TEMP TABLE kz_cpool AS SELECT side, row_number() OVER (PARTITION BY side ORDER BY rank)::int AS rank, id, name, country
      FROM kz_rpool WHERE kind IN ('CITY', 'METROPOLIS')`);
    await client.query(`ANALYZE kz_sec; ANALYZE kz_rpool; ANALYZE kz_cpool`);
    const RE = pools.EUROPE.length, RJ = pools.JAPAN.length;
    const CE = pools.EUROPE.filter((r) => r.kind === "CITY" || r.kind === "METROPOLIS").length;
    const CJ = pools.JAPAN.filter((r) => r.kind === "CITY" || r.kind === "METROPOLIS").length;
    const rsize = (side: string) => `(CASE WHEN ${side} = 'EUROPE' THEN ${RE} ELSE ${RJ} END)`;
    const csize = (side: string) => `(CASE WHEN ${side} = 'EUROPE' THEN ${CE} ELSE ${CJ} END)`;
    phase("reference data");

    // ---------------------------------------------------------- organisations
    const bySlug = new Map(regions.map((r) => [r.slug, r]));
    const famous = FAMOUS_ORGS.map((o, i) => ({ ...o, id: i + 1, homeId: o.home ? bySlug.get(o.home)?.id ?? null : null }));
    const F = famous.length;
    await client.query(
      `INSERT INTO "Organisation" (id, slug, name, "localNames", kind, "homeRegionId", website, summary, status, version, "createdAt", "updatedAt")
       SELECT id, slug, name, "localNames"::jsonb, kind::"OrganisationKind", home, website, summary, 'PUBLISHED', 1, ${timestampAt("0.1")}, ${timestampAt("0.2")}
       FROM unnest($1::int[], $2::text[], $3::text[], $4::text[], $5::text[], $6::int[], $7::text[], $8::text[]) AS x(id, slug, name, "localNames", kind, home, website, summary)`,
      [
        famous.map((o) => o.id), famous.map((o) => o.slug), famous.map((o) => o.name),
        famous.map((o) => JSON.stringify({ ...(o.ja ? { ja: o.ja } : {}), ...(o.fr ? { fr: o.fr } : {}) })), famous.map((o) => o.kind),
        famous.map((o) => o.homeId), famous.map((o) => o.website ?? null),
        famous.map((o) => `A well-known ${o.kind.toLowerCase()} that appears in many Europe–Japan partnerships.`),
      ],
    );
    const sectorIdBySlug = new Map(sectors.map((r) => [r.slug, r.id]));
    const famousSectors = famous.flatMap((o) => o.sectors.map((s) => {
      const id = sectorIdBySlug.get(s);
      if (id === undefined) throw new Error(`synth: organisation ${o.slug} names sector ${s}, which the seed's taxonomy does not have`);
      return [o.id, id] as const;
    }));
    await client.query(`INSERT INTO "OrganisationSector" ("organisationId", "sectorId") SELECT * FROM unnest($1::int[], $2::int[])`,
      [famousSectors.map((x) => x[0]), famousSectors.map((x) => x[1])]);

    const kindsOrg = ["COMPANY", "CLUSTER", "AGENCY", "UNIVERSITY", "GOVERNMENT", "CHAMBER", "ASSOCIATION", "RESEARCH", "INCUBATOR", "OTHER"];
    const legalCases = Object.entries(W.legalEu).map(([c, l]) => `WHEN ${q(c)} THEN ${q(l)}`).join(" ");
    await step("organisations", `
      INSERT INTO "Organisation" (id, slug, name, "localNames", kind, "homeRegionId", "parentId", website, summary, status, version, "createdAt", "updatedAt")
      SELECT id, pg_temp.slugid(name, id, 'organisation'), name,
        CASE WHEN ja IS NOT NULL THEN jsonb_build_object('ja', ja) WHEN fr_named THEN jsonb_build_object('fr', name) ELSE '{}'::jsonb END,
        kind::"OrganisationKind", home_id, parent_id,
        CASE WHEN kind = 'COMPANY' AND u_web < 0.6 THEN 'https://www.' || pg_temp.slugid(name, id, 'org') || '.example' END,
        initcap(lower(kind)) || ' based in ' || coalesce(home_name, 'Europe') || ', active in ' || topic || '.',
        CASE WHEN u_draft < 0.02 THEN 'DRAFT' ELSE 'PUBLISHED' END::"RecordStatus", 1, ${timestampAt("u_ts")}, ${timestampAt("u_ts")} + interval '2 days'
      FROM (
        SELECT o.*,
          CASE o.kind
            WHEN 'COMPANY' THEN CASE WHEN o.side = 'JAPAN' THEN o.jlast || ' ' || o.short || ' Co., Ltd.'
                                     ELSE o.coname || ' ' || o.short || ' ' || CASE o.country ${legalCases} ELSE 'Ltd' END END
            WHEN 'CLUSTER' THEN CASE WHEN o.country = 'FR' AND o.u_var < 0.4 THEN 'Pôle ' || o.short || ' ' || o.home ELSE o.home || ' ' || o.qual || o.short || ' Cluster' END
            WHEN 'AGENCY' THEN CASE WHEN o.u_var < 0.3 THEN 'Invest in ' || o.home WHEN o.u_var < 0.6 THEN o.home || ' Economic Development Agency' ELSE o.home || ' ' || o.short || ' Promotion Agency' END
            WHEN 'UNIVERSITY' THEN CASE WHEN o.side = 'JAPAN' THEN o.home || CASE WHEN o.u_var < 0.5 THEN ' University' ELSE ' Institute of Technology' END
                                        WHEN o.country = 'FR' THEN 'Université de ' || o.home WHEN o.country IN ('DE', 'AT') THEN 'Universität ' || o.home
                                        WHEN o.country = 'IT' THEN 'Università di ' || o.home WHEN o.country = 'ES' THEN 'Universidad de ' || o.home
                                        ELSE 'University of ' || o.home END
            WHEN 'GOVERNMENT' THEN CASE WHEN o.home_kind IN ('PREFECTURE', 'METROPOLIS') THEN o.home || ' Prefectural Government'
                                        WHEN o.home_kind = 'CITY' AND o.side = 'JAPAN' THEN o.home || ' City Office'
                                        WHEN o.home_kind = 'CITY' THEN 'City of ' || o.home ELSE o.home || ' Regional Council' END
            WHEN 'CHAMBER' THEN CASE WHEN o.country = 'FR' AND o.u_var < 0.5 THEN 'CCI ' || o.home ELSE o.home || ' Chamber of Commerce and Industry' END
            WHEN 'ASSOCIATION' THEN CASE WHEN o.u_var < 0.4 THEN o.home || CASE WHEN o.side = 'JAPAN' THEN '–Europe' ELSE '–Japan' END || ' Friendship Association'
                                         ELSE o.home || ' ' || o.short || ' Association' END
            WHEN 'RESEARCH' THEN CASE WHEN o.country = 'FR' AND o.u_var < 0.4 THEN 'Institut ' || o.short || ' ' || o.home ELSE o.home || ' Institute for ' || o.qual || o.short || ' Research' END
            WHEN 'INCUBATOR' THEN CASE WHEN o.u_var < 0.5 THEN o.home || ' ' || o.short || ' Incubator' ELSE o.home || ' Start-up Hub' END
            ELSE o.home || ' ' || o.qual || o.short || ' Network'
          END AS name,
          CASE WHEN o.side <> 'JAPAN' THEN NULL ELSE
            CASE o.kind
              WHEN 'COMPANY' THEN o.jlast_ja || o.topic_ja || '株式会社'
              WHEN 'CLUSTER' THEN o.home_ja || o.topic_ja || 'クラスター'
              WHEN 'AGENCY' THEN o.home_ja || o.topic_ja || '振興機構'
              WHEN 'UNIVERSITY' THEN o.home_ja || CASE WHEN o.u_var < 0.5 THEN '大学' ELSE '工業大学' END
              WHEN 'GOVERNMENT' THEN o.home_ja_full || CASE WHEN o.home_kind = 'CITY' THEN '役所' ELSE '庁' END
              WHEN 'CHAMBER' THEN o.home_ja || '商工会議所'
              WHEN 'ASSOCIATION' THEN o.home_ja || CASE WHEN o.u_var < 0.4 THEN '日欧交流協会' ELSE o.topic_ja || '協会' END
              WHEN 'RESEARCH' THEN o.home_ja || o.topic_ja || '研究所'
              WHEN 'INCUBATOR' THEN o.home_ja || 'インキュベーションセンター'
              ELSE o.home_ja || o.topic_ja || 'ネットワーク'
            END END AS ja,
          (o.country = 'FR' AND (o.kind = 'UNIVERSITY' OR (o.kind IN ('CLUSTER', 'RESEARCH', 'CHAMBER') AND o.u_var < 0.4))) AS fr_named
        FROM (
          SELECT b.id, b.side, b.u_web, b.u_draft, b.u_ts, b.u_var,
            (${arr(kindsOrg)})[${weighted("b.u_kind", [35, 8, 8, 10, 5, 4, 10, 10, 6, 4])}] AS kind,
            CASE WHEN b.u_nohome < 0.01 THEN NULL ELSE r.id END AS home_id,
            CASE WHEN b.u_nohome < 0.01 THEN NULL ELSE r.name END AS home_name,
            CASE WHEN b.u_nohome < 0.01 THEN 'Europe' ELSE r.short END AS home,
            r.ja_short AS home_ja, r.ja AS home_ja_full, r.kind AS home_kind, r.country,
            s.short, s.ja AS topic_ja, s.topic,
            CASE WHEN b.u_qual < 0.35 THEN pg_temp.pick(${arr(W.orgQualifiers)}, b.u_qual / 0.35) || ' ' ELSE '' END AS qual,
            pg_temp.pick(${arr(W.companyA)}, b.u_co1) || pg_temp.pick(${arr(W.companyB)}, b.u_co2) AS coname,
            (${arr(W.lastJa.map((x) => x[0]))})[b.jl] AS jlast, (${arr(W.lastJa.map((x) => x[1]))})[b.jl] AS jlast_ja,
            CASE WHEN b.id > 1 AND b.u_parent < 0.03 THEN 1 + floor(b.u_parent / 0.03 * least(b.id - 1, 1000))::int END AS parent_id
          FROM (
            SELECT g AS id, CASE WHEN pg_temp.u(g, 100) < 0.52 THEN 'EUROPE' ELSE 'JAPAN' END AS side,
              pg_temp.u(g, 101) AS u_home, pg_temp.u(g, 102) AS v_home, pg_temp.u(g, 103) AS u_kind, pg_temp.u(g, 104) AS u_sec, pg_temp.u(g, 105) AS v_sec,
              pg_temp.u(g, 106) AS u_web, pg_temp.u(g, 107) AS u_draft, pg_temp.u(g, 108) AS u_ts, pg_temp.u(g, 109) AS u_var, pg_temp.u(g, 110) AS u_qual,
              pg_temp.u(g, 111) AS u_co1, pg_temp.u(g, 112) AS u_co2, 1 + floor(pg_temp.u(g, 113) * ${W.lastJa.length})::int AS jl,
              pg_temp.u(g, 114) AS u_parent, pg_temp.u(g, 115) AS u_nohome
            FROM generate_series(${F + 1}, ${nOrgs}) g OFFSET 0
          ) b
          JOIN kz_rpool r ON r.side = b.side AND r.rank = pg_temp.skew(${rsize("b.side")}, b.u_home, b.v_home, 0.5)
          JOIN kz_sec s ON s.rank = ${themeRank("b.u_sec", "b.v_sec")}
          OFFSET 0
        ) o
      ) x`);
    await step("organisation sectors", `
      INSERT INTO "OrganisationSector" ("organisationId", "sectorId")
      SELECT DISTINCT g, s.id FROM generate_series(${F + 1}, ${nOrgs}) g
      CROSS JOIN generate_series(1, 3) k
      JOIN kz_sec s ON s.rank = CASE WHEN k = 1 THEN ${themeRank("pg_temp.u(g, 104)", "pg_temp.u(g, 105)")} ELSE ${themeRank("pg_temp.u(g * 4 + k, 116)", "pg_temp.u(g * 4 + k, 117)")} END
      WHERE k = 1 OR (k = 2 AND pg_temp.u(g, 118) < 0.45) OR (k = 3 AND pg_temp.u(g, 118) < 0.12)`);
    await client.query(`
      CREATE TEMP TABLE kz_opool AS
      SELECT coalesce(r.side::text, 'EUROPE') AS side, row_number() OVER (PARTITION BY coalesce(r.side::text, 'EUROPE') ORDER BY o.id)::int AS rank, o.id, o.name
      FROM "Organisation" o LEFT JOIN "Region" r ON r.id = o."homeRegionId";
      ANALYZE kz_opool`);
    const osizes = Object.fromEntries((await client.query<{ side: string; n: string }>(`SELECT side, count(*) AS n FROM kz_opool GROUP BY side`)).rows.map((r) => [r.side, Number(r.n)]));
    const OE = osizes.EUROPE ?? 1, OJ = osizes.JAPAN ?? 1;
    const osize = (side: string) => `(CASE WHEN ${side} = 'EUROPE' THEN ${OE} ELSE ${OJ} END)`;
    phase("organisations");

    // ---------------------------------------------------------- people and their roles
    await step("people", `
      INSERT INTO "Person" (id, slug, name, "localNames", note, status, version, "createdAt", "updatedAt")
      SELECT id, pg_temp.slugid(name, id, 'person'), name, CASE WHEN ja IS NULL THEN '{}'::jsonb ELSE jsonb_build_object('ja', ja) END, '',
        'PUBLISHED', 1, ${timestampAt("pg_temp.u(id, 201)")}, ${timestampAt("pg_temp.u(id, 201)")} + interval '1 day'
      FROM (
        SELECT g AS id,
          CASE WHEN pg_temp.u(g, 202) < 0.5 THEN pg_temp.pick(${arr(W.firstEu)}, pg_temp.u(g, 203)) || ' ' || pg_temp.pick(${arr(W.lastEu)}, pg_temp.u(g, 204))
               ELSE (${arr(W.firstJa.map((x) => x[0]))})[1 + floor(pg_temp.u(g, 203) * ${W.firstJa.length})::int] || ' ' || (${arr(W.lastJa.map((x) => x[0]))})[1 + floor(pg_temp.u(g, 204) * ${W.lastJa.length})::int] END AS name,
          CASE WHEN pg_temp.u(g, 202) >= 0.5 THEN (${arr(W.lastJa.map((x) => x[1]))})[1 + floor(pg_temp.u(g, 204) * ${W.lastJa.length})::int] || (${arr(W.firstJa.map((x) => x[1]))})[1 + floor(pg_temp.u(g, 203) * ${W.firstJa.length})::int] END AS ja
        FROM generate_series(1, ${nPersons}) g
      ) p`);
    await step("person roles", `
      INSERT INTO "PersonRole" (id, "personId", title, "regionId", "organisationId")
      SELECT id, id,
        CASE WHEN region_id IS NOT NULL THEN
               CASE WHEN rn = 1 THEN CASE kind WHEN 'PREFECTURE' THEN 'Governor of ' WHEN 'METROPOLIS' THEN 'Governor of ' WHEN 'CITY' THEN 'Mayor of ' WHEN 'COUNTRY' THEN 'Minister of Foreign Trade of ' ELSE 'President of ' END
                    ELSE pg_temp.pick(${arr(["Vice-Governor of ", "Deputy Mayor of ", "Director of International Affairs, ", "Head of the Economic Development Department, ", "Councillor of "])}, u_t) END || name
             ELSE CASE WHEN rn = 1 THEN pg_temp.pick(${arr(W.roleHeads)}, u_t) ELSE pg_temp.pick(${arr(W.roleDeputies)}, u_t) END || ', ' || name END,
        region_id, org_id
      FROM (
        SELECT x.*, row_number() OVER (PARTITION BY x.region_id, x.org_id ORDER BY x.id) AS rn
        FROM (
          SELECT b.id, b.u_t, CASE WHEN b.is_org THEN NULL ELSE r.id END AS region_id, CASE WHEN b.is_org THEN o.id END AS org_id,
                 coalesce(CASE WHEN b.is_org THEN o.name ELSE r.name END, '') AS name, r.kind
          FROM (
            SELECT g AS id, CASE WHEN pg_temp.u(g, 202) < 0.5 THEN 'EUROPE' ELSE 'JAPAN' END AS side, pg_temp.u(g, 205) < 0.7 AS is_org,
              pg_temp.u(g, 206) AS u_e, pg_temp.u(g, 207) AS v_e, pg_temp.u(g, 208) AS u_t
            FROM generate_series(1, ${nPersons}) g OFFSET 0
          ) b
          LEFT JOIN kz_rpool r ON NOT b.is_org AND r.side = b.side AND r.rank = pg_temp.zipf(${rsize("b.side")}, b.u_e)
          LEFT JOIN kz_opool o ON b.is_org AND o.side = b.side AND o.rank = pg_temp.skew(${osize("b.side")}, b.u_e, b.v_e, 0.5)
        ) x
      ) y`);
    await client.query(`
      CREATE TEMP TABLE kz_role1 AS SELECT DISTINCT ON ("regionId", "organisationId") id, "regionId" AS region_id, "organisationId" AS org_id
      FROM "PersonRole" ORDER BY "regionId", "organisationId", id;
      ANALYZE kz_role1`);
    phase("people");

    // ---------------------------------------------------------- missions
    const dateParts = (prec: string, yr: string, ud: string) => `(CASE ${prec}
        WHEN 'DAY' THEN make_date(${yr}, 1, 1) + floor(${ud} * CASE WHEN ${yr} = 2026 THEN 320 ELSE 365 END)::int
        WHEN 'MONTH' THEN make_date(${yr}, 1 + floor(${ud} * CASE WHEN ${yr} = 2026 THEN 11 ELSE 12 END)::int, 1)
        WHEN 'YEAR' THEN make_date(${yr}, 1, 1) END)`;
    // 1990–2026, more recent years more likely (a triangular density: 2025 ~35× as likely as 1990).
    const year = (u: string) => `(2026 - floor(36.999 * (1 - sqrt(${u})))::int)`;
    const precDefault = (u: string, unknown: number, day: number, month: number) =>
      `(CASE WHEN ${u} < ${unknown} THEN 'UNKNOWN' WHEN ${u} < ${unknown + day} THEN 'DAY' WHEN ${u} < ${unknown + day + month} THEN 'MONTH' ELSE 'YEAR' END)`;

    await step("missions", `
      INSERT INTO "Mission" (id, slug, title, summary, delegation, themes, "leaderRoleId", "originRegionId", "originOrganisationId", "destinationRegionId",
        "startsOn", "startsPrecision", "startsInferredFrom", "endsOn", "endsPrecision", "endsInferredFrom", status, version, "createdAt", "updatedAt")
      SELECT id, pg_temp.slugid(title, id, 'mission'), title, summary, delegation, themes, leader, origin_id, origin_org, dest_id,
        starts_on, sprec::"DatePrecision", CASE WHEN sprec <> 'UNKNOWN' AND u_inf < 0.05 THEN 'dates given as "last week" in the article; taken from its publication date' END,
        ends_on, CASE WHEN ends_on IS NULL THEN 'UNKNOWN' ELSE sprec END::"DatePrecision", NULL,
        CASE WHEN u_draft < 0.02 THEN 'DRAFT' ELSE 'PUBLISHED' END::"RecordStatus", 1, ${timestampAt("u_ts")}, ${timestampAt("u_ts")} + interval '4 days'
      FROM (
        SELECT m.*,
          CASE WHEN m.u_fr < 0.1 AND m.side = 'EUROPE' THEN 'Mission économique ' || m.topic_fr || ' au Japon : ' || m.origin || ' à ' || m.dest
               ELSE m.origin || ' ' || pg_temp.pick(${arr(W.missionNouns)}, m.u_noun) || ' to ' || m.dest || CASE WHEN m.u_t < 0.6 THEN ' on ' || m.topic ELSE '' END END AS title,
          'A ' || pg_temp.pick(${arr(W.missionNouns)}, m.u_noun) || ' from ' || m.origin || ' to ' || m.dest || ' focused on ' || m.topic
            || ', with visits to companies, clusters and universities and meetings with local authorities.' AS summary,
          replace(replace(pg_temp.pick(${arr(W.delegations)}, m.u_del), '{n}', (5 + floor(m.u_n * 60))::int::text), '{role}', 'mayor') AS delegation,
          ARRAY[m.topic] || CASE WHEN m.u_t < 0.5 THEN ARRAY['business development'] ELSE ARRAY['research cooperation', 'investment'] END AS themes,
          CASE WHEN m.sprec = 'DAY' AND m.u_end < 0.85 THEN m.starts_on + (2 + floor(m.u_end * 9))::int END AS ends_on
        FROM (
          SELECT b.*, ${dateParts("b.sprec", "b.yr", "b.u_d")} AS starts_on,
            ro.name AS origin, rd.name AS dest, ro.id AS origin_id, rd.id AS dest_id,
            CASE WHEN b.u_oo < 0.3 THEN oo.id END AS origin_org, s.topic, s.topic_fr,
            CASE WHEN b.u_lead < 0.5 THEN r1.id END AS leader
          FROM (
            SELECT g AS id, CASE WHEN pg_temp.u(g, 300) < 0.7 THEN 'EUROPE' ELSE 'JAPAN' END AS side,
              ${precDefault("pg_temp.u(g, 301)", 0.1, 0.7, 0.15)} AS sprec, ${year("pg_temp.u(g, 302)")} AS yr, pg_temp.u(g, 303) AS u_d,
              pg_temp.u(g, 304) AS u_o, pg_temp.u(g, 305) AS u_dst, pg_temp.u(g, 306) AS u_oo, pg_temp.u(g, 307) AS v_oo,
              pg_temp.u(g, 308) AS u_s, pg_temp.u(g, 309) AS v_s, pg_temp.u(g, 310) AS u_fr, pg_temp.u(g, 311) AS u_noun, pg_temp.u(g, 312) AS u_t,
              pg_temp.u(g, 313) AS u_del, pg_temp.u(g, 314) AS u_n, pg_temp.u(g, 315) AS u_end, pg_temp.u(g, 316) AS u_lead,
              pg_temp.u(g, 317) AS u_draft, pg_temp.u(g, 318) AS u_ts, pg_temp.u(g, 319) AS u_inf
            FROM generate_series(1, ${nMissions}) g OFFSET 0
          ) b
          JOIN kz_rpool ro ON ro.side = b.side AND ro.rank = pg_temp.zipf(${rsize("b.side")}, b.u_o)
          JOIN kz_rpool rd ON rd.side <> b.side AND rd.rank = pg_temp.zipf(${rsize("CASE WHEN b.side = 'EUROPE' THEN 'JAPAN' ELSE 'EUROPE' END")}, b.u_dst)
          JOIN kz_opool oo ON oo.side = b.side AND oo.rank = pg_temp.skew(${osize("b.side")}, b.u_oo, b.v_oo, 0.5)
          JOIN kz_sec s ON s.rank = ${themeRank("b.u_s", "b.v_s")}
          LEFT JOIN kz_role1 r1 ON r1.region_id = ro.id
          OFFSET 0
        ) m
      ) x`);
    await step("mission sectors", `
      INSERT INTO "MissionSector" ("missionId", "sectorId")
      SELECT DISTINCT g, s.id FROM generate_series(1, ${nMissions}) g CROSS JOIN generate_series(1, 2) k
      JOIN kz_sec s ON s.rank = CASE WHEN k = 1 THEN ${themeRank("pg_temp.u(g, 308)", "pg_temp.u(g, 309)")} ELSE ${themeRank("pg_temp.u(g, 320)", "pg_temp.u(g, 321)")} END
      WHERE k = 1 OR pg_temp.u(g, 322) < 0.4`);
    await step("mission participants", `
      INSERT INTO "MissionParticipant" ("missionId", "regionId", "organisationId", role)
      SELECT DISTINCT ON (b.mid, coalesce(r.id, 0), coalesce(o.id, 0)) b.mid, r.id, o.id, pg_temp.pick(${arr(W.missionRoles)}, b.u_role)
      FROM (
        SELECT m.id AS mid, k, CASE WHEN pg_temp.u(m.id * 8 + k, 330) < 0.75 THEN (CASE WHEN pg_temp.u(m.id, 300) < 0.7 THEN 'JAPAN' ELSE 'EUROPE' END) ELSE (CASE WHEN pg_temp.u(m.id, 300) < 0.7 THEN 'EUROPE' ELSE 'JAPAN' END) END AS side,
          pg_temp.u(m.id * 8 + k, 331) < 0.6 AS is_org, pg_temp.u(m.id * 8 + k, 332) AS u_e, pg_temp.u(m.id * 8 + k, 333) AS v_e, pg_temp.u(m.id * 8 + k, 334) AS u_role
        FROM generate_series(1, ${nMissions}) m(id) CROSS JOIN generate_series(1, 6) k
        WHERE k <= 2 + floor(pg_temp.u(m.id, 335) * 5) OFFSET 0
      ) b
      LEFT JOIN kz_rpool r ON NOT b.is_org AND r.side = b.side AND r.rank = pg_temp.zipf(${rsize("b.side")}, b.u_e)
      LEFT JOIN kz_opool o ON b.is_org AND o.side = b.side AND o.rank = pg_temp.skew(${osize("b.side")}, b.u_e, b.v_e, 0.5)
      ORDER BY b.mid, coalesce(r.id, 0), coalesce(o.id, 0), b.k`);
    phase("missions");

    // ---------------------------------------------------------- events
    const eventKinds = ["TRADE_FAIR", "SEMINAR", "RECEPTION", "MATCHMAKING", "WORKSHOP", "MEETING", "OTHER"];
    await step("events", `
      INSERT INTO "Event" (id, slug, name, kind, summary, "startsOn", "startsPrecision", "startsInferredFrom", "endsOn", "endsPrecision", "endsInferredFrom",
        venue, "cityRegionId", "placeInferredFrom", attendance, "attendanceNote", "missionId", "parentEventId", status, version, "createdAt", "updatedAt")
      SELECT id, pg_temp.slugid(name, id, 'event'), name, kind::"EventKind", summary,
        starts_on, sprec::"DatePrecision", NULL, ends_on, CASE WHEN ends_on IS NULL THEN 'UNKNOWN' ELSE sprec END::"DatePrecision", NULL,
        venue, city_id, CASE WHEN venue IS NULL AND u_inf < 0.2 THEN 'the city is inferred from the organiser''s address' END,
        attendance, CASE WHEN attendance IS NOT NULL AND u_note < 0.3 THEN 'more than ' || (attendance / 10 * 10) || ' participants' END,
        mission_id, parent_id, CASE WHEN u_draft < 0.02 THEN 'DRAFT' ELSE 'PUBLISHED' END::"RecordStatus", 1, ${timestampAt("u_ts")}, ${timestampAt("u_ts")} + interval '1 day'
      FROM (
        SELECT e.*,
          CASE e.kind
            WHEN 'TRADE_FAIR' THEN e.short || ' ' || pg_temp.pick(${arr(W.fairWords)}, e.u_w) || ' ' || e.city || ' ' || e.yr
            WHEN 'SEMINAR' THEN CASE WHEN e.u_w < 0.5 THEN 'Europe–Japan ' || e.short || ' Seminar' ELSE 'Seminar on ' || e.topic || ' in ' || e.city END
            WHEN 'RECEPTION' THEN 'Reception for the ' || e.topic || ' delegation in ' || e.city
            WHEN 'MATCHMAKING' THEN e.short || ' matchmaking event, ' || e.city
            WHEN 'WORKSHOP' THEN 'Workshop: ' || e.topic || ' in Europe and Japan'
            WHEN 'MEETING' THEN 'Annual meeting of the ' || e.city || ' ' || e.short || ' partnership'
            ELSE e.short || ' networking evening in ' || e.city
          END AS name,
          'A ' || lower(replace(e.kind, '_', ' ')) || ' on ' || e.topic || ' bringing together companies, clusters and public bodies from Europe and Japan'
            || CASE WHEN e.u_w < 0.3 THEN '; rencontres d''affaires et conférences sur ' || e.topic_fr ELSE '' END || '.' AS summary,
          CASE WHEN e.sprec = 'DAY' AND e.u_end < 0.6 THEN e.starts_on + floor(e.u_end * 5)::int END AS ends_on,
          CASE WHEN e.u_venue < 0.6 THEN e.city || ' ' || pg_temp.pick(${arr(W.venues)}, e.u_venue / 0.6) END AS venue,
          CASE WHEN e.u_att < 0.5 THEN round(30 * exp(e.u_att * 10))::int END AS attendance
        FROM (
          SELECT b.*, (${arr(eventKinds)})[${weighted("b.u_kind", [20, 25, 10, 15, 12, 12, 6])}] AS kind,
            ${dateParts("b.sprec", "b.yr", "b.u_d")} AS starts_on, c.id AS city_id, c.name AS city, s.topic, s.topic_fr, s.short,
            CASE WHEN b.u_mis < 0.15 THEN 1 + floor(b.u_mis / 0.15 * ${nMissions})::int END AS mission_id,
            CASE WHEN b.id > 1 AND b.u_par < 0.05 THEN 1 + floor(b.u_par / 0.05 * (b.id - 1))::int END AS parent_id
          FROM (
            SELECT g AS id, CASE WHEN pg_temp.u(g, 400) < 0.55 THEN 'JAPAN' ELSE 'EUROPE' END AS side,
              ${precDefault("pg_temp.u(g, 401)", 0.08, 0.75, 0.12)} AS sprec, ${year("pg_temp.u(g, 402)")} AS yr, pg_temp.u(g, 403) AS u_d,
              pg_temp.u(g, 404) AS u_c, pg_temp.u(g, 405) AS u_s, pg_temp.u(g, 406) AS v_s, pg_temp.u(g, 407) AS u_kind, pg_temp.u(g, 408) AS u_w,
              pg_temp.u(g, 409) AS u_end, pg_temp.u(g, 410) AS u_venue, pg_temp.u(g, 411) AS u_att, pg_temp.u(g, 412) AS u_note,
              pg_temp.u(g, 413) AS u_mis, pg_temp.u(g, 414) AS u_par, pg_temp.u(g, 415) AS u_draft, pg_temp.u(g, 416) AS u_ts, pg_temp.u(g, 417) AS u_inf
            FROM generate_series(1, ${nEvents}) g OFFSET 0
          ) b
          JOIN kz_cpool c ON c.side = b.side AND c.rank = pg_temp.zipf(${csize("b.side")}, b.u_c)
          JOIN kz_sec s ON s.rank = ${themeRank("b.u_s", "b.v_s")}
          OFFSET 0
        ) e
      ) x`);
    await step("event sectors", `
      INSERT INTO "EventSector" ("eventId", "sectorId")
      SELECT DISTINCT g, s.id FROM generate_series(1, ${nEvents}) g CROSS JOIN generate_series(1, 2) k
      JOIN kz_sec s ON s.rank = CASE WHEN k = 1 THEN ${themeRank("pg_temp.u(g, 405)", "pg_temp.u(g, 406)")} ELSE ${themeRank("pg_temp.u(g, 420)", "pg_temp.u(g, 421)")} END
      WHERE k = 1 OR pg_temp.u(g, 422) < 0.35`);
    await step("event participants", `
      INSERT INTO "EventParticipant" ("eventId", "regionId", "organisationId", role)
      SELECT DISTINCT ON (b.eid, coalesce(r.id, 0), coalesce(o.id, 0)) b.eid, r.id, o.id,
        (CASE WHEN b.k = 1 THEN 'ORGANISER' ELSE (${arr(["PARTNER", "HOST", "PARTICIPANT", "PARTICIPANT", "PARTICIPANT"])})[1 + floor(b.u_role * 5)::int] END)::"EventRole"
      FROM (
        SELECT e.id AS eid, k, CASE WHEN pg_temp.u(e.id * 8 + k, 430) < 0.5 THEN 'EUROPE' ELSE 'JAPAN' END AS side,
          pg_temp.u(e.id * 8 + k, 431) < 0.6 AS is_org, pg_temp.u(e.id * 8 + k, 432) AS u_e, pg_temp.u(e.id * 8 + k, 433) AS v_e, pg_temp.u(e.id * 8 + k, 434) AS u_role
        FROM generate_series(1, ${nEvents}) e(id) CROSS JOIN generate_series(1, 6) k
        WHERE k <= 2 + floor(pg_temp.u(e.id, 435) * 5) OFFSET 0
      ) b
      LEFT JOIN kz_rpool r ON NOT b.is_org AND r.side = b.side AND r.rank = pg_temp.zipf(${rsize("b.side")}, b.u_e)
      LEFT JOIN kz_opool o ON b.is_org AND o.side = b.side AND o.rank = pg_temp.skew(${osize("b.side")}, b.u_e, b.v_e, 0.5)
      ORDER BY b.eid, coalesce(r.id, 0), coalesce(o.id, 0), b.k`);
    await step("event sessions", `
      INSERT INTO "EventSession" ("eventId", position, "startsAt", "endsAt", title)
      SELECT e.id, k, (${arr(["09:30", "10:30", "11:30", "13:30", "14:30", "15:30", "16:30"])})[k + floor(pg_temp.u(e.id, 440) * 3)::int],
        CASE WHEN pg_temp.u(e.id * 8 + k, 441) < 0.7 THEN (${arr(["10:30", "11:30", "12:30", "14:30", "15:30", "16:30", "17:30"])})[k + floor(pg_temp.u(e.id, 440) * 3)::int] END,
        replace(pg_temp.pick(${arr(W.sessionTitles)}, pg_temp.u(e.id * 8 + k, 442)), '{topic}', s.topic)
      FROM generate_series(1, ${nEvents}) e(id)
      JOIN kz_sec s ON s.rank = ${themeRank("pg_temp.u(e.id, 405)", "pg_temp.u(e.id, 406)")}
      CROSS JOIN generate_series(1, 4) k
      WHERE pg_temp.u(e.id, 443) < 0.2 AND k <= 1 + floor(pg_temp.u(e.id, 444) * 4)
      ORDER BY e.id, k`);
    await step("session speakers", `
      INSERT INTO "SessionSpeaker" ("sessionId", "personRoleId", "talkTitle", position)
      SELECT es.id, 1 + floor(pg_temp.u(es.id, 450) * ${nPersons})::int,
        CASE WHEN pg_temp.u(es.id, 451) < 0.5 THEN replace(pg_temp.pick(${arr(W.talks)}, pg_temp.u(es.id, 452)), '{topic}', 'innovation') END, 0
      FROM "EventSession" es WHERE es.title NOT IN ('B2B meetings', 'Networking lunch')`);
    phase("events");

    // ---------------------------------------------------------- agreements
    await step("agreement parties (staging)", `
      CREATE TEMP TABLE kz_ap AS
      SELECT DISTINCT ON (x.aid, coalesce(r.id, 0), coalesce(o.id, 0)) x.aid, x.pos, x.side, r.id AS region_id, o.id AS org_id,
        coalesce(r.name, o.name) AS name, x.role
      FROM (
        SELECT g AS aid, p AS pos,
          CASE WHEN p = 0 THEN 'EUROPE' WHEN p = 1 THEN 'JAPAN' WHEN pg_temp.u(g * 4 + p, 2) < 0.5 THEN 'EUROPE' ELSE 'JAPAN' END AS side,
          pg_temp.u(g * 4 + p, 3) < CASE WHEN p < 2 THEN 0.35 ELSE 0.6 END AS is_org,
          pg_temp.u(g * 4 + p, 4) AS u_e, pg_temp.u(g * 4 + p, 5) AS v_e,
          CASE WHEN p < 2 THEN CASE WHEN pg_temp.u(g * 4 + p, 6) < 0.9 THEN 'SIGNATORY' ELSE 'PARTNER' END
               ELSE (${arr(["SIGNATORY", "WITNESS", "SUPPORTER", "PARTNER"])})[1 + floor(pg_temp.u(g * 4 + p, 6) * 4)::int] END AS role
        FROM generate_series(1, ${N}) g CROSS JOIN generate_series(0, 3) p
        WHERE p < CASE WHEN pg_temp.u(g, 1) < 0.75 THEN 2 WHEN pg_temp.u(g, 1) < 0.93 THEN 3 ELSE 4 END
        OFFSET 0
      ) x
      LEFT JOIN kz_rpool r ON NOT x.is_org AND r.side = x.side AND r.rank = pg_temp.zipf(${rsize("x.side")}, x.u_e)
      LEFT JOIN kz_opool o ON x.is_org AND o.side = x.side AND o.rank = pg_temp.skew(${osize("x.side")}, x.u_e, x.v_e, 0.5)
      ORDER BY x.aid, coalesce(r.id, 0), coalesce(o.id, 0), x.pos`);
    await step("agreement sectors (staging)", `
      CREATE TEMP TABLE kz_as AS
      SELECT DISTINCT ON (aid, sector_id) aid, k, sector_id, topic_id FROM (
        SELECT b.aid, b.k,
          CASE WHEN b.k = 1 THEN CASE WHEN b.u_eco < 0.08 THEN t1.eco_id ELSE t1.id END
               WHEN b.u_mode < 0.6 THEN sib.id ELSE own.id END AS sector_id,
          t1.id AS topic_id
        FROM (
          SELECT g AS aid, k, ${themeRank("pg_temp.u(g, 30)", "pg_temp.u(g, 31)")} AS t1rank,
            ${themeRank("pg_temp.u(g * 4 + k, 32)", "pg_temp.u(g * 4 + k, 33)")} AS ownrank,
            pg_temp.u(g * 4 + k, 34) AS u_sib, pg_temp.u(g * 4 + k, 35) AS u_mode, pg_temp.u(g, 36) AS u_eco
          FROM generate_series(1, ${N}) g CROSS JOIN generate_series(1, 3) k
          WHERE k = 1 OR (k = 2 AND pg_temp.u(g, 37) < 0.45) OR (k = 3 AND pg_temp.u(g, 38) < 0.15)
          OFFSET 0
        ) b
        JOIN kz_sec t1 ON t1.rank = b.t1rank
        JOIN kz_sec own ON own.rank = b.ownrank
        JOIN kz_sec sib ON sib.eco_id = t1.eco_id AND sib.sib = 1 + floor(b.u_sib * t1.eco_count)::int
      ) y
      ORDER BY aid, sector_id, k`);
    await client.query(`ANALYZE kz_ap; ANALYZE kz_as`);

    const kn = `(${arr(W.kindsEn)})`;
    const knFr = `(${arr(W.kindsFr)})`;
    const commit = (i: number) =>
      `replace(replace(replace(replace(pg_temp.pick(${arr(W.commitments)}, pg_temp.u(c.id * 8 + ${i}, 60)), '{topic}', c.topic), '{topicFr}', c.topic_fr), '{A}', c.a_name), '{B}', c.b_name)`;
    await step("agreements", `
      INSERT INTO "Agreement" (id, slug, title, "titleOriginal", kind, "agreementStatus", summary, commitments,
        "signedOn", "signedPrecision", "signedInferredFrom", "startsOn", "startsPrecision", "startsInferredFrom",
        "endsOn", "endsPrecision", "endsInferredFrom", "durationMonths", "placeRegionId", "placeDetail", "placeInferredFrom",
        "missionId", "eventId", status, version, "createdAt", "updatedAt")
      SELECT w.id, pg_temp.slugid(w.title, w.id, 'agreement'), w.title, w.title_original, w.kind::"AgreementKind",
        (CASE WHEN w.ends_on IS NOT NULL AND w.ends_on < date '2026-11-22' THEN 'EXPIRED'
              WHEN w.signed_on IS NULL THEN CASE WHEN w.u_st < 0.3 THEN 'ANNOUNCED' ELSE 'SIGNED' END
              WHEN w.signed_on > date '2026-06-01' AND w.u_st < 0.25 THEN 'ANNOUNCED'
              WHEN w.u_st < 0.6 THEN 'ACTIVE' ELSE 'SIGNED' END)::"AgreementStatus",
        w.summary, w.commitments,
        w.signed_on, w.sprec::"DatePrecision", CASE WHEN w.signed_on IS NOT NULL AND w.u_inf < 0.04 THEN pg_temp.pick(${arr(W.inferred)}, w.u_inf / 0.04) END,
        w.starts_on, w.stprec::"DatePrecision", CASE WHEN w.st_same AND w.u_inf2 < 0.1 THEN 'assumed to take effect on signing' END,
        w.ends_on, CASE WHEN w.ends_on IS NULL THEN 'UNKNOWN' ELSE w.stprec END::"DatePrecision",
        CASE WHEN w.ends_on IS NOT NULL AND w.u_inf2 < 0.6 THEN 'computed from the stated duration' END,
        w.dur, w.place_id, w.place_detail, CASE WHEN w.place_id IS NOT NULL AND w.u_inf2 > 0.97 THEN 'the source names the city of the ceremony only' END,
        w.mission_id, w.event_id, CASE WHEN w.u_draft < 0.02 THEN 'DRAFT' ELSE 'PUBLISHED' END::"RecordStatus",
        CASE WHEN w.u_draft > 0.95 THEN 2 ELSE 1 END, ${timestampAt("w.u_ts")}, ${timestampAt("w.u_ts")} + w.u_draft * interval '20 days'
      FROM (
        SELECT z.*,
          CASE WHEN z.stprec = 'UNKNOWN' OR z.dur IS NULL OR z.u_e >= 0.85 THEN NULL
               WHEN z.stprec = 'DAY' THEN (z.starts_on + make_interval(months => z.dur) - interval '1 day')::date
               ELSE (z.starts_on + make_interval(months => z.dur))::date END AS ends_on
        FROM (
          SELECT y.*,
            CASE WHEN y.signed_on IS NOT NULL AND y.u_s < 0.55 THEN y.signed_on
                 WHEN y.signed_on IS NOT NULL AND y.u_s < 0.65 THEN date_trunc('month', y.signed_on + 31)::date
                 WHEN y.signed_on IS NULL AND y.u_s < 0.2 THEN make_date(y.yr, 1, 1) END AS starts_on,
            CASE WHEN y.signed_on IS NOT NULL AND y.u_s < 0.55 THEN y.sprec
                 WHEN y.signed_on IS NOT NULL AND y.u_s < 0.65 THEN 'MONTH'
                 WHEN y.signed_on IS NULL AND y.u_s < 0.2 THEN 'YEAR' ELSE 'UNKNOWN' END AS stprec,
            (y.signed_on IS NOT NULL AND y.u_s < 0.55) AS st_same,
            CASE WHEN y.fr THEN ${kn}[y.kidx] || ' between ' || y.a_name || ' and ' || y.b_name || ' on ' || y.topic
              ELSE CASE y.tmpl
                WHEN 1 THEN y.a_name || '–' || y.b_name || ' ' || lower(${kn}[y.kidx]) || ' on ' || y.topic
                WHEN 2 THEN ${kn}[y.kidx] || ' between ' || y.a_name || ' and ' || y.b_name
                WHEN 3 THEN ${kn}[y.kidx] || ' on ' || y.topic || ' cooperation between ' || y.a_name || ' and ' || y.b_name
                WHEN 4 THEN y.a_name || ' and ' || y.b_name || ' ' || pg_temp.pick(${arr(W.titleVerbs)}, y.u_w1) || ' ' || y.topic || ' partnership'
                ELSE ${kn}[y.kidx] || ' on ' || pg_temp.pick(${arr(W.titleQualifiers)}, y.u_w1) || ' ' || y.topic || ' (' || y.a_name || ', ' || y.b_name || ')'
              END END AS title,
            CASE WHEN y.fr THEN ${knFr}[y.kidx] || ' entre ' || y.a_name || ' et ' || y.b_name || ' en matière ' || CASE WHEN y.topic_fr ~ '^[aeiouéèêh]' THEN 'd''' ELSE 'de ' END || y.topic_fr END AS title_original,
            y.a_name || ' and ' || y.b_name || ' ' || pg_temp.pick(${arr(W.agreeVerbs)}, y.u_w2) || ' ' || pg_temp.pick(${arr(W.actions)}, y.u_w3)
              || ' in ' || y.topic || ', with a focus on ' || pg_temp.pick(${arr(W.focus)}, y.u_w4) || ' and ' || pg_temp.pick(${arr(W.focus)}, y.u_w5) || '.'
              || ' The ' || lower(${kn}[y.kidx]) || ' ' || pg_temp.pick(${arr(W.provisions)}, y.u_w6) || '.'
              || CASE WHEN y.u_w7 < 0.3 THEN ' ' || pg_temp.pick(${arr(W.extras)}, y.u_w7 / 0.3) ELSE '' END
              || CASE WHEN y.fr THEN ' ' || replace(pg_temp.pick(${arr(W.frSentences)}, y.u_w8), '{topicFr}', y.topic_fr) ELSE '' END AS summary
          FROM (
            SELECT c.*, (${arr(W.kindsDb)})[c.kidx] AS kind,
              ${dateParts("c.sprec", "c.yr", "c.u_d")} AS signed_on,
              (ARRAY[${commit(1)}, ${commit(2)}, ${commit(3)}, ${commit(4)}])[1:c.ncom] AS commitments
            FROM (
              SELECT a.*, s.topic, s.topic_fr,
                pg_temp.u(a.id, 50) AS u_p, ${year("pg_temp.u(a.id, 51)")} AS yr, pg_temp.u(a.id, 52) AS u_d,
                ${precDefault("pg_temp.u(a.id, 50)", 0.15, 0.4, 0.23)} AS sprec,
                ${weighted("pg_temp.u(a.id, 53)", W.kindWeights)} AS kidx,
                1 + floor(pg_temp.u(a.id, 54) * 5)::int AS tmpl, pg_temp.u(a.id, 55) < 0.12 AS fr,
                pg_temp.u(a.id, 56) AS u_s, pg_temp.u(a.id, 57) AS u_e, pg_temp.u(a.id, 58) AS u_st,
                CASE WHEN pg_temp.u(a.id, 59) < 0.35 THEN (ARRAY[12, 24, 36, 36, 48, 60])[1 + floor(pg_temp.u(a.id, 59) / 0.35 * 6)::int] END AS dur,
                ${weighted("pg_temp.u(a.id, 61)", [15, 30, 25, 18, 12])} - 1 AS ncom,
                pg_temp.u(a.id, 62) AS u_w1, pg_temp.u(a.id, 63) AS u_w2, pg_temp.u(a.id, 64) AS u_w3, pg_temp.u(a.id, 65) AS u_w4,
                pg_temp.u(a.id, 66) AS u_w5, pg_temp.u(a.id, 67) AS u_w6, pg_temp.u(a.id, 68) AS u_w7, pg_temp.u(a.id, 69) AS u_w8,
                pg_temp.u(a.id, 70) AS u_inf, pg_temp.u(a.id, 71) AS u_inf2, pg_temp.u(a.id, 72) AS u_draft, pg_temp.u(a.id, 73) AS u_ts,
                CASE WHEN pg_temp.u(a.id, 74) < 0.25 THEN a.b_region WHEN pg_temp.u(a.id, 74) < 0.45 THEN a.a_region END AS place_id,
                CASE WHEN pg_temp.u(a.id, 75) < 0.2 THEN 'Signed at ' || pg_temp.pick(${arr(W.placeDetails)}, pg_temp.u(a.id, 75) / 0.2) END AS place_detail,
                CASE WHEN pg_temp.u(a.id, 76) < 0.08 THEN 1 + floor(pg_temp.u(a.id, 76) / 0.08 * ${nMissions})::int END AS mission_id,
                CASE WHEN pg_temp.u(a.id, 77) < 0.10 THEN 1 + floor(pg_temp.u(a.id, 77) / 0.10 * ${nEvents})::int END AS event_id
              FROM (
                SELECT aid AS id, max(name) FILTER (WHERE pos = 0) AS a_name, max(name) FILTER (WHERE pos = 1) AS b_name,
                  max(region_id) FILTER (WHERE pos = 0) AS a_region, max(region_id) FILTER (WHERE pos = 1) AS b_region
                FROM kz_ap GROUP BY aid
              ) a
              JOIN kz_as t ON t.aid = a.id AND t.k = 1
              JOIN kz_sec s ON s.id = t.topic_id
              OFFSET 0
            ) c OFFSET 0
          ) y OFFSET 0
        ) z OFFSET 0
      ) w`);
    await step("agreement parties", `
      INSERT INTO "AgreementParty" ("agreementId", "regionId", "organisationId", role, position)
      SELECT aid, region_id, org_id, role::"PartyRole", pos FROM kz_ap ORDER BY aid, pos`);
    await step("agreement sectors", `INSERT INTO "AgreementSector" ("agreementId", "sectorId") SELECT aid, sector_id FROM kz_as`);
    await step("agreement signatories", `
      INSERT INTO "AgreementSignatory" ("agreementId", "personRoleId", position)
      SELECT ap.aid, coalesce(rr.id, ro.id), ap.pos FROM kz_ap ap
      LEFT JOIN kz_role1 rr ON rr.region_id = ap.region_id
      LEFT JOIN kz_role1 ro ON ro.org_id = ap.org_id
      WHERE ap.pos < 2 AND pg_temp.u(ap.aid, 80) < 0.3 AND coalesce(rr.id, ro.id) IS NOT NULL
      ON CONFLICT DO NOTHING`);
    await client.query(`DROP TABLE kz_ap; DROP TABLE kz_as`);
    phase("agreements");

    // ---------------------------------------------------------- sources, citations, pairs
    const first = (await client.query<{ id: number; title: string; summary: string; signed: string | null }>(
      `SELECT id, title, summary, to_char("signedOn", 'FMDD FMMonth YYYY') AS signed FROM "Agreement" WHERE status = 'PUBLISHED' ORDER BY id LIMIT 40`,
    )).rows;
    const publishers = ["Le Journal de l'Éco", "Japan Industry News", "EU-Japan Centre Newsletter", "La Dépêche du Midi", "Nikkei Asia", "Regional Business Review", "Osaka Economic Journal", "Bavarian Trade Bulletin"];
    const sources = publishers.map((publisher, i) => {
      const cited = first.slice(i * 5, i * 5 + 5);
      const quotes = cited.map((a) => `${a.signed ? `On ${a.signed}, the` : "The"} ${a.title} was signed.`);
      const sentences = cited.map((a, j) => `${quotes[j]} ${a.summary}`);
      const fr = i % 3 === 0;
      const text = [
        fr ? "Les coopérations entre l'Europe et le Japon se multiplient, portées par les régions, les clusters et les universités." : "Cooperation between European and Japanese regions keeps growing, driven by clusters, universities and city governments.",
        ...sentences,
        fr ? "Les partenaires prévoient de se retrouver l'an prochain." : "The partners plan to meet again next year.",
      ].join("\n\n");
      return { id: i + 1, slug: slugify(`${publisher} ${2016 + i}`), title: `${fr ? "Coopération Europe–Japon" : "Europe–Japan partnerships"}: ${cited.length} new agreements (${publisher})`,
        publisher, language: fr ? "fr" : "en", text, cited, quotes };
    });
    await client.query(
      `INSERT INTO "Source" (id, slug, title, publisher, language, kind, url, "fileName", summary, text, "publishedOn", "publishedPrecision", status, version, "createdAt", "updatedAt")
       SELECT id, slug, title, publisher, language, (ARRAY['NEWS', 'PRESS_RELEASE', 'PROGRAMME'])[1 + id % 3]::"SourceKind", 'https://news.example/' || slug, NULL,
         'Synthetic article citing ' || 5 || ' agreements.', text, make_date(2016 + id, 1 + id, 10), 'DAY', 'PUBLISHED', 1, ${timestampAt("0.3")}, ${timestampAt("0.3")}
       FROM unnest($1::int[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[]) AS x(id, slug, title, publisher, language, text)`,
      [sources.map((s) => s.id), sources.map((s) => s.slug), sources.map((s) => s.title), sources.map((s) => s.publisher), sources.map((s) => s.language), sources.map((s) => s.text)],
    );
    const citations = sources.flatMap((s) => s.cited.map((a, i) => ({ sourceId: s.id, agreementId: a.id, quote: s.quotes[i], position: i })));
    await client.query(
      `INSERT INTO "Citation" ("sourceId", quote, field, position, "agreementId", "createdAt")
       SELECT s, q, NULL, p, a, ${timestampAt("0.3")} FROM unnest($1::int[], $2::text[], $3::int[], $4::int[]) AS x(s, q, p, a)`,
      [citations.map((c) => c.sourceId), citations.map((c) => c.quote), citations.map((c) => c.position), citations.map((c) => c.agreementId)],
    );
    const pairs: [string, string, string][] = [["lyon-tokyo", "lyon", "tokyo"], ["occitanie-kyoto", "occitanie", "kyoto-prefecture"], ["paris-tokyo", "paris", "tokyo"],
      ["bavaria-aichi", "bavaria", "aichi-prefecture"], ["catalonia-osaka", "catalonia", "osaka-prefecture"], ["flanders-kyoto", "flanders", "kyoto"]];
    await client.query(
      `INSERT INTO "Pair" (slug, name, summary, "europeRegionId", "japanRegionId", status, version, "createdAt", "updatedAt")
       SELECT x.slug, e.name || '–' || j.name, 'Synthetic pair: every record that links ' || e.name || ' and ' || j.name || '.', e.id, j.id, 'PUBLISHED', 1, ${timestampAt("0.4")}, ${timestampAt("0.4")}
       FROM unnest($1::text[], $2::text[], $3::text[]) AS x(slug, eu, jp) JOIN "Region" e ON e.slug = x.eu JOIN "Region" j ON j.slug = x.jp`,
      [pairs.map((p) => p[0]), pairs.map((p) => p[1]), pairs.map((p) => p[2])],
    );
    // Serial columns continue after the explicit ids.
    const serials = (await client.query<{ tbl: string; seq: string | null }>(
      `SELECT quote_ident(c.relname) AS tbl, pg_get_serial_sequence(quote_ident(c.relname), 'id') AS seq
       FROM pg_class c JOIN pg_attribute a ON a.attrelid = c.oid AND a.attname = 'id' AND NOT a.attisdropped
       WHERE c.relnamespace = 'public'::regnamespace AND c.relkind = 'r'`,
    )).rows;
    for (const s of serials) {
      if (s.seq) await client.query(`SELECT setval($1, coalesce((SELECT max(id) FROM ${s.tbl}), 0) + 1, false)`, [s.seq]);
    }
    phase("sources, citations, pairs");

    // ---------------------------------------------------------- indexes and foreign keys back
    const searchIndexes = indexes.filter((ix) => ix.tbl === "SearchDocument");
    for (const ix of indexes.filter((ix) => ix.tbl !== "SearchDocument")) await client.query(ix.def);
    log(`synth: rebuilt ${indexes.length - searchIndexes.length} indexes ${((Date.now() - stepStarted) / 1000).toFixed(1)} s`);
    for (const fk of fks) await client.query(`ALTER TABLE ${fk.tbl} ADD CONSTRAINT ${fk.name} ${fk.def}`);
    phase(`indexes and ${fks.length} foreign keys restored`);
    await client.query(`ANALYZE`);
    const t0 = Date.now();
    const how = await refreshSearchDocuments(client, url);
    log(`synth: search documents (${how}) ${((Date.now() - t0) / 1000).toFixed(1)} s`);
    for (const ix of searchIndexes) await client.query(ix.def);
    phase(`search documents and their ${searchIndexes.length} indexes`);
    await client.query(`VACUUM (ANALYZE)`);
    phase("vacuum analyze");
    const seconds = (Date.now() - started) / 1000;
    await client.query(`COMMENT ON TABLE "Agreement" IS ${q(synthMarker(N, seed, seconds))}`);
    log(`synth: done in ${seconds.toFixed(1)} s`);
  } finally {
    await client.end();
  }
}

// ------------------------------------------------------------------ a database holding a synthetic set

export type SynthDatabase = {
  url: string;
  stop: () => Promise<void>;
  embedded: boolean;
  /** True when this call generated the data; false when it reused an existing set. */
  generated: boolean;
  /** How long the synthesis took (this run, or the run that made the reused set). */
  synthSeconds: number | null;
};

export function synthDataDir(agreements: number): string {
  return path.join(ROOT, ".data", `synth-${agreements}`);
}

/**
 * A database holding the synthetic set of `agreements` and `seed`: the server at
 * `databaseUrl`, or an embedded PostgreSQL in .data/synth-<agreements>/ (kept
 * between runs). Reuses the set when the database already holds exactly it
 * (unless `force`); otherwise drops the schema, migrates and synthesizes. The
 * server is left running: call stop().
 */
export async function openSynthDatabase(options: {
  agreements: number;
  seed: number;
  force?: boolean;
  databaseUrl?: string;
  log: (line: string) => void;
}): Promise<SynthDatabase> {
  const { agreements, seed, log } = options;
  let url: string;
  let stop: () => Promise<void>;
  const embedded = !options.databaseUrl;
  if (options.databaseUrl) {
    url = checkDatabaseUrl(options.databaseUrl);
    stop = async () => {};
    log(`using the PostgreSQL server at ${new URL(url).host}`);
  } else {
    const dir = synthDataDir(agreements);
    log(`starting the embedded PostgreSQL for the synthetic set; data lives in ${path.relative(process.cwd(), dir) || dir}`);
    const db = await startEmbeddedPostgres({ dir, persistent: true, preferredPort: 54400, log });
    url = db.url;
    stop = db.stop;
    log(`embedded PostgreSQL is listening on ${new URL(url).host}`);
  }
  try {
    const marker = await readSynthMarker(url);
    const same = marker && marker.agreements === agreements && marker.seed === seed;
    if (same && marker.version === SYNTH_VERSION && marker.migrations === migrationsFingerprint() && !options.force) {
      log(`the database already holds the synthetic set (${agreements.toLocaleString("en")} agreements, seed ${seed}); not regenerating (use --force to)`);
      return { url, stop, embedded, generated: false, synthSeconds: marker.seconds };
    }
    if (same && !options.force) {
      log(marker.version !== SYNTH_VERSION ? "the synthetic data generator changed since this set was made; regenerating" : "the migrations changed since this set was made; regenerating");
    }
    if (!embedded && !marker && !options.force && (await holdsData(url))) {
      throw new Error(`the database at ${new URL(url).host} holds data that is not a synthetic set; db:synth drops its public schema, so pass --force if that is really what you want`);
    }
    log(marker ? `replacing the synthetic set it holds (${marker.agreements.toLocaleString("en")} agreements, seed ${marker.seed})` : "dropping and migrating the database");
    await dropAll(url);
    await migrate(url, log);
    const t0 = Date.now();
    await synthesize(url, { agreements, seed, log });
    return { url, stop, embedded, generated: true, synthSeconds: (Date.now() - t0) / 1000 };
  } catch (error) {
    await stop();
    throw error;
  }
}

async function holdsData(url: string): Promise<boolean> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query<{ n: string | null }>(
      `SELECT CASE WHEN to_regclass('public."Region"') IS NULL THEN 0 ELSE (SELECT count(*) FROM (SELECT 1 FROM "Region" LIMIT 1) x) END AS n`,
    );
    return Number(rows[0].n) > 0;
  } finally {
    await client.end();
  }
}

/**
 * Builds every search document: the same end state as `SELECT
 * kizuna_search_refresh()`, in about half the time on two cores. That call
 * runs one statement per record type, on one core; here two connections share
 * the work by record type and id range (kizuna_search_refresh(type, ids)):
 *   connection 1: agreements 1 … 61 % of the ids
 *   connection 2: organisations, regions, missions, events, then the other agreements
 * so the two finish at different times. Each call also corrects the facet
 * counts by what its documents add; should two calls deadlock on those rows,
 * one fails and is run again. A last call on its own does the sources.
 * Each call gets a fresh connection, so its plan sees the id list as a
 * constant. One core, or a function whose signature changed: the plain call.
 */
async function refreshSearchDocuments(client: pg.Client, url: string): Promise<string> {
  const sig = await client.query<{ ok: boolean }>(
    `SELECT to_regprocedure('kizuna_search_refresh("SearchRecordType", integer[])') IS NOT NULL AS ok`,
  );
  if (!sig.rows[0].ok || os.cpus().length < 2) {
    await client.query(`SELECT kizuna_search_refresh()`);
    return "kizuna_search_refresh()";
  }
  const { rows } = await client.query<{ lo: number | null; hi: number | null }>(`SELECT min(id) AS lo, max(id) AS hi FROM "Agreement"`);
  const lo = rows[0].lo ?? 1, hi = rows[0].hi ?? 0;
  const split = lo + Math.round((hi - lo + 1) * 0.61);
  const range = (from: number, to: number) => Array.from({ length: Math.max(0, to - from) }, (_, i) => from + i);
  type Task = { type: string; ids: number[] | null };
  const lanes: Task[][] = [
    [{ type: "AGREEMENT", ids: range(lo, split) }],
    [{ type: "ORGANISATION", ids: null }, { type: "REGION", ids: null }, { type: "MISSION", ids: null }, { type: "EVENT", ids: null },
      { type: "AGREEMENT", ids: range(split, hi + 1) }],
  ];
  // The name vocabulary (migration 20261201000000_search_words) and the search
  // generation (20261201010000_search_generation) are kept by statement
  // triggers that lock their rows until commit, so the two lanes would wait on
  // each other for most of their run: off during the bulk rebuild (and back on
  // whatever happens), then the vocabulary is built in one statement and the
  // generation bumped once, so no server keeps a result cached from before.
  const exists = async (table: string) => (await client.query<{ ok: boolean }>(`SELECT to_regclass($1) IS NOT NULL AS ok`, [`public."${table}"`])).rows[0].ok;
  const words = await exists("SearchWord");
  const generation = await exists("SearchState");
  const triggers = [
    ...(words ? ["SearchDocument_words_insert", "SearchDocument_words_delete", "SearchDocument_words_update"] : []),
    ...(generation ? ["SearchDocument_generation"] : []),
  ];
  const setTriggers = async (on: boolean) => {
    if (triggers.length) await client.query(`ALTER TABLE "SearchDocument" ${triggers.map((t) => `${on ? "ENABLE" : "DISABLE"} TRIGGER "${t}"`).join(", ")}`);
  };
  let retries = 0;
  await setTriggers(false);
  try {
    await Promise.all(
      lanes.map(async (lane) => {
        for (const task of lane) {
          for (let attempt = 1; ; attempt++) {
            const worker = new pg.Client({ connectionString: url });
            await worker.connect();
            try {
              await worker.query(`SET work_mem = '128MB'`);
              await worker.query(`SET synchronous_commit = off`);
              await worker.query(`SELECT kizuna_search_refresh($1::"SearchRecordType", $2::int[])`, [task.type, task.ids]);
              break;
            } catch (error) {
              const code = (error as { code?: string }).code;
              if (attempt >= 5 || !(code === "23505" || code === "40P01" || code === "40001")) throw error;
              retries++;
            } finally {
              await worker.end();
            }
          }
        }
      }),
    );
    await client.query(`SELECT kizuna_search_refresh('SOURCE'::"SearchRecordType", NULL)`);
    if (words) {
      await client.query(`SET work_mem = '256MB'`);
      await client.query(`TRUNCATE "SearchWord"`);
      await client.query(`INSERT INTO "SearchWord" (word, n)
        SELECT w, count(*) FROM "SearchDocument" d, kizuna_name_words(d.names) w WHERE d.status = 'PUBLISHED' GROUP BY w`);
      await client.query(`RESET work_mem`);
    }
  } finally {
    await setTriggers(true);
  }
  if (generation) await client.query(`UPDATE "SearchState" SET generation = generation + 1`);
  return `kizuna_search_refresh(type, ids) on 2 connections, then the sources alone${retries ? `; ${retries} call(s) run again after a conflict` : ""}`;
}
