// If-Match on the resources beyond companies, contacts and engagements: agreements, commitments, risks, stories,
// screening-list entries, knowledge items, proposals, prospects' stakeholder maps and tasks. Each answers 412 to a
// stale ETag, writes with a fresh one, answers another organisation 404 with or without If-Match, and — with two
// apps on one database, as two server processes would be — lets only one of two writers holding the same ETag win.
import { describe, expect, it } from "vitest";
import { parseEnv } from "../../src/platform/env.js";
import { bootApp } from "../../src/server/boot.js";
import { type Account, Client, isProblem, ownerWithOrg, useTestApp } from "../setup/app.js";

const app = useTestApp();

interface Case {
  name: string;
  path: string;
  method: "PATCH" | "PUT";
  /** The body of write number `n`; `field` shows which value it wrote. */
  body: (n: number) => Record<string, unknown>;
  field: string;
  deletable: boolean;
}

/** One of each resource in a's organisation. */
async function resources(a: Account): Promise<Case[]> {
  const must = async (r: Promise<{ status: number; body: any }>) => {
    const x = await r;
    expect(x.status, JSON.stringify(x.body).slice(0, 300)).toBeLessThan(300);
    return x.body;
  };
  const co = await must(a.client.post("/api/v1/companies", { name: "Conditional Co", country: "DE" }));
  const e = await must(a.client.post("/api/v1/engagements", { companyId: co.id, title: "Conditional partnership", modes: [] }));
  await must(a.client.req("PUT", `/api/v1/engagements/${e.id}/agreement`, { kind: "mou", startsOn: "2026-01-01" }));
  const commitment = await must(a.client.post(`/api/v1/engagements/${e.id}/commitments`, { party: "ngo", description: "Train staff" }));
  const risk = await must(a.client.post(`/api/v1/engagements/${e.id}/risks`, { title: "Supplier audit slips", likelihood: 3, impact: 3 }));
  const story = await must(a.client.post("/api/v1/stories", { title: "From the hotline to a new job", text: "She called …" }));
  const entry = await must(a.client.post("/api/v1/screening-lists/entries", { list: "black", companyId: co.id, reason: "Wage theft" }));
  const item = await must(
    a.client.post("/api/v1/knowledge", {
      title: "Checking suppliers",
      // Over 1 KB, so a GET asking for brotli is compressed: the tag compared is still the representation's.
      body: "We check our partners' supply chains for forced labour. ".repeat(30),
      language: "en",
      scope: "private",
    }),
  );
  const proposal = await must(a.client.post("/api/v1/proposals", { companyId: co.id, title: "Staff training", modes: ["expertise"] }));
  await must(a.client.req("PUT", `/api/v1/prospects/${co.id}`, { notes: "First notes" }));
  const task = await must(a.client.post(`/api/v1/engagements/${e.id}/tasks`, { title: "Send the draft" }));
  const activity = await must(
    a.client.post(`/api/v1/engagements/${e.id}/activities`, { kind: "note", occurredOn: "2026-01-05", summary: "Kick-off" }),
  );
  const text = (field: string) => (n: number) => ({ [field]: `Version ${n}` });
  return [
    {
      name: "agreement",
      path: `/api/v1/engagements/${e.id}/agreement`,
      method: "PUT",
      body: (n) => ({ kind: "mou", startsOn: `2026-01-${String(n + 2).padStart(2, "0")}` }),
      field: "startsOn",
      deletable: true,
    },
    {
      name: "commitment",
      path: `/api/v1/commitments/${commitment.id}`,
      method: "PATCH",
      body: text("description"),
      field: "description",
      deletable: true,
    },
    { name: "risk", path: `/api/v1/risks/${risk.id}`, method: "PATCH", body: text("title"), field: "title", deletable: true },
    { name: "story", path: `/api/v1/stories/${story.id}`, method: "PATCH", body: text("title"), field: "title", deletable: true },
    {
      name: "list entry",
      path: `/api/v1/screening-lists/entries/${entry.id}`,
      method: "PATCH",
      body: text("reason"),
      field: "reason",
      deletable: true,
    },
    { name: "knowledge item", path: `/api/v1/knowledge/${item.id}`, method: "PATCH", body: text("title"), field: "title", deletable: true },
    { name: "proposal", path: `/api/v1/proposals/${proposal.id}`, method: "PATCH", body: text("title"), field: "title", deletable: true },
    { name: "prospect", path: `/api/v1/prospects/${co.id}`, method: "PUT", body: text("notes"), field: "notes", deletable: false },
    { name: "task", path: `/api/v1/tasks/${task.id}`, method: "PATCH", body: text("title"), field: "title", deletable: true },
    {
      name: "activity",
      path: `/api/v1/activities/${activity.id}`,
      method: "PATCH",
      body: text("summary"),
      field: "summary",
      deletable: true,
    },
  ];
}

const etagOf = async (c: Client, path: string) => {
  const r = await c.get(path);
  expect(r.status, path).toBe(200);
  return r.headers.get("etag")!;
};

describe("If-Match on every resource that can be changed", () => {
  it("answers a stale ETag 412 and writes nothing, writes with the fresh one, and answers another organisation 404", async () => {
    const a = await ownerWithOrg(app.get(), "NGO Conditional");
    const b = await ownerWithOrg(app.get(), "NGO Other");
    for (const r of await resources(a)) {
      const tag = await etagOf(a.client, r.path);
      // The browser asks for brotli: the tag compared is that of the representation, not of its compressed bytes.
      const first = await a.client.req(r.method, r.path, r.body(1), { "If-Match": tag, "Accept-Encoding": "br" });
      expect(first.status, `${r.name}: fresh`).toBe(200);
      const stale = await a.client.req(r.method, r.path, r.body(2), { "If-Match": tag });
      expect(isProblem(stale, 412), `${r.name}: stale`).toBe(true);
      expect(stale.body.code).toBe("precondition_failed");
      const now = await a.client.get(r.path);
      expect(now.body[r.field], `${r.name}: nothing written`).toBe(first.body[r.field]);
      const fresh = now.headers.get("etag")!;
      expect(fresh).not.toBe(tag);

      for (const headers of [{ "If-Match": fresh }, { "If-Match": "*" }, {}] as Array<Record<string, string>>)
        expect(isProblem(await b.client.req(r.method, r.path, r.body(3), headers), 404), `${r.name}: other organisation`).toBe(true);
      if (r.deletable) expect(isProblem(await b.client.req("DELETE", r.path, undefined, { "If-Match": fresh }), 404)).toBe(true);
      expect((await a.client.get(r.path)).headers.get("etag"), `${r.name}: untouched by the other organisation`).toBe(fresh);

      if (!r.deletable) continue;
      expect(isProblem(await a.client.req("DELETE", r.path, undefined, { "If-Match": tag }), 412), `${r.name}: stale delete`).toBe(true);
      expect((await a.client.req("DELETE", r.path, undefined, { "If-Match": fresh })).status, `${r.name}: delete`).toBe(204);
      expect(isProblem(await a.client.req(r.method, r.path, r.body(4), { "If-Match": fresh }), 404), `${r.name}: gone`).toBe(true);
    }
  });

  it("lets only one of two writers with the same ETag win across two servers on one database (the write claims the version)", async () => {
    // A second app on the same database has its own in-process locks, as a second server process would: only the
    // conditional UPDATE in the service's transaction can keep both writers from winning.
    const env = parseEnv({ NODE_ENV: "test", PARTNERWISE_LOG_LEVEL: "warn", PARTNERWISE_SECRET: "test-secret-test-secret-test-secret" });
    const second = await bootApp(env, { database: app.get().database, rateLimit: false });
    const a = await ownerWithOrg(app.get(), "NGO Two Writers");
    const b = new Client(second);
    b.cookies = a.client.cookies;
    for (const r of await resources(a)) {
      for (let round = 0; round < 2; round++) {
        const tag = await etagOf(a.client, r.path);
        const results = await Promise.all([
          a.client.req(r.method, r.path, r.body(10 + round), { "If-Match": tag }),
          b.req(r.method, r.path, r.body(20 + round), { "If-Match": tag }),
        ]);
        expect(results.map((x) => x.status).sort(), `${r.name} round ${round}`).toEqual([200, 412]);
        const winner = results.find((x) => x.status === 200)!;
        expect((await a.client.get(r.path)).body[r.field], `${r.name}: the winner's write stands`).toBe(winner.body[r.field]);
      }
      if (!r.deletable) continue;
      const tag = await etagOf(a.client, r.path);
      const raced = await Promise.all([
        a.client.req("DELETE", r.path, undefined, { "If-Match": tag }),
        b.req(r.method, r.path, r.body(30), { "If-Match": tag }),
      ]);
      expect(
        raced.filter((x) => x.status < 300),
        `${r.name}: delete against write`,
      ).toHaveLength(1);
    }
  });
});
