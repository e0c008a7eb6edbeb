import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { browserLanguage, hasSessionCookie, pagePreloader } from "./page-preload.js";

// A built web app in miniature: index.html and the manifest the build writes beside it.
let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "pw-page-preload-"));
  mkdirSync(join(dir, ".vite"));
  writeFileSync(
    join(dir, "index.html"),
    '<!doctype html><html><head><script type="module" crossorigin src="/assets/index-1.js"></script></head><body></body></html>',
  );
  const manifest = {
    "index.html": { file: "assets/index-1.js", isEntry: true, imports: ["_ui.js"] },
    "_ui.js": { file: "assets/ui-1.js" },
    "_echart.js": { file: "assets/echart-1.js", imports: ["_ui.js"] },
    "dashboard/dashboard-page.tsx": { file: "assets/dashboard-page-1.js", imports: ["_echart.js", "_ui.js"], css: ["assets/dash-1.css"] },
    "locales/en/common.json": { file: "assets/common-en.js" },
    "locales/de/common.json": { file: "assets/common-de.js" },
    "locales/en/dashboard.json": { file: "assets/dashboard-en.js" },
    "locales/de/dashboard.json": { file: "assets/dashboard-de.js" },
  };
  writeFileSync(join(dir, ".vite/manifest.json"), JSON.stringify(manifest));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const hrefs = (html: string) => [...html.matchAll(/<link rel="(\w+)"[^>]*href="([^"]+)"/g)].map((m) => `${m[1]} ${m[2]}`);

describe("the page's head names what a cold load needs", () => {
  it("a signed-in dashboard: its chunks (not those index.html loads), its words, then its reads, before the app's script", () => {
    const html = pagePreloader(dir).html("/dashboard", { signedIn: true, language: "de" });
    const links = hrefs(html);
    expect(links).toContain("modulepreload /assets/dashboard-page-1.js");
    expect(links).toContain("modulepreload /assets/echart-1.js");
    expect(links).toContain("preload /assets/dash-1.css");
    expect(links).not.toContain("modulepreload /assets/ui-1.js");
    expect(links).toContain("modulepreload /assets/common-de.js");
    expect(links).toContain("modulepreload /assets/dashboard-de.js");
    expect(links).toContain("modulepreload /assets/dashboard-en.js"); // the fallback language loads too
    expect(links).toContain("preload /api/v1/dashboard");
    expect(html).toContain('<link rel="preload" as="fetch" crossorigin="anonymous" href="/api/v1/me">');
    expect(html.indexOf("/api/v1/me")).toBeLessThan(html.indexOf('<script type="module"'));
  });

  it("signed out: no reads (they would be 401s); an unknown page or parameter: the plain page", () => {
    const pages = pagePreloader(dir);
    expect(hrefs(pages.html("/dashboard", { signedIn: false, language: "en" })).filter((l) => l.includes("/api/"))).toEqual([]);
    expect(pages.html("/companies/%22%3E%3Cimg", { signedIn: true, language: "en" })).not.toMatch(/img|%22/);
    const plain = pagePreloader(dir).html("/sign-in", { signedIn: false, language: "en" });
    expect(hrefs(plain)).toEqual([]);
  });

  it("without a manifest (an older build) still answers the index page", () => {
    const bare = mkdtempSync(join(tmpdir(), "pw-page-preload-bare-"));
    writeFileSync(join(bare, "index.html"), "<html><head></head><body></body></html>");
    expect(pagePreloader(bare).html("/dashboard", { signedIn: true, language: "en" })).toContain("/api/v1/dashboard");
    rmSync(bare, { recursive: true, force: true });
  });

  it("reads the session cookie and the language", () => {
    expect(hasSessionCookie("a=1; better-auth.session_token=x")).toBe(true);
    expect(hasSessionCookie("__Secure-better-auth.session_token=x")).toBe(true);
    expect(hasSessionCookie("xbetter-auth.session_token=x")).toBe(false);
    expect(hasSessionCookie(undefined)).toBe(false);
    expect(browserLanguage("partnerwise_lang=de", "en-GB")).toBe("de");
    expect(browserLanguage(undefined, "fr-FR,de;q=0.8,en;q=0.5")).toBe("de");
    expect(browserLanguage("partnerwise_lang=xx", undefined)).toBe("en");
  });
});
