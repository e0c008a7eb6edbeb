import { existsSync, readdirSync, readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { defineConfig } from "vite";
import react from "@vitejs/plugin-react";

// Libraries a page should load only when it shows what they draw: charts, the Markdown editor and renderer,
// surveys, drag and drop, the country names.
const HEAVY_LIB = /^(echarts|zrender|@codemirror|@lezer|survey-|markdown-it|dompurify|@dnd-kit|i18n-iso-countries)/;

/**
 * The web app's own modules that import such a library, directly or through other modules of ours (static imports
 * only: a lazy `import()` loads on demand). They are left out of the shared groups below, so that grouping never
 * makes every page load the chart library.
 */
function modulesPullingHeavyLibraries(root: string): Set<string> {
  const files: string[] = [];
  const walk = (dir: string) => {
    for (const e of readdirSync(dir, { withFileTypes: true })) {
      const p = join(dir, e.name);
      if (e.isDirectory()) walk(p);
      else if (/\.tsx?$/.test(e.name) && !/\.test\.tsx?$/.test(e.name)) files.push(p);
    }
  };
  walk(root);
  const imports = new Map<string, string[]>();
  const heavy = new Set<string>();
  for (const f of files) {
    const src = readFileSync(f, "utf8");
    const specs = [...src.matchAll(/^\s*(?:import|export)\s[^;]*?\sfrom\s+"([^"]+)"|^\s*import\s+"([^"]+)"/gm)].map((m) => m[1] ?? m[2]!);
    if (specs.some((s) => HEAVY_LIB.test(s))) heavy.add(f);
    const local = specs
      .filter((s) => s.startsWith("."))
      .map((s) => resolve(dirname(f), s))
      .map((p) => [p, `${p}.ts`, `${p}.tsx`, join(p, "index.ts"), join(p, "index.tsx")].find((c) => existsSync(c) && /\.tsx?$/.test(c)))
      .filter((p): p is string => !!p);
    imports.set(f, local);
  }
  for (let grew = true; grew; ) {
    grew = false;
    for (const [f, deps] of imports)
      if (!heavy.has(f) && deps.some((d) => heavy.has(d))) {
        heavy.add(f);
        grew = true;
      }
  }
  return heavy;
}

const webRoot = resolve("src/web");
const pullsHeavy = modulesPullingHeavyLibraries(webRoot);
const ownModule = (id: string) => id.startsWith(webRoot) && !id.includes(`${webRoot}/locales/`) && !pullsHeavy.has(id.split("?")[0]!);

// The SPA lives in src/web and is built to dist/web, which the server serves in production.
// `npm run dev` runs Vite on :5173 and proxies /api to the server on :3000.
//
// Chunks: left alone, the bundler gives every small module that two pages share a file of its own (an icon, a badge,
// a form), and a cold load of the company page fetched about 70 files over the browser's six connections per host.
// Grouped, the icons are one file, the app's building blocks (components, lib, app) one, and the parts several pages
// share one more (ADR 0016).
export default defineConfig({
  root: "src/web",
  plugins: [react()],
  build: {
    outDir: "../../dist/web",
    emptyOutDir: true,
    sourcemap: true,
    chunkSizeWarningLimit: 1700,
    rolldownOptions: {
      output: {
        // Grouped modules run in their source order whatever chunk they land in (groups may import each other).
        strictExecutionOrder: true,
        codeSplitting: {
          // A group takes only the modules it names; what they import keeps its own chunk.
          includeDependenciesRecursively: false,
          groups: [
            { name: "icons", test: /node_modules[\\/]lucide-react/, priority: 3 },
            { name: "ui", test: (id) => ownModule(id) && /[\\/](components|lib|app)[\\/]/.test(id.slice(webRoot.length)), priority: 2 },
            { name: "shared", test: (id) => ownModule(id), minShareCount: 2, priority: 1 },
          ],
        },
      },
    },
  },
  server: { port: 5173, proxy: { "/api": { target: "http://localhost:3000", changeOrigin: false } } },
});
