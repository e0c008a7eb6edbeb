// Writes the OpenAPI document the server serves at /api/openapi.json to a file (default dist/openapi.json), for
// `npm run lint:openapi` and client generators: `npx tsx scripts/openapi.ts [file] [--types file.ts]`; with
// `--types`, also the TypeScript types openapi-typescript makes of it (`npm run generate:client`).
// The document needs no database: the app is built on a PostgreSQL pool that is never asked to connect.
import { randomBytes } from "node:crypto";
import { mkdirSync, writeFileSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { openDatabase } from "../src/platform/db.js";
import { parseEnv } from "../src/platform/env.js";
import { createMailer } from "../src/platform/mailer.js";
import { createApp } from "../src/server/app.js";
import { renderApiTypes } from "../tests/setup/api-types.js";

const args = process.argv.slice(2);
const typesAt = args.indexOf("--types");
const typesFile = typesAt >= 0 ? args.splice(typesAt, 2)[1] : undefined;
const out = resolve(args[0] ?? "dist/openapi.json");
const env = parseEnv({ NODE_ENV: "production", PARTNERWISE_LOG_LEVEL: "silent" });
const database = await openDatabase({ url: "postgres://unused@127.0.0.1:1/unused", max: 1 });
const { app } = createApp({ database, env, mailer: createMailer(undefined, env.SMTP_FROM), secret: randomBytes(32).toString("hex") });
const res = await app.request("http://localhost/api/openapi.json");
if (res.status !== 200) throw new Error(`GET /api/openapi.json answered ${res.status}: ${await res.text()}`);
const document = (await res.json()) as object;
mkdirSync(dirname(out), { recursive: true });
writeFileSync(out, `${JSON.stringify(document, null, 2)}\n`);
await database.close();
console.log(`OpenAPI document written to ${out}`);
if (typesFile) {
  writeFileSync(resolve(typesFile), await renderApiTypes(document));
  console.log(`Client types written to ${typesFile}`);
}
