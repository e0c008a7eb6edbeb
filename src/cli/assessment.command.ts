import type { Command } from "commander";
import { InputError } from "./errors.js";
import { printJson } from "./output.js";
import { runOp } from "./run-op.js";

// `partnerwise assessment import|report`: responses collected elsewhere into a network's assessment round,
// and the round's report as JSON — the same services as the web app, acting for the whole instance.

/** `partnerwise assessment …`: network assessments. */
export function registerAssessmentCommands(program: Command): void {
  const assessment = program.command("assessment").description("Network assessments: import responses, print a round's report");

  assessment
    .command("import")
    .description("Import a round's responses from a CSV file: every value is checked first; a file with any problem imports nothing")
    .argument("<file>", "CSV: one row per respondent organisation, one column per question id (optional column: respondent)")
    .requiredOption("--template <key>", "the questionnaire the file answers (ngo-business-engagement)")
    .requiredOption("--round <name>", "the round (created when the network has none of that name)")
    .option("--network <slug>", "the network, by its name as a slug (default: the only one; one is created when there is none)")
    .option("--json", "print {network, round, questionnaire, imported, problems} as JSON")
    .addHelpText(
      "after",
      `
Cells: yes/no for yes/no questions, an option's value for choices, several values separated by ";" for
multi-select questions, an empty cell for "not answered". Exit code 1 when the file has problems; each is
listed as row and column.

Example:
  partnerwise assessment import answers-2026.csv --template ngo-business-engagement --round 2026`,
    )
    .action(async (file: string, opts: { template: string; round: string; network?: string; json?: boolean }) => {
      const { readFile } = await import("node:fs/promises");
      const { basename } = await import("node:path");
      const { parseSpreadsheet } = await import("../domains/imports/imports.parse.js");
      const bytes = await readFile(file).catch((err: NodeJS.ErrnoException) => {
        throw new InputError(`Cannot read ${file}: ${err.code === "ENOENT" ? "no such file" : err.message}`);
      });
      const table = await parseSpreadsheet(bytes, basename(file), { maxBytes: 100 * 1024 * 1024 });
      const r = await runOp("assessment.import", { network: opts.network, template: opts.template, round: opts.round, table });
      if (r.problems.length) process.exitCode = 1;
      if (opts.json) return printJson(r);
      if (r.problems.length) {
        console.error(`${table.filename}: ${r.problems.length} problem${r.problems.length === 1 ? "" : "s"}; nothing was imported.`);
        for (const p of r.problems) console.error(`  row ${p.row}, column ${p.column || "-"}: ${p.message}`);
        return;
      }
      console.log(
        `Imported ${r.imported} responses into the round "${r.round.name}"${r.round.created ? " (new)" : ""} of the network ${r.network.name} (${r.network.slug}), questionnaire ${r.questionnaire.key} v${r.questionnaire.version}.`,
      );
    });

  assessment
    .command("report")
    .description("A round's report: per question answered, counts, percent of those who answered, 95% Wilson intervals, breakdowns")
    .requiredOption("--round <name>", "the round")
    .option("--network <slug>", "the network (default: the only one)")
    .option("--json", "print the report as JSON (the only output so far)")
    .action(async (opts: { round: string; network?: string; json?: boolean }) => {
      const r = await runOp("assessment.report", { network: opts.network, round: opts.round });
      if (opts.json) return printJson(r);
      console.log(`${r.round}: ${r.respondents} respondents`);
      for (const q of r.questions) {
        const shares = Object.entries(q.percent)
          .map(([o, p]) => `${o} ${p}% [${q.ci95[o][0]}–${q.ci95[o][1]}]`)
          .join(", ");
        console.log(`  ${q.id} (${q.answered} answered)${shares ? `: ${shares}` : ""}`);
      }
    });
}
