// The web app's index.html for one page of a cold load, with what that page needs named in its <head>: the page's
// own chunks and styles (from the build manifest) and, for a signed-in browser, the API reads it makes on opening
// (src/shared/route-reads.ts). The browser then fetches them alongside the app's scripts instead of after them, and
// the app's own requests for them are answered from those preloads (ADR 0016).
import { existsSync, readFileSync } from "node:fs";
import { resolve } from "node:path";
import { COMMON_NAMESPACE, readsFor, routeFor } from "../shared/route-reads.js";

interface ManifestChunk {
  file: string;
  imports?: string[];
  css?: string[];
  isEntry?: boolean;
}
type Manifest = Record<string, ManifestChunk>;

/** An attribute value we build from our own paths and checked ids; escaped anyway. */
const attr = (s: string) => s.replace(/&/g, "&amp;").replace(/"/g, "&quot;").replace(/</g, "&lt;");

/** The chunks a manifest entry loads, itself and what it imports statically, transitively. */
function closure(manifest: Manifest, key: string, into = new Set<string>()): Set<string> {
  if (into.has(key) || !manifest[key]) return into;
  into.add(key);
  for (const i of manifest[key]!.imports ?? []) closure(manifest, i, into);
  return into;
}

export interface PagePreloader {
  /**
   * The index page for `pathname` in a browser whose interface is in `language` (the app's cookie, else the
   * browser's languages); `signedIn` adds the API reads (a signed-out browser would only get 401s).
   */
  html(pathname: string, opts: { signedIn: boolean; language: string }): string;
}

/**
 * Reads index.html and the build manifest once. Without a manifest (an older build) every page gets the plain
 * index.html, which works the same, only slower on a cold load.
 */
export function pagePreloader(webDist: string): PagePreloader {
  const index = readFileSync(resolve(webDist, "index.html"), "utf8");
  const manifestPath = resolve(webDist, ".vite/manifest.json");
  const manifest: Manifest | null = existsSync(manifestPath) ? (JSON.parse(readFileSync(manifestPath, "utf8")) as Manifest) : null;
  const entry = manifest && Object.keys(manifest).find((k) => manifest[k]!.isEntry);
  const inIndex = manifest && entry ? closure(manifest, entry) : new Set<string>();
  const chunkLinks = new Map<string, string>();

  /** Links for a page module's chunks and styles that index.html does not load already; cached per module. */
  const linksForModule = (module: string): string => {
    const cached = chunkLinks.get(module);
    if (cached !== undefined) return cached;
    let links = "";
    if (manifest?.[module]) {
      const keys = [...closure(manifest, module)].filter((k) => !inIndex.has(k));
      const files = keys.map((k) => manifest[k]!.file);
      const css = [...new Set(keys.flatMap((k) => manifest[k]!.css ?? []))];
      links =
        files.map((f) => `<link rel="modulepreload" crossorigin href="/${attr(f)}">`).join("") +
        css.map((f) => `<link rel="preload" as="style" crossorigin href="/${attr(f)}">`).join("");
    }
    chunkLinks.set(module, links);
    return links;
  };

  return {
    html(pathname, { signedIn, language }) {
      const hit = routeFor(pathname);
      let links = hit ? linksForModule(hit.route.module) : "";
      if (hit) {
        // The translation chunks the page starts with: its language's, and English, the fallback i18next loads too.
        const languages = [...new Set([language, "en"])];
        const namespaces = [COMMON_NAMESPACE, ...hit.route.namespaces];
        links += languages.flatMap((l) => namespaces.map((ns) => linksForModule(`locales/${l}/${ns}.json`))).join("");
      }
      if (signedIn) {
        // `crossorigin="anonymous"` is what the app's fetch() uses (same-origin credentials), so it takes the preload.
        links += readsFor(pathname)
          .map((r) => `<link rel="preload" as="fetch" crossorigin="anonymous" href="/api/v1${attr(r)}">`)
          .join("");
      }
      // Before the app's own script: the reads wait longest (the server computes them), so they should start first.
      return links ? index.replace(/<script type="module"|<\/head>/, (m) => `${links}${m}`) : index;
    },
  };
}

/** Whether the request carries a session cookie (checked by the API when the reads arrive, not here). */
export function hasSessionCookie(cookieHeader: string | undefined): boolean {
  return !!cookieHeader && /(^|;\s*)(__Secure-)?better-auth\.session_token=/.test(cookieHeader);
}

const LANGUAGES = ["en", "de"];

/** The interface language a browser will start in: the app's cookie, else the first supported of its languages. */
export function browserLanguage(cookieHeader: string | undefined, acceptLanguage: string | undefined): string {
  const cookie = /(?:^|;\s*)partnerwise_lang=([a-z]{2})/.exec(cookieHeader ?? "")?.[1];
  if (cookie && LANGUAGES.includes(cookie)) return cookie;
  for (const part of (acceptLanguage ?? "").split(",")) {
    const short = part.trim().slice(0, 2).toLowerCase();
    if (LANGUAGES.includes(short)) return short;
  }
  return "en";
}
