// FollowTheMoney / OpenSanctions entities as JSON lines, streamed line by line.

import { createReadStream } from "node:fs";
import { parseBirthDate, parseIdentifier } from "../evidence.js";
import type { Entity, EntityType } from "../types.js";
import { countryCode } from "../vocabulary.js";
import { textLines } from "./lines.js";

const SCHEMA_TYPES: Record<string, EntityType> = {
  Person: "person",
  Company: "company",
  Organization: "company",
  LegalEntity: "company",
  PublicBody: "company",
  Vessel: "vessel",
  Airplane: "aircraft",
};

const NAME_PROPS = ["name", "alias", "weakAlias", "previousName"];
const COUNTRY_PROPS = ["country", "nationality", "citizenship", "jurisdiction", "flag", "mainCountry"];
/** FtM properties holding identifiers (https://followthemoney.tech/explorer/): compared without punctuation. */
const ID_PROPS = ["idNumber", "registrationNumber", "taxNumber", "passportNumber", "innCode", "ogrnCode", "leiCode", "swiftBic"];

interface FtmEntity {
  id?: string;
  schema?: string;
  properties?: Record<string, unknown>;
}

/** Converts one parsed FtM entity; undefined for schemas that are not parties (addresses, sanctions ...). */
export function fromFtm(raw: FtmEntity, list = "opensanctions"): Entity | undefined {
  const type = raw.schema ? SCHEMA_TYPES[raw.schema] : undefined;
  if (!type || !raw.id) return undefined;
  const props = raw.properties ?? {};
  const strings = (key: string) =>
    Array.isArray(props[key]) ? (props[key] as unknown[]).filter((v): v is string => typeof v === "string") : [];
  const names = [
    ...new Set(
      NAME_PROPS.flatMap(strings)
        .map((n) => n.trim())
        .filter(Boolean),
    ),
  ];
  if (names.length === 0) return undefined;
  const countries = new Set<string>();
  for (const c of COUNTRY_PROPS.flatMap(strings)) {
    const code = countryCode(c);
    if (code) countries.add(code);
  }
  // Dates of birth as FtM writes them (ISO, as precise as known); IMO numbers keep their scheme.
  const birthDates = [...new Set(strings("birthDate").map((d) => d.trim().slice(0, 10)))].filter((d) => parseBirthDate(d));
  const ids = [
    ...new Set([
      ...strings("imoNumber").map((n) => (/^\s*IMO/i.test(n) ? n.trim() : `IMO ${n.trim()}`)),
      ...ID_PROPS.flatMap(strings).map((n) => n.trim()),
    ]),
  ].filter((n) => parseIdentifier(n));
  return {
    list,
    sourceId: raw.id,
    type,
    names,
    countries: [...countries],
    ...(birthDates.length ? { birthDates } : {}),
    ...(ids.length ? { ids } : {}),
  };
}

/** Streams party entities (Person, Company, Organization, LegalEntity, Vessel ...) from a JSON-lines file. */
export async function* readFtmJsonl(path: string, list = "opensanctions"): AsyncGenerator<Entity> {
  yield* ftmEntities(createReadStream(path, { encoding: "utf8" }), list);
}

/** Same as readFtmJsonl, from any chunked text source. A line that is not JSON throws a SyntaxError naming its number. */
export async function* ftmEntities(chunks: AsyncIterable<string | Buffer>, list = "opensanctions"): AsyncGenerator<Entity> {
  let lineNo = 0;
  for await (const line of textLines(chunks)) {
    lineNo++;
    if (!line.trim()) continue;
    let raw: unknown;
    try {
      raw = JSON.parse(line);
    } catch {
      // JSON.parse quotes the bad input in its message; the line number is what a person needs (and the
      // quoted bytes may be anything, NUL included).
      throw new SyntaxError(`line ${lineNo} is not valid JSON`);
    }
    const e = raw && typeof raw === "object" ? fromFtm(raw as FtmEntity, list) : undefined;
    if (e) yield e;
  }
}
