import PgBoss from "pg-boss";
import type { Database } from "./db.js";
import { log } from "./logger.js";
import { createMailer, type Mailer } from "./mailer.js";

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
}

export type JobHandler<T extends object> = (data: T, job: JobContext) => Promise<void>;

interface JobDef {
  name: string;
  handler: JobHandler<never>;
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
}

const defs = new Map<string, JobDef>();
const runners = new Map<Database, JobRunner>();

/** Declares a job type and its handler. Call at module load, before the runner starts. */
export function defineJob<T extends object>(name: string, handler: JobHandler<T>, opts: { expireInSeconds?: number; retryLimit?: number; cron?: string } = {}): { name: string } {
  defs.set(name, { name, handler: handler as JobHandler<never>, expireInSeconds: opts.expireInSeconds ?? 15 * 60, retryLimit: opts.retryLimit ?? 2, cron: opts.cron });
  return { name };
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
    const boss = new PgBoss({ db: adapter(database), schedule: scheduled.length > 0, cronMonitorIntervalSeconds: 30, cronWorkerIntervalSeconds: 30, supervise: true, migrate: true });
    boss.on("error", (err: Error) => log.warn("job runner error", { error: err.message }));
    await boss.start();
    const runner = new JobRunner(boss, database);
    const context: JobContext = { database, mailer: opts.mailer ?? createMailer(undefined, "Partnerwise"), baseUrl: opts.baseUrl };
    for (const def of defs.values()) {
      await boss.createQueue(def.name, { name: def.name, retryLimit: def.retryLimit, expireInSeconds: def.expireInSeconds });
      // Scheduled jobs are queued at most once a tick: polling their queue every 30 s is plenty.
      const polling = def.cron ? Math.max(30, opts.pollingIntervalSeconds ?? 1) : (opts.pollingIntervalSeconds ?? 1);
      await boss.work<object>(def.name, { pollingIntervalSeconds: polling, batchSize: 1 }, async (jobs) => {
        for (const job of jobs) await def.handler(job.data as never, context);
      });
      if (def.cron && scheduled.includes(def)) await boss.schedule(def.name, def.cron, {}, { tz: "UTC" });
      else if (def.cron) await boss.unschedule(def.name);
    }
    runners.set(database, runner);
    return runner;
  }

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
    await this.boss.stop({ graceful: true, wait: true, timeout: timeoutMs, close: false });
  }
}

/** Starts the job runner for a database (once per database; later calls return the same runner). */
export function startJobs(database: Database, opts: StartOptions = {}): Promise<JobRunner> {
  return JobRunner.start(database, opts);
}

/** Queues a job on the runner of this database; fails when no runner was started (e.g. a CLI process). */
export async function enqueueJob(database: Database, name: string, data: object): Promise<string> {
  const runner = runners.get(database);
  if (!runner) throw new Error("Background jobs are not running in this process: start the server (partnerwise serve).");
  return runner.send(name, data);
}
