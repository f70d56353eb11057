// Places. Codes (ISO 3166-2, NUTS, Wikidata), local names and centre points are
// reference data from general knowledge; an identifier is given only where we
// are confident of it. Coordinates are approximate centre points.
import type { SeedRegion } from "../types";

const S000 = "lyon-mission-japan-2016-journal-eco";
const S001 = "occitanie-region-visit-japan";
const S002 = "japon-conquete-start-up-francaises";
const S003 = "bioxclusters-plus-osaka-bio-headquarters";
const S004 = "eu-japan-centre-region-to-region-seminar";

const europe: SeedRegion[] = [
  {
    slug: "france", name: "France", localNames: { fr: "France", ja: "フランス" }, kind: "COUNTRY",
    country: "FR", side: "EUROPE", nuts: "FR", wikidataId: "Q142", latitude: 46.6, longitude: 2.5,
    summary: "France; party, as a country, to the France–Japan joint declaration on innovation and the digital economy, signed on 13 July (the source gives no year; 2018 is inferred).",
    citations: [
      { source: S002, quote: "la déclaration conjointe sur la coopération franco-japonaise dans les domaines de l’innovation et de l’économie digitale" },
    ],
  },
  {
    slug: "auvergne-rhone-alpes", name: "Auvergne-Rhône-Alpes", localNames: { fr: "Auvergne-Rhône-Alpes" }, kind: "REGION",
    country: "FR", side: "EUROPE", parent: "france", iso3166_2: "FR-ARA", nuts: "FRK", wikidataId: "Q18338206",
    latitude: 45.5, longitude: 4.5,
    summary: "French region formed in 2016 from Auvergne and Rhône-Alpes (general knowledge). The Lyon article still speaks of Japanese companies established in \"Rhône-Alpes\", the former region now part of it.",
    citations: [
      { source: S000, quote: "conforter l’implantation d’entreprises japonaises déjà présentes en Rhône-Alpes" },
    ],
  },
  {
    slug: "lyon", name: "Lyon", localNames: { fr: "Lyon", ja: "リヨン" }, kind: "CITY",
    country: "FR", side: "EUROPE", parent: "auvergne-rhone-alpes", wikidataId: "Q456",
    latitude: 45.764, longitude: 4.8357,
    summary: "City in Auvergne-Rhône-Alpes whose mayor led a mission to Japan from 30 September to 7 October 2016. The surrounding metropolitan authority is the Métropole de Lyon (ISO 3166-2 FR-69M), not recorded separately here.",
    citations: [
      { source: S000, quote: "dans le but de développer les collaborations qui unissent Lyon et le Japon" },
      { source: S000, quote: "Un succès qui démontre les liens très forts qui unissent Lyon et Tokyo." },
    ],
  },
  {
    slug: "occitanie", name: "Occitanie", localNames: { fr: "Occitanie / Pyrénées-Méditerranée" }, kind: "REGION",
    country: "FR", side: "EUROPE", parent: "france", iso3166_2: "FR-OCC", nuts: "FRJ", wikidataId: "Q18678265",
    latitude: 43.7, longitude: 2.1,
    summary: "French region formed in 2016 from Languedoc-Roussillon and Midi-Pyrénées (general knowledge; the \"nouvelle grande région\" of the source). Its official name is Occitanie; the source uses \"Région Occitanie / Pyrénées-Méditerranée\", the name the regional council adopted after the merger. Its president says 21 Japanese companies had already chosen to develop in the region.",
    citations: [
      { source: S001, quote: "des coopérations concrètes entre la Région Occitanie / Pyrénées-Méditerranée et la préfecture de Kyoto" },
      { source: S001, quote: "21 entreprises japonaises ont déjà choisies de se développer sur notre territoire." },
    ],
  },
  {
    slug: "montpellier", name: "Montpellier", localNames: { fr: "Montpellier", ja: "モンペリエ" }, kind: "CITY",
    country: "FR", side: "EUROPE", parent: "occitanie", wikidataId: "Q6441",
    latitude: 43.6108, longitude: 3.8767,
    summary: "City in Occitanie, home of the app company Vogo and of most of HORIBA Medical's business.",
    citations: [
      { source: S001, quote: "l’entreprise montpelliéraine Vogo" },
      { source: S001, quote: "effectue ¾ de son chiffre d’affaires monde sur Montpellier" },
    ],
  },
  {
    slug: "ile-de-france", name: "Île-de-France", localNames: { fr: "Île-de-France" }, kind: "REGION",
    country: "FR", side: "EUROPE", parent: "france", iso3166_2: "FR-IDF", nuts: "FR1", wikidataId: "Q13917",
    latitude: 48.7, longitude: 2.5,
    summary: "The Paris region (reference data; not itself discussed in the sources).",
  },
  {
    slug: "paris", name: "Paris", localNames: { fr: "Paris", ja: "パリ" }, kind: "CITY",
    country: "FR", side: "EUROPE", parent: "ile-de-france", iso3166_2: "FR-75C", nuts: "FR101", wikidataId: "Q90",
    latitude: 48.8566, longitude: 2.3522,
    summary: "Capital of France, where JETRO's president arrived to court French start-ups and where Station F is located (the latter from general knowledge).",
    citations: [
      { source: S002, quote: "Arrivé en terres parisiennes" },
    ],
  },
  {
    slug: "grand-est", name: "Grand Est", localNames: { fr: "Grand Est" }, kind: "REGION",
    country: "FR", side: "EUROPE", parent: "france", iso3166_2: "FR-GES", nuts: "FRF", wikidataId: "Q18677983",
    latitude: 48.7, longitude: 5.6,
    summary: "French region that includes Alsace (reference data; not itself discussed in the sources).",
  },
  {
    slug: "alsace", name: "Alsace", localNames: { fr: "Alsace", de: "Elsass" }, kind: "OTHER",
    country: "FR", side: "EUROPE", parent: "grand-est", iso3166_2: "FR-6AE", nuts: "FRF1",
    latitude: 48.3, longitude: 7.45,
    summary: "Historic region of France; since 2021 the European Collectivity of Alsace (Collectivité européenne d'Alsace), a department-level authority within the Grand Est region (general knowledge), hence kind OTHER. Home of the European Center for Japanese Studies in Alsace – Alsace Japan Agency, whose experience of international cooperation was presented at the EU-Japan Centre seminar.",
    citations: [
      { source: S004, quote: "Alsace's Experience of International Cooperation and Beyond" },
    ],
  },
  {
    slug: "haut-rhin", name: "Haut-Rhin", localNames: { fr: "Haut-Rhin" }, kind: "DEPARTMENT",
    country: "FR", side: "EUROPE", parent: "alsace", iso3166_2: "FR-68", nuts: "FRF12", wikidataId: "Q12722",
    latitude: 47.86, longitude: 7.23,
    summary: "French department in southern Alsace (since 2021 part of the European Collectivity of Alsace, general knowledge); Olivier Becht is listed in the seminar programme as its député.",
    citations: [
      { source: S004, quote: "Député du Haut-Rhin" },
    ],
  },
  {
    slug: "germany", name: "Germany", localNames: { de: "Deutschland", fr: "Allemagne", ja: "ドイツ" }, kind: "COUNTRY",
    country: "DE", side: "EUROPE", nuts: "DE", wikidataId: "Q183", latitude: 51.2, longitude: 10.4,
    summary: "Germany, where BIO-Europe is held (the bioXclusters article says only \"en Allemagne\").",
    citations: [
      { source: S003, quote: "convention d’affaires annuelle sur les biotechnologies organisée en Allemagne" },
    ],
  },
  {
    slug: "north-rhine-westphalia", name: "North Rhine-Westphalia", localNames: { de: "Nordrhein-Westfalen" }, kind: "REGION",
    country: "DE", side: "EUROPE", parent: "germany", iso3166_2: "DE-NW", nuts: "DEA", wikidataId: "Q1198",
    latitude: 51.48, longitude: 7.55,
    summary: "German state (Land) represented in Japan by North Rhine-Westphalia Japan K.K., whose head spoke at the EU-Japan Centre seminar.",
    citations: [
      { source: S004, quote: "Building relationships between regions in Japan and Germany - challenges, opportunities and rewards" },
    ],
  },
  {
    slug: "baden-wurttemberg", name: "Baden-Württemberg", localNames: { de: "Baden-Württemberg" }, kind: "REGION",
    country: "DE", side: "EUROPE", parent: "germany", iso3166_2: "DE-BW", nuts: "DE1", wikidataId: "Q985",
    latitude: 48.54, longitude: 9.04,
    summary: "German state (Land); partner of the Hitachi area of Ibaraki Prefecture in industrial exchange projects presented at the EU-Japan Centre seminar.",
    citations: [
      { source: S004, quote: "Industrial Exchange Projects between Hitachi area of Ibaraki prefecture and Baden-Württemberg, Germany" },
    ],
  },
  {
    slug: "cologne", name: "Cologne", localNames: { de: "Köln", fr: "Cologne", ja: "ケルン" }, kind: "CITY",
    country: "DE", side: "EUROPE", parent: "north-rhine-westphalia", nuts: "DEA23", wikidataId: "Q365",
    latitude: 50.9375, longitude: 6.9603,
    summary: "City in North Rhine-Westphalia. Recorded as the place of the Bio Europe Fall convention from general knowledge (BIO-Europe was held there in November 2016, the year inferred for the convention): the source says only that it was held in Germany.",
  },
  {
    slug: "belgium", name: "Belgium", localNames: { nl: "België", fr: "Belgique", de: "Belgien", ja: "ベルギー" }, kind: "COUNTRY",
    country: "BE", side: "EUROPE", nuts: "BE", wikidataId: "Q31", latitude: 50.64, longitude: 4.67,
    summary: "Belgium (reference data: the country of Flanders).",
  },
  {
    slug: "flanders", name: "Flanders", localNames: { nl: "Vlaanderen", fr: "Flandre" }, kind: "REGION",
    country: "BE", side: "EUROPE", parent: "belgium", iso3166_2: "BE-VLG", nuts: "BE2",
    latitude: 51.0, longitude: 4.25,
    summary: "The Flemish Region of Belgium; its cooperation with Japanese regions in life sciences was presented by Flanders Investment & Trade at the EU-Japan Centre seminar.",
    citations: [
      { source: S004, quote: "Cooperation between Flanders and Japanese Regions in Life Sciences" },
    ],
  },
];

const japan: SeedRegion[] = [
  {
    slug: "japan", name: "Japan", localNames: { ja: "日本", fr: "Japon" }, kind: "COUNTRY",
    country: "JP", side: "JAPAN", wikidataId: "Q17", latitude: 36.2, longitude: 138.25,
    summary: "Japan; destination of the Lyon, Occitanie and bioXclusters Plus missions and party, as a country, to the France–Japan joint declaration on innovation and the digital economy, signed on 13 July (the source gives no year; 2018 is inferred).",
    citations: [
      { source: S000, quote: "est parti au pays du soleil levant du 30 septembre au 7 octobre 2016" },
      { source: S003, quote: "Le Japon est aujourd’hui le second marché mondial en matière de santé, après les Etats-Unis." },
    ],
  },
  {
    slug: "tokyo", name: "Tokyo", localNames: { ja: "東京都" }, kind: "METROPOLIS",
    country: "JP", side: "JAPAN", parent: "japan", iso3166_2: "JP-13", wikidataId: "Q1490",
    latitude: 35.6895, longitude: 139.6917,
    summary: "Tokyo Metropolis; scene of the ONLY LYON evening that concluded the Lyon mission (30 September – 7 October 2016), and of Panasonic's showroom in Odaiba visited by the Occitanie delegation.",
    citations: [
      { source: S000, quote: "une soirée ONLY LYON a été organisée à Tokyo" },
      { source: S001, quote: "Suite à la visite du showroom Panasonic à Odaïba" },
    ],
  },
  {
    slug: "chiba", name: "Chiba Prefecture", localNames: { ja: "千葉県" }, kind: "PREFECTURE",
    country: "JP", side: "JAPAN", parent: "japan", iso3166_2: "JP-12",
    latitude: 35.45, longitude: 140.2,
    summary: "Prefecture east of Tokyo; home of Makuhari Messe, recorded from general knowledge as the venue of CEATEC JAPAN 2016 (the source names only the fair).",
  },
  {
    slug: "kyoto-prefecture", name: "Kyoto Prefecture", localNames: { ja: "京都府", fr: "préfecture de Kyoto" }, kind: "PREFECTURE",
    country: "JP", side: "JAPAN", parent: "japan", iso3166_2: "JP-26",
    latitude: 35.25, longitude: 135.45,
    summary: "Japanese prefecture that continued its cooperation accord with the Occitanie / Pyrénées-Méditerranée Region, signed by Governor Keiji Yamada and President Carole Delga.",
    citations: [
      { source: S001, quote: "Afin de renforcer les liens qui unissent la Région et la préfecture de Kyoto" },
    ],
  },
  {
    slug: "osaka-prefecture", name: "Osaka Prefecture", localNames: { ja: "大阪府" }, kind: "PREFECTURE",
    country: "JP", side: "JAPAN", parent: "japan", iso3166_2: "JP-27",
    latitude: 34.62, longitude: 135.5,
    summary: "Japanese prefecture; home of Osaka Bio Headquarters, and its prefectural government presented its cooperation with European regions at the EU-Japan Centre seminar.",
    citations: [
      { source: S004, quote: "Activities of cooperation with European regions of Osaka prefecture" },
    ],
  },
  {
    slug: "osaka", name: "Osaka", localNames: { ja: "大阪市" }, kind: "CITY",
    country: "JP", side: "JAPAN", parent: "osaka-prefecture", wikidataId: "Q35765",
    latitude: 34.6937, longitude: 135.5023,
    summary: "City of Osaka, capital of Osaka Prefecture; home of Knowledge Capital (Grand Front Osaka; general knowledge). The bioXclusters article speaks of the life-science industry \"à Osaka\" without saying whether it means the city or the prefecture.",
    citations: [
      { source: S003, quote: "Osaka Bio Headquarters est une organisation qui soutient l’industrie des sciences de la vie à Osaka." },
    ],
  },
  {
    slug: "iwate", name: "Iwate Prefecture", localNames: { ja: "岩手県" }, kind: "PREFECTURE",
    country: "JP", side: "JAPAN", parent: "japan", iso3166_2: "JP-03",
    latitude: 39.6, longitude: 141.35,
    summary: "Japanese prefecture in Tōhoku whose governor, Takuya Tasso, presented \"IWATE and Europe\" at the EU-Japan Centre seminar.",
    citations: [
      { source: S004, quote: "Mr. Takuya Tasso, Governor of Iwate Prefecture – IWATE and Europe ~ For further cooperation" },
    ],
  },
  {
    slug: "gifu", name: "Gifu Prefecture", localNames: { ja: "岐阜県" }, kind: "PREFECTURE",
    country: "JP", side: "JAPAN", parent: "japan", iso3166_2: "JP-21",
    latitude: 35.78, longitude: 137.0,
    summary: "Japanese prefecture whose government presented its strategic partnership with an EU region, centred on France, at the EU-Japan Centre seminar.",
    citations: [
      { source: S004, quote: "Strategic Partnership between Gifu Prefecture & EU Region ~ Centered on France" },
    ],
  },
  {
    slug: "ibaraki", name: "Ibaraki Prefecture", localNames: { ja: "茨城県" }, kind: "PREFECTURE",
    country: "JP", side: "JAPAN", parent: "japan", iso3166_2: "JP-08",
    latitude: 36.3, longitude: 140.32,
    summary: "Japanese prefecture north-east of Tokyo; its Hitachi area runs industrial exchange projects with Baden-Württemberg.",
    citations: [
      { source: S004, quote: "Industrial Exchange Projects between Hitachi area of Ibaraki prefecture and Baden-Württemberg, Germany" },
    ],
  },
  {
    slug: "hitachi", name: "Hitachi", localNames: { ja: "日立市" }, kind: "CITY",
    country: "JP", side: "JAPAN", parent: "ibaraki",
    latitude: 36.5991, longitude: 140.6515,
    summary: "City in Ibaraki Prefecture; its Commerce and Industrial Promotion Division presented industrial exchange projects with Baden-Württemberg at the EU-Japan Centre seminar.",
    citations: [
      { source: S004, quote: "Commerce and Industrial Promotion Division, Hitachi City/JETRO Ibaraki" },
    ],
  },
];

export const regions: SeedRegion[] = [...europe, ...japan];
