// 003 — bioXclusters Plus and Osaka Bio Headquarters: mission to Japan in
// October, memorandum of understanding at BIO-Europe on Tuesday 8 November.
// The source gives no year; 2016 is inferred (see YEAR below).
import type { SeedAgreement, SeedEvent, SeedMission } from "../types";

const S = "bioxclusters-plus-osaka-bio-headquarters";
const YEAR = "the source gives \"mardi 8 novembre\" without a year; 8 November fell on a Tuesday in 2016 (not in 2015, 2017 or 2018), and BIO-Europe was held 7–9 November 2016 in Cologne (general knowledge)";
const PLACE = "the source says only that the convention was held in Germany; BIO-Europe 2016 took place in Cologne (general knowledge)";

export const missions: SeedMission[] = [
  {
    slug: "bioxclusters-plus-mission-japan-2016",
    title: "bioXclusters Plus mission to Japan",
    summary: "Mission of the bioXclusters Plus cluster alliance to Japan \"en octobre dernier\" (last October; the source gives no year, 2016 is inferred), during which the relations that led to the cooperation agreement with Osaka Bio Headquarters began. Who travelled, the places visited and the exact dates are not stated.",
    originOrganisation: "bioxclusters-plus",
    destination: "japan",
    starts: { on: "2016-10", inferredFrom: `"en octobre dernier" in an article on a signing on Tuesday 8 November; ${YEAR}` },
    participants: [
      { organisation: "osaka-bio-headquarters", role: "relations with it began during the mission" },
    ],
    sectors: ["biotech", "medtech"],
    citations: [
      { source: S, quote: "est le fruit de relations nées lors du déplacement d’une mission de bioXclusters Plus au Japon, en octobre dernier", field: "startsOn" },
    ],
  },
];

export const events: SeedEvent[] = [
  {
    slug: "bio-europe-fall-2016",
    name: "Bio Europe Fall",
    kind: "TRADE_FAIR",
    summary: "Annual biotechnology partnering convention held in Germany, described by the source as the European business convention where Japanese delegations are most present; the bioXclusters Plus–Osaka Bio Headquarters agreement was formalised there. \"Bio Europe Fall\" is the source's name; the organisers call the autumn edition simply BIO-Europe (general knowledge). The source gives no year, dates or city: the 2016 edition in Cologne is inferred.",
    starts: { on: "2016-11-07", inferredFrom: `BIO-Europe 2016 ran 7–9 November (general knowledge); ${YEAR}` },
    ends: { on: "2016-11-09", inferredFrom: "BIO-Europe 2016 ran 7–9 November (general knowledge); the source gives no dates for the convention" },
    city: "cologne",
    placeInferredFrom: PLACE,
    participants: [
      { organisation: "lyonbiopole", role: "PARTICIPANT" },
      { organisation: "bioxclusters-plus", role: "PARTICIPANT" },
      { organisation: "osaka-bio-headquarters", role: "PARTICIPANT" },
    ],
    sectors: ["biotech", "health"],
    citations: [
      { source: S, quote: "A l’occasion de Bio Europe Fall, convention d’affaires annuelle sur les biotechnologies organisée en Allemagne" },
      { source: S, quote: "Il a été formalisé lors de la convention d’affaires européenne où les délégations japonaises sont les plus présentes : Bio Europe Fall." },
    ],
  },
  {
    slug: "eu-japan-cluster-matchmaking-event-2016",
    name: "EU Japan Cluster Matchmaking Event",
    kind: "WORKSHOP",
    summary: "Workshop held at BIO-Europe at which the bioXclusters Plus–Osaka Bio Headquarters agreement was signed. Recorded as a workshop because the source calls it one, although its name describes matchmaking. Its organiser is not stated; its date is taken as the signing day.",
    starts: { on: "2016-11-08", inferredFrom: `the agreement was signed at this workshop on "mardi 8 novembre"; ${YEAR}` },
    city: "cologne",
    placeInferredFrom: PLACE,
    parent: "bio-europe-fall-2016",
    participants: [
      { organisation: "lyonbiopole", role: "PARTICIPANT" },
      { organisation: "bioxclusters-plus", role: "PARTICIPANT" },
      { organisation: "osaka-bio-headquarters", role: "PARTICIPANT" },
    ],
    sectors: ["biotech", "medtech"],
    citations: [
      { source: S, quote: "Signé à l’occasion du workshop « EU Japan Cluster Matchmaking Event »" },
    ],
  },
];

export const agreements: SeedAgreement[] = [
  {
    slug: "bioxclusters-plus-osaka-bio-headquarters-mou",
    title: "Cooperation agreement (memorandum of understanding) between bioXclusters Plus and Osaka Bio Headquarters",
    titleOriginal: "accord de coopération (Memorandum of understanding)",
    kind: "MEMORANDUM_OF_UNDERSTANDING",
    agreementStatus: "SIGNED",
    summary: "Two-year memorandum of understanding signed by Lyonbiopôle and its European bioXclusters Plus partners (not named) with Osaka Bio Headquarters during the \"EU Japan Cluster Matchmaking Event\" workshop at BIO-Europe. It grew out of a bioXclusters Plus mission to Japan in October and provides for closer cooperation between the two parties and their companies. Japan, the world's second-largest health market after the United States, is described as a core target market for the alliance.",
    commitments: [
      "Share information that may interest the players or SMEs of each region concerned (regulatory, legal, market access…)",
      "Promote biotech or medtech events organised by each party",
      "Co-organise events at European or Japanese trade fairs",
      "Work on identifying potential partners in each region concerned",
    ],
    signed: { on: "2016-11-08", inferredFrom: YEAR },
    durationMonths: 24,
    ends: { on: "2018-11", inferredFrom: "signed on 8 November 2016 (year inferred) for two years; the source gives no end date" },
    place: "cologne",
    placeDetail: "BIO-Europe, at the workshop \"EU Japan Cluster Matchmaking Event\"",
    placeInferredFrom: PLACE,
    event: "eu-japan-cluster-matchmaking-event-2016",
    parties: [
      { organisation: "bioxclusters-plus", role: "SIGNATORY" },
      { organisation: "lyonbiopole", role: "SIGNATORY" },
      { organisation: "osaka-bio-headquarters", role: "SIGNATORY" },
    ],
    sectors: ["biotech", "medtech", "health"],
    citations: [
      { source: S, quote: "Lyonbiopôle et ses partenaires européens de bioXclusters Plus ont signé, mardi 8 novembre, un accord de coopération avec Osaka Bio Headquarters.", field: "signedOn" },
      { source: S, quote: "Ce partenariat, noué pour une durée de deux ans", field: "durationMonths" },
      { source: S, quote: "Signé à l’occasion du workshop « EU Japan Cluster Matchmaking Event »", field: "event" },
      { source: S, quote: "cet accord prévoit un rapprochement et une coopération accrue entre les deux parties et leurs entreprises" },
      { source: S, quote: "Dans le cadre de cet accord de coopération (Memorandum of understanding), les deux parties s’engagent notamment à", field: "kind" },
      { source: S, quote: "partager des informations pouvant intéresser les acteurs ou PME de chacune des régions concernées (informations réglementaires, juridiques, accès au marché…)", field: "commitments" },
      { source: S, quote: "faire la promotion d’événements biotech ou medtech organisés par chacune des parties", field: "commitments" },
      { source: S, quote: "co-organiser des événements à l’occasion de salons européens ou japonais", field: "commitments" },
      { source: S, quote: "travailler sur l’identification de partenaires potentiels dans chacune des régions concernées", field: "commitments" },
      { source: S, quote: "Le Japon est aujourd’hui le second marché mondial en matière de santé, après les Etats-Unis." },
    ],
  },
];
