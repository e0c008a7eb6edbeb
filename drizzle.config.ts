import { defineConfig } from "drizzle-kit";

export default defineConfig({
  dialect: "postgresql",
  // Every table file; there is no list of them to keep (docs/decisions/0013-lint-and-layers.md).
  schema: ["./src/domains/*/*.table.ts", "./src/platform/*.table.ts"],
  out: "./drizzle",
  casing: "snake_case",
});
