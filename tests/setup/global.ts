import { cpSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { TestProject } from "vitest/node";
import { migrateDatabase, openDatabase } from "../../src/platform/db.js";

// One migrated template per run: PGlite as a data folder each test file copies, PostgreSQL as a
// template database each test file clones. Migrating once keeps every file's setup well under a second.
export default async function setup(project: TestProject) {
  const kind = project.config.env?.TEST_DB_KIND ?? "pglite";
  if (kind === "postgres") {
    const url = process.env.TEST_DATABASE_URL!;
    const template = `pw_tpl_${process.pid}_${Date.now().toString(36)}`;
    const admin = await openDatabase({ url, max: 1 });
    await admin.exec(`CREATE DATABASE ${template}`);
    const db = await openDatabase({ url: withDatabase(url, template), max: 1 });
    await migrateDatabase(db);
    await db.close();
    project.provide("pgTemplate", template);
    return async () => {
      const rows = await admin.query<{ datname: string }>(`select datname from pg_database where datname like $1`, [`${template}%`]);
      for (const r of rows.rows) await admin.exec(`DROP DATABASE IF EXISTS ${r.datname} WITH (FORCE)`);
      await admin.close();
    };
  }
  const dir = mkdtempSync(join(tmpdir(), "pw-tpl-"));
  const db = await openDatabase({ dataDir: join(dir, "pglite") });
  await migrateDatabase(db);
  await db.close();
  project.provide("pgliteTemplate", join(dir, "pglite"));
  return () => rmSync(dir, { recursive: true, force: true });
}

export function withDatabase(url: string, name: string): string {
  const u = new URL(url);
  u.pathname = `/${name}`;
  return u.toString();
}

declare module "vitest" {
  export interface ProvidedContext {
    pgTemplate: string;
    pgliteTemplate: string;
  }
}
void cpSync;
