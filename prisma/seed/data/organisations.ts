// Organisations named by the sources. Where a home region, a parent or a
// description comes from general knowledge rather than the source, the summary
// says so.
import type { SeedOrganisation } from "../types";

const S000 = "lyon-mission-japan-2016-journal-eco";
const S001 = "occitanie-region-visit-japan";
const S002 = "japon-conquete-start-up-francaises";
const S003 = "bioxclusters-plus-osaka-bio-headquarters";
const S004 = "eu-japan-centre-region-to-region-seminar";

// ------------------------------------------------------------ 000 (Lyon)
const lyonArticle: SeedOrganisation[] = [
  {
    slug: "knowledge-capital", name: "Knowledge Capital", localNames: { ja: "ナレッジキャピタル" }, kind: "ASSOCIATION",
    homeRegion: "osaka", homeRegionInferredFrom: "general knowledge: it is at Grand Front Osaka; the source does not say where it is", sectors: ["start-ups-innovation"],
    summary: "Innovation and exchange centre in Osaka that the source calls a consortium; it signed an accord with Lyon's TUBA during the 2016 Lyon mission. Its location at Grand Front Osaka (Umeda, Osaka) and its running by an incorporated association are general knowledge, not stated in the source.",
    citations: [
      { source: S000, quote: "Le consortium Knowledge Capital et le TUBA, Tube à expérimentation urbaines, ont signé un accord" },
    ],
  },
  {
    slug: "tuba", name: "TUBA – Tube à expérimentations urbaines", localNames: { fr: "TUBA – Tube à expérimentations urbaines" }, kind: "OTHER",
    homeRegion: "lyon", homeRegionInferredFrom: "general knowledge: it is at Lyon Part-Dieu; the source does not say where it is", sectors: ["smart-city", "start-ups-innovation"],
    summary: "Urban-experimentation lab (living lab) in Lyon that signed an accord with Osaka's Knowledge Capital on the sidelines of the 2016 Lyon mission. The source writes \"Tube à expérimentation urbaines\"; its location at Lyon Part-Dieu is general knowledge. Kind OTHER because it is neither strictly an incubator nor a company.",
    citations: [
      { source: S000, quote: "le TUBA, Tube à expérimentation urbaines" },
    ],
  },
  {
    slug: "veolia", name: "Veolia", kind: "COMPANY", homeRegion: "ile-de-france", homeRegionInferredFrom: "general knowledge: head office in the Paris region; the source does not say where it is based", website: "https://www.veolia.com",
    sectors: ["energy-utilities"],
    summary: "French water, waste and energy services group; its senior managers were present at the signing of the Knowledge Capital–TUBA accord. Head office in the Paris region is general knowledge.",
    citations: [
      { source: S000, quote: "en présence de grands dirigeants d’entreprises, comme VEOLIA, ENEDIS et GRDF" },
    ],
  },
  {
    slug: "enedis", name: "Enedis", kind: "COMPANY", homeRegion: "ile-de-france", homeRegionInferredFrom: "general knowledge: head office at La Défense, Paris region; the source does not say where it is based", website: "https://www.enedis.fr",
    sectors: ["energy-utilities"],
    summary: "French electricity distribution network operator; its senior managers were present at the signing of the Knowledge Capital–TUBA accord. Head office in the Paris region (La Défense) is general knowledge.",
    citations: [
      { source: S000, quote: "en présence de grands dirigeants d’entreprises, comme VEOLIA, ENEDIS et GRDF" },
    ],
  },
  {
    slug: "grdf", name: "GRDF", kind: "COMPANY", homeRegion: "ile-de-france", homeRegionInferredFrom: "general knowledge: head office in Paris; the source does not say where it is based", website: "https://www.grdf.fr",
    sectors: ["energy-utilities"],
    summary: "French gas distribution network operator (Gaz Réseau Distribution France); its senior managers were present at the signing of the Knowledge Capital–TUBA accord. Head office in Paris is general knowledge.",
    citations: [
      { source: S000, quote: "en présence de grands dirigeants d’entreprises, comme VEOLIA, ENEDIS et GRDF" },
    ],
  },
  {
    slug: "lyon-french-tech", name: "Lyon French Tech", kind: "ASSOCIATION", homeRegion: "lyon",
    sectors: ["start-ups-innovation", "digital"],
    summary: "Lyon's network of the French Tech start-up label; innovation with Lyon French Tech was one of the three themes of the 2016 Lyon mission, and it was invited to the CEATEC fair.",
    citations: [
      { source: S000, quote: "l’innovation avec Lyon French Tech" },
      { source: S000, quote: "Lyon French Tech était invité au salon japonais CEATEC" },
    ],
  },
  {
    slug: "universite-de-lyon", name: "Université de Lyon", localNames: { fr: "Université de Lyon" }, kind: "UNIVERSITY", homeRegion: "lyon",
    sectors: ["higher-education-research"],
    summary: "Grouping of Lyon's universities and higher-education institutions (description from general knowledge); its international development was one of the three themes of the 2016 Lyon mission.",
    citations: [
      { source: S000, quote: "le développement international de l’Université de Lyon" },
    ],
  },
  {
    slug: "only-lyon", name: "ONLY LYON", kind: "AGENCY", homeRegion: "lyon",
    sectors: ["tourism", "trade-investment"],
    summary: "Lyon's international attractiveness brand and its network of ambassadors (description from general knowledge). The source reports an ONLY LYON evening in Tokyo that concluded the 2016 Lyon mission, attended by some ONLY LYON ambassadors; it does not say who organised it.",
    citations: [
      { source: S000, quote: "une soirée ONLY LYON a été organisée à Tokyo" },
      { source: S000, quote: "quelques ambassadeurs d’ONLY LYON" },
    ],
  },
  {
    slug: "ccifj", name: "French Chamber of Commerce and Industry in Japan (CCIFJ)",
    localNames: { fr: "Chambre de Commerce et d'Industrie Française du Japon" }, kind: "CHAMBER", homeRegion: "tokyo", homeRegionInferredFrom: "general knowledge: the CCIFJ is in Tokyo; the source names only \"la Chambre de Commerce franco-japonaise\"",
    sectors: ["trade-investment"],
    summary: "Franco-Japanese chamber of commerce in Tokyo, partner of the ONLY LYON evening that concluded the 2016 Lyon mission. The source calls it \"la Chambre de Commerce franco-japonaise\" (printed \"le Chambre\"); identifying it with the CCIFJ and placing it in Tokyo is general knowledge.",
    citations: [
      { source: S000, quote: "en partenariat avec le Chambre de Commerce franco-japonaise" },
    ],
  },
];

// ------------------------------------------------------------ 001 (Occitanie)
const occitanieArticle: SeedOrganisation[] = [
  {
    slug: "kyoto-prefectural-assembly", name: "Kyoto Prefectural Assembly", localNames: { ja: "京都府議会", fr: "assemblée préfectorale de Kyoto" },
    kind: "GOVERNMENT", homeRegion: "kyoto-prefecture",
    summary: "The elected assembly of Kyoto Prefecture, which Carole Delga addressed after signing the cooperation accord with Governor Keiji Yamada.",
    citations: [
      { source: S001, quote: "La présidente de Région s’est ensuite exprimée devant l’assemblée préfectorale de Kyoto" },
    ],
  },
  {
    slug: "vogo", name: "Vogo", kind: "COMPANY", homeRegion: "montpellier",
    sectors: ["sports-tech", "mobile-apps"],
    summary: "Montpellier company whose mobile application Panasonic agreed to integrate into its catalogue, giving it access, in Carole Delga's words, to the whole sports market.",
    citations: [
      { source: S001, quote: "l’application mobile de l’entreprise montpelliéraine Vogo" },
      { source: S001, quote: "C’est une opportunité exceptionnelle pour Vogo qui accède ainsi à l’ensemble du marché du sport" },
    ],
  },
  {
    slug: "panasonic", name: "Panasonic", localNames: { ja: "パナソニック" }, kind: "COMPANY", homeRegion: "osaka-prefecture", homeRegionInferredFrom: "general knowledge: head office in Kadoma, Osaka Prefecture; the source does not say where it is based",
    website: "https://www.panasonic.com",
    sectors: ["electronics"],
    summary: "Japanese electronics group, official sponsor of the Tokyo 2020 Summer Olympics according to the source; the Occitanie delegation visited its showroom in Odaiba and saw the signing of a contract with Vogo. Its head office in Kadoma, Osaka Prefecture, is general knowledge.",
    citations: [
      { source: S001, quote: "Panasonic est sponsor officiel des JO d’été de Tokyo en 2020" },
      { source: S001, quote: "Suite à la visite du showroom Panasonic à Odaïba" },
    ],
  },
  {
    slug: "sigfox", name: "Sigfox", kind: "COMPANY", homeRegion: "occitanie", homeRegionInferredFrom: "general knowledge: based in Labège near Toulouse; the source does not say where it is based",
    sectors: ["iot"],
    summary: "French internet-of-things network company whose collaboration with Kyocera was confirmed during the Occitanie visit to Japan. The source does not describe Sigfox; its base in Labège near Toulouse (Occitanie) and its IoT business are general knowledge.",
    citations: [
      { source: S001, quote: "la confirmation de la collaboration entre Sigfox et Kyocera" },
    ],
  },
  {
    slug: "kyocera", name: "Kyocera", localNames: { ja: "京セラ" }, kind: "COMPANY", homeRegion: "kyoto-prefecture", homeRegionInferredFrom: "general knowledge: head office in Kyoto; the source says only that it is a Japanese company",
    sectors: ["fine-ceramics"],
    summary: "Japanese company specialised, as the source puts it, in fine-ceramic components; its collaboration with Sigfox was confirmed during the Occitanie visit. Its head office in Kyoto is general knowledge.",
    citations: [
      { source: S001, quote: "Kyocera, entreprise japonaise spécialisée dans les composants en céramique fine" },
    ],
  },
  {
    slug: "horiba-medical", name: "HORIBA Medical", kind: "COMPANY", homeRegion: "montpellier", homeRegionInferredFrom: "the source says it makes three quarters of its worldwide turnover in Montpellier, not where it is based",
    sectors: ["medtech"],
    summary: "Medical-diagnostics company (spelled \"Horiba Médical\" in the source) that makes three quarters of its worldwide turnover in Montpellier; Carole Delga met its president during her visit to Japan. That it belongs to the Kyoto-based HORIBA group and makes blood-analysis equipment is general knowledge.",
    citations: [
      { source: S001, quote: "le président de la société Horiba Médical qui effectue ¾ de son chiffre d’affaires monde sur Montpellier" },
    ],
  },
];

// ------------------------------------------------------------ 002 (France–Japan)
const franceJapanArticle: SeedOrganisation[] = [
  {
    slug: "jetro", name: "Japan External Trade Organization (JETRO)", localNames: { ja: "日本貿易振興機構" }, kind: "AGENCY",
    homeRegion: "tokyo", homeRegionInferredFrom: "general knowledge: head office in Tokyo; the source does not say where it is based", website: "https://www.jetro.go.jp",
    sectors: ["trade-investment", "start-ups-innovation"],
    summary: "Japanese foreign-trade organisation. The article credits its president with courting French start-ups: JETRO took on the task of accompanying foreign companies about to settle in \"the capital\" (the source does not say which) and gathered some thirty large Japanese groups and investors. Its Tokyo head office is general knowledge.",
    citations: [
      { source: S002, quote: "Jetro (Japan External Trade Organization), cette organisation japonaise dont la spécialité touche de très près le commerce extérieur" },
      { source: S002, quote: "celle d’accompagner les sociétés étrangères sur le point de s’installer dans la capitale" },
      { source: S002, quote: "l’organisation a su réunir une trentaine de grands groupes et investisseurs japonais" },
      { source: S004, quote: "JETRO's Support for Regional Cooperation" },
    ],
  },
  {
    slug: "station-f", name: "Station F", kind: "INCUBATOR", homeRegion: "paris", homeRegionInferredFrom: "general knowledge: Station F is in Paris; the source does not say where it is", website: "https://stationf.co",
    sectors: ["start-ups-innovation"],
    summary: "Start-up campus initiated by Xavier Niel, described by the source as one of the largest start-up incubators in the world; an evening took place there, which the article links to the new France–Japan cooperation on digital innovation. Its location in Paris is general knowledge.",
    citations: [
      { source: S002, quote: "l’un des plus gros incubateurs de start-up au monde : la Station F, initiée par Xavier Niel en personne" },
    ],
  },
  {
    slug: "french-ministry-economy-finance", name: "Ministry of the Economy and Finance (France)",
    localNames: { fr: "Ministère de l'Économie et des Finances" }, kind: "GOVERNMENT", homeRegion: "france",
    website: "https://www.economie.gouv.fr",
    summary: "French ministry; Delphine Gény-Stephann, secretary of state to its minister, signed the France–Japan joint declaration on innovation and the digital economy on 13 July (the source gives no year; 2018 is inferred).",
    citations: [
      { source: S002, quote: "la secrétaire d'État auprès du ministre de l'Économie et des finances, Delphine Gény-Stephann" },
    ],
  },
  {
    slug: "japan-meti", name: "Ministry of Economy, Trade and Industry (METI)", localNames: { ja: "経済産業省" }, kind: "GOVERNMENT",
    homeRegion: "japan", website: "https://www.meti.go.jp",
    summary: "Japanese ministry; its state minister Yoji Muto signed the France–Japan joint declaration on 13 July (the source gives no year; 2018 is inferred), and it co-founded the EU-Japan Centre for Industrial Cooperation in 1987 with the European Commission.",
    citations: [
      { source: S002, quote: "le secrétaire d’État à l’Économie, au commerce et à l’industrie du Japon, Yoji Muto" },
      { source: S004, quote: "Joint venture established in 1987 by the European Commission (DG GROW) and the Japanese Government (METI)" },
    ],
  },
];

// ------------------------------------------------------------ 003 (bioXclusters)
const bioArticle: SeedOrganisation[] = [
  {
    slug: "bioxclusters-plus", name: "bioXclusters Plus", kind: "CLUSTER",
    sectors: ["biotech", "medtech", "health"],
    summary: "European alliance of life-science clusters (\"l'alliance bioXclusters\") to which Lyonbiopôle belongs with unnamed European partners; it sent a mission to Japan in October (the source gives no year; 2016 is inferred) and signed a two-year cooperation agreement with Osaka Bio Headquarters. No home region is recorded because it is a multi-country alliance; that Lyonbiopôle coordinates it is general knowledge, not stated in the source.",
    citations: [
      { source: S003, quote: "Lyonbiopôle et ses partenaires européens de bioXclusters Plus ont signé" },
      { source: S003, quote: "il est un marché cœur de cible pour l’alliance bioXclusters et ses entreprises" },
    ],
  },
  {
    slug: "lyonbiopole", name: "Lyonbiopôle", localNames: { fr: "Lyonbiopôle" }, kind: "CLUSTER", homeRegion: "lyon",
    parent: "bioxclusters-plus", sectors: ["biotech", "medtech", "health"],
    summary: "Lyon-based health and biotechnology competitiveness cluster (description from general knowledge); with its European partners in bioXclusters Plus it signed the cooperation agreement with Osaka Bio Headquarters.",
    citations: [
      { source: S003, quote: "Lyonbiopôle et ses partenaires européens de bioXclusters Plus ont signé, mardi 8 novembre, un accord de coopération avec Osaka Bio Headquarters." },
    ],
  },
  {
    slug: "osaka-bio-headquarters", name: "Osaka Bio Headquarters", kind: "AGENCY", homeRegion: "osaka-prefecture", homeRegionInferredFrom: "the source says it supports the life-science industry \"à Osaka\", without saying whether the city or the prefecture; the prefecture is recorded",
    sectors: ["biotech", "pharmaceuticals", "medtech"],
    summary: "Organisation supporting the life-science industry in Osaka that aims to become a biocluster for drug and medical-device development through industry–academia–government cooperation. The source's headline spells it \"Osaka Bio Headquarter\"; the text uses \"Headquarters\". \"Osaka\" in the source may mean the city or the prefecture; the prefecture is recorded.",
    citations: [
      { source: S003, quote: "Osaka Bio Headquarters est une organisation qui soutient l’industrie des sciences de la vie à Osaka." },
      { source: S003, quote: "un biocluster dédié au développement des médicaments et du matériel médical, à travers une coopération active entre l’industrie, le milieu universitaire et le gouvernement" },
    ],
  },
];

// ------------------------------------------------------------ 004 (seminar)
const seminarProgramme: SeedOrganisation[] = [
  {
    slug: "european-commission", name: "European Commission", kind: "GOVERNMENT", website: "https://commission.europa.eu",
    summary: "Executive of the European Union; through its Directorate-General for Internal Market, Industry, Entrepreneurship and SMEs (DG GROW) it co-founded the EU-Japan Centre for Industrial Cooperation in 1987 and funds its activities through a grant agreement.",
    citations: [
      { source: S004, quote: "Joint venture established in 1987 by the European Commission (DG GROW) and the Japanese Government (METI)" },
      { source: S004, quote: "The EU-Japan Centre’s activities are subject to the allocation of a Grant Agreement by the European Commission for 2024-2026" },
    ],
  },
  {
    slug: "eu-japan-centre", name: "EU-Japan Centre for Industrial Cooperation", kind: "AGENCY", website: "https://www.eu-japan.eu",
    sectors: ["trade-investment"],
    summary: "Joint venture set up in 1987 by the European Commission (DG GROW) and Japan's METI to promote industrial, trade and investment cooperation between the EU and Japan; the region-to-region seminar programme is published by it. No home region is recorded: it has offices in Tokyo and Brussels (general knowledge).",
    citations: [
      { source: S004, quote: "Joint venture established in 1987 by the European Commission (DG GROW) and the Japanese Government (METI) for promoting all forms of industrial, trade and investment cooperation between the EU and Japan." },
      { source: S004, quote: "General Manager of the EU-Japan Centre for Industrial Cooperation" },
    ],
  },
  {
    slug: "eu-delegation-to-japan", name: "Delegation of the European Union to Japan", kind: "GOVERNMENT", homeRegion: "tokyo", homeRegionInferredFrom: "general knowledge: the Delegation is in Tokyo; the programme does not say where it is",
    summary: "The EU's diplomatic mission in Japan; its Minister Counsellor gave the welcoming remarks and the EU Ambassador to Japan closing remarks at the region-to-region seminar. Its Tokyo location is general knowledge.",
    citations: [
      { source: S004, quote: "Dr. Philippe de Taxis du Poët, Minister Counsellor, EU Delegation to Japan - Welcoming remarks" },
      { source: S004, quote: "Ms. Patricia Flor, EU Ambassador to Japan" },
    ],
  },
  {
    slug: "european-parliament", name: "European Parliament", kind: "GOVERNMENT", website: "https://www.europarl.europa.eu",
    summary: "Parliament of the European Union; Catherine Trautmann, a former member (1989–1997 and 2004–2014), gave closing remarks at the region-to-region seminar.",
    citations: [
      { source: S004, quote: "Former Member of the European Parliament 1989–1997 and 2004–2014" },
    ],
  },
  {
    slug: "ceeja", name: "European Center for Japanese Studies in Alsace (CEEJA) – Alsace Japan Agency",
    localNames: { fr: "Centre européen d'études japonaises d'Alsace (CEEJA)" }, kind: "RESEARCH", homeRegion: "alsace",
    sectors: ["higher-education-research", "trade-investment"],
    summary: "Alsatian centre for Japanese studies and Alsace–Japan relations, presided by Olivier Becht and directed by Virginie Fermaud. The programme joins the two names once with a dash (\"European Center for Japanese Studies in Alsace – Alsace Japan Agency\") and once with \"and the\"; with one president and one director for both, they are kept as a single record. The French name and acronym CEEJA are general knowledge.",
    citations: [
      { source: S004, quote: "President of the European Center for Japanese Studies in Alsace – Alsace Japan Agency" },
      { source: S004, quote: "Director of the European Center for Japanese Studies in Alsace and the Alsace Japan Agency" },
    ],
  },
  {
    slug: "nrw-japan", name: "North Rhine-Westphalia Japan K.K.", kind: "AGENCY", homeRegion: "north-rhine-westphalia", homeRegionInferredFrom: "recorded under the region it represents in Japan (the programme gives its name only); its office is in Tokyo (general knowledge)",
    sectors: ["trade-investment"],
    summary: "Japanese company (K.K.) representing the German state of North Rhine-Westphalia in Japan; its Representative Director & President spoke at the region-to-region seminar. Recorded under North Rhine-Westphalia, the region it represents; its Tokyo office is general knowledge.",
    citations: [
      { source: S004, quote: "Representative Director & President, North Rhine-Westphalia Japan K.K." },
    ],
  },
  {
    slug: "gifu-prefectural-government", name: "Gifu Prefectural Government", kind: "GOVERNMENT", homeRegion: "gifu",
    sectors: ["tourism"],
    summary: "Government of Gifu Prefecture; the executive director of its Tourism & International Affairs Bureau presented Gifu's strategic partnership with an EU region, centred on France.",
    citations: [
      { source: S004, quote: "Executive Director, Tourism & International Affairs Bureau, Gifu Prefectural Government" },
    ],
  },
  {
    slug: "osaka-prefectural-government", name: "Osaka Prefectural Government", kind: "GOVERNMENT", homeRegion: "osaka-prefecture",
    summary: "Government of Osaka Prefecture; the executive director of its Growth Industry Promotion Office presented Osaka Prefecture's cooperation with European regions.",
    citations: [
      { source: S004, quote: "Growth Industry Promotion Office, Department of Commerce, Industry and Labor, Osaka Prefectural Government" },
    ],
  },
  {
    slug: "flanders-investment-trade", name: "Flanders Investment & Trade", localNames: { nl: "Flanders Investment & Trade" }, kind: "AGENCY",
    homeRegion: "flanders", sectors: ["trade-investment", "biotech"],
    summary: "Flemish agency for trade and investment promotion (description from general knowledge); its representative presented cooperation between Flanders and Japanese regions in life sciences.",
    citations: [
      { source: S004, quote: "Dr. Ben Kloeck, Flanders Investment & Trade" },
    ],
  },
  {
    slug: "jetro-ibaraki", name: "JETRO Ibaraki", kind: "AGENCY", homeRegion: "ibaraki", parent: "jetro",
    sectors: ["trade-investment"],
    summary: "JETRO's office for Ibaraki Prefecture, printed jointly with Hitachi City as the affiliation of the speaker on industrial exchange between the Hitachi area and Baden-Württemberg.",
    citations: [
      { source: S004, quote: "Hitachi City/JETRO Ibaraki" },
    ],
  },
  {
    slug: "german-institute-japanese-studies", name: "German Institute for Japanese Studies (DIJ)",
    localNames: { de: "Deutsches Institut für Japanstudien", ja: "ドイツ日本研究所" }, kind: "RESEARCH", homeRegion: "tokyo", homeRegionInferredFrom: "general knowledge: the institute is in Tokyo; the programme does not say where it is",
    sectors: ["higher-education-research", "forestry"],
    summary: "German research institute on Japan; its researcher Daniel Kremers spoke on multi-level forest utilisation as a field of international regional cooperation. Its Tokyo location and German name are general knowledge.",
    citations: [
      { source: S004, quote: "Dr. Daniel Kremers, German Institute for Japanese Studies" },
    ],
  },
  {
    slug: "jbic", name: "Japan Bank for International Cooperation (JBIC)", localNames: { ja: "国際協力銀行" }, kind: "AGENCY",
    homeRegion: "tokyo", homeRegionInferredFrom: "general knowledge: head office in Tokyo; the programme does not say where it is based", website: "https://www.jbic.go.jp",
    sectors: ["trade-investment", "energy-utilities"],
    summary: "Japanese public policy-finance bank; the deputy director general of its New Energy and Power Finance Department gave JBIC's perspective on the conditions for successful regional cooperation. Its Tokyo head office is general knowledge.",
    citations: [
      { source: S004, quote: "New Energy and Power Finance Department, Japan Bank for International Cooperation (JBIC)" },
    ],
  },
  {
    slug: "smartimport", name: "Smartimport srl", kind: "COMPANY",
    summary: "Company whose managing director, Marta Sanna, sat on the seminar panel. The programme gives no country; \"srl\" is a company form in several countries (e.g. Italy, Romania, Belgium), so no home region is recorded.",
    citations: [
      { source: S004, quote: "Ms. Marta Sanna, Managing Director, Smartimport srl" },
    ],
  },
  {
    slug: "takasago-electric", name: "Takasago Electric, Inc.", kind: "COMPANY",
    summary: "Company (printed \"Takasago Electric INC\"; its country is not stated) whose general manager, Haruyuki Hiratani, spoke on France–Japan regional cooperation from an industry and business point of view. The programme gives no location, so no home region is recorded.",
    citations: [
      { source: S004, quote: "Dr. Haruyuki Hiratani, General Manager, Takasago Electric INC" },
    ],
  },
];

export const organisations: SeedOrganisation[] = [
  ...lyonArticle, ...occitanieArticle, ...franceJapanArticle, ...bioArticle, ...seminarProgramme,
];
