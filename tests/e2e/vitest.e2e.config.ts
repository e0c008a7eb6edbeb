import { defineConfig } from "vitest/config";

// Browser journeys, driven through Debian's Chromium against one real server (see global-setup.ts).
export default defineConfig({
  test: {
    name: "e2e",
    include: ["tests/e2e/**/*.e2e.ts"],
    globalSetup: ["tests/e2e/global-setup.ts"],
    testTimeout: 120_000,
    hookTimeout: 180_000,
    fileParallelism: false,
  },
});
