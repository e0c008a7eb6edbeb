import "./prospects.css";
import { Copy, FileText, Mail, Users } from "lucide-react";
import { useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, useNavigate, useParams } from "react-router-dom";
import { useActiveOrg } from "../app/session";
import { FormDialog, FormField, SubmitButton } from "../components/form-dialog";
import { Field, FormError } from "../components/field";
import { ErrorState, Loading, PageHeader } from "../components/states";
import { useToast } from "../components/toast";
import { useModeLabel } from "../engagements/badges";
import { useModes } from "../engagements/api";
import { formatDate } from "../lib/format";
import { useCompany } from "../companies/api";
import {
  type StakeholderMap,
  useCreateProposal,
  useFirstContact,
  useLogContact,
  useProposals,
  useSaveStakeholderMap,
  useStakeholderMap,
} from "./api";
import { FactorList, FitBadge } from "./fit";
import { ProposalList } from "./engagement-proposals";

/** One prospect: its explained fit, the stakeholder map, network peers, proposals and a first-contact letter. */
export default function ProspectPage() {
  const { id = "" } = useParams();
  const { t } = useTranslation("prospects");
  const company = useCompany(id);
  const q = useStakeholderMap(id);
  if (q.isPending || company.isPending) return <Loading />;
  if (q.error) return <ErrorState error={q.error} onRetry={() => void q.refetch()} />;
  if (company.error) return <ErrorState error={company.error} onRetry={() => void company.refetch()} />;
  const map = q.data;
  return (
    <>
      <PageHeader
        breadcrumb={
          <>
            <Link to="/prospects">{t("detail.breadcrumb")}</Link> <span aria-hidden>/</span> <span>{company.data.name}</span>
          </>
        }
        title={<span data-testid="prospect-title">{company.data.name}</span>}
        description={
          <span className="row" style={{ marginTop: 6 }}>
            <FitBadge fit={map.fit} />
            <Link to={`/companies/${id}`} className="small">
              {t("detail.company")}
            </Link>
          </span>
        }
      />
      <div className="grid-2">
        <div className="stack-lg">
          <section className="card" aria-labelledby="fit-title">
            <div className="card-header">
              <h2 id="fit-title">{t("fit.factorsTitle")}</h2>
            </div>
            <div className="card-body">
              <p className="fit-total">
                <strong data-testid="prospect-score">{map.fit.score}</strong>
                <span className="muted">/ 100</span>
              </p>
              <FactorList fit={map.fit} />
            </div>
          </section>
          <MapCard companyId={id} map={map} />
          <Peers map={map} />
        </div>
        <div className="stack-lg">
          <Proposals companyId={id} companyName={company.data.name} />
          <Letter companyId={id} contactIds={map.contacts.map((c) => c.id)} />
          <section className="card" aria-labelledby="contacts-title">
            <div className="card-header">
              <h2 id="contacts-title">{t("detail.contacts")}</h2>
            </div>
            <div className="card-body">
              {map.contacts.length ? (
                <ul className="plain-list">
                  {map.contacts.map((c) => (
                    <li key={c.id}>
                      <Link to={`/contacts/${c.id}`}>{c.name}</Link>
                      {c.role && <span className="small muted"> · {c.role}</span>}
                    </li>
                  ))}
                </ul>
              ) : (
                <p className="muted small">{t("detail.noContacts")}</p>
              )}
            </div>
          </section>
        </div>
      </div>
    </>
  );
}

const MAP_FIELDS = ["interests", "needs", "couldBring", "couldGain", "notes"] as const;

function MapCard({ companyId, map }: { companyId: string; map: StakeholderMap }) {
  const { t } = useTranslation("prospects");
  const { canWrite } = useActiveOrg();
  const save = useSaveStakeholderMap(companyId);
  const toast = useToast();
  const [values, setValues] = useState(() => Object.fromEntries(MAP_FIELDS.map((k) => [k, map[k] ?? ""])) as Record<string, string>);
  return (
    <section className="card" aria-labelledby="map-title">
      <div className="card-header">
        <h2 id="map-title">{t("detail.map")}</h2>
      </div>
      <form
        className="card-body stack"
        onSubmit={(e) => {
          e.preventDefault();
          save.mutate(Object.fromEntries(MAP_FIELDS.map((k) => [k, values[k]!.trim() || null])), {
            onSuccess: () => toast.success(t("detail.saved")),
          });
        }}
        data-testid="stakeholder-map"
      >
        <p className="small muted">{t("detail.mapHint")}</p>
        <FormError error={save.error} />
        <div className="grid-2">
          {MAP_FIELDS.map((k) => (
            <Field key={k} label={t(`detail.${k}`)} className={k === "notes" ? "span-2" : undefined}>
              {(p) => (
                <textarea
                  {...p}
                  className="textarea"
                  rows={3}
                  maxLength={20000}
                  readOnly={!canWrite}
                  value={values[k]}
                  onChange={(e) => setValues((v) => ({ ...v, [k]: e.target.value }))}
                  data-testid={`map-${k}`}
                />
              )}
            </Field>
          ))}
        </div>
        {canWrite && (
          <div>
            <SubmitButton pending={save.isPending} testId="map-save">
              {t("detail.save")}
            </SubmitButton>
          </div>
        )}
      </form>
    </section>
  );
}

function Peers({ map }: { map: StakeholderMap }) {
  const { t } = useTranslation("prospects");
  return (
    <section className="card" aria-labelledby="peers-title" data-testid="prospect-peers">
      <div className="card-header">
        <h2 id="peers-title">
          <Users size={16} aria-hidden /> {t("detail.peers")}
        </h2>
      </div>
      <div className="card-body">
        <p className="small muted">{t("detail.peersHint")}</p>
        {map.peers.length ? (
          <ul className="plain-list">
            {map.peers.map((p) => (
              <li key={`${p.organizationId}-${p.networkName}`}>
                <strong>{p.organizationName}</strong> <span className="small muted">({p.networkName})</span> ·{" "}
                <span className="small">{t("detail.since", { date: formatDate(p.since) })}</span>
              </li>
            ))}
          </ul>
        ) : (
          <p className="muted small">{t("detail.noPeers")}</p>
        )}
        <h3 style={{ marginTop: 16, fontSize: "0.95rem" }}>{t("detail.peerCaseStudies")}</h3>
        {map.peerCaseStudies.length ? (
          <ul className="plain-list" data-testid="prospect-peer-case-studies">
            {map.peerCaseStudies.map((k) => (
              <li key={k.id}>
                <Link to={`/knowledge/${k.id}`}>{k.title}</Link>{" "}
                <span className="small muted">
                  ({k.organizationName}, {k.networkName}) · {k.language.toUpperCase()}
                </span>
              </li>
            ))}
          </ul>
        ) : (
          <p className="muted small">{t("detail.noPeerCaseStudies")}</p>
        )}
      </div>
    </section>
  );
}

function Proposals({ companyId, companyName }: { companyId: string; companyName: string }) {
  const { t, i18n } = useTranslation("prospects");
  const { canWrite } = useActiveOrg();
  const q = useProposals(companyId);
  const create = useCreateProposal();
  const modes = useModes();
  const modeLabel = useModeLabel();
  const navigate = useNavigate();
  const [open, setOpen] = useState(false);
  const [title, setTitle] = useState("");
  const [chosen, setChosen] = useState<string[]>([]);
  const [language, setLanguage] = useState<"en" | "de">(i18n.language.startsWith("de") ? "de" : "en");
  return (
    <section className="card" aria-labelledby="proposals-title">
      <div className="card-header">
        <h2 id="proposals-title">{t("proposals.title")}</h2>
        {canWrite && (
          <button type="button" className="btn btn-primary btn-sm" onClick={() => setOpen(true)} data-testid="proposal-new">
            <FileText size={14} aria-hidden /> {t("proposals.new")}
          </button>
        )}
      </div>
      <div className="card-body">
        <ProposalList proposals={q.data?.items ?? []} pending={q.isPending} testId="proposal-list" />
      </div>
      {open && (
        <FormDialog
          open
          onClose={() => setOpen(false)}
          title={t("proposals.new")}
          description={companyName}
          onSubmit={() =>
            create.mutate({ companyId, title: title.trim(), modes: chosen, language }, { onSuccess: (p) => navigate(`/proposals/${p.id}`) })
          }
          submitLabel={t("proposals.create")}
          pending={create.isPending}
          error={create.error}
          formTestId="proposal-form"
          submitTestId="proposal-create"
        >
          <FormField label={t("proposals.titleField")} name="title">
            {(p) => (
              <input
                {...p}
                className="input"
                required
                maxLength={300}
                value={title}
                onChange={(e) => setTitle(e.target.value)}
                data-testid="proposal-title"
              />
            )}
          </FormField>
          <fieldset className="field">
            <legend>{t("proposals.modes")}</legend>
            <div className="stack-sm">
              {(modes.data?.items ?? [])
                .filter((m) => !m.archived)
                .map((m) => (
                  <label key={m.key} className="row small">
                    <input
                      type="checkbox"
                      checked={chosen.includes(m.key)}
                      onChange={(e) => setChosen((x) => (e.target.checked ? [...x, m.key] : x.filter((y) => y !== m.key)))}
                      data-testid={`proposal-mode-${m.key}`}
                    />
                    {modeLabel(m.key)}
                  </label>
                ))}
            </div>
          </fieldset>
          <FormField label={t("proposals.language")} name="language">
            {(p) => (
              <select {...p} className="select" value={language} onChange={(e) => setLanguage(e.target.value as "en" | "de")}>
                <option value="en">English</option>
                <option value="de">Deutsch</option>
              </select>
            )}
          </FormField>
        </FormDialog>
      )}
    </section>
  );
}

function Letter({ companyId, contactIds }: { companyId: string; contactIds: string[] }) {
  const { t, i18n } = useTranslation("prospects");
  const { canWrite } = useActiveOrg();
  const modes = useModes();
  const modeLabel = useModeLabel();
  const toast = useToast();
  const [mode, setMode] = useState("joint_project");
  const [language, setLanguage] = useState(i18n.language.startsWith("de") ? "de" : "en");
  const q = useFirstContact(companyId, mode, language);
  const log = useLogContact(companyId);
  const [subject, setSubject] = useState("");
  const [body, setBody] = useState("");
  useEffect(() => {
    if (q.data) {
      setSubject(q.data.subject);
      setBody(q.data.body);
    }
  }, [q.data]);
  const mailto = `mailto:${q.data?.to ? encodeURIComponent(q.data.to) : ""}?subject=${encodeURIComponent(subject)}&body=${encodeURIComponent(body)}`;
  return (
    <section className="card" aria-labelledby="letter-title" data-testid="first-contact">
      <div className="card-header">
        <h2 id="letter-title">
          <Mail size={16} aria-hidden /> {t("letter.title")}
        </h2>
      </div>
      <div className="card-body stack">
        <p className="small muted">{t("letter.hint")}</p>
        <div className="grid-2">
          <Field label={t("letter.mode")}>
            {(p) => (
              <select {...p} className="select" value={mode} onChange={(e) => setMode(e.target.value)} data-testid="letter-mode">
                {(modes.data?.items ?? [])
                  .filter((m) => !m.archived)
                  .map((m) => (
                    <option key={m.key} value={m.key}>
                      {modeLabel(m.key)}
                    </option>
                  ))}
              </select>
            )}
          </Field>
          <Field label={t("letter.language")}>
            {(p) => (
              <select {...p} className="select" value={language} onChange={(e) => setLanguage(e.target.value)}>
                <option value="en">English</option>
                <option value="de">Deutsch</option>
              </select>
            )}
          </Field>
        </div>
        {q.error ? (
          <ErrorState error={q.error} onRetry={() => void q.refetch()} />
        ) : (
          <>
            <Field label={t("letter.subject")}>
              {(p) => (
                <input
                  {...p}
                  className="input"
                  value={subject}
                  maxLength={300}
                  onChange={(e) => setSubject(e.target.value)}
                  data-testid="letter-subject"
                />
              )}
            </Field>
            <Field label={t("letter.body")}>
              {(p) => (
                <textarea
                  {...p}
                  className="textarea letter-body"
                  value={body}
                  maxLength={20000}
                  onChange={(e) => setBody(e.target.value)}
                  data-testid="letter-body"
                />
              )}
            </Field>
          </>
        )}
        <div className="row">
          <a className="btn btn-primary" href={mailto} data-testid="letter-open">
            <Mail size={14} aria-hidden /> {t("letter.open")}
          </a>
          <button
            type="button"
            className="btn"
            onClick={() => void navigator.clipboard?.writeText(`${subject}\n\n${body}`).then(() => toast.success(t("letter.copied")))}
          >
            <Copy size={14} aria-hidden /> {t("letter.copy")}
          </button>
          {canWrite && (
            <button
              type="button"
              className="btn"
              disabled={log.isPending || !subject}
              onClick={() =>
                log.mutate(
                  { summary: t("letter.logSummary", { subject }), contactIds },
                  { onSuccess: () => toast.success(t("letter.logged")) },
                )
              }
              data-testid="letter-log"
            >
              {t("letter.log")}
            </button>
          )}
        </div>
      </div>
    </section>
  );
}
