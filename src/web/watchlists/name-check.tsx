import { Search, ShieldCheck } from "lucide-react";
import { useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import { CountrySelect } from "../components/country-select";
import { Field, FormError } from "../components/field";
import { EmptyState } from "../components/states";
import { formatNumber } from "../lib/format";
import { isBirthDate } from "../../domains/watchlists/birth-date.rules";
import { useScreenName, useWatchlists, type Match } from "./api";
import { CheckedLists } from "./checked-lists";
import { MatchExplanations, ScoreLine } from "./match-explanation";

/** A quick check of one name (optionally with its country) against every list, before adding a company. */
export function NameCheck() {
  const { t } = useTranslation("watchlists");
  const lists = useWatchlists();
  const screen = useScreenName();
  const [name, setName] = useState("");
  const [country, setCountry] = useState("");
  const [birthDate, setBirthDate] = useState("");
  const [identifier, setIdentifier] = useState("");
  const [empty, setEmpty] = useState(false);
  const badDate = !!birthDate.trim() && !isBirthDate(birthDate);
  const entries = (lists.data?.items ?? []).reduce((n, l) => n + l.entityCount, 0);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    setEmpty(!name.trim());
    if (name.trim() && !badDate)
      screen.mutate({
        name: name.trim(),
        country: country || undefined,
        birthDate: birthDate.trim() || undefined,
        id: identifier.trim() || undefined,
      });
  };
  const r = screen.data;
  const hits = r?.matches.filter((m) => m.match) ?? [];
  return (
    <div className="stack-lg">
      <section className="card" aria-labelledby="check-title">
        <div className="card-header">
          <h2 id="check-title">{t("check.title")}</h2>
        </div>
        <form className="card-body stack" onSubmit={submit} noValidate>
          {lists.data?.items.length === 0 && (
            <div className="alert alert-warning" role="note" data-testid="check-no-lists">
              {t("check.noLists")}
            </div>
          )}
          <p className="small muted" style={{ margin: 0 }}>
            {lists.data
              ? t("check.hint", { lists: lists.data.items.length, n: formatNumber(entries), count: lists.data.items.length })
              : t("check.hintLoading")}
          </p>
          <div className="wl-check">
            <Field label={t("check.name")} error={empty ? t("check.nameRequired") : undefined}>
              {(p) => (
                <input
                  {...p}
                  className="input"
                  value={name}
                  maxLength={500}
                  onChange={(e) => setName(e.target.value)}
                  data-testid="check-name"
                />
              )}
            </Field>
            <Field label={t("check.country")}>
              {(p) => <CountrySelect {...p} value={country} onChange={setCountry} testId="check-country" />}
            </Field>
            <Field label={t("check.birthDate")} hint={t("check.birthDateHint")} error={badDate ? t("check.birthDateInvalid") : undefined}>
              {(p) => (
                <input
                  {...p}
                  className="input"
                  value={birthDate}
                  maxLength={10}
                  inputMode="numeric"
                  onChange={(e) => setBirthDate(e.target.value)}
                  data-testid="check-birth-date"
                />
              )}
            </Field>
            <Field label={t("check.identifier")} hint={t("check.identifierHint")}>
              {(p) => (
                <input
                  {...p}
                  className="input"
                  value={identifier}
                  maxLength={200}
                  onChange={(e) => setIdentifier(e.target.value)}
                  data-testid="check-identifier"
                />
              )}
            </Field>
            <div className="field">
              <button type="submit" className="btn btn-primary" disabled={screen.isPending} data-testid="check-submit">
                {screen.isPending ? <span className="spinner" aria-hidden /> : <Search size={15} aria-hidden />} {t("check.submit")}
              </button>
            </div>
          </div>
          <FormError error={screen.error} />
        </form>
      </section>
      {r && (
        <section className="card" aria-labelledby="check-results-title" data-testid="check-results">
          <div className="card-header">
            <h2 id="check-results-title">{t("check.resultsTitle", { name: r.query })}</h2>
            <span
              className={`badge ${hits.length ? "badge-danger" : r.checked.noLists ? "badge-warning" : "badge-success"}`}
              role="status"
              data-testid="check-verdict"
            >
              {hits.length ? t("check.hits", { count: hits.length }) : r.checked.noLists ? t("check.nothingChecked") : t("check.clear")}
            </span>
          </div>
          <div style={{ padding: "var(--space-3) var(--space-4) 0" }}>
            <CheckedLists checked={r.checked} testId="check-checked" />
          </div>
          {r.matches.length === 0 ? (
            <EmptyState icon={ShieldCheck} title={t("check.noneTitle")}>
              {t("check.noneBody", { threshold: formatNumber(r.threshold) })}
            </EmptyState>
          ) : (
            <>
              <p className="small muted" style={{ margin: 0, padding: "var(--space-3) var(--space-4) var(--space-1)" }}>
                {t("check.shownHint", { threshold: formatNumber(r.threshold), half: formatNumber(r.threshold / 2) })}
              </p>
              <MatchList matches={r.matches} threshold={r.threshold} queryLabel={r.query} />
            </>
          )}
        </section>
      )}
    </div>
  );
}

/** Matches and near-misses, best first, each with its score and explanations. */
export function MatchList({ matches, threshold, queryLabel }: { matches: Match[]; threshold: number; queryLabel: string }) {
  const { t } = useTranslation("watchlists");
  return (
    <ul className="wl-matches">
      {matches.map((m) => (
        <li key={`${m.list}:${m.sourceId}`} className="wl-match" data-testid="match">
          <div className="spread">
            <h3>{m.name}</h3>
            <span className="small muted">{t("check.entry", { list: m.list, id: m.sourceId })}</span>
          </div>
          <ScoreLine score={m.score} match={m.match} threshold={threshold} />
          <MatchExplanations explanations={m.explanations} queryLabel={queryLabel} />
        </li>
      ))}
    </ul>
  );
}
