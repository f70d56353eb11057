// Named Europe–Japan partnerships. Each summary says only what the sources
// report about the link.
import type { SeedPair } from "../types";

export const pairs: SeedPair[] = [
  {
    slug: "lyon-tokyo", name: "Lyon–Tokyo",
    summary: "Lyon's link with Tokyo in the sources is the Mayor of Lyon's mission to Japan (30 September – 7 October 2016), which ended with an ONLY LYON evening in Tokyo for more than 400 guests, presented as showing the strong ties between Lyon and Tokyo. The accord signed during that mission was between Lyon's TUBA and Knowledge Capital, which is in Osaka, not Tokyo.",
    europe: { region: "lyon" }, japan: { region: "tokyo" },
  },
  {
    slug: "occitanie-kyoto", name: "Occitanie–Kyoto",
    summary: "The Occitanie / Pyrénées-Méditerranée Region and Kyoto Prefecture continued their cooperation accord, signed by President Carole Delga and Governor Keiji Yamada during her visit to Japan (date not stated); an earlier accord is implied but not described.",
    europe: { region: "occitanie" }, japan: { region: "kyoto-prefecture" },
  },
  {
    slug: "bioxclusters-osaka", name: "bioXclusters–Osaka",
    summary: "The European cluster alliance bioXclusters Plus, with Lyonbiopôle, signed a two-year memorandum of understanding with Osaka Bio Headquarters at BIO-Europe on 8 November (2016, inferred), after a mission to Japan the previous October.",
    europe: { organisation: "bioxclusters-plus" }, japan: { region: "osaka-prefecture" },
  },
];
