import type { KnowledgeLanguage } from "./knowledge.constants.js";

// Wording for the proposal builder, read from the knowledge hub. A template (or practice guide) offers wording for a
// builder step in a level-2 Markdown section whose heading names the step, in English or German ("## The problem",
// "## Das Problem"); the section's text up to the next heading of level 1 or 2 is the suggestion. Under the gains
// step, level-3 sections name each gain ("### Staff engagement"). Which items are offered, and in which order, is
// `wordingItems` in knowledge.wording.repo.ts; docs/knowledge.md and docs/prospects.md describe the convention for authors.

/** The builder steps that take wording, with the headings that name them (the builder's own step names). */
export const WORDING_HEADINGS = {
  problem: { en: "The problem", de: "Das Problem" },
  partnership: { en: "Partnership", de: "Partnerschaft" },
  gains: { en: "What the company gains", de: "Was das Unternehmen gewinnt" },
  ngoGains: { en: "What we gain", de: "Was wir gewinnen" },
  visibility: { en: "Visibility", de: "Sichtbarkeit" },
  confidentiality: { en: "Confidentiality", de: "Vertraulichkeit" },
} as const;
export type WordingStep = keyof typeof WORDING_HEADINGS;
export const WORDING_STEPS = Object.keys(WORDING_HEADINGS) as WordingStep[];

/** The gains a company can have from a partnership, with the headings that name them under the gains step. */
export const GAIN_HEADINGS = {
  reputation: { en: "Reputation and visibility", de: "Ansehen und Sichtbarkeit" },
  staff_engagement: { en: "Staff engagement", de: "Engagement der Beschäftigten" },
  supply_chain_risk: { en: "Less risk in operations and supply chain", de: "Weniger Risiko in Betrieb und Lieferkette" },
  due_diligence: { en: "Meeting due-diligence expectations", de: "Erfüllung von Sorgfaltspflichten" },
  cleaner_sector: { en: "A cleaner sector", de: "Eine sauberere Branche" },
} as const;
export type WordingGain = keyof typeof GAIN_HEADINGS;

/** A heading as compared: lower-case, single spaces, no trailing colon; "The partnership" also names "Partnership". */
const norm = (h: string) =>
  h
    .trim()
    .replace(/[:：\s#]+$/, "")
    .replace(/\s+/g, " ")
    .toLowerCase();
const alias = (h: string) => [norm(h), norm(h).replace(/^(the|die|der|das) /, "")];

function lookup<K extends string>(table: Record<K, Record<KnowledgeLanguage, string>>): Map<string, K> {
  const m = new Map<string, K>();
  for (const [key, names] of Object.entries(table) as Array<[K, Record<KnowledgeLanguage, string>]>)
    for (const name of [key, names.en, names.de]) for (const a of alias(name)) m.set(a, key);
  return m;
}
const STEP_BY_HEADING = lookup(WORDING_HEADINGS);
const GAIN_BY_HEADING = lookup(GAIN_HEADINGS);
const headingKey = <K>(m: Map<string, K>, h: string): K | undefined => m.get(norm(h)) ?? m.get(alias(h)[1]!);

export interface ItemWording {
  steps: Partial<Record<WordingStep, string>>;
  gains: Partial<Record<WordingGain, string>>;
}

/** The wording an item's Markdown body offers, by step (and by gain); sections with no text are left out. */
export function wordingSections(body: string): ItemWording {
  const out: ItemWording = { steps: {}, gains: {} };
  let step: WordingStep | undefined;
  let gain: WordingGain | undefined;
  let buf: string[] = [];
  let fence = false;
  const flush = () => {
    const text = buf.join("\n").trim();
    if (text && gain) out.gains[gain] ??= text;
    else if (text && step && step !== "gains") out.steps[step] ??= text;
    buf = [];
  };
  for (const line of body.split(/\r?\n/)) {
    if (/^\s*(```|~~~)/.test(line)) fence = !fence;
    const h = fence ? null : /^(#{1,6})\s+(.*)$/.exec(line);
    if (h && h[1]!.length <= 2) {
      flush();
      step = h[1]!.length === 2 ? headingKey(STEP_BY_HEADING, h[2]!) : undefined;
      gain = undefined;
      continue;
    }
    if (h && h[1]!.length === 3 && step === "gains") {
      flush();
      gain = headingKey(GAIN_BY_HEADING, h[2]!);
      continue;
    }
    if (step) buf.push(line);
  }
  flush();
  if (Object.keys(out.gains).length) out.steps.gains = "";
  return out;
}

/** The sector tags that match a company's NACE code: its section and each level of its code ("55.10" → I, 55, 55.1, 55.10). */
export function sectorTags(naceCode: string | null, section: string | null): string[] {
  const tags = new Set<string>();
  if (section) tags.add(`sector:${section}`);
  const code = naceCode?.trim().toUpperCase();
  if (code && !/^[A-U]$/.test(code)) {
    const [division, rest = ""] = code.split(".");
    tags.add(`sector:${division}`);
    for (let i = 1; i <= rest.length; i++) tags.add(`sector:${division}.${rest.slice(0, i)}`);
  } else if (code) tags.add(`sector:${code}`);
  return [...tags];
}
