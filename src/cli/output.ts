import { constants } from "node:fs";
import { access, stat } from "node:fs/promises";
import { dirname, resolve } from "node:path";
import { InputError } from "./errors.js";

// What the commands print and write: one JSON document for --json (stdout holds nothing else), and output
// files checked before any work starts, so a wrong path fails in one line instead of after the work.

/** Prints a value as one line of JSON on stdout. */
export function printJson(value: unknown): void {
  process.stdout.write(JSON.stringify(value) + "\n");
}

/** Refuses, with a one-line reason, an output path that cannot be written (missing or read-only folder, a folder, an existing file not to overwrite). */
export async function checkOutputFile(path: string, opts: { overwrite: boolean }): Promise<void> {
  const dir = dirname(resolve(path));
  const folder = await stat(dir).catch(() => undefined);
  if (!folder) throw new InputError(`Cannot write ${path}: the folder ${dir} does not exist.`);
  if (!folder.isDirectory()) throw new InputError(`Cannot write ${path}: ${dir} is not a folder.`);
  const existing = await stat(path).catch(() => undefined);
  if (existing?.isDirectory()) throw new InputError(`Cannot write ${path}: it is a folder; give a file name.`);
  if (existing && !opts.overwrite) throw new InputError(`${path} exists already; choose another name.`);
  const writable = await access(existing ? path : dir, constants.W_OK).then(
    () => true,
    () => false,
  );
  if (!writable) throw new InputError(`Cannot write ${path}: no permission to write ${existing ? "this file" : `in ${dir}`}.`);
}
