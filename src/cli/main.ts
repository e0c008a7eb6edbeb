import { Command } from "commander";

const program = new Command();
program.name("partnerwise").description("Partnerwise: NGO–business partnerships against human trafficking").showHelpAfterError();

program
  .command("serve")
  .description("Start the web server (migrates the database and seeds the demo on first start)")
  .action(async () => {
    const { startServer } = await import("../server/serve.js");
    await startServer();
  });

const db = program.command("db").description("Database maintenance");
db.command("migrate")
  .description("Apply pending migrations to the configured database")
  .action(async () => {
    const { env } = await import("../platform/env.js");
    const { openConfiguredDatabase } = await import("../server/boot.js");
    const database = await openConfiguredDatabase(env());
    await database.close();
    console.log("Migrations applied.");
  });

program.parseAsync(process.argv).catch((err: unknown) => {
  console.error(err instanceof Error ? err.message : String(err));
  process.exit(1);
});
