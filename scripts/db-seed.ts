// npm run db:seed — adds the curated records that are missing; never overwrites existing ones.
import { seed } from "../prisma/seed/seed";
import { createPrisma, log, openDatabase, run } from "./lib/database";

run(async () => {
  const db = await openDatabase();
  const prisma = createPrisma(db.url);
  try {
    const created = await seed(prisma);
    const summary = Object.entries(created).map(([kind, n]) => `${n} ${kind}`).join(", ");
    log(summary ? `seeded: ${summary}` : "seed: every record already exists, nothing changed");
  } finally {
    await prisma.$disconnect();
    await db.stop();
  }
});
