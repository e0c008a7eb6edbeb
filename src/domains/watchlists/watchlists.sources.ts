import { createHash } from "node:crypto";
import { createReadStream, existsSync, statSync } from "node:fs";
import { open } from "node:fs/promises";
import { join } from "node:path";
import { readFtmJsonl } from "../../matching/sources/ftm.js";
import { csvRows } from "../../matching/sources/csv-stream.js";
import { readOfacSdn } from "../../matching/sources/ofac.js";
import { readUnConsolidated } from "../../matching/sources/un.js";
import type { Entity } from "../../matching/types.js";
import { AppError } from "../../shared/app-error.js";
import type { WatchlistFormat } from "./watchlists.schema.js";

// The list files as streams of entities (the matching engine's readers), with the checks those lenient
// readers leave out, so a wrong or damaged file fails with a message a person can act on.

/** A list file that cannot be imported; the message says why. */
export class ListFileError extends AppError {
  constructor(message: string) {
    super("validation", message, { errors: [{ path: "file", message }] });
  }
}

export const OFAC_FILES = ["sdn.csv", "alt.csv", "add.csv"] as const;

/** Hash of what a judgement is about: the entry's type, names and countries. */
export function contentHash(e: Pick<Entity, "type" | "names" | "countries" | "birthDates" | "ids">): string {
  // Dates of birth and identifiers count only when the entry has any, so an entry without them keeps the hash
  // it had before they were stored (its judgements stand).
  const facts = e.birthDates?.length || e.ids?.length ? [[...(e.birthDates ?? [])].sort(), [...(e.ids ?? [])].sort()] : [];
  return createHash("sha256")
    .update(JSON.stringify([e.type, e.names, [...e.countries].sort(), ...facts]))
    .digest("hex")
    .slice(0, 32);
}

async function headAndTail(path: string, bytes = 65536): Promise<{ head: string; tail: string }> {
  const fh = await open(path, "r");
  try {
    const size = (await fh.stat()).size;
    const head = Buffer.alloc(Math.min(bytes, size));
    await fh.read(head, 0, head.length, 0);
    const tail = Buffer.alloc(Math.min(bytes, size));
    await fh.read(tail, 0, tail.length, Math.max(0, size - tail.length));
    return { head: head.toString("utf8"), tail: tail.toString("utf8") };
  } finally {
    await fh.close();
  }
}

function checkPath(format: WatchlistFormat, path: string): void {
  if (!existsSync(path)) throw new ListFileError(`${path} does not exist.`);
  const dir = statSync(path).isDirectory();
  if (format === "ofac-csv") {
    if (!dir) throw new ListFileError(`For ofac-csv give the folder that holds ${OFAC_FILES.join(", ")} (${path} is a file).`);
    const missing = OFAC_FILES.filter((f) => !existsSync(join(path, f)));
    if (missing.length)
      throw new ListFileError(`The OFAC folder ${path} lacks ${missing.join(", ")}: the SDN list comes as sdn.csv, alt.csv and add.csv.`);
  } else if (dir) throw new ListFileError(`${path} is a folder; give the ${format === "un-xml" ? "XML" : "JSON lines"} file.`);
}

async function checkUnXml(path: string): Promise<void> {
  const { head, tail } = await headAndTail(path);
  if (!/<CONSOLIDATED_LIST[\s>]/.test(head)) {
    throw new ListFileError(
      "This is not the UN Security Council consolidated list: no <CONSOLIDATED_LIST> element at the start of the file.",
    );
  }
  if (!/<\/CONSOLIDATED_LIST>\s*$/.test(tail)) {
    throw new ListFileError("The UN list file is incomplete: it does not end with </CONSOLIDATED_LIST> (truncated download?).");
  }
}

// OFAC's three files have no header; their column counts tell them apart. The reader alone would take a
// mixed-up set (alt.csv uploaded as sdn.csv) for a list of entities named by alias numbers — and a re-import
// would mark every real entry removed.
const OFAC_COLUMNS: Record<(typeof OFAC_FILES)[number], number> = { "sdn.csv": 12, "alt.csv": 5, "add.csv": 6 };
const OFAC_TYPES = new Set(["individual", "vessel", "aircraft", "-0-"]);

/** The first row of an OFAC file that starts with an ent_num (undefined for an empty file). */
async function firstEntry(path: string): Promise<string[] | undefined> {
  const stream = createReadStream(path, { encoding: "utf8", highWaterMark: 64 * 1024 });
  try {
    for await (const row of csvRows(stream)) if (/^\s*\d+\s*$/.test(row[0] ?? "")) return row;
    return undefined;
  } finally {
    stream.destroy();
  }
}

async function checkOfacFiles(dir: string): Promise<void> {
  for (const file of OFAC_FILES) {
    const row = await firstEntry(join(dir, file));
    if (!row) continue;
    const expected = OFAC_COLUMNS[file];
    const looksLike = OFAC_FILES.find((f) => OFAC_COLUMNS[f] === row.length);
    if (row.length !== expected) {
      const hint = looksLike ? ` — the shape of OFAC's ${looksLike}. Were the files mixed up?` : ".";
      throw new ListFileError(`${file} is not OFAC's ${file}: its rows have ${row.length} columns, ${file} has ${expected}${hint}`);
    }
    if (file === "sdn.csv" && !OFAC_TYPES.has(row[2].trim().toLowerCase())) {
      throw new ListFileError(
        `sdn.csv is not OFAC's sdn.csv: the third column of its first row is "${row[2].trim().slice(0, 40)}", not individual, vessel, aircraft or -0-.`,
      );
    }
  }
}

/** FtM JSON lines with the line number of a line that is not JSON. */
async function* ftmEntities(path: string, list: string): AsyncGenerator<Entity> {
  let count = 0;
  try {
    for await (const e of readFtmJsonl(path, list)) {
      count++;
      yield e;
    }
  } catch (err) {
    if (err instanceof SyntaxError) {
      throw new ListFileError(`The FollowTheMoney file is not JSON lines: ${err.message} (after ${count} entities).`);
    }
    throw err;
  }
}

/**
 * A list entry's name longer than this is left out: no real name is, and scoring every screening against a
 * megabyte of "name" would make each of them slow.
 */
export const MAX_LIST_NAME_LENGTH = 2000;

/** Control characters (NUL included, which a text column cannot hold) become spaces; whitespace is collapsed. */
function cleanName(n: string): string {
  // eslint-disable-next-line no-control-regex
  return n
    .replace(/[\u0000-\u001f\u007f-\u009f]+/g, " ")
    .replace(/\s+/g, " ")
    .trim();
}

/**
 * Streams the entities of a list file (a folder for ofac-csv), checking what the readers do not: that the
 * file is the format it claims and complete. Entities without an identifier or a name are skipped.
 * Throws ListFileError when the file holds no entity at all.
 */
export async function* readListFile(format: WatchlistFormat, path: string, list: string): AsyncGenerator<Entity> {
  checkPath(format, path);
  if (format === "un-xml") await checkUnXml(path);
  if (format === "ofac-csv") await checkOfacFiles(path);
  const source =
    format === "ofac-csv" ? readOfacSdn(path, list) : format === "un-xml" ? readUnConsolidated(path, list) : ftmEntities(path, list);
  let count = 0;
  for await (const e of source) {
    const names = e.names.map(cleanName).filter((n) => n && n.length <= MAX_LIST_NAME_LENGTH);
    if (!e.sourceId || names.length === 0) continue;
    count++;
    yield { ...e, names };
  }
  if (count === 0) {
    const what =
      format === "ofac-csv"
        ? "sdn.csv has no rows starting with an ent_num"
        : format === "un-xml"
          ? "no INDIVIDUAL or ENTITY with a DATAID"
          : "no Person, Company, Organization, Vessel … entity with an id and a name";
    throw new ListFileError(`The file holds no list entries (${what}). Is it the right file and --format?`);
  }
}
