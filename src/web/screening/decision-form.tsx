import { Plus, Trash2 } from "lucide-react";
import { useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import { useActiveOrg } from "../app/session";
import { Field, fieldError, FormError } from "../components/field";
import { useToast } from "../components/toast";
import { ApiError } from "../lib/api";
import { criterionTitle } from "../lib/built-in";
import { formatDate } from "../lib/format";
import { DECISIONS, monthsFromToday, useDecide, type Screening, type ScreeningDecision } from "./api";

/** The decision form of a draft: decision, rationale, conditions, monitoring plan, re-screening date, override. */
export function DecisionForm({ s, onOpenCriterion }: { s: Screening; onOpenCriterion?: (c: Screening["criteria"][number]) => void }) {
  const { t } = useTranslation("screening");
  const { isAdmin } = useActiveOrg();
  const toast = useToast();
  const decide = useDecide(s.id);
  const [decision, setDecision] = useState<ScreeningDecision | "">("");
  const [rationale, setRationale] = useState("");
  const [conditions, setConditions] = useState<{ text: string; dueOn: string }[]>([]);
  const [monitoringPlan, setMonitoringPlan] = useState("");
  const [rescreenOn, setRescreenOn] = useState(monthsFromToday(12));
  const [override, setOverride] = useState(false);
  const [local, setLocal] = useState<Record<string, string>>({});
  const needsConditions = decision === "approved_with_conditions" || decision === "engage_to_reform";
  const highRisk = s.risk.level === "high" || s.risk.level === "critical";
  const approving = decision === "approved" || decision === "approved_with_conditions";
  const adminOnly = decision === "rejected" || decision === "engage_to_reform" || (approving && highRisk);

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const errs: Record<string, string> = {};
    if (!decision) errs.decision = t("decide.pickDecision");
    if (!rationale.trim()) errs.rationale = t("decide.rationaleRequired");
    if (needsConditions && conditions.filter((c) => c.text.trim()).length === 0) errs.conditions = t("decide.conditionsRequired");
    conditions.forEach((c, i) => {
      if (c.text.trim() && !c.dueOn) errs[`conditions.${i}.dueOn`] = t("decide.dueRequired");
    });
    if (decision === "engage_to_reform" && !monitoringPlan.trim()) errs.monitoringPlan = t("decide.monitoringRequired");
    setLocal(errs);
    if (Object.keys(errs).length || !decision) return;
    decide.mutate(
      {
        decision,
        rationale,
        conditions: needsConditions ? conditions.filter((c) => c.text.trim()) : [],
        monitoringPlan: monitoringPlan.trim() || null,
        rescreenOn: rescreenOn || undefined,
        override: approving && highRisk ? override : false,
      },
      { onSuccess: () => toast.success(t("decide.done")) },
    );
  };
  // The server's rule messages carry codes (screening:decisionErrors.*); decision names and levels in them are translated too.
  const said = (params: Record<string, unknown> = {}) => ({
    ...params,
    ...(typeof params.decision === "string" ? { decision: t(`decision.${params.decision}`, { defaultValue: params.decision }) } : {}),
    ...(typeof params.level === "string" ? { level: t(`level.${params.level}`, { defaultValue: params.level }) } : {}),
    ...(typeof params.criterionKey === "string" && typeof params.criterion === "string"
      ? { criterion: criterionTitle(t, params.criterionKey, params.criterion) }
      : {}),
  });
  const serverError = (path: string) => {
    if (!(decide.error instanceof ApiError)) return undefined;
    const e = decide.error.errors.find((x) => x.path === path) ?? decide.error.errors.find((x) => x.path.startsWith(`${path}.`));
    return e?.code ? t(`decisionErrors.fields.${e.code}`, { ...said(e.params), defaultValue: e.message }) : fieldError(decide.error, path);
  };
  const err = (path: string) => local[path] ?? serverError(path);
  const roleProblem =
    decide.error instanceof ApiError && (decide.error.status === 403 || decide.error.status === 422) ? decide.error : null;
  // The refusal names the criteria still to answer. They are answered in other steps, so the list follows the
  // screening as it is now, not as it was when the decision was refused: an answered criterion leaves it.
  const openNow = new Map(s.criteria.filter((c) => c.applicable && !c.answer).map((c) => [c.key, c]));
  const answerErrors = roleProblem ? roleProblem.errors.filter((e) => e.path.startsWith("answers.")) : [];
  const unanswered = answerErrors.filter((e) => e.code !== "answer_first" || openNow.has(e.path.slice("answers.".length)));
  const otherErrors = roleProblem ? roleProblem.errors.filter((e) => !e.path.startsWith("answers.")) : [];
  // Refused only for answers that are all given by now: nothing left to show but "record it again".
  const resolved =
    roleProblem?.body.detailCode === "incomplete" && answerErrors.length > 0 && unanswered.length === 0 && !otherErrors.length;

  return (
    <section className="card" aria-labelledby="decide-title" data-testid="decision-form">
      <div className="card-header">
        <h2 id="decide-title">{t("decide.title")}</h2>
      </div>
      <form className="card-body form" onSubmit={submit} noValidate>
        <p className="small muted" style={{ margin: 0 }}>
          {t("decide.roleRules")}
        </p>
        <fieldset aria-describedby={err("decision") ? "decision-err" : undefined}>
          <legend>{t("decide.decision")}</legend>
          <div className="stack" style={{ gap: 6 }}>
            {DECISIONS.map((d) => (
              <label key={d} className="checkbox">
                <input
                  type="radio"
                  name="decision"
                  value={d}
                  checked={decision === d}
                  onChange={() => setDecision(d)}
                  data-testid={`decision-${d}`}
                />
                {t(`decision.${d}`)}
              </label>
            ))}
          </div>
          {err("decision") && (
            <span className="error small" id="decision-err">
              {err("decision")}
            </span>
          )}
        </fieldset>
        {adminOnly && !isAdmin && (
          <div className="alert alert-warning" role="status">
            {t("decide.adminOnly")}
          </div>
        )}
        {approving && highRisk && (
          <div className="alert alert-warning" role="status">
            <div className="stack">
              <span>{t("decide.highRisk", { level: t(`level.${s.risk.level}`) })}</span>
              {isAdmin && (
                <label className="checkbox">
                  <input
                    type="checkbox"
                    checked={override}
                    onChange={(e) => setOverride(e.target.checked)}
                    data-testid="decision-override"
                  />
                  {t("decide.override")}
                </label>
              )}
            </div>
          </div>
        )}
        <Field label={t("decide.rationale")} error={err("rationale")}>
          {(p) => (
            <textarea
              {...p}
              className="textarea"
              rows={4}
              value={rationale}
              onChange={(e) => setRationale(e.target.value)}
              data-testid="decision-rationale"
            />
          )}
        </Field>
        {needsConditions && (
          <fieldset>
            <legend>{t("decide.conditions")}</legend>
            <div className="stack">
              {conditions.map((c, i) => (
                <div key={i} className="sc-condition" data-testid="condition-row">
                  <Field label={t("decide.conditionText", { n: i + 1 })} error={fieldError(decide.error, `conditions.${i}.text`)}>
                    {(p) => (
                      <input
                        {...p}
                        className="input"
                        value={c.text}
                        onChange={(e) => setConditions(conditions.map((x, j) => (j === i ? { ...x, text: e.target.value } : x)))}
                        data-testid={`condition-text-${i}`}
                      />
                    )}
                  </Field>
                  <Field label={t("decide.dueOn")} error={err(`conditions.${i}.dueOn`)}>
                    {(p) => (
                      <input
                        {...p}
                        type="date"
                        className="input"
                        value={c.dueOn}
                        onChange={(e) => setConditions(conditions.map((x, j) => (j === i ? { ...x, dueOn: e.target.value } : x)))}
                        data-testid={`condition-due-${i}`}
                      />
                    )}
                  </Field>
                  <button
                    type="button"
                    className="btn btn-ghost btn-icon"
                    aria-label={t("decide.removeCondition", { n: i + 1 })}
                    onClick={() => setConditions(conditions.filter((_, j) => j !== i))}
                  >
                    <Trash2 size={15} aria-hidden />
                  </button>
                </div>
              ))}
              <div>
                <button
                  type="button"
                  className="btn btn-sm"
                  onClick={() => setConditions([...conditions, { text: "", dueOn: monthsFromToday(3) }])}
                  data-testid="condition-add"
                >
                  <Plus size={14} aria-hidden /> {t("decide.addCondition")}
                </button>
              </div>
              {err("conditions") && <span className="error small">{err("conditions")}</span>}
            </div>
          </fieldset>
        )}
        {(decision === "engage_to_reform" || decision === "approved_with_conditions") && (
          <Field
            label={decision === "engage_to_reform" ? t("decide.monitoringPlanRequired") : t("decide.monitoringPlan")}
            error={err("monitoringPlan")}
          >
            {(p) => (
              <textarea
                {...p}
                className="textarea"
                rows={3}
                value={monitoringPlan}
                onChange={(e) => setMonitoringPlan(e.target.value)}
                data-testid="decision-monitoring"
              />
            )}
          </Field>
        )}
        <Field label={t("decide.rescreenOn")} hint={t("decide.rescreenHint")} error={err("rescreenOn")}>
          {(p) => (
            <input
              {...p}
              type="date"
              className="input"
              value={rescreenOn}
              onChange={(e) => setRescreenOn(e.target.value)}
              data-testid="decision-rescreen"
            />
          )}
        </Field>
        {resolved ? (
          <div className="alert alert-info" role="status" data-testid="decision-resolved">
            {t("decide.nowComplete")}
          </div>
        ) : roleProblem ? (
          <div className="alert alert-danger" role="alert" data-testid="decision-problem">
            <div>
              <span>
                {roleProblem.status === 403 ? t("decide.forbidden") : t("decide.refused")}{" "}
                {typeof roleProblem.body.detailCode === "string"
                  ? t(`decisionErrors.detail.${roleProblem.body.detailCode}`, {
                      ...said(roleProblem.body.detailParams as Record<string, unknown> | undefined),
                      defaultValue: roleProblem.detail,
                    })
                  : roleProblem.detail}
              </span>
              {unanswered.some((e) => e.code === "answer_first") && (
                <span style={{ display: "block", marginTop: 6 }}>{t("decide.answerThese", { count: unanswered.length })}</span>
              )}
              {unanswered.length > 0 && (
                <ul className="sg-refused" data-testid="decision-unanswered">
                  {unanswered.map((e) => {
                    const key = e.path.slice("answers.".length);
                    const c = s.criteria.find((x) => x.key === key);
                    const message = t(`decisionErrors.fields.${e.code ?? "answer_first"}`, { ...said(e.params), defaultValue: e.message });
                    return (
                      <li key={e.path}>
                        {c && onOpenCriterion ? (
                          <button type="button" className="sg-open-link" onClick={() => onOpenCriterion(c)}>
                            {e.code === "answer_first"
                              ? criterionTitle(t, c.key, c.title)
                              : `${criterionTitle(t, c.key, c.title)}: ${message}`}
                          </button>
                        ) : (
                          message
                        )}
                      </li>
                    );
                  })}
                </ul>
              )}
            </div>
          </div>
        ) : (
          <FormError error={decide.error} />
        )}
        <div className="form-actions">
          <button type="submit" className="btn btn-primary" disabled={decide.isPending} data-testid="decision-submit">
            {t("decide.submit")}
          </button>
        </div>
      </form>
    </section>
  );
}

/** A decided screening's decision, read-only. */
export function DecisionView({ s }: { s: Screening }) {
  const { t } = useTranslation("screening");
  return (
    <section className="card" aria-labelledby="decision-title" data-testid="decision-view">
      <div className="card-header">
        <h2 id="decision-title">{t("decide.decided")}</h2>
        {s.decision && (
          <span
            className={`badge ${s.decision === "rejected" ? "badge-danger" : s.decision === "engage_to_reform" ? "badge-warning" : "badge-success"}`}
          >
            {t(`decision.${s.decision}`)}
          </span>
        )}
      </div>
      <div className="card-body">
        <dl className="dl">
          <dt>{t("decide.decidedBy")}</dt>
          <dd>
            {s.decidedBy?.name ?? "—"}, {formatDate(s.decidedAt)}
            {s.override && (
              <span className="badge badge-warning" style={{ marginLeft: 6 }}>
                {t("decide.overrideBadge")}
              </span>
            )}
          </dd>
          <dt>{t("decide.rationale")}</dt>
          <dd style={{ whiteSpace: "pre-wrap" }}>{s.rationale}</dd>
          {s.conditions.length > 0 && (
            <>
              <dt>{t("decide.conditions")}</dt>
              <dd>
                <ul className="sc-list" data-testid="decision-conditions">
                  {s.conditions.map((c) => (
                    <li key={c.id}>
                      {c.text} — {t("decide.dueOnDate", { date: formatDate(c.dueOn) })}{" "}
                      <span className="badge">{t(`conditionStatus.${c.status}`)}</span>
                    </li>
                  ))}
                </ul>
              </dd>
            </>
          )}
          {s.monitoringPlan && (
            <>
              <dt>{t("decide.monitoringPlan")}</dt>
              <dd style={{ whiteSpace: "pre-wrap" }}>{s.monitoringPlan}</dd>
            </>
          )}
          <dt>{t("decide.rescreenOn")}</dt>
          <dd>
            {formatDate(s.rescreenOn)}
            {s.overdue && (
              <span className="badge badge-warning" style={{ marginLeft: 6 }}>
                {t("status.overdue")}
              </span>
            )}
          </dd>
        </dl>
      </div>
    </section>
  );
}
