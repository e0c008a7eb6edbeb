import { Hono } from "hono";
import { brotliDecompressSync, gunzipSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { chooseEncoding, compression } from "./compress.js";

const big = "const x = 1;\n".repeat(400);

function app() {
  const a = new Hono();
  a.use(
    "*",
    compression((p) => p.startsWith("/assets/")),
  );
  a.get("/assets/app.js", (c) => c.body(big, 200, { "Content-Type": "text/javascript", "Cache-Control": "immutable" }));
  a.get("/api/list", (c) => c.json({ items: Array.from({ length: 200 }, (_, i) => ({ id: i, name: `Company ${i}` })) }));
  a.get("/small", (c) => c.json({ ok: true }));
  a.get("/report.pdf", (c) =>
    c.body(big, 200, { "Content-Type": "application/json", "Content-Disposition": 'attachment; filename="x.json"' }),
  );
  return a;
}

describe("compression", () => {
  it("prefers brotli, then gzip, and honours q=0", () => {
    expect(chooseEncoding("gzip, deflate, br, zstd")).toBe("br");
    expect(chooseEncoding("gzip, deflate")).toBe("gzip");
    expect(chooseEncoding("br;q=0, gzip")).toBe("gzip");
    expect(chooseEncoding("identity")).toBeNull();
    expect(chooseEncoding(undefined)).toBeNull();
  });

  it("compresses scripts and JSON the browser accepts compressed, and the bytes come back the same", async () => {
    const a = app();
    const js = await a.request("/assets/app.js", { headers: { "Accept-Encoding": "br, gzip" } });
    expect(js.headers.get("Content-Encoding")).toBe("br");
    expect(js.headers.get("Vary")).toContain("Accept-Encoding");
    const packed = Buffer.from(await js.arrayBuffer());
    expect(Number(js.headers.get("Content-Length"))).toBe(packed.length);
    expect(packed.length).toBeLessThan(big.length / 10);
    expect(brotliDecompressSync(packed).toString()).toBe(big);

    const json = await a.request("/api/list", { headers: { "Accept-Encoding": "gzip" } });
    expect(json.headers.get("Content-Encoding")).toBe("gzip");
    expect(JSON.parse(gunzipSync(Buffer.from(await json.arrayBuffer())).toString()).items).toHaveLength(200);
  });

  it("leaves small answers, downloads and clients without compression alone", async () => {
    const a = app();
    expect((await a.request("/small", { headers: { "Accept-Encoding": "br" } })).headers.get("Content-Encoding")).toBeNull();
    expect((await a.request("/report.pdf", { headers: { "Accept-Encoding": "br" } })).headers.get("Content-Encoding")).toBeNull();
    const plain = await a.request("/assets/app.js");
    expect(plain.headers.get("Content-Encoding")).toBeNull();
    expect(await plain.text()).toBe(big);
  });
});
