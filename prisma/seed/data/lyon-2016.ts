// 000 — The Mayor of Lyon's mission to Japan, 30 September – 7 October 2016.
import type { SeedAgreement, SeedEvent, SeedMission } from "../types";

const S = "lyon-mission-japan-2016-journal-eco";
const MISSION_DATES = "the mission of 30 September – 7 October 2016";

export const missions: SeedMission[] = [
  {
    slug: "lyon-mission-japan-2016",
    title: "Mayor of Lyon's mission to Japan (2016)",
    summary: "Gérard Collomb, Mayor of Lyon, travelled to Japan with elected officials, business leaders and academics to develop Lyon's ties with Japan, with three themes: innovation with Lyon French Tech, tourism and culture, and the international development of the Université de Lyon. The article says several accords were signed on the sidelines but describes only the Knowledge Capital–TUBA accord; Lyon French Tech was invited to CEATEC and an ONLY LYON evening in Tokyo closed the week. The mayor also met directors of Japanese companies (not named) to consolidate Japanese companies already established in Rhône-Alpes and support new Japanese projects being set up there.",
    delegation: "Elected officials, business leaders and academics",
    themes: [
      "Innovation with Lyon French Tech",
      "Tourism and culture",
      "International development of the Université de Lyon",
    ],
    leader: "gerard-collomb/mayor",
    origin: "lyon",
    destination: "japan",
    starts: { on: "2016-09-30" },
    ends: { on: "2016-10-07" },
    participants: [
      { organisation: "lyon-french-tech", role: "one of the mission's themes; invited to the CEATEC fair" },
      { organisation: "universite-de-lyon", role: "its international development was one of the mission's themes" },
      { organisation: "knowledge-capital", role: "signed an accord with TUBA on the sidelines of the mission" },
      { organisation: "tuba", role: "signed an accord with Knowledge Capital on the sidelines of the mission" },
      { organisation: "veolia", role: "senior managers present at the Knowledge Capital–TUBA signing" },
      { organisation: "enedis", role: "senior managers present at the Knowledge Capital–TUBA signing" },
      { organisation: "grdf", role: "senior managers present at the Knowledge Capital–TUBA signing" },
      { organisation: "ccifj", role: "partner of the ONLY LYON evening in Tokyo" },
      { organisation: "only-lyon", role: "gave its name to the evening in Tokyo; some of its ambassadors attended" },
      { region: "tokyo", role: "visited: the ONLY LYON evening that concluded the week was held there" },
    ],
    sectors: ["start-ups-innovation", "tourism", "culture-heritage", "higher-education-research", "smart-city"],
    citations: [
      { source: S, quote: "est parti au pays du soleil levant du 30 septembre au 7 octobre 2016", field: "startsOn" },
      { source: S, quote: "est parti au pays du soleil levant du 30 septembre au 7 octobre 2016", field: "endsOn" },
      { source: S, quote: "accompagné par des élus, des chefs d’entreprises ainsi que des universitaires", field: "delegation" },
      { source: S, quote: "trois thématiques principales ont été abordées lors de ce déplacement : l’innovation avec Lyon French Tech, le tourisme et la culture, et enfin le développement international de l’Université de Lyon", field: "themes" },
      { source: S, quote: "Le maire de Lyon Gérard Collomb en mission au Japon en octobre 2016", field: "leader" },
      { source: S, quote: "Plusieurs accords ont été signés en marge de ce déplacement." },
      { source: S, quote: "Le VRP a également rencontré quelques directeurs d’entreprises japonaises : ces échanges ont pour objectif de conforter l’implantation d’entreprises japonaises déjà présentes en Rhône-Alpes" },
    ],
  },
];

export const events: SeedEvent[] = [
  {
    slug: "ceatec-2016",
    name: "CEATEC JAPAN 2016",
    kind: "TRADE_FAIR",
    summary: "Japan's high-tech and innovation fair (\"la référence en high tech et innovation au Japon\", per the source), to which Lyon French Tech was invited during the Lyon mission, letting Lyon show its digital and innovation ecosystem to the public. The source says only \"CEATEC\": the edition, dates and venue are inferred.",
    starts: { on: "2016-10-04", inferredFrom: `Lyon French Tech's invitation is reported as part of ${MISSION_DATES}; CEATEC JAPAN 2016 ran 4–7 October 2016 (general knowledge)` },
    ends: { on: "2016-10-07", inferredFrom: "CEATEC JAPAN 2016 ran 4–7 October 2016 (general knowledge); the source gives no dates" },
    venue: "Makuhari Messe",
    city: "chiba",
    placeInferredFrom: "general knowledge: CEATEC is held at Makuhari Messe, Chiba; the source names only the fair",
    mission: "lyon-mission-japan-2016",
    participants: [
      { organisation: "lyon-french-tech", role: "PARTICIPANT" },
    ],
    sectors: ["high-tech", "start-ups-innovation", "digital"],
    citations: [
      { source: S, quote: "Lyon French Tech était invité au salon japonais CEATEC, la référence en high tech et innovation au Japon" },
      { source: S, quote: "ce qui a permis à Lyon de se montrer au grand public et valoriser son écosystème du numérique et de l’innovation" },
    ],
  },
  {
    slug: "only-lyon-evening-tokyo-2016",
    name: "ONLY LYON evening in Tokyo",
    kind: "RECEPTION",
    summary: "Evening held at the Happo-En in Tokyo to conclude the week of the Lyon mission, in partnership with the Franco-Japanese chamber of commerce (CCIFJ). More than 400 people attended, among them business and academic figures and some ONLY LYON ambassadors. The source does not name the organiser: ONLY LYON is recorded as a participant (the evening bore its name and its ambassadors attended), not as organiser.",
    starts: { on: "2016-10", inferredFrom: `held "to conclude this week" of ${MISSION_DATES}; the day is not stated` },
    venue: "Happo-En (salons de l'Happo-En)",
    city: "tokyo",
    attendance: 400,
    attendanceNote: "more than 400 people",
    mission: "lyon-mission-japan-2016",
    participants: [
      { organisation: "ccifj", role: "PARTNER" },
      { organisation: "only-lyon", role: "PARTICIPANT" },
    ],
    sectors: ["tourism", "trade-investment"],
    citations: [
      { source: S, quote: "Pour conclure cette semaine, une soirée ONLY LYON a été organisée à Tokyo, aux salons de l’Happo-En", field: "venue" },
      { source: S, quote: "en partenariat avec le Chambre de Commerce franco-japonaise", field: "participants" },
      { source: S, quote: "Celle-ci a réuni plus de 400 personnes.", field: "attendance" },
      { source: S, quote: "nous avons pu retrouver des acteurs du monde économique et universitaire et quelques ambassadeurs d’ONLY LYON" },
    ],
  },
];

export const agreements: SeedAgreement[] = [
  {
    slug: "knowledge-capital-tuba-accord-2016",
    title: "Cooperation accord between Knowledge Capital and TUBA",
    kind: "COOPERATION_AGREEMENT",
    agreementStatus: "SIGNED",
    summary: "Accord (\"un accord\"; no title given) signed on the sidelines of the 2016 Lyon mission between the Osaka consortium Knowledge Capital and Lyon's urban-experimentation lab TUBA, in the presence of senior managers of Veolia, Enedis and GRDF. It covers the mutual hosting of start-ups and their support on the French and Asian markets, and innovation around the \"Smart City\" project. The signatories, the exact date and the city are not stated.",
    commitments: [
      "Mutual hosting of start-ups and support for them on the French and Asian markets",
      "Innovation and the \"Smart City\" project, drawing on both ecosystems, particularly their large companies, and encouraging the sharing of knowledge and techniques",
    ],
    signed: { on: "2016", inferredFrom: `signed "en marge" of ${MISSION_DATES}; the day is not stated, and the mission spans September and October` },
    place: "japan",
    placeInferredFrom: "signed on the sidelines of the mission to Japan; the city is not stated",
    mission: "lyon-mission-japan-2016",
    parties: [
      { organisation: "knowledge-capital", role: "SIGNATORY" },
      { organisation: "tuba", role: "SIGNATORY" },
      { organisation: "veolia", role: "WITNESS" },
      { organisation: "enedis", role: "WITNESS" },
      { organisation: "grdf", role: "WITNESS" },
    ],
    sectors: ["start-ups-innovation", "smart-city"],
    citations: [
      { source: S, quote: "Le consortium Knowledge Capital et le TUBA, Tube à expérimentation urbaines, ont signé un accord", field: "parties" },
      { source: S, quote: "en présence de grands dirigeants d’entreprises, comme VEOLIA, ENEDIS et GRDF", field: "parties" },
      { source: S, quote: "Plusieurs accords ont été signés en marge de ce déplacement.", field: "signedOn" },
      { source: S, quote: "Cette coopération concerne l’accueil mutuelle de jeunes pousses, et leur accompagnement sur le marché français et asiatique.", field: "commitments" },
      { source: S, quote: "Le deuxième objectif commun est basé sur de nombreuses innovations, et le projet « Smart City ».", field: "commitments" },
      { source: S, quote: "Le but est de s’appuyer sur les deux écosystèmes et notamment sur les grandes entreprises, en favorisant le partage de connaissances et de techniques.", field: "commitments" },
    ],
  },
];
