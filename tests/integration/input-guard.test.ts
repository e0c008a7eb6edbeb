import { describe, expect, it } from "vitest";
import { Client, isProblem, ownerWithOrg, useTestApp } from "../setup/app.js";

const app = useTestApp();
const paths = (r: { body: { errors?: Array<{ path: string }> } }) => (r.body.errors ?? []).map((e) => e.path);

describe("input guard: text every route may receive", () => {
  it("refuses NUL, control characters and lone surrogates in bodies, queries, path parameters and form fields, naming the field", async () => {
    const a = await ownerWithOrg(app.get(), "NGO Guard");
    const nul = await a.client.post("/api/v1/companies", { name: "NUL\u0000byte GmbH", country: "DE" });
    expect(isProblem(nul, 422)).toBe(true);
    expect(nul.body.errors[0]).toMatchObject({ path: "name", code: "invalid_characters", params: { char: "U+0000", position: 4 } });

    const nested = await a.client.post("/api/v1/companies", { name: "Fine GmbH", country: "DE", tags: ["ok", "bell\u0007"] });
    expect(isProblem(nested, 422)).toBe(true);
    expect(paths(nested)).toEqual(["tags.1"]);

    const surrogate = await a.client.post("/api/v1/companies", { name: "Lone \ud800 surrogate", country: "DE" });
    expect(isProblem(surrogate, 422)).toBe(true);
    expect(surrogate.body.errors[0]).toMatchObject({ path: "name", params: { char: "U+D800" } });
    // A well-formed pair (an emoji), tabs and line breaks are fine.
    expect((await a.client.post("/api/v1/companies", { name: "Emoji 😀 GmbH", country: "DE", description: "a\tb\r\nc" })).status).toBe(201);

    for (const url of ["/api/v1/companies?tag=a%00b", "/api/v1/companies/export?q=a%00b", "/api/v1/audit?action=%01"]) {
      const r = await a.client.get(url);
      expect(isProblem(r, 422), url).toBe(true);
      expect(r.body.errors[0].code).toBe("invalid_characters");
    }
    expect(paths(await a.client.get("/api/v1/companies?tag=a%00b"))).toEqual(["tag"]);

    const param = await a.client.get("/api/v1/companies/a%00b");
    expect(isProblem(param, 422)).toBe(true);
    expect(paths(param)).toEqual(["id"]);

    const form = new FormData();
    form.set("format", "ftm-json");
    form.set("name", "list\u0000name");
    form.set("file", new File(['{"id":"x","schema":"Company","properties":{"name":["X"]}}\n'], "x.jsonl"));
    const upload = await a.client.post("/api/v1/watchlists/import", form);
    expect(isProblem(upload, 422)).toBe(true);
    expect(paths(upload)).toEqual(["name"]);

    const badName = new FormData();
    badName.set("format", "ftm-json");
    badName.set("file", new File(["{}\n"], "bad\u0001name.jsonl"));
    const named = await a.client.post("/api/v1/watchlists/import", badName);
    expect(isProblem(named, 422)).toBe(true);
    expect(paths(named)).toEqual(["file.name"]);
  });

  it("refuses strings over the absolute limits and malformed JSON", async () => {
    const a = await ownerWithOrg(app.get(), "NGO Long");
    const long = await a.client.post("/api/v1/companies", { name: "x", country: "DE", description: "y".repeat(100_001) });
    expect(isProblem(long, 422)).toBe(true);
    expect(long.body.errors[0]).toMatchObject({ path: "description", code: "too_long" });
    const q = await a.client.get(`/api/v1/companies?q=${"z".repeat(2001)}`);
    expect(isProblem(q, 422)).toBe(true);
    expect(q.body.errors[0]).toMatchObject({ path: "q", code: "too_long", params: { maximum: 2000 } });
    const bad = await a.client.req("POST", "/api/v1/companies", undefined, { "Content-Type": "application/json" });
    expect(bad.status).not.toBe(500);
    const malformed = await app.get().app.request("http://localhost/api/v1/companies", {
      method: "POST",
      headers: {
        Host: "localhost",
        Origin: "http://localhost",
        "Content-Type": "application/json",
        Cookie: [...a.client.cookies].map(([k, v]) => `${k}=${v}`).join("; "),
      },
      body: '{"name": "x",',
    });
    expect(malformed.status).toBe(400);
    expect(malformed.headers.get("content-type")).toContain("application/problem+json");
  });

  it("limits every body to 1 MB before reading it, auth included; uploads keep their own limits", async () => {
    const a = await ownerWithOrg(app.get(), "NGO Big body");
    const huge = {
      name: "Big",
      country: "DE",
      description: "d".repeat(50_000),
      tags: Array.from({ length: 30 }, () => "t".repeat(50_000)),
    };
    const r = await a.client.post("/api/v1/companies", huge);
    expect(isProblem(r, 413)).toBe(true);
    expect(r.body.code).toBe("payload_too_large");

    const anon = new Client(app.get());
    const signIn = await anon.post("/api/auth/sign-in/email", { email: "x@example.org", password: "p".repeat(2 * 1024 * 1024) });
    expect(isProblem(signIn, 413)).toBe(true);

    // A chunked body without Content-Length is counted as it arrives.
    const stream = new ReadableStream<Uint8Array>({
      start(controller) {
        for (let i = 0; i < 20; i++) controller.enqueue(new TextEncoder().encode(`"${"s".repeat(100_000)}",`));
        controller.close();
      },
    });
    const chunked = await app.get().app.request("http://localhost/api/auth/sign-up/email", {
      method: "POST",
      headers: { Host: "localhost", Origin: "http://localhost", "Content-Type": "application/json" },
      body: stream,
      duplex: "half",
    } as RequestInit);
    expect(chunked.status).toBe(413);

    // A 2 MB file fits the upload limit of an import (20 MB): the 1 MB body limit does not apply, the route answers.
    const form = new FormData();
    form.set("kind", "companies");
    form.set("file", new File([`name,country\n${`Acme ${"x".repeat(60)},DE\n`.repeat(30_000)}`], "big.csv", { type: "text/csv" }));
    const upload = await a.client.post("/api/v1/imports/preview", form);
    expect(upload.status).toBe(200);
    expect(upload.body.rowCount).toBe(30_000);
  });

  it("guards better-auth's endpoints too: NUL answers 422 problem+json, not 500", async () => {
    const anon = new Client(app.get());
    const signUp = await anon.post("/api/auth/sign-up/email", {
      email: "nul@example.org",
      password: "Correct-Horse-9-battery",
      name: "a\u0000b",
    });
    expect(isProblem(signUp, 422)).toBe(true);
    expect(paths(signUp)).toEqual(["name"]);
    const signIn = await anon.post("/api/auth/sign-in/email", { email: "a\u0000@example.org", password: "x" });
    expect(isProblem(signIn, 422)).toBe(true);
    const reset = await anon.get("/api/auth/reset-password/a%00b?callbackURL=%2F");
    expect(isProblem(reset, 422)).toBe(true);
  });
});
