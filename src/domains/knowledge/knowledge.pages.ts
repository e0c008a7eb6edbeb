import { Hono } from "hono";
import type { ServerLanguage } from "../../platform/i18n.js";
import type { AppDeps } from "../../server/deps.js";
import { download } from "../../server/download.js";
import { AppError } from "../../shared/app-error.js";
import { escapeHtml as e, markdownToHtml } from "./knowledge.markdown.js";
import { publicPageText } from "./knowledge.page-text.js";
import * as knowledge from "./knowledge.service.js";

// A network's public knowledge pages (`/public/<network slug or id>/knowledge[/<item id>]`): server-rendered HTML
// without sign-in and without any script, linkable from the network's website, cached by browsers and proxies for a
// few minutes. Only published public items of that network (built-in ones, its members', those marked for it) appear,
// with their files (`…/<item id>/files/<file id>`); links to items the pages do not show are rendered as plain text.

const CACHE = "public, max-age=300, stale-while-revalidate=600";

function languageOf(query: string | undefined, accept: string | undefined): ServerLanguage {
  if (query === "de" || query === "en") return query;
  const first = (accept ?? "").split(",")[0]?.trim().slice(0, 2).toLowerCase();
  return first === "de" ? "de" : "en";
}

const STYLE = `
:root{--text:#15171c;--muted:#535966;--border:#e3e5e9;--primary:#3730a3;--soft:#eef0ff;--bg:#f7f7f8}
*{box-sizing:border-box}body{margin:0;font:16px/1.6 ui-sans-serif,system-ui,-apple-system,"Segoe UI",Roboto,"Noto Sans",Arial,sans-serif;color:var(--text);background:var(--bg)}
header.site{background:#fff;border-bottom:1px solid var(--border)}header.site .wrap{display:flex;align-items:center;justify-content:space-between;gap:1rem;padding:.9rem 1.25rem}
.brand{font-weight:700;color:var(--text);text-decoration:none}.wrap{max-width:56rem;margin:0 auto;padding:1.5rem 1.25rem}
h1{font-size:1.75rem;line-height:1.25;margin:.25rem 0 .5rem}.lead{color:var(--muted);margin:0 0 1.25rem}
form.search{display:flex;gap:.5rem;margin:0 0 1.5rem}form.search input{flex:1;padding:.55rem .75rem;border:1px solid #c9ccd3;border-radius:6px;font:inherit}
form.search button{padding:.55rem 1rem;border:0;border-radius:6px;background:var(--primary);color:#fff;font:inherit;font-weight:600;cursor:pointer}
ul.items{list-style:none;margin:0;padding:0;display:grid;gap:.75rem}ul.items li{background:#fff;border:1px solid var(--border);border-radius:10px;padding:1rem 1.25rem}
ul.items a{font-weight:600;font-size:1.05rem;color:var(--primary);text-decoration:none}ul.items a:hover{text-decoration:underline}
.meta{color:var(--muted);font-size:.85rem;display:flex;flex-wrap:wrap;gap:.5rem;align-items:center}.kind{background:var(--soft);color:var(--primary);border-radius:999px;padding:0 .55rem;font-weight:600}
.excerpt{margin:.35rem 0 0;color:#2b2f38}article{background:#fff;border:1px solid var(--border);border-radius:10px;padding:1.5rem 2rem}
article h2{font-size:1.3rem;margin:1.4em 0 .5em}article h3{font-size:1.1rem}article img{max-width:100%}article a{color:var(--primary)}
.files ul{padding-left:1.2rem}.size{color:var(--muted);font-size:.85rem}.unavailable-link{color:var(--muted)}article blockquote{border-left:3px solid #c9ccd3;margin-left:0;padding-left:1rem;color:var(--muted)}article code{background:#f3f4f6;padding:.1em .3em;border-radius:4px}
.back{display:inline-block;margin-bottom:.5rem;color:var(--primary)}footer{color:var(--muted);font-size:.85rem;text-align:center;padding:2rem 1rem}
`;

function page(lang: ServerLanguage, title: string, otherHref: string, body: string): string {
  const t = publicPageText(lang);
  return `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<title>${e(title)}</title><style>${STYLE}</style></head><body>
<header class="site"><div class="wrap"><span class="brand">${e(title)}</span><a href="${e(otherHref)}" hreflang="${lang === "de" ? "en" : "de"}">${e(t("otherLanguage"))}</a></div></header>
<main class="wrap">${body}</main><footer>${e(t("footer"))}</footer></body></html>`;
}

const withLang = (path: string, lang: ServerLanguage, q?: string) =>
  `${path}?${new URLSearchParams({ lang, ...(q ? { q } : {}) }).toString()}`;

/** The public knowledge pages, mounted at the root (outside /api). */
export function publicKnowledgePages(deps: AppDeps) {
  const db = () => deps.database.db;
  return new Hono()
    .get("/public/:network/knowledge", async (c) => {
      const lang = languageOf(c.req.query("lang"), c.req.header("accept-language"));
      const t = publicPageText(lang);
      const q = (c.req.query("q") ?? "").slice(0, 200).trim();
      const base = `/public/${encodeURIComponent(c.req.param("network"))}/knowledge`;
      try {
        const { network, items } = await knowledge.publicListing(db(), c.req.param("network"), { q: q || undefined });
        const title = t("title", { network: network.name });
        const list = items.length
          ? `<ul class="items">${items
              .map(
                (i) =>
                  `<li lang="${i.language}"><a href="${e(withLang(`${base}/${i.id}`, lang))}">${e(i.title)}</a>
<div class="meta"><span class="kind">${e(t(`kinds.${i.kind}`))}</span><span>${e(t(`language.${i.language}`))}</span><span>${e(i.organization ? t("by", { organization: i.organization }) : t("byPartnerwise"))}</span></div>
<p class="excerpt">${e(i.excerpt)}</p></li>`,
              )
              .join("")}</ul>`
          : `<p>${e(t("nothing"))}</p>`;
        c.header("Cache-Control", CACHE);
        return c.html(
          page(
            lang,
            title,
            withLang(base, lang === "de" ? "en" : "de", q),
            `<h1>${e(title)}</h1><p class="lead">${e(t("intro"))}</p>
<form class="search" method="get" role="search"><input type="hidden" name="lang" value="${lang}"><input type="search" name="q" value="${e(q)}" aria-label="${e(t("searchLabel"))}"><button type="submit">${e(t("search"))}</button></form>${list}`,
          ),
        );
      } catch (err) {
        return notFoundPage(c, lang, err);
      }
    })
    .get("/public/:network/knowledge/:id", async (c) => {
      const lang = languageOf(c.req.query("lang"), c.req.header("accept-language"));
      const t = publicPageText(lang);
      const base = `/public/${encodeURIComponent(c.req.param("network"))}/knowledge`;
      try {
        const { network, item, publicLinks, files } = await knowledge.publicItemOfNetwork(db(), c.req.param("network"), c.req.param("id"));
        const own = new Set(files.map((f) => f.id));
        const html = markdownToHtml(item.body, {
          itemLink: (id) => (publicLinks.has(id) ? withLang(`${base}/${id}`, lang) : null),
          file: (itemId, fileId) => (itemId === item.id && own.has(fileId) ? `${base}/${item.id}/files/${fileId}` : null),
        });
        const attachments = files.filter((f) => !f.contentType.startsWith("image/"));
        const list = attachments.length
          ? `<section class="files"><h2>${e(t("attachments"))}</h2><ul>${attachments
              .map(
                (f) =>
                  `<li><a href="${e(`${base}/${item.id}/files/${f.id}`)}">${e(f.filename)}</a> <span class="size">· ${e(sizeOf(f.size))}</span></li>`,
              )
              .join("")}</ul></section>`
          : "";
        const by = item.organization ? t("by", { organization: item.organization }) : t("byPartnerwise");
        c.header("Cache-Control", CACHE);
        return c.html(
          page(
            lang,
            `${item.title} · ${network.name}`,
            withLang(`${base}/${item.id}`, lang === "de" ? "en" : "de"),
            `<a class="back" href="${e(withLang(base, lang))}">← ${e(t("back"))}</a>
<article lang="${item.language}"><h1>${e(item.title)}</h1>
<div class="meta"><span class="kind">${e(t(`kinds.${item.kind}`))}</span><span>${e(by)}</span>${item.reviewedOn ? `<span>${e(t("reviewed", { date: item.reviewedOn }))}</span>` : ""}</div>
${html}${list}</article>`,
          ),
        );
      } catch (err) {
        return notFoundPage(c, lang, err);
      }
    })
    .get("/public/:network/knowledge/:id/files/:fileId", async (c) => {
      const lang = languageOf(c.req.query("lang"), c.req.header("accept-language"));
      try {
        const { file, bytes } = await knowledge.publicFile(db(), c.req.param("network"), c.req.param("id"), c.req.param("fileId"));
        const res = download(bytes, file.contentType, file.filename);
        // Public like the page it belongs to; images are shown inline, other files still download.
        res.headers.set("Cache-Control", CACHE);
        if (file.contentType.startsWith("image/")) res.headers.set("Content-Disposition", "inline");
        return res;
      } catch (err) {
        return notFoundPage(c, lang, err);
      }
    });
}

function sizeOf(bytes: number): string {
  return bytes < 1024 * 1024 ? `${Math.max(1, Math.round(bytes / 1024))} KB` : `${Math.round((bytes / 1024 / 1024) * 10) / 10} MB`;
}

function notFoundPage(c: import("hono").Context, lang: ServerLanguage, err: unknown) {
  if (!(err instanceof AppError) || err.status !== 404) throw err;
  const t = publicPageText(lang);
  return c.html(page(lang, "404", "?lang=" + (lang === "de" ? "en" : "de"), `<h1>404</h1><p>${e(t("nothing"))}</p>`), 404);
}
