// 004 — EU-Japan Centre seminar on Europe–Japan region-to-region cooperation.
// The programme states no date, venue or city.
import type { SeedAgreement, SeedEvent, SeedMission } from "../types";

const S = "eu-japan-centre-region-to-region-seminar";

export const missions: SeedMission[] = [];

export const events: SeedEvent[] = [
  {
    slug: "eu-japan-region-to-region-seminar",
    name: "Seminar on Europe–Japan region-to-region cooperation",
    kind: "SEMINAR",
    summary: "Seminar highlighting examples of region-to-region cooperation between Europe and Japan in industry, trade, investment and innovation, to identify best practice, needs, challenges and available instruments, including cooperation aimed at third countries (South East Asia, Latin America, Africa). It aimed to prepare the possible setting-up of a regional cooperation platform helping European and Japanese regions find partners and exploit the EU-Japan Economic Partnership Agreement (EPA). The programme gives no formal title (the name is descriptive), date, venue or city; the EU-Japan Centre is recorded as organiser by inference from the programme being published on its pages, and the other bodies as participants because their representatives spoke.",
    participants: [
      { organisation: "eu-japan-centre", role: "ORGANISER" },
      { organisation: "eu-delegation-to-japan", role: "PARTICIPANT" },
      { organisation: "ceeja", role: "PARTICIPANT" },
      { organisation: "nrw-japan", role: "PARTICIPANT" },
      { region: "iwate", role: "PARTICIPANT" },
      { organisation: "gifu-prefectural-government", role: "PARTICIPANT" },
      { organisation: "osaka-prefectural-government", role: "PARTICIPANT" },
      { organisation: "flanders-investment-trade", role: "PARTICIPANT" },
      { organisation: "jetro", role: "PARTICIPANT" },
      { region: "hitachi", role: "PARTICIPANT" },
      { organisation: "jetro-ibaraki", role: "PARTICIPANT" },
      { organisation: "german-institute-japanese-studies", role: "PARTICIPANT" },
      { organisation: "jbic", role: "PARTICIPANT" },
      { organisation: "smartimport", role: "PARTICIPANT" },
      { organisation: "takasago-electric", role: "PARTICIPANT" },
    ],
    sessions: [
      {
        startsAt: "14:30", endsAt: "14:35", title: "Welcoming remarks",
        speakers: [{ role: "philippe-de-taxis-du-poet/eu-delegation" }],
      },
      {
        startsAt: "14:35", endsAt: "15:35", title: "Presentations (10 min) of cooperation between European and Japanese regions",
        speakers: [
          { role: "olivier-becht/ceeja", talkTitle: "Alsace's Experience of International Cooperation and Beyond" },
          { role: "georg-k-loer/nrw-japan", talkTitle: "Building relationships between regions in Japan and Germany - challenges, opportunities and rewards" },
          { role: "takuya-tasso/governor", talkTitle: "IWATE and Europe ~ For further cooperation" },
          { role: "yoshinori-sakiura/gifu", talkTitle: "Strategic Partnership between Gifu Prefecture & EU Region ~ Centered on France" },
          { role: "yasumi-kitao/osaka", talkTitle: "Activities of cooperation with European regions of Osaka prefecture" },
          { role: "ben-kloeck/fit", talkTitle: "Cooperation between Flanders and Japanese Regions in Life Sciences" },
        ],
      },
      {
        startsAt: "15:35", endsAt: "15:45", title: "JETRO's Support for Regional Cooperation",
        speakers: [{ role: "tatsuya-ishida/jetro", talkTitle: "JETRO's Support for Regional Cooperation" }],
      },
      {
        startsAt: "15:45", endsAt: "15:55", title: "Industrial Exchange Projects between Hitachi area of Ibaraki prefecture and Baden-Württemberg, Germany",
        speakers: [{ role: "riki-aoki/hitachi", talkTitle: "Industrial Exchange Projects between Hitachi area of Ibaraki prefecture and Baden-Württemberg, Germany" }],
      },
      {
        startsAt: "15:55", endsAt: "16:05", title: "Towards a regional cooperation platform",
        speakers: [{ role: "philippe-de-taxis-du-poet/eu-japan-centre", talkTitle: "Towards a regional cooperation platform" }],
      },
      { startsAt: "16:05", endsAt: "16:20", title: "Coffee break" },
      {
        startsAt: "16:20", endsAt: "17:20",
        title: "Panel Discussion and Q&A - Conditions for a successful regional cooperation ~What are vital elements? What a regional cooperation platform should do? ~",
        speakers: [
          { role: "daniel-kremers/dij", talkTitle: "Mountains and Forest: Economic Resources and Quality of Life ~ Multi-level forest utilization - A field of international regional-cooperation?" },
          { role: "tatsushi-amano/jbic", talkTitle: "Conditions for a successful regional cooperation ~ JBIC Perspectives" },
          { role: "marta-sanna/smartimport" },
          { role: "haruyuki-hiratani/takasago", talkTitle: "Regional Cooperation between FR and JPN ~ From Industry/Business point of view" },
          { role: "virginie-fermaud/ceeja" },
        ],
      },
      {
        startsAt: "17:20", endsAt: "17:30", title: "Closing remarks",
        speakers: [{ role: "patricia-flor/ambassador" }, { role: "catherine-trautmann/former-mep" }],
      },
      { startsAt: "17:30", endsAt: "18:30", title: "Networking Reception (same venue)" },
    ],
    sectors: ["trade-investment", "start-ups-innovation", "biotech", "forestry"],
    citations: [
      { source: S, quote: "The objective of the seminar is to highlight examples of region-to-region cooperation to identify best practice and share experience with European and Japanese regions interested to engage in partnerships and cooperation related to industry, trade, investment and innovation." },
      { source: S, quote: "The seminar will also touch upon Europe-Japan region-to-region cooperation targeting operations in third countries, such as in South East Asia, Latin America or Africa." },
      { source: S, quote: "The seminar aims at preparing the ground for the possible setting up of a regional cooperation platform to help interested European and Japanese regions finding suitable partners" },
      { source: S, quote: "fully exploiting the opportunities of the EU-Japan Economic Partnership Agreement (EPA)" },
      { source: S, quote: "17:30 – 18:30 Networking Reception (same venue)", field: "venue" },
      { source: S, quote: "The EU-Japan Centre currently produces 5 newsletters", field: "participants" },
    ],
  },
];

export const agreements: SeedAgreement[] = [];
