import type { Publication } from "../engagements/engagements.rules.js";

// Pure rules of the reports: what may be published, which partnerships belong to a year, value sums.

export interface AgreementFlags {
  confidential: boolean;
  clearedForPublication: boolean;
}

/**
 * What a published report may show of an engagement. The engagement's own choice, made stricter by its
 * agreement: a confidential agreement always leaves it out; a recorded agreement without the partner's
 * clearance never names the company (public becomes anonymous). No agreement: the engagement decides.
 */
export function effectivePublication(publication: Publication, agreement: AgreementFlags | null | undefined): Publication {
  if (agreement?.confidential) return "confidential";
  if (publication === "public" && agreement && !agreement.clearedForPublication) return "anonymous";
  return publication;
}

/** Whether a partnership running from `since` until `endedOn` (null: still running) touches the year. */
export function runsInYear(since: string, endedOn: string | null, year: number): boolean {
  return since <= `${year}-12-31` && (endedOn === null || endedOn >= `${year}-01-01`);
}

/** A target counts as achieved once progress reaches 1 (the whole way from baseline to target). */
export const achieved = (progress: number | null) => progress !== null && progress >= 1;

export interface Valued {
  currency: string | null;
  money: number | null;
  inKind: number | null;
}

/** Money and in-kind value summed per currency (largest first); entries without any value are skipped. */
export function sumByCurrency(items: Valued[]): Array<{ currency: string; money: number; inKind: number }> {
  const out = new Map<string, { currency: string; money: number; inKind: number }>();
  for (const v of items) {
    if (v.money === null && v.inKind === null) continue;
    const currency = v.currency ?? "EUR";
    const s = out.get(currency) ?? { currency, money: 0, inKind: 0 };
    s.money += v.money ?? 0;
    s.inKind += v.inKind ?? 0;
    out.set(currency, s);
  }
  return [...out.values()].sort((a, b) => b.money + b.inKind - (a.money + a.inKind));
}
