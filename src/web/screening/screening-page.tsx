import "./screening.css";
import { FileUp, Lock, Paperclip } from "lucide-react";
import { useEffect, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, useParams, useSearchParams } from "react-router-dom";
import { useActiveOrg } from "../app/session";
import { FormError } from "../components/field";
import { ErrorState, Loading, PageHeader } from "../components/states";
import { criterionTitle } from "../lib/built-in";
import { formatDate, formatDateTime } from "../lib/format";
import {
  ANSWER_VALUES,
  fileUrl,
  useAnswer,
  usePatchSupplyChain,
  useScreening,
  useUploadEvidence,
  type AnswerValue,
  type Screening,
} from "./api";
import { DecisionForm, DecisionView } from "./decision-form";
import { RiskSummary } from "./risk-summary";
import { GuideRail, screeningSteps, StepFooter, StepNav, stepOf, type StepKey } from "./screening-guide";
import { SignalsPanel } from "./signals-panel";

type Criterion = Screening["criteria"][number];

/**
 * The screening workspace as a guided flow: steps (signals and risk, each criteria group, the decision) with what is
 * left in each, the open criteria and the way to the decision always in view. Read-only once decided.
 */
export default function ScreeningPage() {
  const { id = "" } = useParams();
  const { t } = useTranslation("screening");
  const { canWrite } = useActiveOrg();
  const q = useScreening(id);
  const [params, setParams] = useSearchParams();
  const [focusKey, setFocusKey] = useState<string | null>(null);
  const stepsRef = useRef<HTMLDivElement>(null);
  const s = q.data;
  const steps = s ? screeningSteps(s) : [];
  const asked = params.get("step") as StepKey | null;
  const current: StepKey = steps.some((x) => x.key === asked) ? (asked as StepKey) : s?.status === "decided" ? "decision" : "signals";
  // After "open this criterion": its first answer takes the focus once its step is shown.
  useEffect(() => {
    if (!focusKey) return;
    const el = document.querySelector<HTMLElement>(`[data-testid="criterion-${CSS.escape(focusKey)}"]`);
    // Its step may not be shown yet (the address changes after this render): wait for the render that shows it.
    if (!el || el.getClientRects().length === 0) return;
    el.scrollIntoView({ block: "center" });
    (el.querySelector<HTMLElement>("input:not([disabled])") ?? el).focus({ preventScroll: true });
    setFocusKey(null);
  }, [focusKey, current]);
  if (q.isPending) return <Loading />;
  if (q.error || !s) return <ErrorState error={q.error} onRetry={() => void q.refetch()} />;
  const editable = canWrite && s.status === "draft";
  const hard = s.criteria.filter((c) => stepOf(c) === "hard");
  const weighted = s.criteria.filter((c) => stepOf(c) === "weighted");
  const supply = s.criteria.filter((c) => stepOf(c) === "supply");
  const answered = s.criteria.filter((c) => c.applicable && c.answer).length;
  const applicable = s.criteria.filter((c) => c.applicable).length;
  const select = (key: StepKey, keepScroll = false) => {
    setParams(
      (p) => {
        const next = new URLSearchParams(p);
        next.set("step", key);
        return next;
      },
      { replace: true },
    );
    if (!keepScroll) {
      const top = stepsRef.current?.getBoundingClientRect().top ?? 0;
      if (top < 0) stepsRef.current?.scrollIntoView({ block: "start" });
    }
  };
  const openCriterion = (c: Criterion) => {
    select(stepOf(c), true);
    setFocusKey(c.key);
  };
  const show = (key: StepKey) => current === key;
  return (
    <>
      <PageHeader
        breadcrumb={
          <>
            <Link to="/companies">{t("companies")}</Link> <span aria-hidden>/</span>{" "}
            <Link to={`/companies/${s.company.id}`}>{s.company.name}</Link> <span aria-hidden>/</span>{" "}
            <Link to={`/companies/${s.company.id}/screenings`}>{t("history.title")}</Link>
          </>
        }
        title={<span data-testid="screening-title">{t("page.title", { name: s.company.name })}</span>}
        description={
          <span className="row" style={{ marginTop: 6 }}>
            <span className={`badge ${s.status === "draft" ? "badge-primary" : ""}`} data-testid="screening-state">
              {s.status === "draft" ? t("page.draft") : t("page.decided")}
            </span>
            <span className="small muted">
              {t("page.catalogue", { version: s.catalogue.version })} ·{" "}
              {t("page.started", { date: formatDate(s.createdAt), name: s.createdBy?.name ?? "—" })}
            </span>
            <span className="small muted" data-testid="screening-progress">
              {t("page.progress", { answered, applicable })}
            </span>
          </span>
        }
      />
      {s.status === "decided" && (
        <div className="alert alert-info" role="note" style={{ marginBottom: 20 }}>
          <Lock size={16} aria-hidden /> <span>{t("page.readOnly")}</span>
        </div>
      )}
      <div className="sg-layout">
        <div className="sg-main" ref={stepsRef}>
          <StepNav steps={steps} current={current} onSelect={select} />
          <div className="stack-lg" hidden={!show("signals")} data-testid="step-panel-signals">
            <RiskSummary risk={s.risk} />
            <SignalsPanel s={s} editable={editable} />
          </div>
          <div hidden={!show("hard")} data-testid="step-panel-hard">
            <CriteriaSection
              title={t("groups.hard")}
              hint={t("groups.hardHint")}
              items={hard}
              s={s}
              editable={editable}
              testId="group-hard"
            />
          </div>
          <div hidden={!show("weighted")} data-testid="step-panel-weighted">
            <CriteriaSection
              title={t("groups.weighted")}
              hint={t("groups.weightedHint")}
              items={weighted}
              s={s}
              editable={editable}
              testId="group-weighted"
            />
          </div>
          <div hidden={!show("supply")} data-testid="step-panel-supply">
            <SupplyChainSection items={supply} s={s} editable={editable} />
          </div>
          <div hidden={!show("decision")} data-testid="step-panel-decision">
            {s.status === "decided" ? (
              <DecisionView s={s} />
            ) : canWrite ? (
              <DecisionForm s={s} onOpenCriterion={openCriterion} />
            ) : (
              <p className="card card-body muted">{t("guide.readerCannotDecide")}</p>
            )}
          </div>
          <StepFooter steps={steps} current={current} onSelect={select} />
        </div>
        <GuideRail s={s} current={current} onOpen={openCriterion} onDecide={() => select("decision")} />
      </div>
    </>
  );
}

function CriteriaSection({
  title,
  hint,
  items,
  s,
  editable,
  testId,
}: {
  title: string;
  hint: string;
  items: Criterion[];
  s: Screening;
  editable: boolean;
  testId: string;
}) {
  if (items.length === 0) return null;
  const headingId = `${testId}-title`;
  return (
    <section className="card" aria-labelledby={headingId} data-testid={testId}>
      <div className="card-header">
        <h2 id={headingId}>{title}</h2>
      </div>
      <p className="small muted" style={{ margin: 0, padding: "0 var(--space-4)" }}>
        {hint}
      </p>
      <ul className="sc-criteria">
        {items.map((c) => (
          <CriterionItem key={c.key} c={c} s={s} editable={editable} />
        ))}
      </ul>
    </section>
  );
}

function SupplyChainSection({ items, s, editable }: { items: Criterion[]; s: Screening; editable: boolean }) {
  const { t } = useTranslation("screening");
  const patch = usePatchSupplyChain(s.id);
  if (items.length === 0) return null;
  const open = items.filter((c) => c.applicable && !c.answer).length;
  return (
    <section className="card" aria-labelledby="group-supply-title" data-testid="group-supply">
      <div className="card-header">
        <h2 id="group-supply-title">{t("groups.supply")}</h2>
        <label className="checkbox small">
          <input
            type="checkbox"
            checked={s.supplyChain.hasSupplyChain}
            disabled={!editable || patch.isPending}
            onChange={(e) => patch.mutate({ hasSupplyChain: e.target.checked })}
            data-testid="has-supply-chain"
          />
          {t("groups.hasSupplyChain")}
        </label>
      </div>
      <p className="small muted" style={{ margin: 0, padding: "0 var(--space-4)" }} data-testid="supply-summary">
        {s.supplyChain.hasSupplyChain ? t("groups.supplySummary", { count: items.length, open }) : t("guide.supplyOff")}
      </p>
      <ul className="sc-criteria">
        {items.map((c) => (
          <CriterionItem key={c.key} c={c} s={s} editable={editable && c.applicable} />
        ))}
      </ul>
    </section>
  );
}

function CriterionItem({ c, s, editable }: { c: Criterion; s: Screening; editable: boolean }) {
  const { t } = useTranslation("screening");
  const save = useAnswer(s.id);
  const upload = useUploadEvidence(s.id);
  const [notes, setNotes] = useState(c.answer?.notes ?? "");
  const [links, setLinks] = useState((c.answer?.links ?? []).map((l) => l.url).join("\n"));
  const files = s.files.filter((f) => f.criterionKey === c.key);
  const titleId = `crit-${c.key}`;
  const parsedLinks = () =>
    links
      .split(/\s+/)
      .map((x) => x.trim())
      .filter(Boolean)
      .map((url) => ({ url }));
  const send = (answer: AnswerValue) => save.mutate({ key: c.key, answer, notes: notes.trim() || null, links: parsedLinks() });
  const dirty = (c.answer?.notes ?? "") !== notes || (c.answer?.links ?? []).map((l) => l.url).join("\n") !== links;
  return (
    <li className="sc-criterion" data-testid={`criterion-${c.key}`} aria-labelledby={titleId}>
      <div className="spread">
        <h3 id={titleId}>{criterionTitle(t, c.key, c.title)}</h3>
        <span className="row">
          {c.kind === "hard_exclusion" ? (
            <span className="badge badge-danger">{t("kind.hard_exclusion")}</span>
          ) : (
            <span className="badge">{t("kind.weightShort", { weight: c.weight })}</span>
          )}
          {c.answer?.carriedOver && <span className="badge">{t("answer.carriedOver")}</span>}
          {!c.applicable && <span className="badge">{t("answer.notApplicableHere")}</span>}
        </span>
      </div>
      <details className="sc-details">
        <summary>{t("answer.guidance")}</summary>
        <p className="small" style={{ whiteSpace: "pre-wrap" }}>
          {c.guidance}
        </p>
      </details>
      <fieldset>
        <legend className="sr-only">{t("answer.legend", { title: criterionTitle(t, c.key, c.title) })}</legend>
        <div className="sc-answers">
          {ANSWER_VALUES.map((v) => (
            <label key={v} className="sc-answer">
              <input
                type="radio"
                name={`answer-${c.key}`}
                value={v}
                checked={c.answer?.answer === v}
                disabled={!editable || save.isPending}
                onChange={() => send(v)}
                data-testid={`answer-${c.key}-${v}`}
              />
              {t(`answer.${v}`)}
            </label>
          ))}
        </div>
      </fieldset>
      {editable ? (
        <details className="sc-details" style={{ marginTop: 8 }} open={!!c.answer?.notes || (c.answer?.links.length ?? 0) > 0 || undefined}>
          <summary>{t("answer.more")}</summary>
          <div className="stack" style={{ marginTop: 8 }}>
            <div className="field">
              <label htmlFor={`${titleId}-notes`}>{t("answer.notes")}</label>
              <textarea
                id={`${titleId}-notes`}
                className="textarea"
                rows={2}
                value={notes}
                onChange={(e) => setNotes(e.target.value)}
                data-testid={`notes-${c.key}`}
              />
            </div>
            <div className="field">
              <label htmlFor={`${titleId}-links`}>{t("answer.links")}</label>
              <textarea
                id={`${titleId}-links`}
                className="textarea"
                rows={1}
                value={links}
                onChange={(e) => setLinks(e.target.value)}
                placeholder="https://…"
                aria-describedby={`${titleId}-links-hint`}
              />
              <span className="hint" id={`${titleId}-links-hint`}>
                {t("answer.linksHint")}
              </span>
            </div>
            <FormError error={save.error ?? upload.error} />
            <div className="row">
              <button
                type="button"
                className="btn btn-sm"
                disabled={!dirty || !c.answer || save.isPending}
                onClick={() => c.answer && send(c.answer.answer)}
                data-testid={`save-notes-${c.key}`}
              >
                {t("answer.saveNotes")}
              </button>
              {!c.answer && dirty && <span className="small muted">{t("answer.pickFirst")}</span>}
              <label className="btn btn-sm btn-ghost">
                <FileUp size={14} aria-hidden /> {upload.isPending ? t("answer.uploading") : t("answer.upload")}
                <input
                  type="file"
                  className="sr-only"
                  onChange={(e) => {
                    const file = e.target.files?.[0];
                    if (file) upload.mutate({ file, criterionKey: c.key });
                    e.target.value = "";
                  }}
                  data-testid={`upload-${c.key}`}
                />
              </label>
            </div>
          </div>
        </details>
      ) : (
        (c.answer?.notes || (c.answer?.links.length ?? 0) > 0) && (
          <div className="small" style={{ marginTop: 8 }}>
            {c.answer?.notes && <p style={{ whiteSpace: "pre-wrap", margin: 0 }}>{c.answer.notes}</p>}
            {c.answer?.links.map((l) => (
              <div key={l.url}>
                <a href={l.url} target="_blank" rel="noopener noreferrer">
                  {l.title || l.url}
                </a>
              </div>
            ))}
          </div>
        )
      )}
      {files.length > 0 && (
        <ul className="small" style={{ listStyle: "none", padding: 0, margin: "8px 0 0" }}>
          {files.map((f) => (
            <li key={f.id}>
              <Paperclip size={12} aria-hidden />{" "}
              <a href={fileUrl(s.id, f.id)} data-testid="evidence-file">
                {f.filename}
              </a>{" "}
              <span className="muted">
                {formatDateTime(f.createdAt)} · {f.uploadedBy?.name ?? ""}
              </span>
            </li>
          ))}
        </ul>
      )}
      {c.answer && (
        <p className="small muted" style={{ margin: "6px 0 0" }}>
          {t("answer.by", { name: c.answer.updatedBy?.name ?? "—", date: formatDateTime(c.answer.updatedAt) })}
        </p>
      )}
    </li>
  );
}
