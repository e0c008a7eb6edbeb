import PgBoss from "pg-boss";
import type { Database } from "./db.js";
import { log } from "./logger.js";
import { createMailer, type Mailer } from "./mailer.js";
import { errorText, storableText } from "../shared/storable-text.js";

// The one background-job runner: pg-boss 10 on the app's own database (PGlite through an executeSql
// adapter, PostgreSQL through the app's pool, where several instances share one queue). Domains define
// their jobs at import time; the server starts the runner; services enqueue with `enqueueJob`.
// Handlers must be idempotent: a job interrupted by a restart runs again after it expires.
// A job defined with `cron` is also scheduled (pg-boss's cron, UTC): with several instances on one
// PostgreSQL database only one of them queues each tick.

export interface JobContext {
  database: Database;
  mailer: Mailer;
  /** The public URL of the server (PARTNERWISE_BASE_URL), for links in mails. */
  baseUrl?: string;
  /** Aborted once the run has used its time budget; long handlers check it between chunks of work. */
  signal?: AbortSignal;
}

/** Thrown (as the abort reason) when a job ran out of its time budget. */
export class JobTimeout extends Error {
  constructor(readonly seconds: number) {
    super(`The job ran out of time (its budget is ${Math.round(seconds / 60)} minutes).`);
  }
}

export type JobHandler<T extends object> = (data: T, job: JobContext) => Promise<void>;

interface JobDef {
  name: string;
  handler: JobHandler<never>;
  /** Seconds a run may work before its signal is aborted (the job's time budget). */
  budgetSeconds: number;
  /** Seconds a running job may take before pg-boss considers it lost and retries it. */
  expireInSeconds: number;
  retryLimit: number;
  /** Cron expression (UTC) when the job also runs on a schedule. */
  cron?: string;
}

export interface StartOptions {
  pollingIntervalSeconds?: number;
  mailer?: Mailer;
  baseUrl?: string;
  /** Scheduled jobs to leave unscheduled (their setting is off); an existing schedule is removed. */
  unscheduled?: string[];
  /** Budget of one run of a long job (list import, batch screening): PARTNERWISE_JOB_BUDGET_MINUTES, default 60. */
  longJobBudgetMinutes?: number;
}

let longBudgetSeconds = 60 * 60;

/** The time budget of a long job's run, in seconds, as the runner was started with (PARTNERWISE_JOB_BUDGET_MINUTES). */
export function longJobBudgetSeconds(): number {
  return longBudgetSeconds;
}

const defs = new Map<string, JobDef>();
const runners = new Map<Database, JobRunner>();

/**
 * Declares a job type and its handler. Call at module load, before the runner starts. `budgetSeconds` (default
 * 10 minutes) aborts the run's signal; pg-boss gives up on a run a minute after that (`expireInSeconds`).
 */
export function defineJob<T extends object>(
  name: string,
  handler: JobHandler<T>,
  opts: { budgetSeconds?: number | (() => number); retryLimit?: number; cron?: string } = {},
): { name: string } {
  const budget = opts.budgetSeconds ?? 10 * 60;
  defs.set(name, {
    name,
    handler: handler as JobHandler<never>,
    // A function is read when the runner starts (settings are parsed then, not at module load).
    get budgetSeconds() {
      return typeof budget === "function" ? budget() : budget;
    },
    get expireInSeconds() {
      return this.budgetSeconds + 60;
    },
    retryLimit: opts.retryLimit ?? 2,
    cron: opts.cron,
  });
  return { name };
}

/**
 * Start-up and periodic repair of work a stopped process left behind (stale runs, orphan rows). `startup` is
 * true for the run before this process starts any job: on PGlite (one process per database) every run still
 * marked running is then known to be dead.
 */
export type Recovery = (database: Database, startup: boolean) => Promise<void>;
const recoveries: Array<{ name: string; run: Recovery }> = [];

/** Registers a recovery: run when the job runner starts and then every minute. Call at module load. */
export function defineRecovery(name: string, run: Recovery): void {
  if (!recoveries.some((r) => r.name === name)) recoveries.push({ name, run });
}

async function recover(database: Database, startup: boolean): Promise<void> {
  for (const r of recoveries) {
    try {
      await r.run(database, startup);
    } catch (err) {
      log.warn("job recovery failed", { recovery: r.name, error: errorText(err) });
    }
  }
}

/** One run of a handler: within its time budget, its error logged and handed to pg-boss storable. */
async function runOne(def: JobDef, job: { id: string; data: unknown }, context: Omit<JobContext, "signal">): Promise<void> {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(new JobTimeout(def.budgetSeconds)), def.budgetSeconds * 1000);
  timer.unref();
  try {
    await def.handler(job.data as never, { ...context, signal: controller.signal });
  } catch (err) {
    const message = errorText(err);
    log.warn(`job ${def.name} failed`, { jobId: job.id, error: message });
    // pg-boss records what it is given: never the raw error, whose message may quote anything.
    throw new Error(message);
  } finally {
    clearTimeout(timer);
  }
}

/** pg-boss's database adapter: multi-statement scripts (no parameters) go through exec, the rest through query. */
function adapter(database: Database): PgBoss.Db {
  if (database.pglite) {
    const pglite = database.pglite;
    return {
      executeSql: async (text, values) => {
        if (values && values.length) {
          const r = await pglite.query(text, values);
          return { rows: r.rows as unknown[] };
        }
        const results = await pglite.exec(text);
        return { rows: (results.at(-1)?.rows ?? []) as unknown[] };
      },
    };
  }
  const pool = database.pool!;
  return {
    executeSql: async (text, values) => {
      const r = (await pool.query(text, values && values.length ? values : undefined)) as unknown;
      const last = Array.isArray(r) ? r.at(-1) : r;
      return { rows: (last as { rows?: unknown[] } | undefined)?.rows ?? [] };
    },
  };
}

export class JobRunner {
  private constructor(
    private readonly boss: PgBoss,
    private readonly database: Database,
  ) {}

  /** Starts pg-boss on the database (creating its schema on first start) and works every defined job. */
  static async start(database: Database, opts: StartOptions = {}): Promise<JobRunner> {
    const existing = runners.get(database);
    if (existing) return existing;
    const scheduled = [...defs.values()].filter((d) => d.cron && !opts.unscheduled?.includes(d.name));
    // The cron clock only runs when something is scheduled; it checks twice a minute (hourly jobs need no more).
    const boss = new PgBoss({
      db: adapter(database),
      schedule: scheduled.length > 0,
      cronMonitorIntervalSeconds: 30,
      cronWorkerIntervalSeconds: 30,
      supervise: true,
      migrate: true,
    });
    boss.on("error", (err: Error) => log.warn("job runner error", { error: err.message }));
    await boss.start();
    const runner = new JobRunner(boss, database);
    const context = { database, mailer: opts.mailer ?? createMailer(undefined, "Partnerwise"), baseUrl: opts.baseUrl };

    for (const def of defs.values()) {
      await boss.createQueue(def.name, { name: def.name, retryLimit: def.retryLimit, expireInSeconds: def.expireInSeconds });
      // Scheduled jobs are queued at most once a tick: polling their queue every 30 s is plenty.
      const polling = def.cron ? Math.max(30, opts.pollingIntervalSeconds ?? 1) : (opts.pollingIntervalSeconds ?? 1);
      await boss.work<object>(def.name, { pollingIntervalSeconds: polling, batchSize: 1 }, async (jobs) => {
        for (const job of jobs) await runOne(def, job, context);
      });
      if (def.cron && scheduled.includes(def)) await boss.schedule(def.name, def.cron, {}, { tz: "UTC" });
      else if (def.cron) await boss.unschedule(def.name);
    }
    runners.set(database, runner);
    // What a stopped process left running is failed or queued again (before the HTTP server listens).
    await recover(database, true);
    runner.sweeper = setInterval(() => void recover(database, false), 60_000);
    runner.sweeper.unref();
    return runner;
  }

  private sweeper?: NodeJS.Timeout;

  /** Queues a job of a defined type; returns the job id. */
  async send(name: string, data: object): Promise<string> {
    if (!defs.has(name)) throw new Error(`unknown job ${name}`);
    const id = await this.boss.send(name, data);
    if (!id) throw new Error(`job ${name} was not queued`);
    return id;
  }

  /** Stops polling and waits (up to `timeoutMs`) for running jobs to finish. */
  async stop(timeoutMs = 10_000): Promise<void> {
    runners.delete(this.database);
    clearInterval(this.sweeper);
    await this.boss.stop({ graceful: true, wait: true, timeout: timeoutMs, close: false });
  }
}

/** Starts the job runner for a database (once per database; later calls return the same runner). */
export function startJobs(database: Database, opts: StartOptions = {}): Promise<JobRunner> {
  if (opts.longJobBudgetMinutes !== undefined) longBudgetSeconds = opts.longJobBudgetMinutes * 60;
  return JobRunner.start(database, opts);
}

/** Queues a job on the runner of this database; fails when no runner was started (e.g. a CLI process). */
export async function enqueueJob(database: Database, name: string, data: object): Promise<string> {
  const runner = runners.get(database);
  if (!runner) throw new Error("Background jobs are not running in this process: start the server (partnerwise serve).");
  return runner.send(name, data);
}

/** Whether an error escaped from the job runner (pg-boss's own bookkeeping of a run), judged by its stack. */
function fromJobRunner(err: unknown): boolean {
  const stack = err instanceof Error ? (err.stack ?? "") : "";
  return /[\\/]node_modules[\\/]pg-boss[\\/]/.test(stack);
}

/**
 * Keeps the process alive when the job runner's own bookkeeping fails outside any handler (a rejected promise
 * nobody awaits): that is logged, and the job is left to the recoveries. Any other unhandled error still ends
 * the process, as Node would, so real bugs are not hidden.
 */
export function guardProcessAgainstJobErrors(): void {
  const handle = (kind: string) => (err: unknown) => {
    if (fromJobRunner(err)) {
      log.error(`job runner: ${kind} (the process keeps running)`, {
        error: storableText(err instanceof Error ? (err.stack ?? err.message) : String(err), 10_000),
      });
      return;
    }
    log.error(`${kind}: stopping`, { error: err instanceof Error ? (err.stack ?? err.message) : String(err) });
    process.exit(1);
  };
  process.on("unhandledRejection", handle("unhandled rejection"));
  process.on("uncaughtException", handle("uncaught exception"));
}
