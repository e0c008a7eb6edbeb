import { promisify } from "node:util";
import { brotliCompress, brotliCompressSync, constants, gzip, gzipSync } from "node:zlib";
import type { MiddlewareHandler } from "hono";
import { serialisedJson } from "./json-body.js";

// Compresses what the server sends when the browser accepts it: brotli, else gzip. Only text-like answers (HTML,
// JavaScript, CSS, JSON, SVG) of 1 KB and more; downloads (files with Content-Disposition: attachment — PDFs,
// spreadsheets, backups) and event streams pass untouched. The hashed, immutable web-app assets and the API reference's
// assets never change while the process runs, so each is compressed once at brotli's best quality and kept; everything
// else (API answers) is compressed on the fly at the fastest quality: brotli 1 packs a 19 KB page of companies into
// 1.8 KB in about 0.1 ms of CPU, where quality 5 saved 0.3 KB more for three to eight times the CPU, and
// compressing it through the thread pool cost four times the CPU of doing it in place (measured 2026-12-06).

const brotli = promisify(brotliCompress);
const gzipP = promisify(gzip);
const COMPRESSIBLE = /^(text\/(?!event-stream)|application\/(json|problem\+json|javascript|xml)|image\/svg\+xml)/i;
const MIN_BYTES = 1024;

export type Encoding = "br" | "gzip";

/** The encoding to answer with for an Accept-Encoding header (brotli preferred), or null. */
export function chooseEncoding(accept: string | undefined): Encoding | null {
  if (!accept) return null;
  const offered = new Map(
    accept.split(",").map((part) => {
      const [name, ...params] = part.trim().toLowerCase().split(";");
      const q = params.map((p) => p.trim()).find((p) => p.startsWith("q="));
      return [name!.trim(), q ? Number(q.slice(2)) : 1] as const;
    }),
  );
  const ok = (name: string) => (offered.get(name) ?? offered.get("*") ?? 0) > 0;
  return ok("br") ? "br" : ok("gzip") ? "gzip" : null;
}

/** Answers up to this size are compressed on the request's own thread: for them the thread pool's hand-over costs more CPU than the work. */
const SYNC_BYTES = 256 * 1024;

/** The bytes compressed with `encoding`; `best` spends more time for the smallest result (assets kept in memory). */
export function compressBytes(bytes: Buffer, encoding: Encoding, best: boolean): Promise<Buffer> {
  const options = {
    params: {
      [constants.BROTLI_PARAM_QUALITY]: best ? 11 : 1,
      [constants.BROTLI_PARAM_SIZE_HINT]: bytes.length,
      [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT,
    },
  };
  if (!best && bytes.length <= SYNC_BYTES)
    return Promise.resolve(encoding === "br" ? brotliCompressSync(bytes, options) : gzipSync(bytes, { level: 1 }));
  return encoding === "br" ? brotli(bytes, options) : gzipP(bytes, { level: best ? 9 : 1 });
}

/** The compression middleware; `cacheable(path)` says which paths' answers never change (compressed once, kept). */
export function compression(cacheable: (path: string) => boolean): MiddlewareHandler {
  const kept = new Map<string, Promise<Buffer>>();
  return async (c, next) => {
    await next();
    const res = c.res;
    if (c.req.method !== "GET" || res.status !== 200) return;
    const known = serialisedJson(res);
    if (!known && !res.body) return;
    const encoding = chooseEncoding(c.req.header("Accept-Encoding"));
    const type = res.headers.get("Content-Type") ?? "";
    if (!encoding || res.headers.has("Content-Encoding") || !COMPRESSIBLE.test(type)) return;
    if (/^attachment/i.test(res.headers.get("Content-Disposition") ?? "")) return;
    const length = res.headers.get("Content-Length");
    if (length !== null && Number(length) < MIN_BYTES) return;
    const bytes = known ? Buffer.from(known.text) : Buffer.from(await res.arrayBuffer());
    let body: Buffer = bytes;
    if (bytes.length >= MIN_BYTES) {
      const keep = cacheable(c.req.path);
      const key = `${encoding} ${c.req.path}`;
      let out = keep ? kept.get(key) : undefined;
      if (!out) {
        out = compressBytes(bytes, encoding, keep);
        if (keep) kept.set(key, out);
      }
      body = await out;
    }
    // Hono copies the old answer's headers onto the new one; the length and encoding are set after that.
    c.res = new Response(new Uint8Array(body), res);
    c.res.headers.append("Vary", "Accept-Encoding");
    if (body !== bytes) {
      c.res.headers.set("Content-Encoding", encoding);
      c.res.headers.set("Content-Length", String(body.length));
    } else c.res.headers.set("Content-Length", String(bytes.length));
  };
}
