// People, with the roles in which the sources show them. Role titles follow
// the source's wording (translated from French where needed).
import type { SeedPerson } from "../types";

const S000 = "lyon-mission-japan-2016-journal-eco";
const S001 = "occitanie-region-visit-japan";
const S002 = "japon-conquete-start-up-francaises";
const S004 = "eu-japan-centre-region-to-region-seminar";

const articles: SeedPerson[] = [
  {
    slug: "gerard-collomb", name: "Gérard Collomb",
    note: "The article also calls him \"voyageur représentant et placier\" and \"Le VRP\", a pun on the French job title of a travelling sales representative (VRP); his actual role, stated in the headline, is Mayor of Lyon.",
    roles: [{ key: "mayor", title: "Mayor of Lyon", region: "lyon" }],
    citations: [
      { source: S000, quote: "Le maire de Lyon Gérard Collomb en mission au Japon en octobre 2016", field: "roles" },
      { source: S000, quote: "Gérard Collomb, voyageur représentant et placier" },
      { source: S000, quote: "Le VRP a également rencontré quelques directeurs d’entreprises japonaises" },
    ],
  },
  {
    slug: "carole-delga", name: "Carole Delga",
    roles: [{ key: "president", title: "President of the Occitanie / Pyrénées-Méditerranée Region", region: "occitanie" }],
    citations: [
      { source: S001, quote: "la présidente de la Région Occitanie / Pyrénées-Méditerranée", field: "roles" },
      { source: S001, quote: "Carole Delga et Keiji Yamada, gouverneur de la préfecture de Kyoto, ont signé un accord de coopération" },
    ],
  },
  {
    slug: "keiji-yamada", name: "Keiji Yamada", localNames: { ja: "山田啓二" },
    roles: [{ key: "governor", title: "Governor of Kyoto Prefecture", region: "kyoto-prefecture" }],
    citations: [
      { source: S001, quote: "Keiji Yamada, gouverneur de la préfecture de Kyoto", field: "roles" },
    ],
  },
  {
    slug: "yasuki-akohosni", name: "Yasuki Akohosni",
    note: "Name and title as the source (002) gives them: \"Yasuki Akohosni, le président de Jetro\". The spelling may be wrong (it does not look like a usual romanisation of a Japanese name) and the title may be loose, but the correct form could not be confirmed, so the source's spelling is kept.",
    roles: [{ key: "jetro", title: "President of JETRO (as the source puts it)", organisation: "jetro" }],
    citations: [
      { source: S002, quote: "C’est une idée de Yasuki Akohosni, le président de Jetro (Japan External Trade Organization)", field: "roles" },
      { source: S002, quote: "derrière la guerre commerciale sino-américaine se cache une lutte pour la domination technologique du monde" },
    ],
  },
  {
    slug: "delphine-geny-stephann", name: "Delphine Gény-Stephann",
    roles: [{ key: "secretary-of-state", title: "Secretary of State to the Minister of the Economy and Finance (France)", organisation: "french-ministry-economy-finance" }],
    citations: [
      { source: S002, quote: "la secrétaire d'État auprès du ministre de l'Économie et des finances, Delphine Gény-Stephann", field: "roles" },
    ],
  },
  {
    slug: "mounir-mahjoubi", name: "Mounir Mahjoubi",
    roles: [{ key: "secretary-of-state", title: "Secretary of State for Digital Affairs (France)", region: "france" }],
    citations: [
      { source: S002, quote: "le secrétaire d’État chargé du Numérique, Mounir Mahjoubi", field: "roles" },
    ],
  },
  {
    slug: "yoji-muto", name: "Yoji Muto", localNames: { ja: "武藤容治" },
    note: "The source's title, \"secrétaire d'État à l'Économie, au commerce et à l'industrie du Japon\", is a French rendering; the Japanese office is State Minister of Economy, Trade and Industry (経済産業副大臣).",
    roles: [{ key: "state-minister", title: "Secretary of State for the Economy, Trade and Industry of Japan (as the source puts it)", organisation: "japan-meti" }],
    citations: [
      { source: S002, quote: "le secrétaire d’État à l’Économie, au commerce et à l’industrie du Japon, Yoji Muto", field: "roles" },
    ],
  },
  {
    slug: "xavier-niel", name: "Xavier Niel",
    roles: [{ key: "station-f", title: "Initiator of Station F", organisation: "station-f" }],
    citations: [
      { source: S002, quote: "la Station F, initiée par Xavier Niel en personne", field: "roles" },
    ],
  },
];

// Speakers of the EU-Japan Centre seminar, with their roles as printed.
const seminarSpeakers: SeedPerson[] = [
  {
    slug: "philippe-de-taxis-du-poet", name: "Philippe de Taxis du Poët",
    note: "Printed with the title \"Dr.\".",
    roles: [
      { key: "eu-delegation", title: "Minister Counsellor, EU Delegation to Japan", organisation: "eu-delegation-to-japan" },
      { key: "eu-japan-centre", title: "General Manager of the EU-Japan Centre for Industrial Cooperation, and Minister Counsellor at the EU Delegation to Japan", organisation: "eu-japan-centre" },
    ],
    citations: [
      { source: S004, quote: "Dr. Philippe de Taxis du Poët, Minister Counsellor, EU Delegation to Japan", field: "roles" },
      { source: S004, quote: "Dr. Philippe de Taxis du Poët, General Manager of the EU-Japan Centre for Industrial Cooperation, and Minister Counsellor at the EU Delegation to Japan", field: "roles" },
    ],
  },
  {
    slug: "olivier-becht", name: "Olivier Becht",
    roles: [
      { key: "ceeja", title: "President of the European Center for Japanese Studies in Alsace – Alsace Japan Agency", organisation: "ceeja" },
      { key: "depute", title: "Député du Haut-Rhin (member of the French National Assembly for Haut-Rhin)", region: "haut-rhin" },
    ],
    citations: [
      { source: S004, quote: "Mr. Olivier Becht, President of the European Center for Japanese Studies in Alsace – Alsace Japan Agency and Député du Haut-Rhin", field: "roles" },
    ],
  },
  {
    slug: "georg-k-loer", name: "Georg K. Löer",
    roles: [{ key: "nrw-japan", title: "Representative Director & President, North Rhine-Westphalia Japan K.K.", organisation: "nrw-japan" }],
    citations: [
      { source: S004, quote: "Mr. Georg K. Löer, Representative Director & President, North Rhine-Westphalia Japan K.K.", field: "roles" },
    ],
  },
  {
    slug: "takuya-tasso", name: "Takuya Tasso", localNames: { ja: "達増拓也" },
    roles: [{ key: "governor", title: "Governor of Iwate Prefecture", region: "iwate" }],
    citations: [
      { source: S004, quote: "Mr. Takuya Tasso, Governor of Iwate Prefecture", field: "roles" },
    ],
  },
  {
    slug: "yoshinori-sakiura", name: "Yoshinori Sakiura",
    roles: [{ key: "gifu", title: "Executive Director, Tourism & International Affairs Bureau, Gifu Prefectural Government", organisation: "gifu-prefectural-government" }],
    citations: [
      { source: S004, quote: "Mr. Yoshinori Sakiura, Executive Director, Tourism & International Affairs Bureau, Gifu Prefectural Government", field: "roles" },
    ],
  },
  {
    slug: "yasumi-kitao", name: "Yasumi Kitao",
    roles: [{ key: "osaka", title: "Executive Director, Growth Industry Promotion Office, Department of Commerce, Industry and Labor, Osaka Prefectural Government", organisation: "osaka-prefectural-government" }],
    citations: [
      { source: S004, quote: "Mr. Yasumi Kitao, Executive Director, Growth Industry Promotion Office, Department of Commerce, Industry and Labor, Osaka Prefectural Government", field: "roles" },
    ],
  },
  {
    slug: "ben-kloeck", name: "Ben Kloeck",
    note: "Printed with the title \"Dr.\"; the programme gives his organisation but not his position.",
    roles: [{ key: "fit", title: "Flanders Investment & Trade (position not stated)", organisation: "flanders-investment-trade" }],
    citations: [
      { source: S004, quote: "Dr. Ben Kloeck, Flanders Investment & Trade", field: "roles" },
    ],
  },
  {
    slug: "tatsuya-ishida", name: "Tatsuya Ishida",
    note: "The programme prints \"Director of Regional Revitalization Promotion JETRO's Support for Regional Cooperation\" without a separator; the first part is read as his title and the second as his talk. His JETRO affiliation is inferred from the talk title.",
    roles: [{ key: "jetro", title: "Director of Regional Revitalization Promotion", organisation: "jetro" }],
    citations: [
      { source: S004, quote: "Mr. Tatsuya Ishida, Director of Regional Revitalization Promotion JETRO's Support for Regional Cooperation", field: "roles" },
    ],
  },
  {
    slug: "riki-aoki", name: "Riki Aoki",
    roles: [{ key: "hitachi", title: "Commerce and Industrial Promotion Division, Hitachi City/JETRO Ibaraki", region: "hitachi" }],
    citations: [
      { source: S004, quote: "Mr Riki Aoki, Commerce and Industrial Promotion Division, Hitachi City/JETRO Ibaraki", field: "roles" },
    ],
  },
  {
    slug: "daniel-kremers", name: "Daniel Kremers",
    note: "Printed with the title \"Dr.\"; the programme gives his institute but not his position.",
    roles: [{ key: "dij", title: "German Institute for Japanese Studies (position not stated)", organisation: "german-institute-japanese-studies" }],
    citations: [
      { source: S004, quote: "Dr. Daniel Kremers, German Institute for Japanese Studies", field: "roles" },
    ],
  },
  {
    slug: "tatsushi-amano", name: "Tatsushi Amano",
    roles: [{ key: "jbic", title: "Deputy Director General, New Energy and Power Finance Department, Japan Bank for International Cooperation (JBIC)", organisation: "jbic" }],
    citations: [
      { source: S004, quote: "Mr. Tatsushi Amano, Deputy Director General, New Energy and Power Finance Department, Japan Bank for International Cooperation (JBIC)", field: "roles" },
    ],
  },
  {
    slug: "marta-sanna", name: "Marta Sanna",
    roles: [{ key: "smartimport", title: "Managing Director, Smartimport srl", organisation: "smartimport" }],
    citations: [
      { source: S004, quote: "Ms. Marta Sanna, Managing Director, Smartimport srl", field: "roles" },
    ],
  },
  {
    slug: "haruyuki-hiratani", name: "Haruyuki Hiratani",
    note: "Printed with the title \"Dr.\".",
    roles: [{ key: "takasago", title: "General Manager, Takasago Electric INC", organisation: "takasago-electric" }],
    citations: [
      { source: S004, quote: "Dr. Haruyuki Hiratani, General Manager, Takasago Electric INC", field: "roles" },
    ],
  },
  {
    slug: "virginie-fermaud", name: "Virginie Fermaud",
    note: "Printed with the title \"Dr.\".",
    roles: [{ key: "ceeja", title: "Director of the European Center for Japanese Studies in Alsace and the Alsace Japan Agency", organisation: "ceeja" }],
    citations: [
      { source: S004, quote: "Dr. Virginie Fermaud, Director of the European Center for Japanese Studies in Alsace and the Alsace Japan Agency", field: "roles" },
    ],
  },
  {
    slug: "patricia-flor", name: "Patricia Flor",
    roles: [{ key: "ambassador", title: "EU Ambassador to Japan", organisation: "eu-delegation-to-japan" }],
    citations: [
      { source: S004, quote: "Ms. Patricia Flor, EU Ambassador to Japan", field: "roles" },
    ],
  },
  {
    slug: "catherine-trautmann", name: "Catherine Trautmann",
    roles: [{ key: "former-mep", title: "Former Member of the European Parliament 1989–1997 and 2004–2014", organisation: "european-parliament" }],
    citations: [
      { source: S004, quote: "Ms. Catherine Trautmann, - Former Member of the European Parliament 1989–1997 and 2004–2014", field: "roles" },
    ],
  },
];

export const people: SeedPerson[] = [...articles, ...seminarSpeakers];
