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

/**
 * The partner report's period where the request leaves it open. Without dates it is the agreement's term as far as
 * it has run: from the agreement's start — or the day the engagement was created, when the agreement has no start
 * or starts in the future — until today, or until the agreement's end when it has ended. A date given alone is
 * completed the same way, never past it: the default start is not after a given end, the default end not before a
 * given start (unless that start is in the future, which the caller must correct).
 */
export function partnerReportPeriod(
  q: { from?: string; to?: string },
  agreement: { startsOn: string | null; endsOn: string | null } | null,
  createdOn: string,
  today: string,
): { from: string; to: string } {
  const started = agreement?.startsOn && agreement.startsOn <= today ? agreement.startsOn : null;
  const ended = agreement?.endsOn && agreement.endsOn < today ? agreement.endsOn : null;
  const defaultTo = ended && (!q.from || ended >= q.from) ? ended : today;
  const to = q.to ?? defaultTo;
  const defaultFrom = [started ?? createdOn, createdOn].find((d) => d <= to) ?? to;
  return { from: q.from ?? defaultFrom, to };
}
