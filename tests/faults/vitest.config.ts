import { defineConfig } from "vitest/config";

// The fault-injection tier (scripts/test.ts --only faults): each test drives a
// real `npm start` process and its embedded PostgreSQL, so files run one after
// another and tests get minutes, not seconds.
export default defineConfig({
  test: {
    name: "faults",
    root: import.meta.dirname,
    include: ["**/*.test.ts"],
    environment: "node",
    fileParallelism: false,
    testTimeout: 300_000,
    hookTimeout: 180_000,
  },
});
