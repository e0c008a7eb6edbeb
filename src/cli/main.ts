import { readFileSync } from "node:fs";
import { Command } from "commander";
import { registerAdminCommands } from "./admin.command.js";
import { registerAssessmentCommands } from "./assessment.command.js";
import { registerCompaniesCommands } from "./companies.command.js";
import { registerDbCommands } from "./db.command.js";
import { registerImportsCommands } from "./imports.command.js";
import { registerNamesCommands } from "./names.command.js";
import { registerScreenCommand } from "./screen.command.js";
import { registerWatchlistCommands } from "./watchlist.command.js";

const program = new Command();
const { version } = JSON.parse(readFileSync(new URL("../../package.json", import.meta.url), "utf8")) as { version: string };
program
  .name("partnerwise")
  .description("Partnerwise: NGO–business partnerships against human trafficking")
  .version(version, "-V, --version", "print the version")
  .showHelpAfterError();

program
  .command("serve")
  .description("Start the web server (migrates the database and seeds the demo on first start)")
  .action(async () => {
    const { startServer } = await import("../server/serve.js");
    await startServer();
  });

registerDbCommands(program);
registerAdminCommands(program);
registerCompaniesCommands(program);
registerImportsCommands(program);
registerWatchlistCommands(program);
registerScreenCommand(program);
registerNamesCommands(program);
registerAssessmentCommands(program);

program.parseAsync(process.argv).catch((err: unknown) => {
  console.error(err instanceof Error ? err.message : String(err));
  process.exit(1);
});
