import { RefreshCw } from "lucide-react";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { FormError } from "../components/field";
import { formatDateTime } from "../lib/format";
import { CheckedLists, useChangesText } from "../watchlists/checked-lists";
import { MatchExplanations, ScoreLine } from "../watchlists/match-explanation";
import { useJudgeHit, useRefreshSignals, type HitData, type Screening, type Signal } from "./api";
import { useScreeningText } from "./signal-text";

// Signals carried from before the hit data named its threshold were scored against the engine's default.
const DEFAULT_HIT_THRESHOLD = 0.8;

const SEV_CLASS: Record<Signal["severity"], string> = {
  info: "",
  low: "badge-success",
  medium: "badge-warning",
  high: "badge-danger",
  critical: "badge-danger",
};

/** The automatic signals: evidence for the screener, never a verdict. Watchlist hits can be judged. */
export function SignalsPanel({ s, editable }: { s: Screening; editable: boolean }) {
  const { t } = useTranslation("screening");
  const text = useScreeningText();
  const changesText = useChangesText();
  return (
    <section className="card" aria-labelledby="signals-title" data-testid="signals-panel">
      <div className="card-header">
        <h2 id="signals-title">{t("signals.title")}</h2>
        {editable && <RefreshSignalsButton s={s} />}
      </div>
      <p className="small muted" style={{ margin: 0, padding: "0 var(--space-4) var(--space-2)" }}>
        {t("signals.never")} {s.signalsRefreshedAt && t("signals.refreshedAt", { date: formatDateTime(s.signalsRefreshedAt) })}
      </p>
      <div className="stack" style={{ padding: "0 var(--space-4) var(--space-2)" }}>
        <CheckedLists checked={s.watchlistCheck} testId="signals-checked" />
        {editable && s.watchlistCheck && s.watchlistsChanged && (
          <div className="alert alert-warning" role="note" data-testid="signals-stale">
            {t("signals.stale", { changes: changesText(s.watchlistChanges) })}
          </div>
        )}
      </div>
      {s.signals.length === 0 ? (
        <div className="card-body muted">{t("signals.none")}</div>
      ) : (
        <ul style={{ listStyle: "none", margin: 0, padding: 0 }}>
          {s.signals.map((sig) => (
            <li key={sig.key} className="sc-signal" data-testid="signal" data-source={sig.source}>
              <div className="spread">
                <h3 data-code={sig.code}>{text.signalTitle(sig)}</h3>
                <span className="row">
                  <span className="badge">{t(`source.${sig.source}`, { defaultValue: sig.source })}</span>
                  <span className={`badge ${SEV_CLASS[sig.severity]}`}>{t(`severity.${sig.severity}`)}</span>
                </span>
              </div>
              {sig.source === "watchlist" && sig.data ? (
                <WatchlistHit s={s} hit={sig.data as unknown as HitData} editable={editable} />
              ) : (
                <p className="small" style={{ margin: 0 }}>
                  {text.signalDetail(sig)}
                </p>
              )}
              {sig.links.map((l) => (
                <div key={l.url} className="small">
                  <a href={l.url} target="_blank" rel="noopener noreferrer">
                    {l.title || l.url}
                  </a>
                </div>
              ))}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

function WatchlistHit({ s, hit, editable }: { s: Screening; hit: HitData; editable: boolean }) {
  const { t } = useTranslation("screening");
  const { t: tw } = useTranslation("watchlists");
  const judge = useJudgeHit(s.id);
  const [note, setNote] = useState("");
  const noteId = `hit-note-${hit.entityId}`;
  const query = hit.queryName ?? s.company.name;
  const editor = (
    <div className="stack">
      <p className="muted" style={{ margin: 0 }}>
        {t("hit.marksMean")}
      </p>
      <div className="field">
        <label htmlFor={noteId}>{t("hit.note")}</label>
        <input id={noteId} className="input" value={note} onChange={(e) => setNote(e.target.value)} data-testid="hit-note" />
      </div>
      <FormError error={judge.error} />
      <div className="row">
        <button
          type="button"
          className="btn btn-sm btn-danger"
          disabled={judge.isPending}
          onClick={() => judge.mutate({ entityId: hit.entityId, verdict: "true_match", note })}
          data-testid="hit-true-match"
        >
          {t("hit.markTrue")}
        </button>
        <button
          type="button"
          className="btn btn-sm"
          disabled={judge.isPending}
          onClick={() => judge.mutate({ entityId: hit.entityId, verdict: "false_positive", note })}
          data-testid="hit-false-positive"
        >
          {t("hit.markFalse")}
        </button>
      </div>
    </div>
  );
  return (
    <div className="stack small" data-testid="watchlist-hit">
      <p style={{ margin: 0 }}>{t("hit.summary", { query, name: hit.name, list: hit.list, id: hit.sourceId })}</p>
      <ScoreLine score={hit.score} match={hit.match} threshold={hit.threshold ?? DEFAULT_HIT_THRESHOLD} />
      {hit.engine && (
        <p className="muted" style={{ margin: 0 }} data-testid="hit-engine">
          {tw("checked.scoredBy", { engine: hit.engine })}
        </p>
      )}
      <div data-testid="hit-explanations">
        <strong>{t("hit.why")}</strong>
        <MatchExplanations explanations={hit.explanations} queryLabel={query} />
      </div>
      {hit.judgement ? (
        <p style={{ margin: 0 }} data-testid="hit-judgement">
          <span className={`badge ${hit.judgement.verdict === "true_match" ? "badge-danger" : "badge-success"}`}>
            {t(`hit.${hit.judgement.verdict}`)}
          </span>{" "}
          {t("hit.judgedBy", { name: hit.judgement.judgedBy?.name ?? "—", date: formatDateTime(hit.judgement.judgedAt) })}
          {hit.judgement.note && <> — {hit.judgement.note}</>}
        </p>
      ) : (
        <p className="muted" style={{ margin: 0 }}>
          {hit.entryChangedSinceJudgement ? t("hit.changedSince") : t("hit.open")}
        </p>
      )}
      {editable &&
        (hit.judgement ? (
          <details className="sc-details">
            <summary>{t("hit.change")}</summary>
            {editor}
          </details>
        ) : (
          editor
        ))}
    </div>
  );
}

function RefreshSignalsButton({ s }: { s: Screening }) {
  const { t } = useTranslation("screening");
  const refresh = useRefreshSignals(s.id);
  return (
    <button
      type="button"
      className="btn btn-sm"
      onClick={() => refresh.mutate()}
      disabled={refresh.isPending}
      data-testid="refresh-signals"
    >
      <RefreshCw size={14} aria-hidden /> {t("signals.refresh")}
    </button>
  );
}
