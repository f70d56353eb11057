// 002 — JETRO courting French start-ups; the France–Japan joint declaration on
// innovation and the digital economy; an evening at Station F.
import type { SeedAgreement, SeedEvent, SeedMission } from "../types";

const S = "japon-conquete-start-up-francaises";

export const missions: SeedMission[] = [];

export const events: SeedEvent[] = [
  {
    slug: "station-f-evening",
    name: "Evening at Station F",
    kind: "RECEPTION",
    summary: "An evening held at Station F, which the article presents as a sign that the new France–Japan collaboration on digital innovation had been launched. The organiser, date, attendance and programme are not stated; the article's context is JETRO's drive to court French start-ups, but it does not say JETRO organised the evening.",
    venue: "Station F",
    city: "paris",
    placeInferredFrom: "the source names only Station F; its location in Paris is general knowledge",
    participants: [
      { organisation: "station-f", role: "HOST" },
    ],
    sectors: ["start-ups-innovation", "digital-economy"],
    citations: [
      { source: S, quote: "une soirée a eu lieu dans l’un des plus gros incubateurs de start-up au monde : la Station F", field: "venue" },
      { source: S, quote: "une nouvelle collaboration spécialisée sur l’innovation numérique est bel et bien lancée" },
    ],
  },
];

export const agreements: SeedAgreement[] = [
  {
    slug: "france-japan-joint-declaration-innovation-digital",
    title: "Joint declaration on Franco-Japanese cooperation in innovation and the digital economy",
    titleOriginal: "déclaration conjointe sur la coopération franco-japonaise dans les domaines de l'innovation et de l'économie digitale",
    kind: "JOINT_DECLARATION",
    agreementStatus: "SIGNED",
    summary: "Joint declaration signed together by the French secretaries of state Delphine Gény-Stephann (to the Minister of the Economy and Finance) and Mounir Mahjoubi (Digital Affairs) and by Japan's Yoji Muto (described as secretary of state for the economy, trade and industry). The article presents it as the start of the effort to bring French and Japanese start-ups together. The place of signing is not stated.",
    signed: {
      on: "2018-07-13",
      inferredFrom: "the article says \"le 13 Juillet dernier\" without a year; the three signatories held these offices together only in 2018 (Delphine Gény-Stephann was secretary of state from November 2017 to October 2018)",
    },
    parties: [
      { region: "france", role: "SIGNATORY" },
      { region: "japan", role: "SIGNATORY" },
    ],
    signatories: [
      "delphine-geny-stephann/secretary-of-state",
      "mounir-mahjoubi/secretary-of-state",
      "yoji-muto/state-minister",
    ],
    sectors: ["digital-economy", "start-ups-innovation"],
    citations: [
      { source: S, quote: "Elle a débuté le 13 Juillet dernier", field: "signedOn" },
      { source: S, quote: "la secrétaire d'État auprès du ministre de l'Économie et des finances, Delphine Gény-Stephann, le secrétaire d’État chargé du Numérique, Mounir Mahjoubi, mais aussi le secrétaire d’État à l’Économie, au commerce et à l’industrie du Japon, Yoji Muto, ont signé ensemble", field: "signatories" },
      { source: S, quote: "la déclaration conjointe sur la coopération franco-japonaise dans les domaines de l’innovation et de l’économie digitale", field: "titleOriginal" },
      { source: S, quote: "L’idée de rapprocher les start-up françaises et nipponnes ne date en fait pas d’hier." },
    ],
  },
];
