// The web bundle must not carry zod: zod probes `new Function` when it parses, and the app's
// Content-Security-Policy (src/server/security.ts) refuses eval, so every visit of such a page reports a violation
// (tests/e2e/csp.e2e.ts catches it in a browser; this test names the import chain in a second).
import { existsSync, readFileSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { describe, expect, it } from "vitest";

const root = resolve(import.meta.dirname, "../../..");
const FORBIDDEN = /^(zod|@hono\/zod-openapi)(\/|$)/;

/** The modules a source file imports at run time (type-only imports and `import type` are left out). */
function runtimeImports(source: string): string[] {
  const out: string[] = [];
  const re = /(?:^|\n)\s*(import|export)\s+(type\s+)?([^"';]*?)\s*from\s*["']([^"']+)["']|import\(\s*["']([^"']+)["']\s*\)/g;
  for (const m of source.matchAll(re)) {
    if (m[5]) {
      out.push(m[5]);
      continue;
    }
    if (m[2]) continue;
    const clause = m[3].trim();
    // `import { type A, type B } from` is type-only too.
    const names = clause.match(/^\{([^}]*)\}$/)?.[1];
    if (names && names.split(",").every((n) => !n.trim() || n.trim().startsWith("type "))) continue;
    out.push(m[4]);
  }
  return out;
}

function resolveFile(from: string, spec: string): string | undefined {
  const base = resolve(dirname(from), spec.replace(/\.js$/, ""));
  for (const ext of ["", ".ts", ".tsx", "/index.ts", "/index.tsx"]) {
    const f = base + ext;
    if (existsSync(f) && !f.endsWith("/")) {
      try {
        readFileSync(f);
        return f;
      } catch {
        // a folder: try the next candidate
      }
    }
  }
  return undefined;
}

describe("the web bundle", () => {
  it("imports no zod at run time, however deep the chain", () => {
    const entry = resolve(root, "src/web/main.tsx");
    const parent = new Map<string, string | null>([[entry, null]]);
    const queue = [entry];
    const offenders: string[] = [];
    while (queue.length) {
      const file = queue.shift()!;
      for (const spec of runtimeImports(readFileSync(file, "utf8"))) {
        if (FORBIDDEN.test(spec)) {
          const chain: string[] = [];
          for (let f: string | null = file; f; f = parent.get(f) ?? null) chain.unshift(f.slice(root.length + 1));
          offenders.push(`${chain.join(" → ")} → ${spec}`);
          continue;
        }
        if (!spec.startsWith(".")) continue;
        const next = resolveFile(file, spec);
        if (!next || parent.has(next) || !/\.tsx?$/.test(next)) continue;
        parent.set(next, file);
        queue.push(next);
      }
    }
    expect(parent.size).toBeGreaterThan(50);
    expect(offenders).toEqual([]);
  });
});
