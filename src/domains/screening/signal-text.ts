import type { Signal } from "./screening.schema.js";

// A network-shared list entry's signal keeps the sharer's rationale in one structured field (`params.reason`, with
// its copy `data.reason`) and never inside a stored sentence. The English sentence is built here when a screening is
// shown, so withdrawing a rationale only has to null that field (lists.withdraw.ts) — whatever the wording below says.

/** The stored English detail of a network-list signal: no rationale in it, on purpose. */
export const NETWORK_LIST_STORED_DETAIL = "Same name and country. A member's list is a signal to look into, not a verdict.";

/** The English sentence shown for a network-list signal, built from its structured rationale (null: not shared). */
export function networkListDetail(reason: string | null | undefined): string {
  return `Same name and country. ${reason ? `Their reason: ${reason}` : "They shared the name and decision only, not the reason."} A member's list is a signal to look into, not a verdict.`;
}

/** Signals as shown (API, web fallback text): sentences that carry structured free text are built from it now. */
export function presentSignals(signals: Signal[]): Signal[] {
  return signals.map((s) =>
    s.source === "network_list" ? { ...s, detail: networkListDetail(typeof s.params?.reason === "string" ? s.params.reason : null) } : s,
  );
}
