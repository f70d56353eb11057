// The hand-curated seed dataset, assembled from one file per kind of
// reference record and one file per source for its missions, events and
// agreements. Check it with prisma/seed/validate.ts.
import type { SeedData } from "../types";
import { sectors } from "./sectors";
import { regions } from "./regions";
import { organisations } from "./organisations";
import { people } from "./people";
import { sources } from "./sources";
import { pairs } from "./pairs";
import * as lyon from "./lyon-2016";
import * as occitanie from "./occitanie-kyoto";
import * as franceJapan from "./france-japan-2018";
import * as bioxclusters from "./bioxclusters-osaka-2016";
import * as seminar from "./region-to-region-seminar";

const articles = [lyon, occitanie, franceJapan, bioxclusters, seminar];

export const seedData: SeedData = {
  sectors,
  regions,
  organisations,
  people,
  sources,
  missions: articles.flatMap((a) => a.missions),
  events: articles.flatMap((a) => a.events),
  agreements: articles.flatMap((a) => a.agreements),
  pairs,
};
