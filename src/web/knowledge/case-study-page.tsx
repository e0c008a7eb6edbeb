import "./knowledge.css";
import { Eye, Lock, ShieldAlert } from "lucide-react";
import { lazy, Suspense, useEffect, useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import { Link, useNavigate, useParams } from "react-router-dom";
import { useActiveOrg } from "../app/session";
import { FormField, SubmitButton } from "../components/form-dialog";
import { FormError } from "../components/field";
import { ErrorState, Loading, PageHeader } from "../components/states";
import { useToast } from "../components/toast";
import { useEngagement } from "../engagements/api";
import { ApiError } from "../lib/api";
import { type CaseStudyPart, useCaseStudyDraft, useWriteCaseStudy } from "./api";
import { MarkdownView } from "./markdown-view";
import { TagList } from "./tags";

const MarkdownEditor = lazy(() => import("./markdown-editor"));

/**
 * Writing a case study from an engagement: the server's pre-filled Markdown (nothing confidential in it) in the
 * editor, a checkbox per confidential part saying what it would add, language and scope; saved as a draft for an
 * admin to approve.
 */
export default function CaseStudyPage() {
  const { id = "" } = useParams();
  const { t, i18n } = useTranslation("knowledge");
  const [language, setLanguage] = useState<"en" | "de">(i18n.language.startsWith("de") ? "de" : "en");
  const engagement = useEngagement(id);
  const draft = useCaseStudyDraft(id, language);
  if (draft.error) return <ErrorState error={draft.error} onRetry={() => void draft.refetch()} />;
  if (engagement.error) return <ErrorState error={engagement.error} onRetry={() => void engagement.refetch()} />;
  return (
    <>
      <PageHeader
        breadcrumb={
          <>
            <Link to="/partnerships">{t("engagements:list.title")}</Link> <span aria-hidden>/</span>{" "}
            <Link to={`/partnerships/${id}`}>{engagement.data?.title ?? "…"}</Link>
          </>
        }
        title={t("caseStudy.title")}
        description={t("caseStudy.intro")}
      />
      {!draft.data ? (
        <Loading />
      ) : (
        <Writer key={`${draft.data.engagementId}-${draft.data.language}`} draft={draft.data} onLanguage={setLanguage} />
      )}
    </>
  );
}

type Draft = NonNullable<ReturnType<typeof useCaseStudyDraft>["data"]>;

function Writer({ draft, onLanguage }: { draft: Draft; onLanguage: (l: "en" | "de") => void }) {
  const { t } = useTranslation(["knowledge", "stories"]);
  const navigate = useNavigate();
  const toast = useToast();
  const { canWrite } = useActiveOrg();
  const write = useWriteCaseStudy(draft.engagementId);
  const [title, setTitle] = useState(draft.title);
  const [body, setBody] = useState(draft.body);
  const [include, setInclude] = useState<string[]>([]);
  const [scope, setScope] = useState<"private" | "network">(draft.networks.length ? "network" : "private");
  const [networkId, setNetworkId] = useState(draft.networks[0]?.id ?? "");
  const [preview, setPreview] = useState(false);
  useEffect(() => {
    if (!draft.networks.some((n) => n.id === networkId)) setNetworkId(draft.networks[0]?.id ?? "");
  }, [draft.networks, networkId]);

  const included = draft.parts.filter((p) => include.includes(p.key));
  const full = [body.trim(), ...included.map((p) => p.adds)].filter(Boolean).join("\n\n");
  const submit = (e: FormEvent) => {
    e.preventDefault();
    write.mutate(
      { language: draft.language, title, body, include, scope, networkId: scope === "network" ? networkId || null : null },
      {
        onSuccess: (item) => {
          toast.success(t("caseStudy.saved", { title: item.title }));
          navigate(`/knowledge/${item.id}`);
        },
      },
    );
  };

  return (
    <form className="form kn-editor" onSubmit={submit} noValidate data-testid="case-study-form">
      <FormError error={write.error} />
      <PartErrors error={write.error} parts={draft.parts} />
      <div className="kn-editor-row">
        <FormField label={t("fields.title")} name="title">
          {(p) => (
            <input {...p} className="input" value={title} onChange={(e) => setTitle(e.target.value)} data-testid="case-study-title" />
          )}
        </FormField>
        <FormField label={t("fields.language")} name="language" hint={t("caseStudy.languageHint")}>
          {(p) => (
            <select
              {...p}
              className="select"
              value={draft.language}
              onChange={(e) => onLanguage(e.target.value as "en" | "de")}
              data-testid="case-study-language"
            >
              <option value="en">{t("languages.en")}</option>
              <option value="de">{t("languages.de")}</option>
            </select>
          )}
        </FormField>
      </div>

      <fieldset className="kn-fieldset" data-testid="case-study-parts">
        <legend>
          <ShieldAlert size={15} aria-hidden /> {t("caseStudy.partsTitle")}
        </legend>
        <p className="muted small">{t("caseStudy.partsHint")}</p>
        {draft.parts.length === 0 && <p className="muted small">{t("caseStudy.noParts")}</p>}
        <ul className="kn-parts">
          {draft.parts.map((p) => (
            <li key={p.key} className={`kn-part ${p.available ? "" : "unavailable"}`}>
              <label className="checkbox">
                <input
                  type="checkbox"
                  checked={include.includes(p.key)}
                  disabled={!p.available}
                  onChange={(e) => setInclude(e.target.checked ? [...include, p.key] : include.filter((k) => k !== p.key))}
                  data-testid={`case-study-part-${p.kind}`}
                />
                <span>
                  <strong>{t(`caseStudy.parts.${p.kind}`)}</strong>
                  {p.kind === "story" && <span> — {p.label}</span>}
                  <span className="muted small kn-part-what"> {t(`caseStudy.partHints.${p.kind}`)}</span>
                </span>
              </label>
              {!p.available && (
                <p className="small kn-part-reason" data-testid="case-study-part-reason">
                  <Lock size={12} aria-hidden />{" "}
                  {t("caseStudy.storyNotCovered", { reason: t(`caseStudy.reasons.${p.reason ?? "no_consent"}`) })}
                </p>
              )}
              <details className="kn-part-adds">
                <summary>{t("caseStudy.whatItAdds")}</summary>
                <MarkdownView source={p.adds} />
              </details>
            </li>
          ))}
        </ul>
      </fieldset>

      <fieldset className="kn-fieldset">
        <legend>{t("fields.scope")}</legend>
        <div className="kn-scope-choices" role="radiogroup">
          {(["private", "network"] as const).map((s) => (
            <label key={s} className={`kn-scope-choice ${scope === s ? "active" : ""}`}>
              <input
                type="radio"
                name="scope"
                value={s}
                checked={scope === s}
                disabled={s === "network" && !draft.networks.length}
                onChange={() => setScope(s)}
                data-testid={`case-study-scope-${s}`}
              />
              <span>
                <strong>{t(`scopes.${s}`)}</strong>
                <span className="muted small">{t(`caseStudy.scopeHints.${s}`)}</span>
              </span>
            </label>
          ))}
        </div>
        {scope === "network" && (
          <FormField label={t("fields.network")} name="networkId">
            {(p) => (
              <select
                {...p}
                className="select"
                value={networkId}
                onChange={(e) => setNetworkId(e.target.value)}
                data-testid="case-study-network"
              >
                {draft.networks.map((n) => (
                  <option key={n.id} value={n.id}>
                    {n.name}
                  </option>
                ))}
              </select>
            )}
          </FormField>
        )}
      </fieldset>

      <div>
        <span className="kn-editor-label">{t("fields.tags")}</span>
        <TagList tags={draft.tags} />
      </div>

      <div className="kn-editor-body">
        <div className="row kn-editor-bar">
          <span className="kn-editor-label" id="kn-body-label">
            {t("fields.body")}
          </span>
          <span className="muted small">{t("caseStudy.bodyHint")}</span>
          <button
            type="button"
            className={`btn btn-sm ${preview ? "btn-primary" : ""} kn-preview-toggle`}
            aria-pressed={preview}
            onClick={() => setPreview((p) => !p)}
          >
            <Eye size={14} aria-hidden /> {t("editor.preview")}
          </button>
        </div>
        <div className={`kn-editor-split ${preview ? "previewing" : ""}`}>
          <div className="kn-editor-pane">
            <Suspense fallback={<div className="md-editor md-editor-loading">{t("loading", { ns: "common" })}</div>}>
              <MarkdownEditor id="kn-body" label={t("fields.body")} value={body} onChange={setBody} />
            </Suspense>
          </div>
          {/* biome-ignore lint/a11y/noNoninteractiveTabindex: a scrolling region is reached by keyboard to scroll it (WCAG 2.1.1) */}
          <section className="card kn-preview" aria-label={t("editor.preview")} tabIndex={0} data-testid="case-study-preview">
            <MarkdownView source={full} />
          </section>
        </div>
      </div>

      <p className="muted small">{t("caseStudy.approvalHint")}</p>
      <div className="row kn-editor-actions">
        <Link className="btn" to={`/partnerships/${draft.engagementId}`}>
          {t("actions.cancel", { ns: "common" })}
        </Link>
        {canWrite && (
          <SubmitButton pending={write.isPending} testId="case-study-save">
            {t("caseStudy.save")}
          </SubmitButton>
        )}
      </div>
    </form>
  );
}

/** The server's reasons for refusing, per part, in the user's language. */
function PartErrors({ error, parts }: { error: unknown; parts: CaseStudyPart[] }) {
  const { t } = useTranslation("knowledge");
  if (!(error instanceof ApiError) || !error.errors.length) return null;
  const kindOf = (key: unknown) => parts.find((p) => p.key === key)?.kind ?? "company_name";
  return (
    <ul className="alert alert-warning kn-part-errors" data-testid="case-study-errors">
      {error.errors.map((e) => (
        <li key={`${e.path}-${String(e.params?.part)}`}>
          {e.code === "confidential_not_included"
            ? t("caseStudy.errors.confidential", { part: t(`caseStudy.parts.${kindOf(e.params?.part)}`) })
            : e.path.startsWith("include")
              ? t("caseStudy.storyNotCovered", { reason: t(`caseStudy.reasons.${e.code ?? "no_consent"}`) })
              : e.message}
        </li>
      ))}
    </ul>
  );
}
