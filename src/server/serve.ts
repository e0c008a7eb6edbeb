import { randomBytes } from "node:crypto";
import { serve } from "@hono/node-server";
import { refuseWhenBusy } from "../cli/run-op.js";
import { env } from "../platform/env.js";
import { log } from "../platform/logger.js";
import { bootApp } from "./boot.js";
import { guardProcessAgainstJobErrors, startJobs } from "../platform/jobs.js";
import { seedDemoIfEmpty } from "../domains/demo/demo.seed.js";
import { seedBuiltIns } from "../domains/knowledge/knowledge.service.js";
import { TASK_REMINDERS_JOB } from "../domains/engagements/engagements.reminders.js";
import { RENEWAL_REMINDERS_JOB } from "../domains/health/health.reminders.js";

/** Starts the HTTP server: migrate, seed the demo on an empty database, listen, stop cleanly on signals. */
export async function startServer(): Promise<void> {
  const e = env();
  guardProcessAgainstJobErrors();
  const started = Date.now();
  // The command-line tools reach this server with this secret while it owns the embedded database.
  const cliSecret = randomBytes(32).toString("base64url");
  const { app, auth, database, mailer, setPort } = await bootApp(e, {
    opener: { role: "server", command: "serve" },
    cliSecret: e.DATABASE_URL ? undefined : cliSecret,
  }).catch((err: unknown) => refuseWhenBusy(err, "run `partnerwise serve` again"));
  log.info(
    `database ready (${database.kind}${database.kind === "pglite" ? `, ${e.PARTNERWISE_DATA_DIR}` : ""}) in ${Date.now() - started} ms`,
  );
  // The knowledge hub's built-in items (engagement modes, the worked example) are there on every instance.
  await seedBuiltIns(database.db);
  const demo = e.PARTNERWISE_SEED_DEMO ? await seedDemoIfEmpty(database, auth) : null;
  // Reminders are scheduled pg-boss jobs; a setting turned off removes its schedule.
  const unscheduled = [
    ...(e.PARTNERWISE_TASK_REMINDERS ? [] : [TASK_REMINDERS_JOB]),
    ...(e.PARTNERWISE_RENEWAL_REMINDERS ? [] : [RENEWAL_REMINDERS_JOB]),
  ];
  const jobs = await startJobs(database, {
    mailer,
    baseUrl: e.PARTNERWISE_BASE_URL,
    unscheduled,
    longJobBudgetMinutes: e.PARTNERWISE_JOB_BUDGET_MINUTES,
  });
  const server = serve({ fetch: app.fetch, port: e.PORT, hostname: e.HOST }, (info) => {
    setPort(info.port);
    database.lock?.update({ port: info.port, host: e.HOST, secret: cliSecret });
    const url = e.PARTNERWISE_BASE_URL ?? `http://localhost:${info.port}`;
    log.info(`Partnerwise is running at ${url}`);
    if (demo) log.info(`Demo login: ${demo.email} / ${demo.password}  (second NGO: ${demo.otherEmail} / ${demo.password})`);
  });
  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    log.info(`${signal}: stopping`);
    server.close();
    await jobs.stop().catch(() => undefined);
    await database.close().catch(() => undefined);
    process.exit(0);
  };
  process.on("SIGINT", () => void stop("SIGINT"));
  process.on("SIGTERM", () => void stop("SIGTERM"));
}
