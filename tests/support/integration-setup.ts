// The integration tier runs against the real PostgreSQL that scripts/test.ts
// prepared (migrated and seeded) and passes in TEST_DATABASE_URL.
const url = process.env.TEST_DATABASE_URL;
if (!url) {
  throw new Error("TEST_DATABASE_URL is not set: run the integration tier through `npm test` (it starts a throwaway PostgreSQL).");
}
process.env.DATABASE_URL = url;
