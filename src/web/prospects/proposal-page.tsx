import "./prospects.css";
import { Download, Plus, Trash2 } from "lucide-react";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, useParams } from "react-router-dom";
import { GAIN_KEYS, type GainKey, type ProposalContent } from "../../domains/prospects/prospects.rules";
import { useActiveOrg } from "../app/session";
import { SubmitButton } from "../components/form-dialog";
import { Field, FormError } from "../components/field";
import { ErrorState, Loading, PageHeader } from "../components/states";
import { useToast } from "../components/toast";
import { useModeLabel } from "../engagements/badges";
import { downloadFile } from "../lib/download";
import { useDownload } from "../components/use-download";
import { formatDate, formatDateTime } from "../lib/format";
import { type Proposal, type WordingSuggestion, useProposal, useProposalSuggestions, useProposalVersions, useSaveProposal } from "./api";
import { ProposalKnowledge } from "./proposal-knowledge";
import { StepSuggestions } from "./proposal-suggestions";

const STEPS = ["problem", "partnership", "gains", "ngoGains", "activities", "visibility", "budget", "confidentiality"] as const;
type Step = (typeof STEPS)[number];

/** The proposal builder: guided steps, each pre-filled with suggested wording and always editable; documents and versions beside. */
export default function ProposalPage() {
  const { id = "" } = useParams();
  const q = useProposal(id);
  if (q.isPending) return <Loading />;
  if (q.error) return <ErrorState error={q.error} onRetry={() => void q.refetch()} />;
  return <Builder key={`${q.data.id}-${q.data.version}`} proposal={q.data} />;
}

function Builder({ proposal: p }: { proposal: Proposal }) {
  const { t } = useTranslation("prospects");
  const { canWrite } = useActiveOrg();
  const modeLabel = useModeLabel();
  const save = useSaveProposal(p.id);
  const wording = useProposalSuggestions(p.id, p.language).data?.steps ?? [];
  const suggestionsFor = (s: string) => wording.find((w) => w.step === s)?.suggestions ?? [];
  const toast = useToast();
  const [step, setStep] = useState<Step>("problem");
  const [content, setContent] = useState<ProposalContent>(p.content);
  const dirty = JSON.stringify(content) !== JSON.stringify(p.content);
  const i = STEPS.indexOf(step);
  const set = <K extends keyof ProposalContent>(k: K, v: ProposalContent[K]) => setContent((c) => ({ ...c, [k]: v }));
  const { storyIds: _stories, ...editable } = content;
  return (
    <>
      <PageHeader
        breadcrumb={
          <>
            <Link to="/prospects">{t("detail.breadcrumb")}</Link> <span aria-hidden>/</span>{" "}
            <Link to={`/prospects/${p.companyId}`}>{p.companyName}</Link> <span aria-hidden>/</span> <span>{p.title}</span>
          </>
        }
        title={<span data-testid="proposal-heading">{p.title}</span>}
        description={
          <span className="small muted">
            {p.modes.map(modeLabel).join(", ")} · {t("proposals.version", { version: p.version })} ·{" "}
            {t("proposals.updated", { date: formatDate(p.updatedAt) })}
          </span>
        }
      />
      <div className="grid-2 proposal-layout">
        <form
          className="card proposal-step"
          onSubmit={(e) => {
            e.preventDefault();
            save.mutate({ content: editable }, { onSuccess: (r) => toast.success(t("builder.saved", { version: r.version })) });
          }}
          aria-labelledby="step-title"
          data-testid="proposal-builder"
        >
          <div className="card-body stack">
            <ol className="proposal-steps" aria-label={t("builder.step", { n: i + 1, total: STEPS.length })}>
              {STEPS.map((s, n) => (
                <li key={s}>
                  <button
                    type="button"
                    className="btn btn-sm"
                    aria-current={s === step ? "step" : undefined}
                    onClick={() => setStep(s)}
                    data-testid={`step-${s}`}
                  >
                    {n + 1}. {t(`builder.steps.${s}`)}
                  </button>
                </li>
              ))}
            </ol>
            <h2 id="step-title">{t(`builder.steps.${step}`)}</h2>
            <p className="small muted">{t(`builder.hints.${step}`)}</p>
            <FormError error={save.error} />
            <fieldset disabled={!canWrite} className="stack">
              <StepFields step={step} content={content} set={set} suggestionsFor={suggestionsFor} />
            </fieldset>
            <div className="row" style={{ justifyContent: "space-between" }}>
              <span className="row">
                <button type="button" className="btn" disabled={i === 0} onClick={() => setStep(STEPS[i - 1]!)}>
                  {t("builder.previous")}
                </button>
                <button
                  type="button"
                  className="btn"
                  disabled={i === STEPS.length - 1}
                  onClick={() => setStep(STEPS[i + 1]!)}
                  data-testid="step-next"
                >
                  {t("builder.next")}
                </button>
              </span>
              {canWrite && (
                <span className="row">
                  {dirty && <span className="small muted">{t("builder.unsaved")}</span>}
                  <SubmitButton pending={save.isPending} disabled={!dirty} testId="proposal-save">
                    {t("builder.save")}
                  </SubmitButton>
                </span>
              )}
            </div>
          </div>
        </form>
        <div className="stack-lg">
          <Documents proposal={p} />
          <ProposalKnowledge modes={p.modes} />
          <Versions proposal={p} />
        </div>
      </div>
    </>
  );
}

function StepFields({
  step,
  content: c,
  set,
  suggestionsFor,
}: {
  step: Step;
  content: ProposalContent;
  set: <K extends keyof ProposalContent>(k: K, v: ProposalContent[K]) => void;
  suggestionsFor: (step: string) => WordingSuggestion[];
}) {
  const { t } = useTranslation("prospects");
  const text = (k: "problem" | "partnership" | "ngoGains" | "visibility" | "confidentiality") => (
    <>
      <Field label={t(`builder.steps.${k}`)} hint={t("builder.suggested")}>
        {(p) => (
          <textarea
            {...p}
            className="textarea"
            rows={9}
            maxLength={20000}
            value={c[k]}
            onChange={(e) => set(k, e.target.value)}
            data-testid={`field-${k}`}
          />
        )}
      </Field>
      <StepSuggestions suggestions={suggestionsFor(k)} current={c[k]} onUse={(v) => set(k, v)} testId={`suggestions-${k}`} />
    </>
  );
  if (step === "gains") {
    const byKey = new Map(c.companyGains.map((g) => [g.key, g.text]));
    const toggle = (key: GainKey, on: boolean) =>
      set("companyGains", on ? [...c.companyGains, { key, text: "" }] : c.companyGains.filter((g) => g.key !== key));
    return (
      <div>
        {GAIN_KEYS.map((key) => (
          <div key={key} className="gain-row">
            <input
              type="checkbox"
              id={`gain-${key}`}
              checked={byKey.has(key)}
              onChange={(e) => toggle(key, e.target.checked)}
              data-testid={`gain-${key}`}
            />
            <div className="stack-sm">
              <label htmlFor={`gain-${key}`}>
                <strong>{t(`builder.gains.${key}`)}</strong>
              </label>
              {byKey.has(key) && (
                <textarea
                  className="textarea"
                  rows={3}
                  maxLength={2000}
                  aria-label={t(`builder.gains.${key}`)}
                  value={byKey.get(key)}
                  onChange={(e) =>
                    set(
                      "companyGains",
                      c.companyGains.map((g) => (g.key === key ? { ...g, text: e.target.value } : g)),
                    )
                  }
                />
              )}
              {byKey.has(key) && (
                <StepSuggestions
                  suggestions={suggestionsFor("gains").filter((s) => s.gain === key)}
                  current={byKey.get(key) ?? ""}
                  onUse={(v) =>
                    set(
                      "companyGains",
                      c.companyGains.map((g) => (g.key === key ? { ...g, text: v } : g)),
                    )
                  }
                  testId={`suggestions-gain-${key}`}
                  limit={2}
                />
              )}
            </div>
          </div>
        ))}
      </div>
    );
  }
  if (step === "activities")
    return (
      <div>
        {c.activities.map((a, n) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: activities have no id of their own; the index is their identity while editing
          <div key={n} className="activity-row" data-testid="activity-row">
            <Field label={t("builder.activity")}>
              {(p) => (
                <input
                  {...p}
                  className="input"
                  maxLength={2000}
                  value={a.what}
                  onChange={(e) =>
                    set(
                      "activities",
                      c.activities.map((x, m) => (m === n ? { ...x, what: e.target.value } : x)),
                    )
                  }
                />
              )}
            </Field>
            <Field label={t("builder.when")}>
              {(p) => (
                <input
                  {...p}
                  type="date"
                  className="input"
                  value={a.when ?? ""}
                  onChange={(e) =>
                    set(
                      "activities",
                      c.activities.map((x, m) => (m === n ? { ...x, when: e.target.value || null } : x)),
                    )
                  }
                />
              )}
            </Field>
            <Field label={t("builder.result")}>
              {(p) => (
                <input
                  {...p}
                  className="input"
                  maxLength={2000}
                  value={a.result}
                  onChange={(e) =>
                    set(
                      "activities",
                      c.activities.map((x, m) => (m === n ? { ...x, result: e.target.value } : x)),
                    )
                  }
                />
              )}
            </Field>
            <button
              type="button"
              className="btn btn-ghost btn-icon"
              aria-label={t("builder.removeActivity")}
              title={t("builder.removeActivity")}
              onClick={() =>
                set(
                  "activities",
                  c.activities.filter((_, m) => m !== n),
                )
              }
            >
              <Trash2 size={15} aria-hidden />
            </button>
          </div>
        ))}
        <button
          type="button"
          className="btn btn-sm"
          onClick={() => set("activities", [...c.activities, { what: "", when: null, result: "" }])}
          data-testid="activity-add"
        >
          <Plus size={14} aria-hidden /> {t("builder.addActivity")}
        </button>
      </div>
    );
  if (step === "budget")
    return (
      <div className="grid-2">
        <Field label={t("builder.amount")}>
          {(p) => (
            <input
              {...p}
              type="number"
              min={0}
              className="input"
              value={c.budget.amount ?? ""}
              onChange={(e) => set("budget", { ...c.budget, amount: e.target.value === "" ? null : Number(e.target.value) })}
            />
          )}
        </Field>
        <Field label={t("builder.currency")}>
          {(p) => (
            <input
              {...p}
              className="input"
              maxLength={3}
              placeholder="EUR"
              value={c.budget.currency ?? ""}
              onChange={(e) => set("budget", { ...c.budget, currency: e.target.value.toUpperCase() || null })}
            />
          )}
        </Field>
        <Field label={t("builder.inKind")} className="span-2">
          {(p) => (
            <textarea
              {...p}
              className="textarea"
              rows={3}
              maxLength={2000}
              value={c.budget.inKind}
              onChange={(e) => set("budget", { ...c.budget, inKind: e.target.value })}
            />
          )}
        </Field>
      </div>
    );
  return text(step);
}

function Documents({ proposal: p }: { proposal: Proposal }) {
  const { t } = useTranslation("prospects");
  const download = useDownload((message) => t("builder.downloadFailed", { message }));
  const { busy, error } = download;
  const get = (path: string, name: string) => void download.get(path, `/api/v1/proposals/${p.id}/${path}`, name);
  return (
    <section className="card" aria-labelledby="docs-title">
      <div className="card-header">
        <h2 id="docs-title">{t("builder.downloads")}</h2>
      </div>
      <div className="card-body stack-sm">
        {error && (
          <div className="alert alert-danger" role="alert">
            {error}
          </div>
        )}
        {(
          [
            ["pdf", "proposal.pdf", t("builder.pdf")],
            ["docx", "proposal.docx", t("builder.docx")],
            ["pitch.pdf", "pitch.pdf", t("builder.pitch")],
          ] as const
        ).map(([path, name, label]) => (
          <button
            key={path}
            type="button"
            className="btn"
            disabled={busy !== null}
            aria-busy={busy === path || undefined}
            onClick={() => get(path, name)}
            data-testid={`download-${path}`}
          >
            {busy === path ? <span className="spinner" aria-hidden /> : <Download size={14} aria-hidden />} {label}
          </button>
        ))}
      </div>
    </section>
  );
}

function Versions({ proposal: p }: { proposal: Proposal }) {
  const { t } = useTranslation("prospects");
  const items = useProposalVersions(p.id).data?.items ?? [];
  return (
    <section className="card" aria-labelledby="versions-title">
      <div className="card-header">
        <h2 id="versions-title">{t("builder.versions")}</h2>
      </div>
      <div className="card-body">
        <ul className="plain-list" data-testid="proposal-versions">
          {items.map((v) => (
            <li key={v.version}>
              <button
                type="button"
                className="btn btn-ghost btn-sm"
                onClick={() => void downloadFile(`/api/v1/proposals/${p.id}/pdf?version=${v.version}`, `v${v.version}.pdf`)}
              >
                <Download size={13} aria-hidden /> {t("proposals.version", { version: v.version })}
              </button>{" "}
              <span className="small muted">
                {formatDateTime(v.savedAt)}
                {v.savedBy ? ` · ${v.savedBy}` : ""}
                {v.current ? ` · ${t("builder.current")}` : ""}
              </span>
            </li>
          ))}
        </ul>
      </div>
    </section>
  );
}
