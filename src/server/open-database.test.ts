import { existsSync, readFileSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

// A command that only needs the database (screen, imports, backups) must not load the web application: through tsx,
// loading the app's ~600 modules cost a local `partnerwise screen` about 3 s of its start.
const here = dirname(fileURLToPath(import.meta.url));

/** Every module of ours that `file` imports statically, directly or through others (type-only imports excluded). */
function staticImports(file: string, seen = new Set<string>()): Set<string> {
  if (seen.has(file)) return seen;
  seen.add(file);
  const src = readFileSync(file, "utf8");
  for (const m of src.matchAll(/^\s*(?:import|export)\s+(?!type\s)[^;]*?\sfrom\s+"(\.[^"]+)"|^\s*import\s+"(\.[^"]+)"/gm)) {
    const spec = (m[1] ?? m[2]!).replace(/\.js$/, "");
    const target = [".ts", ".tsx", "/index.ts"].map((ext) => resolve(dirname(file), spec + ext)).find((p) => existsSync(p));
    if (target) staticImports(target, seen);
  }
  return seen;
}

describe("opening the database apart from the app", () => {
  it("open-database.ts reaches the database platform but none of the app, its routes or auth", () => {
    const reached = [...staticImports(resolve(here, "open-database.ts"))].map((p) => p.slice(resolve(here, "..").length + 1));
    expect(reached).toContain("platform/db.ts");
    expect(reached.filter((p) => p === "server/app.ts" || /\.routes\.ts$/.test(p) || p.startsWith("domains/auth/"))).toEqual([]);
  });

  it("the boot module, which builds the app, does reach it (the check above can fail)", () => {
    const reached = [...staticImports(resolve(here, "boot.ts"))].map((p) => p.slice(resolve(here, "..").length + 1));
    expect(reached).toContain("server/app.ts");
  });
});
