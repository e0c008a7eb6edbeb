import { eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { MAX_BATCH_ATTEMPTS, recoverBatches, runBatchJob } from "../../src/domains/watchlists/watchlists.batch.js";
import { screeningBatch } from "../../src/domains/watchlists/watchlists.table.js";
import { MAX_CSV_COLUMNS } from "../../src/domains/watchlists/watchlists.screen.js";
import { JobTimeout, startJobs, type JobRunner } from "../../src/platform/jobs.js";
import { isProblem, ownerWithOrg, useTestApp, type Account, type Res } from "../setup/app.js";

// Batch screening as a background job that cannot hang or loop: a batch interrupted by a crash is queued again
// and resumes where it stopped; one interrupted on every attempt is abandoned (a poison job) and never run again;
// a run out of its time budget stops and is abandoned with a sanitised, coded reason. And a CSV wider than the
// documented column limit is refused before its rows are read.

const app = useTestApp();
let jobs: JobRunner;
let owner: Account;

beforeAll(async () => {
  jobs = await startJobs(app.get().database, { pollingIntervalSeconds: 0.5 });
  owner = await ownerWithOrg(app.get(), "NGO Batch Jobs");
});
afterAll(async () => {
  await jobs?.stop();
});

function csvForm(csv: string): FormData {
  const f = new FormData();
  f.append("file", new File([csv], "names.csv", { type: "text/csv" }));
  return f;
}

const NAMES = Array.from({ length: 12 }, (_, i) => `Nordlicht Textil ${i + 1} GmbH`);

async function until(path: string, done: (b: any) => boolean, ms = 60_000): Promise<Res> {
  const deadline = Date.now() + ms;
  for (;;) {
    const r = await owner.client.get(path);
    if (r.status !== 200 || done(r.body) || Date.now() > deadline) return r;
    await new Promise((res) => setTimeout(res, 200));
  }
}

/** A batch of NAMES, screened to the end by the job runner. */
async function doneBatch(): Promise<string> {
  const created = await owner.client.post("/api/v1/screening-batches", csvForm(`name\n${NAMES.join("\n")}\n`));
  expect(created.status).toBe(202);
  const id = created.body.id as string;
  const done = await until(`/api/v1/screening-batches/${id}`, (b) => b.status === "done");
  expect(done.body.status).toBe("done");
  return id;
}

/** What a crash leaves: the batch "running" since long ago, rows after `screened` not screened. */
async function crashedMidway(id: string, attempts: number, screened: number): Promise<void> {
  const db = app.get().database.db;
  await db.execute(sql`update screening_batch_row set matches = null where batch_id = ${id} and row_no > ${screened}`);
  await db
    .update(screeningBatch)
    .set({ status: "running", attempts, processed: screened, finishedAt: null, heartbeatAt: sql`now() - interval '1 hour'` })
    .where(eq(screeningBatch.id, id));
}

async function unscreened(id: string): Promise<number> {
  const r = await app
    .get()
    .database.query<{ n: number }>(
      `select count(*)::int as n from screening_batch_row where batch_id = '${id}' and matches is null and rejected is null`,
    );
  return Number(r.rows[0].n);
}

describe("batch screening jobs", () => {
  it("a batch interrupted by a crash is queued again at start-up and resumes where it stopped", async () => {
    const id = await doneBatch();
    await crashedMidway(id, 1, 5);
    expect(await unscreened(id)).toBe(NAMES.length - 5);

    await recoverBatches(app.get().database, true);
    const resumed = await until(`/api/v1/screening-batches/${id}`, (b) => b.status === "done");
    expect(resumed.body).toMatchObject({ status: "done", processed: NAMES.length, total: NAMES.length, error: null });
    expect(await unscreened(id)).toBe(0);
    const [row] = await app.get().database.db.select().from(screeningBatch).where(eq(screeningBatch.id, id));
    expect(row.attempts).toBe(2);
  });

  it(`after ${MAX_BATCH_ATTEMPTS} interrupted attempts a batch is abandoned with its reason and never run again`, async () => {
    const id = await doneBatch();
    await crashedMidway(id, MAX_BATCH_ATTEMPTS, 3);
    await recoverBatches(app.get().database, true);

    const got = await owner.client.get(`/api/v1/screening-batches/${id}`);
    expect(got.body).toMatchObject({ status: "abandoned", errorCode: "interrupted", errorParams: { attempts: MAX_BATCH_ATTEMPTS } });
    expect(got.body.error).toMatch(/3 interrupted attempts.*not retried/);
    // Not queued again: the job runner leaves it alone, and a run started by hand claims nothing.
    await new Promise((r) => setTimeout(r, 1500));
    await runBatchJob(app.get().database, { batchId: id });
    const later = await owner.client.get(`/api/v1/screening-batches/${id}`);
    expect(later.body.status).toBe("abandoned");
    expect(await unscreened(id)).toBe(NAMES.length - 3);
    const [row] = await app.get().database.db.select().from(screeningBatch).where(eq(screeningBatch.id, id));
    expect(row.attempts).toBe(MAX_BATCH_ATTEMPTS);

    // A queued run past the last attempt (pg-boss retrying an expired run) is abandoned at its claim.
    await app.get().database.db.update(screeningBatch).set({ status: "queued" }).where(eq(screeningBatch.id, id));
    await runBatchJob(app.get().database, { batchId: id });
    const claimed = await owner.client.get(`/api/v1/screening-batches/${id}`);
    expect(claimed.body).toMatchObject({ status: "abandoned", errorCode: "interrupted" });
    expect(await unscreened(id)).toBe(NAMES.length - 3);
  });

  it("a run out of its time budget stops between chunks and is abandoned with a sanitised, coded reason", async () => {
    const id = await doneBatch();
    await crashedMidway(id, 0, 2);
    await app.get().database.db.update(screeningBatch).set({ status: "queued" }).where(eq(screeningBatch.id, id));
    await runBatchJob(app.get().database, { batchId: id }, AbortSignal.abort(new JobTimeout(120)));
    const got = await owner.client.get(`/api/v1/screening-batches/${id}`);
    expect(got.body).toMatchObject({ status: "abandoned", errorCode: "out_of_time", errorParams: { minutes: 2 } });
    expect(got.body.error).toMatch(/ran out of time/);
    expect(await unscreened(id)).toBe(NAMES.length - 2);

    // Whatever stops a run, its reason is stored without control characters (PostgreSQL refuses U+0000 in text).
    const other = await doneBatch();
    await crashedMidway(other, 0, 0);
    await app.get().database.db.update(screeningBatch).set({ status: "queued" }).where(eq(screeningBatch.id, other));
    await runBatchJob(app.get().database, { batchId: other }, AbortSignal.abort(new Error("disk\u0000gone\u0007 at /var/x")));
    const stopped = await owner.client.get(`/api/v1/screening-batches/${other}`);
    expect(stopped.body.status).toBe("abandoned");
    expect(stopped.body.error).toMatch(/disk.gone/);
    expect(stopped.body.error).not.toMatch(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/);
    expect((await owner.client.get("/api/health")).status).toBe(200);
  });

  it(`refuses a CSV wider than ${MAX_CSV_COLUMNS} columns with 422 naming the limit, before reading its rows`, async () => {
    const header = (n: number) => ["name", ...Array.from({ length: n - 1 }, (_, i) => `extra${i + 1}`)].join(",");
    const row = (n: number) => ["Nordlicht Textil GmbH", ...Array.from({ length: n - 1 }, () => "x")].join(",");
    const fits = await owner.client.post("/api/v1/screening-batches", csvForm(`${header(MAX_CSV_COLUMNS)}\n${row(MAX_CSV_COLUMNS)}\n`));
    expect(fits.status).toBe(202);

    const wide = await owner.client.post(
      "/api/v1/screening-batches",
      csvForm(`${header(MAX_CSV_COLUMNS + 1)}\n${row(MAX_CSV_COLUMNS + 1)}\n`),
    );
    expect(isProblem(wide, 422)).toBe(true);
    expect(wide.body.errors[0]).toMatchObject({ path: "file", code: "too_many_columns", params: { maximum: MAX_CSV_COLUMNS } });
    expect(wide.body.detail).toContain(String(MAX_CSV_COLUMNS));

    // A narrow header, then one row of 150,000 cells (300 KB): refused at that row, at once.
    const started = performance.now();
    const huge = await owner.client.post("/api/v1/screening-batches", csvForm(`name,country\nA,DE\n${"x,".repeat(150_000)}\nB,FR\n`));
    expect(isProblem(huge, 422)).toBe(true);
    expect(huge.body.errors[0]).toMatchObject({ path: "file", code: "too_many_columns" });
    expect(performance.now() - started).toBeLessThan(5_000);
    expect((await owner.client.get("/api/health")).status).toBe(200);
  });
});
