import { cpSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { inject } from "vitest";
import { openDatabase, type Database } from "../../src/platform/db.js";
import { withDatabase } from "./global.js";

/** A fresh, migrated database for one test file (copied from the run's template); call `dispose` after. */
export async function freshDatabase(): Promise<{ database: Database; dispose: () => Promise<void> }> {
  if (process.env.TEST_DB_KIND === "postgres") {
    const url = process.env.TEST_DATABASE_URL!;
    const name = `${inject("pgTemplate")}_${Math.random().toString(36).slice(2, 10)}`;
    const admin = await openDatabase({ url, max: 1 });
    await admin.exec(`CREATE DATABASE ${name} TEMPLATE ${inject("pgTemplate")}`);
    const database = await openDatabase({ url: withDatabase(url, name), max: 5 });
    return {
      database,
      dispose: async () => {
        await database.close();
        await admin.exec(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
        await admin.close();
      },
    };
  }
  const dir = mkdtempSync(join(tmpdir(), "pw-test-"));
  cpSync(inject("pgliteTemplate"), join(dir, "pglite"), { recursive: true });
  const database = await openDatabase({ dataDir: join(dir, "pglite") });
  return {
    database,
    dispose: async () => {
      await database.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
