// The knowledge hub's vocabulary: browser-safe and free of zod, so the web app can import it at run time.

/** What an item is. */
export const KNOWLEDGE_KINDS = ["engagement_mode", "practice_guide", "case_study", "template", "lesson", "checklist"] as const;
export type KnowledgeKind = (typeof KNOWLEDGE_KINDS)[number];

/** The language an item is written in; its full-text search uses that language's dictionary. */
export const KNOWLEDGE_LANGUAGES = ["en", "de"] as const;
export type KnowledgeLanguage = (typeof KNOWLEDGE_LANGUAGES)[number];

/**
 * Who reads an item: private (the organisation), network (the members of one network, curated by its
 * coordinators), public (anyone, without signing in: a network's public pages).
 */
export const KNOWLEDGE_SCOPES = ["private", "network", "public"] as const;
export type KnowledgeScope = (typeof KNOWLEDGE_SCOPES)[number];

/** draft: only the organisation sees it (a case study awaiting an admin's review); published: read by its scope. */
export const KNOWLEDGE_STATUSES = ["draft", "published"] as const;
export type KnowledgeStatus = (typeof KNOWLEDGE_STATUSES)[number];

/** The six capacity-building needs of the brief, as tags (bare words). */
export const KNOWLEDGE_NEEDS = ["knowledge", "selection", "presenting", "approach", "risk", "sustaining"] as const;
export type KnowledgeNeed = (typeof KNOWLEDGE_NEEDS)[number];

/**
 * Tags are short strings. A need is its bare key ("selection"); the other kinds carry a prefix:
 * `mode:<engagement mode key>`, `stage:<engagement stage>`, `sector:<NACE code>`, `country:<ISO 3166 alpha-2>`.
 * Anything else is a free tag.
 */
export type TagKind = "need" | "mode" | "stage" | "sector" | "country" | "free";

export function tagKind(tag: string): { kind: TagKind; value: string } {
  if ((KNOWLEDGE_NEEDS as readonly string[]).includes(tag)) return { kind: "need", value: tag };
  const m = /^(mode|stage|sector|country):(.+)$/.exec(tag);
  if (m) return { kind: m[1] as TagKind, value: m[2] };
  return { kind: "free", value: tag };
}

/** A tag in its stored form: trimmed, prefixes and needs lower-case, country and sector codes upper-case. */
export function normaliseTag(raw: string): string {
  const t = raw.trim().replace(/\s+/g, " ");
  const m = /^(need|mode|stage|sector|country)\s*:\s*(.+)$/i.exec(t);
  if (m) {
    const kind = m[1].toLowerCase();
    const value = m[2].trim();
    if (kind === "need") return value.toLowerCase();
    if (kind === "country" || kind === "sector") return `${kind}:${value.toUpperCase()}`;
    return `${kind}:${value.toLowerCase()}`;
  }
  return (KNOWLEDGE_NEEDS as readonly string[]).includes(t.toLowerCase()) ? t.toLowerCase() : t;
}
