// Compact storage of entities and their normalised names for MatchIndex: typed arrays and string pools,
// one "record" per form of a name (the name proper, embedded former names, bracketed acronyms).

import type { Entity, EntityType } from "./types.js";
import type { LegalForm } from "./legal-form.js";
import { normaliseName, type NameForm, type NormalisedName, type Token, type TokenKind } from "./normalise.js";
import { IntVec, StringPool } from "./store.js";
import type { Script } from "./transliterate.js";
import { countryCode } from "./vocabulary.js";

export const TYPES: EntityType[] = ["person", "company", "vessel", "aircraft", "unknown"];
export const KINDS: TokenKind[] = ["word", "concept", "stop", "title", "initial", "given", "romanised"];
const SCRIPTS: Script[] = ["latin", "cyrillic", "greek", "armenian", "georgian", "hebrew", "arabic", "cjk", "hangul", "myanmar", "other"];

/** Entities, names and token vocabulary of a MatchIndex, kept in typed arrays. */
export class RecordStore {
  private lists: string[] = [];
  private listIds = new Map<string, number>();
  private entList = new IntVec();
  private entType = new IntVec();
  private entSource = new StringPool();
  private entCountryOff = new IntVec();
  private entCountries = new IntVec();
  private countryCodes: string[] = [];
  private countryIds = new Map<string, number>();
  private rawNames = new StringPool();
  /** First record of each entity (its records are contiguous). */
  private entRecStart = new IntVec();
  /** Dates of birth and identifiers: few entities have them, so kept sparse. */
  private entBirthDates = new Map<number, string[]>();
  private entIds = new Map<number, string[]>();
  readonly recEntity = new IntVec();
  private recRaw = new IntVec();
  readonly recTokOff = new IntVec();
  readonly recTokens = new IntVec();
  private recLegalOff = new IntVec();
  private recLegal = new IntVec();
  private recFlags = new IntVec(); // bit 0: acronym form; bits 1..: scripts
  private recNumbers = new Map<number, string[]>();
  private legalForms: LegalForm[] = [];
  private legalIds = new Map<string, number>();
  // Token types (kind + abbreviation flag + text, which together fix the key) and keys.
  private tokIds: Map<string, number> | undefined = new Map();
  readonly tokText: string[] = [];
  readonly tokKey = new IntVec();
  readonly tokKindAbbrev = new IntVec();
  readonly keyIds = new Map<string, number>();
  readonly keys: string[] = [];
  /** Some record was written in a non-Latin script (cross-script lookups are then worth doing). */
  nonLatin = false;

  constructor() {
    this.entCountryOff.push(0);
    this.recTokOff.push(0);
    this.recLegalOff.push(0);
  }

  get entityCount(): number {
    return this.entList.length;
  }

  get recordCount(): number {
    return this.recEntity.length;
  }

  get nameCount(): number {
    return this.rawNames.size;
  }

  /** Stores an entity, normalising each of its names, and returns its internal id. */
  add(entity: Entity): number {
    const id = this.entList.length;
    let list = this.listIds.get(entity.list);
    if (list === undefined) {
      list = this.lists.length;
      this.lists.push(entity.list);
      this.listIds.set(entity.list, list);
    }
    this.entList.push(list);
    this.entType.push(TYPES.indexOf(entity.type));
    this.entSource.add(entity.sourceId);
    for (const c of entity.countries) this.entCountries.push(this.countryId(c));
    this.entCountryOff.push(this.entCountries.length);
    this.entRecStart.push(this.recEntity.length);
    if (entity.birthDates?.length) this.entBirthDates.set(id, [...entity.birthDates]);
    if (entity.ids?.length) this.entIds.set(id, [...entity.ids]);
    const seen = new Set<string>();
    for (const name of entity.names) {
      const trimmed = name.trim();
      if (!trimmed || seen.has(trimmed)) continue;
      seen.add(trimmed);
      const raw = this.rawNames.add(trimmed);
      const n = normaliseName(trimmed, entity.type);
      for (const f of n.forms) this.addRecord(id, raw, n, f);
    }
    return id;
  }

  private countryId(c: string): number {
    const code = countryCode(c) ?? c.toUpperCase();
    let id = this.countryIds.get(code);
    if (id === undefined) {
      id = this.countryCodes.length;
      this.countryCodes.push(code);
      this.countryIds.set(code, id);
    }
    return id;
  }

  private keyId(key: string): number {
    let id = this.keyIds.get(key);
    if (id === undefined) {
      id = this.keys.length;
      this.keys.push(key);
      this.keyIds.set(key, id);
    }
    return id;
  }

  private tokenId(t: Token): number {
    const code = KINDS.indexOf(t.kind) * 2 + (t.abbrev ? 1 : 0);
    if (!this.tokIds) {
      this.tokIds = new Map();
      for (let i = 0; i < this.tokText.length; i++)
        this.tokIds.set(String.fromCharCode(65 + this.tokKindAbbrev.get(i)) + this.tokText[i], i);
    }
    const sig = String.fromCharCode(65 + code) + t.text;
    let id = this.tokIds.get(sig);
    if (id === undefined) {
      id = this.tokText.length;
      this.tokText.push(t.text);
      this.tokKey.push(this.keyId(t.key));
      this.tokKindAbbrev.push(code);
      this.tokIds.set(sig, id);
    }
    return id;
  }

  private addRecord(entity: number, raw: number, n: NormalisedName, f: NameForm): void {
    if (f.tokens.length === 0) return;
    this.recEntity.push(entity);
    this.recRaw.push(raw);
    for (const t of f.tokens) this.recTokens.push(this.tokenId(t));
    this.recTokOff.push(this.recTokens.length);
    for (const l of f.legal) {
      const sig = l.code + "\u0001" + l.surface;
      let lid = this.legalIds.get(sig);
      if (lid === undefined) {
        lid = this.legalForms.length;
        this.legalForms.push(l);
        this.legalIds.set(sig, lid);
      }
      this.recLegal.push(lid);
    }
    this.recLegalOff.push(this.recLegal.length);
    let mask = 0;
    for (const s of n.scripts) mask |= 1 << SCRIPTS.indexOf(s);
    if (mask & ~1) this.nonLatin = true;
    this.recFlags.push((mask << 1) | (f.acronym ? 1 : 0));
    if (f.numbers.length) this.recNumbers.set(this.recEntity.length - 1, f.numbers);
  }

  /** Kind of a stored token. */
  kindOf(tokenId: number): TokenKind {
    return KINDS[this.tokKindAbbrev.get(tokenId) >> 1];
  }

  /** A stored token as the scorer's Token. */
  token(id: number): Token {
    const ka = this.tokKindAbbrev.get(id);
    return { text: this.tokText[id], key: this.keys[this.tokKey.get(id)], kind: KINDS[ka >> 1], abbrev: (ka & 1) === 1 };
  }

  /** The stored form of a record, rebuilt as the scorer's NameForm. */
  recordForm(rec: number): NameForm {
    const tokens: Token[] = [];
    for (let i = this.recTokOff.get(rec); i < this.recTokOff.get(rec + 1); i++) tokens.push(this.token(this.recTokens.get(i)));
    const legal: LegalForm[] = [];
    for (let i = this.recLegalOff.get(rec); i < this.recLegalOff.get(rec + 1); i++) legal.push(this.legalForms[this.recLegal.get(i)]);
    return { tokens, legal, numbers: this.recNumbers.get(rec) ?? [], dropped: [], acronym: (this.recFlags.get(rec) & 1) === 1 };
  }

  /** Scripts the record's name was written in. */
  recordScripts(rec: number): Script[] {
    const mask = this.recFlags.get(rec) >> 1;
    return SCRIPTS.filter((_, i) => mask & (1 << i));
  }

  /** Entity id of a record. */
  entityOf(rec: number): number {
    return this.recEntity.get(rec);
  }

  /** Entity type. */
  typeOf(entity: number): EntityType {
    return TYPES[this.entType.get(entity)];
  }

  /** List the entity comes from. */
  listOf(entity: number): string {
    return this.lists[this.entList.get(entity)];
  }

  /** The list's own id for the entity. */
  sourceIdOf(entity: number): string {
    return this.entSource.get(entity);
  }

  /** The name as listed, for a record. */
  rawNameOf(rec: number): string {
    return this.rawNames.get(this.recRaw.get(rec));
  }

  /** ISO alpha-2 countries of an entity. */
  countriesOf(entity: number): string[] {
    const out: string[] = [];
    for (let i = this.entCountryOff.get(entity); i < this.entCountryOff.get(entity + 1); i++)
      out.push(this.countryCodes[this.entCountries.get(i)]);
    return out;
  }

  /** Dates of birth the list gives for an entity. */
  birthDatesOf(entity: number): string[] {
    return this.entBirthDates.get(entity) ?? [];
  }

  /** Identifiers the list gives for an entity. */
  idsOf(entity: number): string[] {
    return this.entIds.get(entity) ?? [];
  }

  /** Entities with identifiers, for the index's identifier lookup. */
  entitiesWithIds(): IterableIterator<[number, string[]]> {
    return this.entIds.entries();
  }

  /** Record ids of an entity. */
  recordsOf(entity: number): number[] {
    const from = this.entRecStart.get(entity);
    const to = entity + 1 < this.entRecStart.length ? this.entRecStart.get(entity + 1) : this.recordCount;
    const out: number[] = [];
    for (let r = from; r < to; r++) out.push(r);
    return out;
  }

  /** Releases spare capacity and the add-time token map (rebuilt if more entities come). */
  compact(): void {
    this.tokIds = undefined;
    for (const v of this.vectors()) v.trim();
    this.entSource.trim();
    this.rawNames.trim();
  }

  private vectors(): IntVec[] {
    return [
      this.entList,
      this.entType,
      this.entCountryOff,
      this.entRecStart,
      this.entCountries,
      this.recEntity,
      this.recRaw,
      this.recTokOff,
      this.recTokens,
      this.recLegalOff,
      this.recLegal,
      this.recFlags,
      this.tokKey,
      this.tokKindAbbrev,
    ];
  }

  /** Bytes held in typed arrays and pools. */
  bytes(): number {
    return this.vectors().reduce((s, a) => s + a.bytes(), 0) + this.entSource.byteSize() + this.rawNames.byteSize();
  }
}
