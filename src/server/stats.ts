import "server-only";
import { db, PUBLISHED } from "./db";

/** What the directory holds, for the home page. */
export async function directoryCounts() {
  const [regions, agreements, missions, organisations, events, sources, citations] = await Promise.all([
    db().region.count({ where: PUBLISHED }),
    db().agreement.count({ where: PUBLISHED }),
    db().mission.count({ where: PUBLISHED }),
    db().organisation.count({ where: PUBLISHED }),
    db().event.count({ where: PUBLISHED }),
    db().source.count({ where: PUBLISHED }),
    db().citation.count(),
  ]);
  return { regions, agreements, missions, organisations, events, sources, citations };
}
