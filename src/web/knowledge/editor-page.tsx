import "./knowledge.css";
import { Eye } from "lucide-react";
import { lazy, Suspense, useEffect, useMemo, useRef, useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import { Link, useNavigate, useParams } from "react-router-dom";
import { KNOWLEDGE_KINDS, KNOWLEDGE_NEEDS, tagKind } from "../../domains/knowledge/knowledge.constants";
import { ENGAGEMENT_STAGES } from "../../domains/engagements/engagements.rules";
import { useActiveOrg } from "../app/session";
import { FormField, SubmitButton } from "../components/form-dialog";
import { FormError } from "../components/field";
import { MultiSelectFilter } from "../components/multi-select";
import { ErrorState, Loading, PageHeader } from "../components/states";
import { useToast } from "../components/toast";
import { useModes } from "../engagements/api";
import { modeLabel } from "../lib/built-in";
import { countryOptions } from "../lib/countries";
import { todayIso } from "../lib/format";
import { NACE_DIVISIONS, naceDivisionLabel } from "../lib/nace";
import { useNetworks } from "../networks/api";
import { type KnowledgeItem, useKnowledgeItem, useSaveKnowledge } from "./api";
import { EditorTools } from "./editor-tools";
import type { MarkdownEditorApi } from "./markdown-editor";
import { MarkdownView } from "./markdown-view";

const MarkdownEditor = lazy(() => import("./markdown-editor"));

interface Draft {
  title: string;
  body: string;
  kind: string;
  language: string;
  scope: "private" | "network" | "public";
  networkId: string;
  needs: string[];
  modes: string[];
  stages: string[];
  sectors: string[];
  countries: string[];
  free: string;
  reviewedOn: string;
}

/** The item's tags split into the editor's fields (needs, modes, stages, sectors, countries, free words). */
function toDraft(k: KnowledgeItem | undefined, language: string): Draft {
  const tags = k?.tags ?? [];
  const of = (kind: string) => tags.filter((t) => tagKind(t).kind === kind).map((t) => tagKind(t).value);
  return {
    title: k?.title ?? "",
    body: k?.body ?? "",
    kind: k?.kind ?? "practice_guide",
    language: k?.language ?? language,
    scope: k?.scope ?? "private",
    networkId: k?.networkId ?? "",
    needs: of("need"),
    modes: of("mode"),
    stages: of("stage"),
    sectors: of("sector"),
    countries: of("country"),
    free: of("free").join(", "),
    reviewedOn: k?.reviewedOn ?? todayIso(),
  };
}

function toTags(d: Draft): string[] {
  return [
    ...d.needs,
    ...d.modes.map((m) => `mode:${m}`),
    ...d.stages.map((s) => `stage:${s}`),
    ...d.sectors.map((s) => `sector:${s}`),
    ...d.countries.map((c) => `country:${c}`),
    ...d.free
      .split(",")
      .map((w) => w.trim())
      .filter(Boolean),
  ];
}

/** Writing or changing a knowledge item: Markdown with a live preview, kind, language, scope and tags. */
export default function KnowledgeEditorPage() {
  const { id } = useParams();
  const item = useKnowledgeItem(id ?? "");
  if (id && item.error) return <ErrorState error={item.error} onRetry={() => void item.refetch()} />;
  if (id && !item.data) return <Loading />;
  return <Editor key={id ?? "new"} item={id ? item.data : undefined} />;
}

function Editor({ item }: { item?: KnowledgeItem }) {
  const { t, i18n } = useTranslation(["knowledge", "engagements"]);
  const navigate = useNavigate();
  const toast = useToast();
  const { org, isAdmin } = useActiveOrg();
  const modes = useModes();
  const networks = useNetworks();
  const save = useSaveKnowledge(item?.id);
  const [d, setD] = useState<Draft>(() => toDraft(item, i18n.language.startsWith("de") ? "de" : "en"));
  const [preview, setPreview] = useState(false);
  const [missingTitle, setMissingTitle] = useState(false);
  const set = (patch: Partial<Draft>) => setD((x) => ({ ...x, ...patch }));
  const editor = useRef<MarkdownEditorApi | null>(null);

  // Networks the item may be shared with: those the organisation is an active member of, or the user coordinates.
  const myNetworks = useMemo(
    () =>
      (networks.data?.items ?? []).filter(
        (n) => n.coordinator || n.organizations.some((o) => o.organizationId === org?.id && o.status === "active"),
      ),
    [networks.data, org?.id],
  );
  const mayShare = isAdmin || myNetworks.some((n) => n.coordinator);
  useEffect(() => {
    if (d.scope === "network" && !d.networkId && myNetworks.length === 1) set({ networkId: myNetworks[0].id });
  }, [d.scope, d.networkId, myNetworks]);

  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (!d.title.trim()) {
      setMissingTitle(true);
      return;
    }
    const body = {
      title: d.title,
      body: d.body,
      kind: d.kind,
      language: d.language,
      scope: d.scope,
      networkId: d.scope === "private" ? null : d.networkId || null,
      tags: toTags(d),
      reviewedOn: d.reviewedOn || undefined,
    };
    save.mutate(body, {
      onSuccess: (saved) => {
        toast.success(item ? t("editor.saved", { title: saved.title }) : t("editor.created", { title: saved.title }));
        navigate(`/knowledge/${saved.id}`);
      },
    });
  };

  const modeOptions = (modes.data?.items ?? []).map((m) => ({
    value: m.key,
    label: modeLabel((k, o) => t(`engagements:${k}`, o), m.key, m.label),
  }));

  return (
    <>
      <PageHeader
        breadcrumb={
          <>
            <Link to="/knowledge">{t("list.title")}</Link>
            {item && (
              <>
                {" / "}
                <Link to={`/knowledge/${item.id}`}>{item.title}</Link>
              </>
            )}
          </>
        }
        title={item ? t("editor.editTitle") : t("editor.newTitle")}
      />
      <form className="form kn-editor" onSubmit={submit} noValidate data-testid="knowledge-form">
        <FormError error={save.error} />
        <FormField label={t("fields.title")} name="title" error={missingTitle && !d.title.trim() ? t("editor.titleRequired") : undefined}>
          {(p) => (
            <input
              {...p}
              className="input"
              value={d.title}
              onChange={(e) => set({ title: e.target.value })}
              data-testid="knowledge-title-input"
            />
          )}
        </FormField>
        <div className="kn-editor-row">
          <FormField label={t("fields.kind")} name="kind">
            {(p) => (
              <select {...p} className="select" value={d.kind} onChange={(e) => set({ kind: e.target.value })} data-testid="knowledge-kind">
                {KNOWLEDGE_KINDS.map((k) => (
                  <option key={k} value={k}>
                    {t(`kinds.${k}`)}
                  </option>
                ))}
              </select>
            )}
          </FormField>
          <FormField label={t("fields.language")} name="language" hint={t("editor.languageHint")}>
            {(p) => (
              <select
                {...p}
                className="select"
                value={d.language}
                onChange={(e) => set({ language: e.target.value })}
                data-testid="knowledge-language"
              >
                <option value="en">{t("languages.en")}</option>
                <option value="de">{t("languages.de")}</option>
              </select>
            )}
          </FormField>
          <FormField label={t("fields.reviewedOn")} name="reviewedOn">
            {(p) => (
              <input {...p} type="date" className="input" value={d.reviewedOn} onChange={(e) => set({ reviewedOn: e.target.value })} />
            )}
          </FormField>
        </div>

        <fieldset className="kn-fieldset">
          <legend>{t("fields.scope")}</legend>
          <div className="kn-scope-choices" role="radiogroup">
            {(["private", "network", "public"] as const).map((s) => (
              <label key={s} className={`kn-scope-choice ${d.scope === s ? "active" : ""}`}>
                <input
                  type="radio"
                  name="scope"
                  value={s}
                  checked={d.scope === s}
                  disabled={s !== "private" && !mayShare}
                  onChange={() => set({ scope: s })}
                  data-testid={`knowledge-scope-${s}`}
                />
                <span>
                  <strong>{t(`scopes.${s}`)}</strong>
                  <span className="muted small">{t(`editor.scopeHints.${s}`)}</span>
                </span>
              </label>
            ))}
          </div>
          {!mayShare && <p className="muted small">{t("editor.shareNeedsAdmin")}</p>}
          {d.scope !== "private" && (
            <FormField label={t("fields.network")} name="networkId" hint={d.scope === "public" ? t("editor.publicNetworkHint") : undefined}>
              {(p) => (
                <select
                  {...p}
                  className="select"
                  value={d.networkId}
                  onChange={(e) => set({ networkId: e.target.value })}
                  data-testid="knowledge-network"
                >
                  <option value="">{d.scope === "public" ? t("editor.noNetwork") : t("editor.chooseNetwork")}</option>
                  {myNetworks.map((n) => (
                    <option key={n.id} value={n.id}>
                      {n.name}
                    </option>
                  ))}
                </select>
              )}
            </FormField>
          )}
        </fieldset>

        <fieldset className="kn-fieldset">
          <legend>{t("fields.tags")}</legend>
          <div className="kn-needs">
            {KNOWLEDGE_NEEDS.map((n) => (
              <label key={n} className="checkbox">
                <input
                  type="checkbox"
                  checked={d.needs.includes(n)}
                  onChange={(e) => set({ needs: e.target.checked ? [...d.needs, n] : d.needs.filter((x) => x !== n) })}
                />
                {t(`needs.${n}`)}
              </label>
            ))}
          </div>
          <div className="kn-editor-row">
            <FormField label={t("fields.mode")}>
              {(p) => (
                <MultiSelectFilter
                  id={p.id}
                  asField
                  placeholder={t("editor.choose")}
                  label={t("fields.mode")}
                  options={modeOptions}
                  value={d.modes}
                  onChange={(modes) => set({ modes })}
                  testId="knowledge-modes"
                />
              )}
            </FormField>
            <FormField label={t("fields.stage")}>
              {(p) => (
                <MultiSelectFilter
                  id={p.id}
                  asField
                  placeholder={t("editor.choose")}
                  label={t("fields.stage")}
                  options={ENGAGEMENT_STAGES.map((s) => ({ value: s, label: t(`engagements:stages.${s}`) }))}
                  value={d.stages}
                  onChange={(stages) => set({ stages })}
                  testId="knowledge-stages"
                />
              )}
            </FormField>
            <FormField label={t("fields.sector")}>
              {(p) => (
                <MultiSelectFilter
                  id={p.id}
                  asField
                  placeholder={t("editor.choose")}
                  searchable
                  label={t("fields.sector")}
                  options={NACE_DIVISIONS.map((c) => ({ value: c, label: `${c} ${naceDivisionLabel(c) ?? ""}` }))}
                  value={d.sectors}
                  onChange={(sectors) => set({ sectors })}
                  testId="knowledge-sectors"
                />
              )}
            </FormField>
            <FormField label={t("fields.country")}>
              {(p) => (
                <MultiSelectFilter
                  id={p.id}
                  asField
                  placeholder={t("editor.choose")}
                  searchable
                  label={t("fields.country")}
                  options={countryOptions(i18n.language).map((c) => ({ value: c.code, label: c.name }))}
                  value={d.countries}
                  onChange={(countries) => set({ countries })}
                  testId="knowledge-countries"
                />
              )}
            </FormField>
          </div>
          <FormField label={t("editor.freeTags")} name="tags" hint={t("editor.freeTagsHint")}>
            {(p) => (
              <input
                {...p}
                className="input"
                value={d.free}
                onChange={(e) => set({ free: e.target.value })}
                data-testid="knowledge-free-tags"
              />
            )}
          </FormField>
        </fieldset>

        <div className="kn-editor-body">
          <div className="row kn-editor-bar">
            <span className="kn-editor-label" id="kn-body-label">
              {t("fields.body")}
            </span>
            <span className="muted small">{t("editor.markdownHint")}</span>
            <button
              type="button"
              className={`btn btn-sm ${preview ? "btn-primary" : ""} kn-preview-toggle`}
              aria-pressed={preview}
              onClick={() => setPreview((p) => !p)}
              data-testid="knowledge-preview-toggle"
            >
              <Eye size={14} aria-hidden /> {t("editor.preview")}
            </button>
          </div>
          <EditorTools item={item} editor={editor} />
          <div className={`kn-editor-split ${preview ? "previewing" : ""}`}>
            <div className="kn-editor-pane">
              <Suspense fallback={<div className="md-editor md-editor-loading">{t("loading", { ns: "common" })}</div>}>
                <MarkdownEditor
                  id="kn-body"
                  label={t("fields.body")}
                  value={d.body}
                  onChange={(body) => set({ body })}
                  placeholder={t("editor.bodyPlaceholder")}
                  apiRef={editor}
                />
              </Suspense>
            </div>
            <section className="card kn-preview" aria-label={t("editor.preview")} data-testid="knowledge-preview">
              {d.body.trim() ? <MarkdownView source={d.body} /> : <p className="muted">{t("editor.previewEmpty")}</p>}
            </section>
          </div>
        </div>

        <div className="row kn-editor-actions">
          <Link className="btn" to={item ? `/knowledge/${item.id}` : "/knowledge"}>
            {t("actions.cancel", { ns: "common" })}
          </Link>
          <SubmitButton pending={save.isPending} testId="knowledge-save">
            {item ? t("editor.save") : t("editor.create")}
          </SubmitButton>
        </div>
      </form>
    </>
  );
}
