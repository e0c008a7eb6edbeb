import { defineConfig } from "vitest/config";

// Browser journeys: one server per file on a fresh embedded database, driven through Debian's Chromium.
export default defineConfig({
  test: {
    name: "e2e",
    include: ["tests/e2e/**/*.e2e.ts"],
    testTimeout: 120_000,
    hookTimeout: 180_000,
    fileParallelism: false,
  },
});
