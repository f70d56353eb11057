// npm run db:migrate — applies pending SQL migrations (openDatabase does it).
import { openDatabase, run } from "./lib/database";

run(async () => {
  const db = await openDatabase();
  await db.stop();
});
