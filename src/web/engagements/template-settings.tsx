import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { AlertCircle, FileDown, RotateCcw, Save, Undo2 } from "lucide-react";
import { useEffect, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { docLang } from "../lib/i18n";
import type { Template } from "../../domains/agreements/agreements.schema";
import { useActiveOrg } from "../app/session";
import { ConfirmDialog } from "../components/confirm-dialog";
import { FormError } from "../components/field";
import { ErrorState, Loading } from "../components/states";
import { useToast } from "../components/toast";
import { api, ApiError, type Page } from "../lib/api";
import { formatDate } from "../lib/format";
import type { Engagement } from "./api";

const KEY = ["agreement-template"];
type Lang = ReturnType<typeof docLang>;

/** The template as the reader sees it: the organisation's own, or the built-in one in the reader's language. */
function useTemplate(lang: Lang) {
  return useQuery({ queryKey: [...KEY, lang], queryFn: () => api<Template>("/agreement-template", { query: { lang } }) });
}

function useTemplateMutations(lang: Lang) {
  const qc = useQueryClient();
  // Saving or resetting changes what every language is answered: this one is set, the others asked again.
  const settle = (x: Template) => {
    qc.setQueryData([...KEY, lang], x);
    void qc.invalidateQueries({ queryKey: KEY, predicate: (q) => q.queryKey[1] !== lang });
  };
  const put = useMutation({
    meta: { inline: true },
    mutationFn: (body: string) => api<Template>("/agreement-template", { method: "PUT", body: { body } }),
    onSuccess: settle,
  });
  const reset = useMutation({
    meta: { inline: true },
    mutationFn: () => api<Template>("/agreement-template", { method: "DELETE", query: { lang } }),
    onSuccess: settle,
  });
  return { put, reset };
}

/**
 * Settings → Partnerships: the draft-agreement template — edit with click-to-insert placeholders, reset, preview.
 * The built-in template is shown in the interface's language (a German reader edits the German one).
 */
export function TemplateSettings() {
  const { i18n } = useTranslation();
  const lang = docLang(i18n.language);
  return <TemplateEditor key={lang} lang={lang} />;
}

function TemplateEditor({ lang }: { lang: Lang }) {
  const { t } = useTranslation("partnershipSettings");
  const { canWrite } = useActiveOrg();
  const toast = useToast();
  const q = useTemplate(lang);
  const { put, reset } = useTemplateMutations(lang);
  const [text, setText] = useState<string | null>(null);
  const [resetting, setResetting] = useState(false);
  const area = useRef<HTMLTextAreaElement>(null);

  useEffect(() => {
    if (q.data && text === null) setText(q.data.body);
  }, [q.data, text]);

  // Closing or reloading the tab with unsaved changes asks first.
  const unsaved = !!q.data && text !== null && text !== q.data.body;
  useEffect(() => {
    if (!unsaved) return;
    const warn = (e: BeforeUnloadEvent) => e.preventDefault();
    window.addEventListener("beforeunload", warn);
    return () => window.removeEventListener("beforeunload", warn);
  }, [unsaved]);

  if (q.isPending || text === null) return <Loading />;
  if (q.error) return <ErrorState error={q.error} onRetry={() => void q.refetch()} />;
  const tpl = q.data;
  const dirty = text !== tpl.body;
  // The server names every unknown placeholder (errors[].path = "body"): show them all under the editor.
  const bodyErrors = put.error instanceof ApiError ? put.error.errors.filter((e) => e.path === "body").map((e) => e.message) : [];

  const insert = (name: string) => {
    const el = area.current;
    const token = `{{${name}}}`;
    if (!el) return setText((x) => (x ?? "") + token);
    const { selectionStart: s, selectionEnd: e } = el;
    const next = text.slice(0, s) + token + text.slice(e);
    setText(next);
    // Put the caret after the inserted placeholder once React has written the new value.
    requestAnimationFrame(() => {
      el.focus();
      el.setSelectionRange(s + token.length, s + token.length);
    });
  };

  return (
    <section className="card" aria-labelledby="tpl-title" data-testid="template-settings">
      <div className="card-header">
        <h2 id="tpl-title">{t("template.title")}</h2>
        <span className={`badge ${tpl.isDefault ? "" : "badge-primary"}`} data-testid="template-origin">
          {tpl.isDefault ? t("template.builtin") : t("template.own", { name: tpl.updatedBy?.name ?? "—", date: formatDate(tpl.updatedAt) })}
        </span>
      </div>
      <div className="card-body stack-lg">
        <p className="small muted" style={{ margin: 0 }}>
          {t("template.lead")} {canWrite ? "" : t("template.readOnly")}
        </p>
        {!bodyErrors.length && <FormError error={put.error ?? reset.error} />}
        <div className="tpl-grid">
          <div className="field">
            <label htmlFor="tpl-body">{t("template.text")}</label>
            <textarea
              id="tpl-body"
              ref={area}
              className="textarea mono tpl-body"
              value={text}
              readOnly={!canWrite}
              spellCheck={false}
              rows={24}
              onChange={(e) => setText(e.target.value)}
              aria-invalid={bodyErrors.length ? true : undefined}
              aria-describedby={`tpl-syntax${bodyErrors.length ? " tpl-errors" : ""}`}
              data-testid="template-body"
            />
            {bodyErrors.length > 0 && (
              <div id="tpl-errors" className="error" role="alert" data-testid="template-errors">
                <AlertCircle size={14} aria-hidden /> {t("template.unknown", { count: bodyErrors.length })}
                <ul style={{ margin: "4px 0 0", paddingLeft: 18 }}>
                  {bodyErrors.map((m) => (
                    <li key={m}>{m}</li>
                  ))}
                </ul>
              </div>
            )}
            <span id="tpl-syntax" className="hint">
              {t("template.syntax")}
            </span>
          </div>
          <aside aria-labelledby="tpl-ph-title" className="tpl-placeholders">
            <h3 id="tpl-ph-title" className="small" style={{ margin: "0 0 6px" }}>
              {t("template.placeholders")}
            </h3>
            <p className="small muted" style={{ margin: "0 0 8px" }}>
              {canWrite ? t("template.clickToInsert") : t("template.placeholdersRead")}
            </p>
            <ul data-testid="template-placeholders">
              {tpl.placeholders.map((p) => (
                <li key={p.name}>
                  {canWrite ? (
                    <button
                      type="button"
                      className="tpl-ph"
                      onClick={() => insert(p.name)}
                      aria-label={t("template.insert", { name: p.name })}
                      data-testid={`placeholder-${p.name}`}
                    >
                      <code>{`{{${p.name}}}`}</code>
                    </button>
                  ) : (
                    <code>{`{{${p.name}}}`}</code>
                  )}
                  <span className="small muted">{t(`placeholderHelp.${p.name}`, { defaultValue: p.description })}</span>
                </li>
              ))}
            </ul>
          </aside>
        </div>
        {canWrite && (
          <div className="row">
            <button
              type="button"
              className="btn btn-primary"
              disabled={!dirty || put.isPending}
              onClick={() => put.mutate(text, { onSuccess: (x) => (setText(x.body), toast.success(t("template.saved"))) })}
              data-testid="template-save"
            >
              {put.isPending ? <span className="spinner" aria-hidden /> : <Save size={15} aria-hidden />} {t("template.save")}
            </button>
            <button
              type="button"
              className="btn"
              disabled={!dirty}
              onClick={() => (setText(tpl.body), put.reset())}
              data-testid="template-discard"
            >
              <Undo2 size={15} aria-hidden /> {t("template.discard")}
            </button>
            {!tpl.isDefault && (
              <button type="button" className="btn btn-ghost" onClick={() => setResetting(true)} data-testid="template-reset">
                <RotateCcw size={15} aria-hidden /> {t("template.reset")}
              </button>
            )}
          </div>
        )}
        <Preview dirty={dirty} />
      </div>
      <ConfirmDialog
        open={resetting}
        onClose={() => setResetting(false)}
        danger
        title={t("template.resetTitle")}
        description={t("template.resetBody")}
        confirmLabel={t("template.resetConfirm")}
        busy={reset.isPending}
        onConfirm={() =>
          reset.mutate(undefined, {
            onSuccess: (x) => {
              setText(x.body);
              put.reset();
              setResetting(false);
              toast.success(t("template.resetDone"));
            },
          })
        }
      />
    </section>
  );
}

/** Downloads the draft of one engagement, so the saved template can be checked with real data. */
function Preview({ dirty }: { dirty: boolean }) {
  const { t, i18n } = useTranslation("partnershipSettings");
  const list = useQuery({
    queryKey: ["engagements", "template-preview"],
    queryFn: () => api<Page<Engagement>>("/engagements", { query: { sort: "-updatedAt", limit: 50 } }),
  });
  const [id, setId] = useState("");
  const items = list.data?.items ?? [];
  const chosen = id || items[0]?.id || "";
  if (list.isPending || list.error || items.length === 0) return null;
  return (
    <div className="tpl-preview stack" data-testid="template-preview">
      <h3 className="small" style={{ margin: 0 }}>
        {t("template.previewTitle")}
      </h3>
      <div className="row">
        <label htmlFor="tpl-preview-engagement" className="sr-only">
          {t("template.previewEngagement")}
        </label>
        <select
          id="tpl-preview-engagement"
          className="select"
          style={{ width: "auto", maxWidth: "min(420px, 100%)" }}
          value={chosen}
          onChange={(e) => setId(e.target.value)}
        >
          {items.map((e) => (
            <option key={e.id} value={e.id}>
              {e.company.name} — {e.title}
            </option>
          ))}
        </select>
        <a
          className="btn btn-sm"
          href={`/api/v1/engagements/${chosen}/agreement/draft.pdf?lang=${docLang(i18n.language)}`}
          target="_blank"
          rel="noopener"
          data-testid="template-preview-pdf"
        >
          <FileDown size={14} aria-hidden /> {t("template.previewPdf")}
        </a>
        <a
          className="btn btn-sm"
          href={`/api/v1/engagements/${chosen}/agreement/draft.docx?lang=${docLang(i18n.language)}`}
          download
          data-testid="template-preview-docx"
        >
          <FileDown size={14} aria-hidden /> {t("template.previewDocx")}
        </a>
      </div>
      <p className="small muted" style={{ margin: 0 }}>
        {dirty ? t("template.previewUnsaved") : t("template.previewHint")}
      </p>
    </div>
  );
}
