// Runs `prisma generate` on machines that cannot download Prisma's schema engine.
//
// The Prisma 7 CLI looks for its native schema-engine binary before every
// command and tries to download it when missing; our machines reach only the
// npm registry, so the download fails. `generate` never executes that binary,
// so pointing PRISMA_SCHEMA_ENGINE_BINARY at any existing file is enough.
// This is the one place in the project that works around it.
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";

const env = { ...process.env, PRISMA_HIDE_UPDATE_MESSAGE: "1", CHECKPOINT_DISABLE: "1" };
if (!env.PRISMA_SCHEMA_ENGINE_BINARY || !existsSync(env.PRISMA_SCHEMA_ENGINE_BINARY)) {
  env.PRISMA_SCHEMA_ENGINE_BINARY = fileURLToPath(import.meta.url);
}
const result = spawnSync("npx", ["prisma", "generate"], { stdio: "inherit", env });
process.exit(result.status ?? 1);
