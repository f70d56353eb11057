// npm run db:reset [-- --yes] — drops every table, migrates and seeds again.
import { createInterface } from "node:readline/promises";
import { seed } from "../prisma/seed/seed";
import { createPrisma, log, openDatabase, run } from "./lib/database";
import { dropAll, migrate } from "./lib/migrate";

run(async () => {
  const target = process.env.DATABASE_URL ? `the database at DATABASE_URL` : "the embedded database in .data/postgres";
  if (!process.argv.includes("--yes")) {
    if (!process.stdin.isTTY) throw new Error("db:reset deletes every record; run it with --yes to confirm when there is no terminal.");
    const rl = createInterface({ input: process.stdin, output: process.stdout });
    const answer = await rl.question(`This deletes every record in ${target}. Type "reset" to go on: `);
    rl.close();
    if (answer.trim() !== "reset") {
      log("nothing changed");
      return;
    }
  }
  const db = await openDatabase();
  const prisma = createPrisma(db.url);
  try {
    await dropAll(db.url);
    await migrate(db.url, log);
    const created = await seed(prisma);
    log(`reset done: ${Object.entries(created).map(([k, n]) => `${n} ${k}`).join(", ")}`);
  } finally {
    await prisma.$disconnect();
    await db.stop();
  }
});
