import { foldText } from "../../shared/text-fold.js";
import { naceLabel } from "../companies/nace.js";
import { COUNTRIES, legalFormsFor, type City, type CountryInfo, type Lang, type SizeClass } from "./demo.countries.js";
import { femaleSurname, NAMES } from "./demo.names.js";
import { Random } from "./demo.random.js";
import { ROLES_BY_SIZE, SECTORS, SIZE_ADJECTIVES, STATUS_TAGS, type Sector } from "./demo.sectors.js";
import type { DemoNgo, Hero } from "./demo.story.js";

// Builds one NGO's fictional business register, deterministically from the NGO's key. Pure: no
// database, no clock. Rows refer to each other by index; dates are days before the seeding day, so
// the demo always looks current ("left three months ago") whenever it is installed.

export interface GenCompany {
  name: string;
  otherNames: string[];
  legalForm: string;
  country: string;
  registrationId: string | null;
  website: string;
  naceCode: string;
  naceLabel: string | null;
  sizeClass: SizeClass;
  description: string;
  tags: string[];
  /** Index into the NGO's users, or null when nobody owns the relationship yet. */
  owner: number | null;
  primaryContact: number | null;
  createdDaysAgo: number;
  updatedDaysAgo: number;
}

export interface GenContact {
  name: string;
  roleTitle: string;
  email: string;
  phone: string;
  preferredLanguage: string;
  notes: string | null;
}

export interface GenEmployment {
  contact: number;
  company: number;
  title: string;
  startedDaysAgo: number;
  endedDaysAgo: number | null;
}

export interface Register {
  companies: GenCompany[];
  contacts: GenContact[];
  employments: GenEmployment[];
}

const COUNTRY_NAMES: Record<string, string> = {
  DE: "Germany",
  AT: "Austria",
  CH: "Switzerland",
  FR: "France",
  IT: "Italy",
  ES: "Spain",
  PL: "Poland",
  NL: "the Netherlands",
  BE: "Belgium",
  SE: "Sweden",
  NO: "Norway",
  DK: "Denmark",
  FI: "Finland",
  CZ: "Czechia",
  RO: "Romania",
  IE: "Ireland",
  GB: "the United Kingdom",
};

const NOTES = [
  "Met at the regional CSR forum; interested in staff training on trafficking indicators.",
  "Prefers a phone call before any e-mail.",
  "Decides on the corporate giving budget each October.",
  "Asked for our annual report and last year's hotline figures.",
  "Volunteered at our summer fundraiser.",
  "Open to a meeting, but wants to involve the legal department first.",
];

const GERMAN_LETTERS: Record<string, string> = { ä: "ae", ö: "oe", ü: "ue", ß: "ss", Ä: "Ae", Ö: "Oe", Ü: "Ue" };

/** The ASCII form people use in domains and mail addresses ("Müller" → "mueller", "Łódź" → "lodz"). */
function ascii(text: string, lang: Lang): string {
  const t = lang === "de" ? text.replace(/[äöüßÄÖÜ]/g, (c) => GERMAN_LETTERS[c]) : text;
  return foldText(t.replace(/['’]/g, ""));
}

function domainFor(core: string, lang: Lang, country: CountryInfo, size: SizeClass, r: Random): string {
  const words = ascii(core, lang)
    .split(" ")
    .filter((w) => !["the", "de", "du", "del", "di", "la", "le", "les", "van", "den"].includes(w));
  const label = words.slice(0, 4).join("-").slice(0, 40);
  const tld = size === "large" && r.chance(0.3) ? r.pick(["com", "eu"]) : country.tld;
  return `${label}.${tld}`;
}

function fillTemplate(template: string, r: Random, lang: Lang, cityName: string): string {
  const pool = NAMES[lang];
  return template
    .replace("{b}", () => r.pick(pool.brands))
    .replace("{s}", () => r.pick(pool.surnames))
    .replace("{c}", () => cityName);
}

function describe(sector: Sector, size: SizeClass, city: string, country: string, r: Random): string {
  const n = size === "local" ? r.int(2, 4) : size === "sme" ? r.int(5, 15) : r.int(20, 60);
  return r
    .pick(sector.descriptions)
    .replace("{adj}", r.pick(SIZE_ADJECTIVES[size]))
    .replace("{city}", city)
    .replace("{country}", COUNTRY_NAMES[country] ?? country)
    .replace("{n}", String(n));
}

function tagsFor(sector: Sector, r: Random): string[] {
  const tags = new Set<string>();
  const status = r.weighted(STATUS_TAGS);
  if (status) tags.add(status);
  for (const [tag, p] of sector.tags) if (r.chance(p)) tags.add(tag);
  return [...tags];
}

interface Draft extends GenCompany {
  city: City;
  lang: Lang;
  domain: string;
  sector: Sector;
  hero?: Hero;
}

function draftCompany(ngo: DemoNgo, r: Random, taken: Set<string>, owner: () => number | null, hero?: Hero): Draft {
  for (;;) {
    const country = COUNTRIES[hero?.country ?? r.weighted(ngo.register.countries)];
    const city = hero ? country.cities.find((c) => c.name === hero.city)! : r.pick(country.cities);
    const lang = city.lang;
    const sector = hero ? SECTORS.find((s) => s.key === hero.sector)! : r.weighted(SECTORS.map((s) => [s, s.weight] as const));
    const size: SizeClass = hero?.size ?? r.pick(sector.sizes ?? ["local", "sme", "large"]);
    const legalForm = hero?.legalForm ?? r.pick(legalFormsFor(country, size, lang));
    // Large companies mostly trade under a brand, not a family name.
    const all = (sector.names[lang] ?? sector.names.en).split("|");
    const branded = all.filter((t) => !t.includes("{s}"));
    const templates = size === "large" && branded.length ? branded : all;
    const core = hero?.core ?? fillTemplate(r.pick(templates), r, sector.names[lang] ? lang : "en", city.name);
    const name = `${core} ${legalForm}`;
    if (taken.has(foldText(name))) continue;
    taken.add(foldText(name));
    const naceCode = hero?.nace ?? r.pick(sector.nace);
    const otherNames = hero?.otherNames ?? otherNamesFor(core, legalForm, country, size, lang, sector, r);
    const domain = domainFor(core, lang, country, size, r);
    const createdDaysAgo = r.int(14, 720);
    return {
      name,
      otherNames,
      legalForm,
      country: country.code,
      registrationId: country.registrationId(r, legalForm, city),
      website: `https://www.${domain}`,
      naceCode,
      naceLabel: naceLabel(naceCode),
      sizeClass: size,
      description: hero?.description ?? describe(sector, size, city.name, country.code, r),
      tags: hero?.tags ?? tagsFor(sector, r),
      owner: owner(),
      primaryContact: null,
      createdDaysAgo,
      updatedDaysAgo: r.int(0, createdDaysAgo),
      city,
      lang,
      domain,
      sector,
      hero,
    };
  }
}

/** Former legal forms, acronyms and English trading names: what makes duplicates hard to spot. */
function otherNamesFor(
  core: string,
  legalForm: string,
  country: CountryInfo,
  size: SizeClass,
  lang: Lang,
  sector: Sector,
  r: Random,
): string[] {
  const roll = r.next();
  if (roll < 0.1) {
    const previous = legalFormsFor(country, size === "large" ? "sme" : size, lang).find((f) => f !== legalForm);
    return previous ? [`${core} ${previous}`] : [];
  }
  const words = core.split(" ").filter((w) => /^\p{Lu}/u.test(w));
  if (roll < 0.16 && words.length >= 3) return [words.map((w) => w[0]).join("")];
  if (roll < 0.22 && lang !== "en") {
    const brand = NAMES[lang].brands.find((b) => core.includes(b));
    const english = sector.names.en.split("|").find((t) => t.startsWith("{b}"));
    if (brand && english) return [english.replace("{b}", brand)];
  }
  return [];
}

function person(lang: Lang, r: Random): { given: string; surname: string } {
  const pool = NAMES[lang];
  const surname = r.pick(pool.surnames);
  return r.chance(0.5) ? { given: r.pick(pool.female), surname: femaleSurname(surname, lang) } : { given: r.pick(pool.male), surname };
}

function emailFor(p: { given: string; surname: string }, lang: Lang, domain: string, size: SizeClass, r: Random): string {
  const g = ascii(p.given, lang).replace(/ /g, "");
  const s = ascii(p.surname, lang).replace(/ /g, "");
  const local = r.weighted<string>([
    [`${g}.${s}`, 60],
    [`${g[0]}.${s}`, 20],
    [`${g[0]}${s}`, 10],
    [size === "local" ? g : `${g}.${s}`, 10],
  ]);
  return `${local}@${domain}`;
}

function phoneFor(city: City, country: CountryInfo, r: Random): string {
  return r.fill(r.chance(0.55) ? r.pick(country.mobile) : city.phone);
}

function roleFor(d: Draft, r: Random): string {
  return r.chance(0.35) ? r.pick(d.sector.roles) : r.pick(ROLES_BY_SIZE[d.sizeClass]);
}

/** One NGO's register: heroes first, then generated companies; contacts, employment and turnover. */
export function generateRegister(ngo: DemoNgo): Register {
  const r = new Random(`partnerwise-demo:${ngo.key}`);
  const taken = new Set<string>();
  const owners: Array<readonly [number | null, number]> = [...ngo.users.map((u, i) => [i, u.ownsShare] as const), [null, 10]];
  const owner = () => r.weighted(owners);
  const drafts: Draft[] = ngo.heroes.map((h) => draftCompany(ngo, r, taken, owner, h));
  while (drafts.length < ngo.register.companies) drafts.push(draftCompany(ngo, r, taken, owner));

  const contacts: GenContact[] = [];
  const employments: GenEmployment[] = [];
  const withContacts = new Set<number>(drafts.map((_, i) => i).filter((i) => drafts[i].hero || r.chance(ngo.register.contactShare)));
  for (const ci of withContacts) {
    const d = drafts[ci];
    const count =
      d.sizeClass === "local"
        ? r.weighted([
            [1, 70],
            [2, 30],
          ])
        : d.sizeClass === "sme"
          ? r.int(1, 2)
          : r.int(1, 3);
    for (let k = 0; k < count; k++) {
      const lang: Lang = d.sizeClass === "large" && r.chance(0.15) ? "en" : d.lang;
      const p = person(d.lang, r);
      const title = roleFor(d, r);
      const startedDaysAgo = r.int(90, 3200);
      contacts.push({
        name: `${p.given} ${p.surname}`,
        roleTitle: title,
        email: emailFor(p, d.lang, d.domain, d.sizeClass, r),
        phone: phoneFor(d.city, COUNTRIES[d.country], r),
        preferredLanguage: lang,
        notes: r.chance(0.12) ? r.pick(NOTES) : null,
      });
      employments.push({ contact: contacts.length - 1, company: ci, title, startedDaysAgo, endedDaysAgo: null });
    }
  }

  const leave = (e: GenEmployment) => {
    e.endedDaysAgo = r.int(20, Math.min(540, e.startedDaysAgo - 30));
  };
  const jobsAt = (ci: number) => employments.filter((e) => e.company === ci);

  // Turnover: companies whose every contact has left (the orphaned heroes plus a few at random) ...
  const candidates = r.shuffle([...withContacts].filter((ci) => !drafts[ci].hero));
  const orphaned = [...[...withContacts].filter((ci) => drafts[ci].hero?.orphan), ...candidates.slice(0, ngo.register.orphans)];
  for (const ci of orphaned) for (const e of jobsAt(ci)) leave(e);
  // ... and, elsewhere, one of several contacts who left while a colleague stayed.
  for (const ci of candidates.slice(ngo.register.orphans)) {
    const jobs = jobsAt(ci);
    if (jobs.length >= 2 && r.chance(0.3)) leave(jobs[0]);
  }

  // Some who left moved on to another company in the same register: their history shows both jobs.
  const movers = r.shuffle(employments.filter((e) => e.endedDaysAgo !== null)).slice(0, ngo.register.moves);
  const orphanSet = new Set(orphaned);
  for (const e of movers) {
    const from = drafts[e.company];
    const targets = drafts.map((_, i) => i).filter((i) => i !== e.company && !orphanSet.has(i) && drafts[i].country === from.country);
    const to = r.pick(targets.length ? targets : drafts.map((_, i) => i).filter((i) => i !== e.company && !orphanSet.has(i)));
    const dest = drafts[to];
    const c = contacts[e.contact];
    const title = roleFor(dest, r);
    const [given, ...rest] = c.name.split(" ");
    c.roleTitle = title;
    c.email = emailFor({ given, surname: rest.join(" ") }, dest.lang, dest.domain, dest.sizeClass, r);
    c.phone = phoneFor(dest.city, COUNTRIES[dest.country], r);
    c.notes = `Moved from ${from.name} to ${dest.name}; still keen to work with us.`;
    employments.push({
      contact: e.contact,
      company: to,
      title,
      startedDaysAgo: Math.max(1, e.endedDaysAgo! - r.int(10, 60)),
      endedDaysAgo: null,
    });
  }

  // The primary contact, where one is still there.
  for (const e of employments) {
    const d = drafts[e.company];
    if (e.endedDaysAgo === null && d.primaryContact === null && r.chance(0.8)) d.primaryContact = e.contact;
  }

  const companies = drafts.map(({ city: _c, lang: _l, domain: _d, sector: _s, hero: _h, ...company }) => company);
  return { companies, contacts, employments };
}
