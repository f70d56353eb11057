// 001 — The Occitanie / Pyrénées-Méditerranée Region's visit to Japan.
// The source states no date (day, month or year) for any of it.
import type { SeedAgreement, SeedEvent, SeedMission } from "../types";

const S = "occitanie-region-visit-japan";

export const missions: SeedMission[] = [
  {
    slug: "occitanie-mission-japan",
    title: "Occitanie / Pyrénées-Méditerranée Region mission to Japan",
    summary: "Visit to Japan by Carole Delga, President of the Occitanie / Pyrénées-Méditerranée Region; the source covers its first three days. After visiting Panasonic's showroom in Odaiba she attended the signing of the Vogo–Panasonic contract; the Sigfox–Kyocera collaboration was confirmed; she met the president of HORIBA Medical; and she and Governor Keiji Yamada signed the continuation of the Region's cooperation accord with Kyoto Prefecture, after which she addressed the Kyoto prefectural assembly. She noted that 21 Japanese companies had already chosen to develop in the region. The dates of the visit are not stated.",
    themes: ["Agreements between companies", "Concrete cooperation between the Region and Kyoto Prefecture"],
    leader: "carole-delga/president",
    origin: "occitanie",
    destination: "japan",
    participants: [
      { organisation: "panasonic", role: "its showroom in Odaiba was visited; signed a contract with Vogo" },
      { organisation: "vogo", role: "signed a contract with Panasonic in Carole Delga's presence" },
      { organisation: "sigfox", role: "its collaboration with Kyocera was confirmed during the visit" },
      { organisation: "kyocera", role: "its collaboration with Sigfox was confirmed during the visit" },
      { organisation: "horiba-medical", role: "its president met Carole Delga" },
      { region: "kyoto-prefecture", role: "signed the cooperation accord with the Region" },
      { organisation: "kyoto-prefectural-assembly", role: "addressed by Carole Delga" },
      { region: "tokyo", role: "visited: Panasonic showroom in Odaiba" },
    ],
    sectors: ["sports-tech", "mobile-apps", "iot", "fine-ceramics", "medtech"],
    citations: [
      { source: S, quote: "Les trois premiers jours de ce déplacement ont été marqués par la mise en place d’accords entre entreprises mais aussi des coopérations concrètes entre la Région Occitanie / Pyrénées-Méditerranée et la préfecture de Kyoto." },
      { source: S, quote: "Suite à la visite du showroom Panasonic à Odaïba, Carole Delga a assisté à la signature", field: "participants" },
      { source: S, quote: "La présidente de Région s’est également entretenue avec le président de la société Horiba Médical", field: "participants" },
      { source: S, quote: "La présidente de Région s’est ensuite exprimée devant l’assemblée préfectorale de Kyoto", field: "participants" },
      { source: S, quote: "21 entreprises japonaises ont déjà choisies de se développer sur notre territoire." },
    ],
  },
];

export const events: SeedEvent[] = [];

export const agreements: SeedAgreement[] = [
  {
    slug: "occitanie-kyoto-cooperation-accord",
    title: "Continuation of the cooperation accord between the Occitanie / Pyrénées-Méditerranée Region and Kyoto Prefecture",
    titleOriginal: "accord de coopération à l'échelle de la nouvelle grande région",
    kind: "RENEWAL",
    agreementStatus: "SIGNED",
    summary: "Cooperation accord signed by Carole Delga and Kyoto Governor Keiji Yamada to strengthen the ties between the Region and Kyoto Prefecture, at the scale of the new, merged region. It is recorded as a renewal because Carole Delga speaks of signing \"la poursuite de notre accord\" (the continuation of our accord); the earlier accord is not described in the source. Date not stated.",
    place: "kyoto-prefecture",
    placeInferredFrom: "not stated; right after the signing Carole Delga addressed the Kyoto prefectural assembly",
    mission: "occitanie-mission-japan",
    parties: [
      { region: "occitanie", role: "SIGNATORY" },
      { region: "kyoto-prefecture", role: "SIGNATORY" },
    ],
    signatories: ["carole-delga/president", "keiji-yamada/governor"],
    citations: [
      { source: S, quote: "Afin de renforcer les liens qui unissent la Région et la préfecture de Kyoto, Carole Delga et Keiji Yamada, gouverneur de la préfecture de Kyoto, ont signé un accord de coopération à l’échelle de la nouvelle grande région.", field: "signatories" },
      { source: S, quote: "En signant la poursuite de notre accord aujourd’hui, nous avons consolidé une coopération fructueuse qui repose sur des actions concrètes", field: "kind" },
      { source: S, quote: "La présidente de Région s’est ensuite exprimée devant l’assemblée préfectorale de Kyoto", field: "place" },
    ],
  },
  {
    slug: "vogo-panasonic-contract",
    title: "Contract to integrate Vogo's mobile application into Panasonic's catalogue",
    titleOriginal: "contrat d'intégration de l'application mobile de l'entreprise montpelliéraine Vogo dans le catalogue de Panasonic",
    kind: "COMMERCIAL_CONTRACT",
    agreementStatus: "SIGNED",
    summary: "Contract under which Panasonic integrates the mobile application of the Montpellier company Vogo into its catalogue; Carole Delga attended the signing after visiting Panasonic's Odaiba showroom. She said it gives Vogo access to the whole sports market, Panasonic being an official sponsor of the Tokyo 2020 Summer Olympics. Date not stated.",
    commitments: ["Integration of Vogo's mobile application into Panasonic's catalogue"],
    place: "tokyo",
    placeDetail: "after the visit of Panasonic's showroom in Odaiba",
    placeInferredFrom: "the source says only that the signing followed the visit of the Panasonic showroom in Odaiba, which is in Tokyo (general knowledge)",
    mission: "occitanie-mission-japan",
    parties: [
      { organisation: "vogo", role: "SIGNATORY" },
      { organisation: "panasonic", role: "SIGNATORY" },
      { region: "occitanie", role: "WITNESS" },
    ],
    sectors: ["sports-tech", "mobile-apps"],
    citations: [
      { source: S, quote: "Carole Delga a assisté à la signature d’un contrat d’intégration de l’application mobile de l’entreprise montpelliéraine Vogo dans le catalogue de Panasonic", field: "parties" },
      { source: S, quote: "Suite à la visite du showroom Panasonic à Odaïba", field: "place" },
      { source: S, quote: "C’est une opportunité exceptionnelle pour Vogo qui accède ainsi à l’ensemble du marché du sport puisque Panasonic est sponsor officiel des JO d’été de Tokyo en 2020" },
    ],
  },
  {
    slug: "sigfox-kyocera-collaboration",
    title: "Collaboration between Sigfox and Kyocera",
    kind: "COLLABORATION",
    agreementStatus: "ANNOUNCED",
    summary: "Collaboration between Sigfox and Kyocera, a Japanese company specialised in fine-ceramic components, confirmed during the Occitanie visit to Japan. No signing is reported and its content is not described, so it is recorded as announced; the two companies are listed as partners, not signatories, since nothing is said to have been signed. Date not stated.",
    mission: "occitanie-mission-japan",
    parties: [
      { organisation: "sigfox", role: "PARTNER" },
      { organisation: "kyocera", role: "PARTNER" },
    ],
    sectors: ["iot", "fine-ceramics"],
    citations: [
      { source: S, quote: "Economie toujours avec la confirmation de la collaboration entre Sigfox et Kyocera, entreprise japonaise spécialisée dans les composants en céramique fine.", field: "agreementStatus" },
    ],
  },
];
