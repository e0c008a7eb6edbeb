import { defineConfig } from "vitest/config";

// Unit tests live beside the code; integration tests run through the HTTP API against the embedded
// database, and again against PostgreSQL when TEST_DATABASE_URL is set.
const integration = (name: string, kind: "pglite" | "postgres") => ({
  test: {
    name,
    include: ["tests/integration/**/*.test.ts", "src/**/*.int.test.ts"],
    globalSetup: ["tests/setup/global.ts"],
    env: { TEST_DB_KIND: kind },
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});

export default defineConfig({
  test: {
    projects: [
      { test: { name: "unit", include: ["src/**/*.test.ts"], exclude: ["src/**/*.int.test.ts"], testTimeout: 30_000 } },
      integration("integration-pglite", "pglite"),
      ...(process.env.TEST_DATABASE_URL ? [integration("integration-postgres", "postgres")] : []),
    ],
  },
});
