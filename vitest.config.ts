import { availableParallelism } from "node:os";
import { defineConfig } from "vitest/config";

// Unit tests live beside the code; integration tests run through the HTTP API against the embedded
// database, and again against PostgreSQL when TEST_DATABASE_URL is set.
//
// Some integration tests run once, in the embedded-database project, not again on PostgreSQL (ADR 0015):
// - those that spawn `partnerwise` processes: they drive the CLI and the server on PGlite data folders whatever the
//   project (the embedded database's single owner is what they prove); the backup test crosses to PostgreSQL
//   itself when TEST_DATABASE_URL is set;
// - those whose subject comes before the database: input fuzzing, upload fuzzing, the OpenAPI document and its
//   generated client, security headers and the request guards.
// Running them twice doubled the slowest part of CI for no coverage of the database.
export const ONCE_ONLY_TESTS = [
  "tests/integration/assessment-cli.test.ts",
  "tests/integration/backup.test.ts",
  "tests/integration/cli-json.test.ts",
  "tests/integration/cli-screen.test.ts",
  "tests/integration/data-lock.test.ts",
  "tests/integration/imports-cli.test.ts",
  "tests/integration/jobs-crash.test.ts",
  "tests/integration/fuzz-input.test.ts",
  "tests/integration/upload-fuzz.test.ts",
  "tests/integration/openapi.test.ts",
  "tests/integration/openapi-client.test.ts",
  "tests/integration/security-headers.test.ts",
  "tests/integration/input-guard.test.ts",
];

// The admin CLI (users, organisations) runs once too, against PostgreSQL when there is one: that is where an operator
// runs it for real; without TEST_DATABASE_URL it runs on PGlite.
const POSTGRES_ONLY_TESTS = ["tests/integration/auth.cli.test.ts"];

const integration = (name: string, kind: "pglite" | "postgres") => ({
  test: {
    name,
    include: ["tests/integration/**/*.test.ts", "src/**/*.int.test.ts"],
    exclude: kind === "postgres" ? ONCE_ONLY_TESTS : process.env.TEST_DATABASE_URL ? POSTGRES_ONLY_TESTS : [],
    globalSetup: ["tests/setup/global.ts"],
    env: { TEST_DB_KIND: kind },
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});

export default defineConfig({
  test: {
    // Vitest's default is one worker fewer than the machine has cores: one worker on CI's 2-core machine, which then
    // sat idle while a test waited for PostgreSQL, a spawned process or a timer. At least two workers keep both cores
    // busy (ADR 0015); PARTNERWISE_TEST_WORKERS overrides it.
    maxWorkers: Number(process.env.PARTNERWISE_TEST_WORKERS ?? Math.max(2, availableParallelism() - 1)),
    projects: [
      { test: { name: "unit", include: ["src/**/*.test.ts"], exclude: ["src/**/*.int.test.ts"], testTimeout: 30_000 } },
      integration("integration-pglite", "pglite"),
      ...(process.env.TEST_DATABASE_URL ? [integration("integration-postgres", "postgres")] : []),
    ],
  },
});
