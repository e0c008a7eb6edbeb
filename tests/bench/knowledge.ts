// Knowledge hub search over 10,000 items (targets: p95 < 50 ms on PostgreSQL, < 100 ms on the embedded database).
// Each database gets a fresh copy: the built-in items, then 10,000 generated items in English and German spread over
// the reader's organisation (private, network, public), other members of its network (network, public), and
// organisations it shares nothing with (private: never visible, still in the table and in the index). Their text is
// built from the built-in items' sentences, recombined, with words of a generated vocabulary mixed in (a long tail of
// names and terms, as real notes have). The queries are the hub's own (`listItems`, the repository call behind
// GET /api/v1/knowledge): ordinary searches in both languages, with and without filters, and plain listings.
// Printed as markdown (tests/bench/run.ts).
import { randomUUID } from "node:crypto";
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { loadavg, tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { performance } from "node:perf_hooks";
import { BUILT_IN_ITEMS } from "../../src/domains/knowledge/knowledge.built-in.js";
import { backlinks, listItems, type Reader } from "../../src/domains/knowledge/knowledge.repo.js";
import { KnowledgeListQuery } from "../../src/domains/knowledge/knowledge.schema.js";
import { seedBuiltIns } from "../../src/domains/knowledge/knowledge.service.js";
import { KNOWLEDGE_KINDS, KNOWLEDGE_NEEDS } from "../../src/domains/knowledge/knowledge.constants.js";
import { type Database, migrateDatabase, openDatabase } from "../../src/platform/db.js";
import { type Timing, measureEach, ms, summarise, table } from "./harness.js";

const ITEMS = Number(process.env.BENCH_KNOWLEDGE_ITEMS ?? 10_000);
const PG_URL = process.env.BENCH_DATABASE_URL ?? "postgres://postgres@127.0.0.1:5432/postgres";
const TARGET = { postgres: 50, pglite: 100 } as const;
const RUNS = Number(process.env.BENCH_KNOWLEDGE_RUNS ?? 60);
const progress = (msg: string) => process.stderr.write(`[knowledge ${new Date().toISOString().slice(11, 19)}] ${msg}\n`);

/** A small seeded PRNG (mulberry32), so every run builds the same items. */
function prng(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Sentences of the built-in items, per language (the material the generated items are made of). */
function sentences(language: "en" | "de"): string[] {
  const out: string[] = [];
  for (const b of BUILT_IN_ITEMS.filter((x) => x.language === language)) {
    for (const line of b.body.split("\n")) {
      const text = line.replace(/^[#>\-*\d.\s|]+/, "").trim();
      if (text.length < 30) continue;
      for (const s of text.split(/(?<=[.!?])\s+/)) if (s.length >= 25) out.push(s);
    }
  }
  return out;
}

/** A generated vocabulary: pronounceable words (place and organisation names, jargon), drawn with a Zipf-like skew. */
function vocabulary(rand: () => number, n: number): string[] {
  const on = ["b", "k", "l", "m", "n", "p", "r", "s", "t", "v", "z", "br", "st", "kr", "tr", "sch", "gr", "pl"];
  const nu = ["a", "e", "i", "o", "u", "ei", "au", "ie", "ar", "en", "or"];
  const words = new Set<string>();
  while (words.size < n) {
    const syll = 2 + Math.floor(rand() * 3);
    let w = "";
    for (let i = 0; i < syll; i++) w += on[Math.floor(rand() * on.length)] + nu[Math.floor(rand() * nu.length)];
    words.add(w);
  }
  return [...words];
}

const TITLES = {
  en: [
    "How we approached {x}",
    "Checklist: {x}",
    "Lessons from working with {x}",
    "Template for {x}",
    "Case study: {x}",
    "Practice guide on {x}",
  ],
  de: [
    "Wie wir {x} angesprochen haben",
    "Checkliste: {x}",
    "Erfahrungen mit {x}",
    "Vorlage für {x}",
    "Fallstudie: {x}",
    "Leitfaden zu {x}",
  ],
};
const SUBJECTS = {
  en: [
    "hotel chains",
    "a logistics company",
    "supply chain audits",
    "a bank's volunteering day",
    "hotline posters",
    "survivor employment",
    "a retailer's sourcing policy",
    "staff training on trafficking indicators",
    "in-kind donations",
    "a joint awareness campaign",
    "screening a new partner",
    "reporting results to donors",
  ],
  de: [
    "Hotelketten",
    "ein Logistikunternehmen",
    "Prüfungen der Lieferketten",
    "den Freiwilligentag einer Bank",
    "Hotline-Plakate",
    "Beschäftigung von Betroffenen",
    "die Einkaufsrichtlinie eines Händlers",
    "Schulungen des Personals zu Anzeichen von Menschenhandel",
    "Sachspenden",
    "eine gemeinsame Aufklärungskampagne",
    "die Prüfung eines neuen Partners",
    "Berichte an Geldgeber",
  ],
};

interface Org {
  id: string;
  userId: string;
}

/** Organisations and a network inserted directly (the bench measures search, not sign-up). */
async function seedOrgs(database: Database): Promise<{ reader: Org; peers: Org[]; strangers: Org[]; networkId: string }> {
  const make = async (label: string): Promise<Org> => {
    const id = randomUUID();
    const userId = randomUUID();
    await database.query(
      `insert into "user" (id, name, email, email_verified, created_at, updated_at) values ($1, $2, $3, true, now(), now())`,
      [userId, `Bench ${label}`, `bench-${label}-${id.slice(0, 8)}@example.org`],
    );
    await database.query(`insert into organization (id, name, slug, created_at) values ($1, $2, $3, now())`, [
      id,
      `Bench NGO ${label}`,
      `bench-${label}-${id.slice(0, 8)}`,
    ]);
    return { id, userId };
  };
  const reader = await make("reader");
  const peers = [await make("peer-1"), await make("peer-2"), await make("peer-3")];
  const strangers = [await make("stranger-1"), await make("stranger-2")];
  const networkId = randomUUID();
  await database.query(`insert into network (id, name) values ($1, 'Bench network')`, [networkId]);
  for (const o of [reader, ...peers])
    await database.query(`insert into network_member (network_id, organization_id, status, joined_at) values ($1, $2, 'active', now())`, [
      networkId,
      o.id,
    ]);
  // Another network the reader is not in, with its own items.
  const elsewhere = randomUUID();
  await database.query(`insert into network (id, name) values ($1, 'Bench other network')`, [elsewhere]);
  for (const o of strangers)
    await database.query(`insert into network_member (network_id, organization_id, status, joined_at) values ($1, $2, 'active', now())`, [
      elsewhere,
      o.id,
    ]);
  return { reader, peers, strangers, networkId };
}

/** Inserts `ITEMS` generated items; returns how many the reader may see. */
async function seedItems(database: Database, orgs: Awaited<ReturnType<typeof seedOrgs>>): Promise<{ visible: number; vocab: string[] }> {
  const rand = prng(20261207);
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(rand() * xs.length)];
  const zipf = <T>(xs: readonly T[]) => xs[Math.floor(xs.length * rand() ** 2.5)];
  const text = { en: sentences("en"), de: sentences("de") };
  const vocab = vocabulary(rand, 4000);
  const freeTags = ["hotels", "logistics", "banks", "retail", "agriculture", "construction", "volunteers", "training", "media"];
  const countries = ["DE", "AT", "PL", "RO", "BG", "GR", "IT", "FR", "NL", "RS"];
  const sectors = ["I55", "H49", "K64", "G47", "A01", "F41", "N78", "J61"];
  let visible = 0;
  const BATCH = 250;
  const now = Date.now();
  for (let start = 0; start < ITEMS; start += BATCH) {
    const values: unknown[] = [];
    const rows: string[] = [];
    for (let i = start; i < Math.min(ITEMS, start + BATCH); i++) {
      const language = rand() < 0.55 ? "en" : "de";
      // Who owns it and who may read it: 35% the reader's own, 35% its network peers', 30% strangers'.
      const r = rand();
      let org: Org;
      let scope: "private" | "network" | "public";
      let networkId: string | null = null;
      if (r < 0.35) {
        org = orgs.reader;
        scope = pick(["private", "private", "network", "public"] as const);
      } else if (r < 0.7) {
        org = pick(orgs.peers);
        scope = rand() < 0.2 ? "private" : rand() < 0.75 ? "network" : "public";
      } else {
        org = pick(orgs.strangers);
        scope = rand() < 0.85 ? "private" : "public";
      }
      if (scope === "network") networkId = orgs.networkId;
      if (scope === "public" && org !== orgs.reader && orgs.strangers.includes(org)) networkId = null;
      if (scope === "public" && !orgs.strangers.includes(org)) networkId = orgs.networkId;
      const seen = org === orgs.reader || scope === "public" || scope === "network";
      if (seen) visible++;
      const paragraphs: string[] = [];
      const nPar = 3 + Math.floor(rand() * 6);
      for (let p = 0; p < nPar; p++) {
        const nSent = 2 + Math.floor(rand() * 4);
        const ss: string[] = [];
        for (let s = 0; s < nSent; s++) {
          let sentence = pick(text[language]);
          // A few generated words in most sentences: names, places, jargon.
          if (rand() < 0.7) sentence += ` ${zipf(vocab)} ${rand() < 0.5 ? zipf(vocab) : ""}`.trimEnd();
          ss.push(sentence);
        }
        paragraphs.push((p === 0 ? "" : rand() < 0.3 ? "## " + pick(SUBJECTS[language]) + "\n\n" : "") + ss.join(" "));
      }
      const title = pick(TITLES[language]).replace(
        "{x}",
        rand() < 0.5 ? pick(SUBJECTS[language]) : `${pick(SUBJECTS[language])} ${zipf(vocab)}`,
      );
      const tags = [
        ...new Set([
          pick(KNOWLEDGE_NEEDS),
          ...(rand() < 0.4 ? [pick(KNOWLEDGE_NEEDS)] : []),
          ...(rand() < 0.5 ? [`country:${pick(countries)}`] : []),
          ...(rand() < 0.4 ? [`sector:${pick(sectors)}`] : []),
          ...(rand() < 0.5 ? [pick(freeTags)] : []),
        ]),
      ];
      const kind = pick(KNOWLEDGE_KINDS.filter((k) => k !== "engagement_mode"));
      const updated = new Date(now - Math.floor(rand() * 3 * 365 * 86_400_000));
      const base = values.length;
      values.push(org.id, networkId, kind, scope, language, title, paragraphs.join("\n\n"), tags, org.userId, updated, updated);
      rows.push(
        `(${Array.from({ length: 11 }, (_, k) => `$${base + k + 1}`).join(", ")}, 'published', ${`'${updated.toISOString().slice(0, 10)}'`})`,
      );
    }
    await database.query(
      `insert into knowledge_item (organization_id, network_id, kind, scope, language, title, body, tags, created_by, created_at, updated_at, status, reviewed_on) values ${rows.join(", ")}`,
      values,
    );
  }
  return { visible, vocab };
}

/** The query mix: what people type into the hub's search box, in both languages, some with the hub's filters. */
const queries = (vocab: string[]): Array<{ id: string; query: Record<string, string> }> => [
  { id: "en one word", query: { q: "partnership" } },
  { id: "en two words", query: { q: "hotel staff" } },
  { id: "en phrase", query: { q: '"supply chain"' } },
  { id: "en word, English only", query: { q: "donations", language: "en" } },
  { id: "en word + need tag", query: { q: "company", tags: "approach" } },
  { id: "en word − word", query: { q: "training -hotel" } },
  { id: "de one word (inflected)", query: { q: "Lieferkette" } },
  { id: "de two words", query: { q: "Unternehmen Schulung" } },
  { id: "de word + kind", query: { q: "Spenden", kind: "case_study" } },
  { id: "de title words", query: { q: "Hotline Plakate" } },
  // Generated words are drawn with a skew: an early one is common, a late one rare (a name, a place).
  { id: "generated word, common", query: { q: vocab[3] } },
  { id: "generated word, rare", query: { q: vocab[2500] } },
  { id: "no hit", query: { q: "zeppelinwerft" } },
  { id: "list, no search", query: {} },
  { id: "list by need tag", query: { tags: "risk" } },
];

interface Target {
  kind: "pglite" | "postgres";
  skipped?: string;
  seedMs?: number;
  visible?: number;
  load?: [number, number];
  rows: Array<{ id: string; total: number; t: Timing }>;
  mix?: Timing;
  /** "Linked from" on an item page: not a search, timed apart. */
  backlinks?: { found: number; t: Timing };
  plans?: string[];
}

async function openTarget(kind: "pglite" | "postgres"): Promise<{ database: Database; dispose: () => Promise<void> } | string> {
  if (kind === "pglite") {
    const dir = mkdtempSync(join(tmpdir(), "pw-bench-knowledge-"));
    const database = await openDatabase({ dataDir: join(dir, "pglite") });
    return {
      database,
      dispose: async () => {
        await database.close();
        rmSync(dir, { recursive: true, force: true });
      },
    };
  }
  const admin = await openDatabase({ url: PG_URL, max: 1 });
  try {
    await admin.query("select 1");
  } catch (e) {
    await admin.close().catch(() => undefined);
    return `PostgreSQL at ${PG_URL.replace(/\/\/[^@]*@/, "//…@")} is unreachable (${(e as Error).message}); set BENCH_DATABASE_URL`;
  }
  const name = `pw_bench_kn_${process.pid}_${Date.now().toString(36)}`;
  await admin.exec(`CREATE DATABASE ${name}`);
  const u = new URL(PG_URL);
  u.pathname = `/${name}`;
  const database = await openDatabase({ url: u.toString(), max: 10 });
  return {
    database,
    dispose: async () => {
      await database.close();
      await admin.exec(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await admin.close();
    },
  };
}

async function benchTarget(kind: "pglite" | "postgres"): Promise<Target> {
  progress(`${kind}: opening a fresh database`);
  const opened = await openTarget(kind);
  if (typeof opened === "string") {
    progress(`${kind}: skipped — ${opened}`);
    return { kind, skipped: opened, rows: [] };
  }
  const { database, dispose } = opened;
  try {
    await migrateDatabase(database);
    await seedBuiltIns(database.db);
    const orgs = await seedOrgs(database);
    progress(`${kind}: seeding ${ITEMS} items`);
    const t0 = performance.now();
    const { visible, vocab } = await seedItems(database, orgs);
    const QUERIES = queries(vocab);
    await database.exec("VACUUM ANALYZE knowledge_item");
    const seedMs = performance.now() - t0;
    progress(`${kind}: seeded in ${(seedMs / 1000).toFixed(1)} s; the reader sees ${visible}`);
    const reader: Reader = { orgId: orgs.reader.id, userId: orgs.reader.userId };
    const parsed = QUERIES.map((q) => KnowledgeListQuery.parse({ limit: "25", offset: "0", ...q.query }));
    const loadBefore = loadavg()[0];
    const rows: Target["rows"] = [];
    const all: number[] = [];
    for (const [i, q] of QUERIES.entries()) {
      const { total } = await listItems(database.db, reader, parsed[i]);
      const samples: number[] = [];
      const { one } = await measureEach(
        {
          one: async () => {
            const t = performance.now();
            await listItems(database.db, reader, parsed[i]);
            samples.push(performance.now() - t);
          },
        },
        { warmup: 5, n: RUNS },
      );
      all.push(...samples.slice(5));
      rows.push({ id: q.id, total, t: one });
      progress(`${kind}: ${q.id} (${total} found) p50 ${ms(one.p50)} p95 ${ms(one.p95)} ms`);
    }
    const mix = summarise(all);
    // "Linked from": some visible items link to one target (as the editor's picker writes links), then the item page's query.
    const [{ id: target }] = (
      await database.query<{ id: string }>("select id from knowledge_item where organization_id = $1 order by updated_at desc limit 1", [
        orgs.reader.id,
      ])
    ).rows;
    const linking = (
      await database.query<{ id: string }>("select id from knowledge_item where organization_id = $1 and id <> $2 order by id limit 12", [
        orgs.reader.id,
        target,
      ])
    ).rows.map((x) => x.id);
    // What saving those items through the app does: the link in the text, and its row in knowledge_link.
    for (const id of linking) {
      await database.query("update knowledge_item set body = body || $1 where id = $2", [
        `\n\nSee also [the guide](/knowledge/${target}).`,
        id,
      ]);
      await database.query("insert into knowledge_link (from_id, to_id) values ($1, $2)", [id, target]);
    }
    const found = (await backlinks(database.db, reader, target, 20)).length;
    const { one: back } = await measureEach({ one: () => backlinks(database.db, reader, target, 20) }, { warmup: 5, n: RUNS });
    progress(`${kind}: backlinks (${found} found) p50 ${ms(back.p50)} p95 ${ms(back.p95)} ms`);
    let plans: string[] | undefined;
    if (mix.p95 > TARGET[kind]) plans = await explainWorst(database, reader, rows, parsed);
    return { kind, seedMs, visible, rows, mix, backlinks: { found, t: back }, load: [loadBefore, loadavg()[0]], plans };
  } finally {
    await dispose();
  }
}

/** EXPLAIN ANALYZE of the slowest query's statements (when the target is missed). */
async function explainWorst(database: Database, reader: Reader, rows: Target["rows"], parsed: KnowledgeListQuery[]): Promise<string[]> {
  const worst = rows.reduce((a, b) => (b.t.p95 > a.t.p95 ? b : a));
  const q = parsed[rows.indexOf(worst)];
  const captured: Array<{ sql: string; params: unknown[] }> = [];
  const { drizzle: drizzlePg } = await import("drizzle-orm/node-postgres");
  const { drizzle: drizzlePglite } = await import("drizzle-orm/pglite");
  const logger = { logQuery: (sql: string, params: unknown[]) => void captured.push({ sql, params }) };
  const db = (database.kind === "postgres"
    ? drizzlePg(database.pool!, { casing: "snake_case", logger })
    : drizzlePglite(database.pglite!, { casing: "snake_case", logger })) as unknown as Database["db"];
  await listItems(db, reader, q);
  const out: string[] = [];
  for (const c of captured) {
    const r = await database.query<Record<string, string>>(`EXPLAIN (ANALYZE, BUFFERS) ${c.sql}`, c.params);
    out.push(`-- ${worst.id}\n${r.rows.map((x) => Object.values(x)[0]).join("\n")}`);
  }
  return out;
}

function render(results: Target[]): string {
  const out: string[] = [
    "## Knowledge hub search",
    "",
    `${ITEMS.toLocaleString("en")} generated items (English and German, built from the built-in items' sentences with a generated ` +
      "long-tail vocabulary) plus the built-in ones, owned by the reader's organisation, its network peers and organisations it shares " +
      "nothing with. Each query is `listItems` — the repository call behind `GET /api/v1/knowledge` (visibility, full-text match in each " +
      "item's language, filters, `ts_rank` order, first page of 25 and the total count) — timed in milliseconds after a warm-up, " +
      `${RUNS} runs each. Targets: p95 < ${TARGET.postgres} ms on PostgreSQL, < ${TARGET.pglite} ms on the embedded database.`,
    "",
  ];
  for (const r of results) {
    const name = r.kind === "postgres" ? "PostgreSQL" : "PGlite (embedded)";
    if (r.skipped) {
      out.push(`### ${name}`, "", `Skipped: ${r.skipped}.`, "");
      continue;
    }
    const met = r.mix!.p95 < TARGET[r.kind];
    out.push(
      `### ${name}`,
      "",
      `Seeded and analysed in ${((r.seedMs ?? 0) / 1000).toFixed(1)} s; the reader may see ${r.visible!.toLocaleString("en")} of the generated items. ` +
        `Load average (1 min) ${r.load![0].toFixed(2)} before, ${r.load![1].toFixed(2)} after.`,
      "",
      table(
        ["query", "found", "p50 ms", "p95 ms", "max ms"],
        r.rows.map((x) => [x.id, x.total, ms(x.t.p50), ms(x.t.p95), ms(x.t.max)]),
      ),
      "",
      `**All queries: p50 ${ms(r.mix!.p50)} ms, p95 ${ms(r.mix!.p95)} ms — target p95 < ${TARGET[r.kind]} ms ${met ? "met" : "MISSED"}.**`,
      "",
      `Not a search, timed apart: an item page's "Linked from" (\`backlinks\`, ${r.backlinks!.found} items link to the target; ` +
        `looked up in \`knowledge_link\`) p50 ${ms(r.backlinks!.t.p50)} ms, p95 ${ms(r.backlinks!.t.p95)} ms.`,
      "",
    );
    if (r.plans?.length) out.push("Plans of the slowest query:", "", "```", ...r.plans, "```", "");
  }
  const notes = join(dirname(fileURLToPath(import.meta.url)), "knowledge.notes.md");
  if (existsSync(notes)) out.push(readFileSync(notes, "utf8").trim());
  return out.join("\n");
}

/** Runs the section on PGlite and on PostgreSQL and returns its markdown. */
export async function run(): Promise<string> {
  const results: Target[] = [];
  const only = process.env.BENCH_KNOWLEDGE_TARGETS?.split(",");
  for (const kind of ["pglite", "postgres"] as const) if (!only || only.includes(kind)) results.push(await benchTarget(kind));
  return render(results);
}
