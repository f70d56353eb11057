import { defineConfig } from "prisma/config";

// Only `prisma generate` runs here: the Prisma CLI's schema engine cannot be
// downloaded on our machines, so migrations are plain SQL applied by
// scripts/lib/migrate.ts (see README, "Migrations").
export default defineConfig({
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations" },
  datasource: { url: process.env.DATABASE_URL ?? "postgresql://unused@localhost/unused" },
});
