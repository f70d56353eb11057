// The five collected texts (prisma/seed/sources/*.txt). No publication date is
// stated in any of them, so `published` is omitted (unknown) throughout.
import type { SeedSource } from "../types";

export const sources: SeedSource[] = [
  {
    slug: "lyon-mission-japan-2016-journal-eco",
    title: "Le maire de Lyon Gérard Collomb en mission au Japon en octobre 2016, pour renforcer les collaborations et les liens qui les unissent",
    publisher: "Journal de l'éco", language: "fr", kind: "NEWS", fileName: "000_600e6926ac0c4cc5.txt",
    summary: "News article on the Mayor of Lyon's mission to Japan from 30 September to 7 October 2016: the Knowledge Capital–TUBA accord, Lyon French Tech at CEATEC, an ONLY LYON evening in Tokyo and meetings with Japanese company directors. The publisher is stated at the end of the text; the publication date is not stated.",
  },
  {
    slug: "occitanie-region-visit-japan",
    title: "The Occitanie / Pyrénées-Méditerranée Region in Japan: cooperation accord with Kyoto Prefecture and company agreements",
    language: "fr", kind: "NEWS", fileName: "001_4f5b492489b89061.txt",
    summary: "News text (no headline in the collected text; the English title is descriptive, written by the editors) on the first three days of Carole Delga's visit to Japan: the Vogo–Panasonic contract, the Sigfox–Kyocera collaboration, a meeting with HORIBA Medical and the continued cooperation accord with Kyoto Prefecture. Neither the publisher nor any date is stated.",
  },
  {
    slug: "japon-conquete-start-up-francaises",
    title: "Le Japon part à la conquête des start-up françaises",
    language: "fr", kind: "NEWS", fileName: "002_7c253a7be5b59849.txt",
    summary: "News article on JETRO courting French start-ups and on the France–Japan joint declaration on innovation and the digital economy signed on 13 July (year not stated), followed by an evening at Station F. Neither the publisher nor the publication date is stated.",
  },
  {
    slug: "bioxclusters-plus-osaka-bio-headquarters",
    title: "BioXclusters Plus signe un accord de coopération avec Osaka Bio Headquarter",
    language: "fr", kind: "NEWS", fileName: "003_e2dcaa9c9b2fc9a4.txt",
    summary: "News item on the two-year cooperation agreement (memorandum of understanding) signed by Lyonbiopôle and its bioXclusters Plus partners with Osaka Bio Headquarters at BIO-Europe on Tuesday 8 November (year not stated), following a mission to Japan in October. Neither the publisher nor the publication date is stated.",
  },
  {
    slug: "eu-japan-centre-region-to-region-seminar",
    title: "Seminar programme: Europe–Japan region-to-region cooperation (EU-Japan Centre for Industrial Cooperation)",
    language: "en", kind: "PROGRAMME", fileName: "004_d442297e30c6185d.txt",
    summary: "Seminar description and programme (no headline in the collected text; the title is descriptive, written by the editors) on Europe–Japan region-to-region cooperation, with speakers from European and Japanese regions and institutions and the idea of a regional cooperation platform. The page's boilerplate refers to the EU-Japan Centre; the publisher, the seminar's date and its venue are not stated.",
  },
];
