import "./watchlists.css";
import { useTranslation } from "react-i18next";
import { formatNumber } from "../lib/format";
import type { Explanation } from "./api";

// How a name-matching score is shown to people who are not screening experts: the score against the
// threshold in words, then each feature that made it — what the feature means, what the engine saw, and
// how much it added or took away.

const KNOWN = [
  "token_overlap",
  "unmatched_tokens",
  "legal_form",
  "numbers",
  "country",
  "entity_type",
  "alias",
  "annotation",
  "script",
  "birth_date",
  "identifier",
];

// How the engine's details refer to the two names: "'x' only in A", "A's former name", "ignored A: …".
const NAMES_AB = /only in [AB]\b|\b[AB]'s |(^|; |ignored )[AB]: /;

/** Scores and weights with two decimals, as the engine's threshold (0.8) is read. */
export const score2 = (n: number) => formatNumber(Math.round(n * 100) / 100);

/** "0.95 — a match (names count as a match from 0.80)" with a meter. */
export function ScoreLine({ score, match, threshold }: { score: number; match: boolean; threshold: number }) {
  const { t } = useTranslation("watchlists");
  const pct = Math.round(Math.max(0, Math.min(1, score)) * 100);
  return (
    <div className="wl-score" data-testid="match-score">
      <span className={`badge ${match ? "badge-danger" : "badge-warning"}`}>{match ? t("explain.match") : t("explain.nearMiss")}</span>
      <span className="wl-meter" role="img" aria-label={t("explain.meter", { score: score2(score), threshold: score2(threshold) })}>
        <span className={`wl-meter-fill ${match ? "hit" : ""}`} style={{ width: `${pct}%` }} />
        <span className="wl-meter-tick" style={{ left: `${Math.round(threshold * 100)}%` }} />
      </span>
      <span className="small">
        <strong>{t("explain.score", { score: score2(score) })}</strong>{" "}
        <span className="muted">{t("explain.threshold", { threshold: score2(threshold) })}</span>
      </span>
    </div>
  );
}

/**
 * The features behind a score, each with a plain-language meaning. `A` in the engine's details is the name
 * that was checked, `B` the list entry: the legend says so.
 */
export function MatchExplanations({ explanations, queryLabel }: { explanations: Explanation[]; queryLabel?: string }) {
  const { t } = useTranslation("watchlists");
  if (!explanations.length) return null;
  return (
    <div className="wl-expl" data-testid="match-explanations">
      <ul>
        {explanations.map((e, i) => {
          const known = KNOWN.includes(e.feature);
          const effect = e.weight > 0.0005 ? "up" : e.weight < -0.0005 ? "down" : "none";
          return (
            <li key={i} data-testid="match-explanation">
              <span
                className={`wl-weight ${effect}`}
                role="img"
                aria-label={t(`explain.effect.${effect}`, { points: score2(Math.abs(e.weight)) })}
              >
                {effect === "none" ? "±0" : `${effect === "up" ? "+" : "−"}${score2(Math.abs(e.weight))}`}
              </span>
              <span>
                <strong>{known ? t(`feature.${e.feature}.label`) : e.feature.replace(/_/g, " ")}</strong>
                {known && <span className="muted"> — {t(`feature.${e.feature}.means`)}</span>}
                <span className="wl-detail">{e.detail}</span>
              </span>
            </li>
          );
        })}
      </ul>
      {explanations.some((e) => NAMES_AB.test(e.detail)) && (
        <p className="small muted" style={{ margin: "4px 0 0" }}>
          {t("explain.legend", { query: queryLabel ?? t("explain.queryDefault") })}
        </p>
      )}
    </div>
  );
}
