import type { Command } from "commander";
import { printJson } from "./output.js";
import { runOp } from "./run-op.js";

// `partnerwise imports undo ID`: the API's undo of a whole import batch (POST /api/v1/imports/{id}/undo),
// acting as a member of the batch's organisation.

/** `partnerwise imports …`: import batches. */
export function registerImportsCommands(program: Command): void {
  const imports = program.command("imports").description("Import batches (companies and contacts imports)");

  imports
    .command("undo")
    .description("Undo a whole import: removes what it created and restores what it merged (once per import)")
    .argument("<id>", "the batch id an import printed (also listed in the app under Import history)")
    .option("--org <slug>", "the organisation (default: the only one)")
    .option("--as <email>", "the member who undoes it (default: the organisation's owner); recorded in the audit log")
    .option("--json", "print {batch, removed, restored, keptChanges} as JSON")
    .addHelpText("after", "\nExample:\n  partnerwise imports undo 0b6c7e0a-3f7d-4a51-9a0e-5c2d1f3e4b6a --org la-strada")
    .action(async (id: string, opts: { org?: string; as?: string; json?: boolean }) => {
      const r = await runOp("imports.undo", { id, org: opts.org, as: opts.as });
      if (opts.json) return printJson({ batch: r.batch, removed: r.removed, restored: r.restored, keptChanges: r.keptChanges });
      console.log(
        `Undid the import of ${r.batch?.filename ?? "a file"} in ${r.org.name} (${r.org.slug}) as ${r.actor}: removed ${r.removed.companies} companies and ${r.removed.contacts} contacts, restored ${r.restored} merged records.`,
      );
      for (const k of r.keptChanges) console.log(`  kept later changes to ${k.id}: ${k.fields.join(", ")}`);
    });
}
