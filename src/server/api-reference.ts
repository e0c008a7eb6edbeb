// The API reference as one HTML page built on the server from the OpenAPI document: operations grouped by tag, each
// folded in a <details> (method, path, summary; open for parameters, body and answers), then every schema. No script
// runs, so the page is on screen as soon as it arrives — the interactive Swagger UI (a 1.4 MB bundle that resolves the
// whole document in the browser) stays one link away at /api/docs/try.

type Json = Record<string, unknown>;
const METHODS = ["get", "post", "put", "patch", "delete"] as const;

const esc = (s: unknown) =>
  String(s ?? "")
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;");
const slug = (s: string) => s.replace(/[^A-Za-z0-9_-]+/g, "-");

/** A schema in one line: a link to a named schema, or its type (arrays and unions spelled out). */
function typeOf(schema: unknown): string {
  if (!schema || typeof schema !== "object") return "";
  const s = schema as Json;
  if (typeof s.$ref === "string") {
    const name = s.$ref.split("/").pop() ?? s.$ref;
    return `<a href="#schema-${slug(name)}">${esc(name)}</a>`;
  }
  for (const k of ["anyOf", "oneOf", "allOf"] as const)
    if (Array.isArray(s[k])) return (s[k] as unknown[]).map(typeOf).join(k === "allOf" ? " &amp; " : " | ");
  if (s.type === "array") return `${typeOf(s.items)}[]`;
  if (Array.isArray(s.enum)) return (s.enum as unknown[]).map((v) => `<code>${esc(JSON.stringify(v))}</code>`).join(" | ");
  const type = Array.isArray(s.type) ? s.type.join(" | ") : String(s.type ?? "object");
  return esc(s.format ? `${type} (${s.format})` : type);
}

function contentTable(content: unknown): string {
  if (!content || typeof content !== "object") return "";
  return Object.entries(content as Json)
    .map(([mime, m]) => `<div class="small"><code>${esc(mime)}</code> ${typeOf((m as Json)?.schema)}</div>`)
    .join("");
}

function operation(method: string, path: string, op: Json, components: Json): string {
  const id = typeof op.operationId === "string" ? op.operationId : `${method}-${path}`;
  // Shared parameters are references into components.parameters: show them resolved.
  const shared = (components.parameters ?? {}) as Record<string, Json>;
  const params = ((Array.isArray(op.parameters) ? op.parameters : []) as Json[]).map((p) =>
    typeof p.$ref === "string" ? (shared[p.$ref.split("/").pop() ?? ""] ?? p) : p,
  );
  const body = op.requestBody as Json | undefined;
  const responses = (op.responses ?? {}) as Record<string, Json>;
  const security = Array.isArray(op.security) ? (op.security as Json[]).map((s) => Object.keys(s).join(" + ") || "none").join(" or ") : "";
  return `<details class="op" id="op-${slug(id)}"><summary><span class="m m-${method}">${method.toUpperCase()}</span> <code>${esc(path)}</code> <span class="sum">${esc(op.summary)}</span>${op.deprecated ? ' <span class="dep">deprecated</span>' : ""}</summary>
<div class="body">${op.description ? `<p>${esc(op.description)}</p>` : ""}<p class="small">operationId <code>${esc(id)}</code>${security ? ` · security: ${esc(security)}` : ""}</p>
${
  params.length
    ? `<h4>Parameters</h4><table><thead><tr><th>name</th><th>in</th><th>type</th><th>description</th></tr></thead><tbody>${params
        .map(
          (p) =>
            `<tr><td><code>${esc(p.name)}</code>${p.required ? " *" : ""}</td><td>${esc(p.in)}</td><td>${typeOf(p.schema)}</td><td>${esc(p.description)}</td></tr>`,
        )
        .join("")}</tbody></table>`
    : ""
}${body ? `<h4>Request body${body.required ? " *" : ""}</h4>${body.description ? `<p>${esc(body.description)}</p>` : ""}${contentTable(body.content)}` : ""}
<h4>Answers</h4><table><tbody>${Object.entries(responses)
    .map(([status, r]) => `<tr><td><code>${esc(status)}</code></td><td>${esc(r.description)}${contentTable(r.content)}</td></tr>`)
    .join("")}</tbody></table></div></details>`;
}

/** The whole reference page for an OpenAPI 3.1 document. */
export function renderApiReference(doc: Json): string {
  const info = (doc.info ?? {}) as Json;
  const paths = (doc.paths ?? {}) as Record<string, Json>;
  const tagInfo = new Map(((doc.tags ?? []) as Json[]).map((t) => [String(t.name), t]));
  const groups = new Map<string, string[]>();
  for (const [path, item] of Object.entries(paths))
    for (const method of METHODS) {
      const op = item?.[method] as Json | undefined;
      if (!op) continue;
      const tag = (Array.isArray(op.tags) && String(op.tags[0])) || "Other";
      if (!groups.has(tag)) groups.set(tag, []);
      groups.get(tag)!.push(operation(method, path, op, (doc.components ?? {}) as Json));
    }
  const order = [...new Set([...tagInfo.keys(), ...groups.keys()])].filter((t) => groups.has(t));
  const schemas = ((doc.components as Json | undefined)?.schemas ?? {}) as Record<string, unknown>;
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(info.title ?? "API")} reference</title><style>${STYLE}</style></head><body><main>
<header><h1>${esc(info.title)} <span class="ver">${esc(info.version)}</span></h1>${info.description ? `<p>${esc(info.description)}</p>` : ""}
<p><a href="/api/openapi.json">OpenAPI document (JSON)</a> · <a href="/api/docs/try">Try the API in the interactive reference</a></p>
<nav aria-label="Groups"><ul>${order.map((t) => `<li><a href="#tag-${slug(t)}">${esc(t)}</a></li>`).join("")}<li><a href="#schemas">Schemas</a></li></ul></nav></header>
${order
  .map(
    (t) =>
      `<section aria-labelledby="tag-${slug(t)}"><h2 class="opblock-tag" id="tag-${slug(t)}">${esc(t)}</h2>${
        tagInfo.get(t)?.description ? `<p>${esc(tagInfo.get(t)?.description)}</p>` : ""
      }${groups.get(t)!.join("\n")}</section>`,
  )
  .join("\n")}
<section aria-labelledby="schemas"><h2 id="schemas">Schemas</h2>${Object.entries(schemas)
    .map(
      ([name, s]) =>
        `<details class="schema" id="schema-${slug(name)}"><summary><code>${esc(name)}</code></summary><pre>${esc(JSON.stringify(s, null, 2))}</pre></details>`,
    )
    .join("\n")}</section></main></body></html>`;
}

const STYLE = `
body{margin:0;font:15px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:#1d1d22;background:#fafafb}
main{max-width:1100px;margin:0 auto;padding:24px 20px 64px}h1{font-size:1.6rem;margin:0 0 8px}.ver{font-size:.9rem;color:#5b5b66;font-weight:400}
h2{font-size:1.25rem;margin:32px 0 8px;padding-bottom:4px;border-bottom:1px solid #e3e3e8}h4{margin:12px 0 4px;font-size:.9rem}
nav ul{list-style:none;padding:0;margin:12px 0;display:flex;flex-wrap:wrap;gap:6px 14px}a{color:#3a2fc0}
details.op,details.schema{background:#fff;border:1px solid #e3e3e8;border-radius:6px;margin:6px 0}
summary{cursor:pointer;padding:8px 12px;display:flex;gap:10px;align-items:baseline;flex-wrap:wrap}summary code{font-weight:600;word-break:break-all}
.sum{color:#44444f}.body{padding:0 12px 12px;border-top:1px solid #eee}.small{font-size:.85rem;color:#44444f}
.m{display:inline-block;min-width:60px;text-align:center;font-size:.75rem;font-weight:700;color:#fff;border-radius:4px;padding:2px 6px}
.m-get{background:#1c5fb8}.m-post{background:#0d7a3e}.m-put{background:#8a5a00}.m-patch{background:#6b3fa0}.m-delete{background:#b3261e}
.dep{font-size:.75rem;color:#b3261e}table{border-collapse:collapse;width:100%;font-size:.85rem}td,th{border-bottom:1px solid #eee;padding:4px 6px;text-align:left;vertical-align:top}
pre{margin:0;padding:12px;overflow:auto;font-size:.8rem;background:#f4f4f7}
`;
