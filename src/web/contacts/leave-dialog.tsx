import { AlertTriangle, UserPlus } from "lucide-react";
import { useEffect, useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router-dom";
import { useCompanyContacts } from "../companies/api";
import { CompanyPicker, type CompanyRef } from "../components/company-picker";
import { Dialog } from "../components/dialog";
import { Field, FormError, fieldError } from "../components/field";
import { useToast } from "../components/toast";
import { todayIso } from "../lib/format";
import { useLeave, useSetPrimaryContact, type Contact, type LeaveResult } from "./api";
import { ContactFormDialog } from "./contact-form";

/**
 * "Left the company": records the leaving date (and maybe the next employer), then flags the companies left
 * without an active or primary contact and asks who takes over.
 */
export function LeaveDialog({ open, onClose, contact }: { open: boolean; onClose: () => void; contact: Contact }) {
  const { t } = useTranslation("contacts");
  const toast = useToast();
  const current = contact.employments.filter((e) => e.active);
  const [companyId, setCompanyId] = useState(current[0]?.companyId ?? "");
  const [leftOn, setLeftOn] = useState(todayIso());
  const [moved, setMoved] = useState(false);
  const [join, setJoin] = useState<CompanyRef | null>(null);
  const [joinTitle, setJoinTitle] = useState("");
  const [result, setResult] = useState<LeaveResult | null>(null);
  const leave = useLeave(contact.id);

  useEffect(() => {
    if (open) {
      setCompanyId(current[0]?.companyId ?? "");
      setLeftOn(todayIso());
      setMoved(false);
      setJoin(null);
      setJoinTitle("");
      setResult(null);
      leave.reset();
    }
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [open]);

  const submit = (e: FormEvent) => {
    e.preventDefault();
    leave.mutate(
      { companyId, leftOn, ...(moved && join ? { joinCompanyId: join.id, joinTitle: joinTitle || null } : {}) },
      {
        onSuccess: (r) => {
          const affected = r.orphanedCompanies.length + r.primaryContactLost.length;
          toast.success(t("leave.done", { name: contact.name }));
          if (affected) setResult(r);
          else onClose();
        },
      },
    );
  };

  const affected = result ? dedupe([...result.orphanedCompanies, ...result.primaryContactLost]) : [];

  return (
    <Dialog
      open={open}
      onClose={onClose}
      wide
      title={result ? t("leave.takeoverTitle") : t("leave.title", { name: contact.name })}
      description={result ? t("leave.takeoverDescription", { name: contact.name }) : t("leave.description")}
      testId="leave-dialog"
      footer={
        result ? (
          <button type="button" className="btn btn-primary" onClick={onClose}>
            {t("leave.finish")}
          </button>
        ) : (
          <>
            <button type="button" className="btn" onClick={onClose}>
              {t("common:actions.cancel")}
            </button>
            <button
              type="submit"
              form="leave-form"
              className="btn btn-primary"
              disabled={leave.isPending || !companyId || (moved && !join)}
              data-testid="leave-submit"
            >
              {leave.isPending && <span className="spinner" aria-hidden />}
              {t("leave.submit")}
            </button>
          </>
        )
      }
    >
      {result ? (
        <div className="stack">
          {affected.map((c) => (
            <Takeover
              key={c.id}
              company={c}
              leaver={contact}
              orphaned={result.orphanedCompanies.some((o) => o.id === c.id)}
              lostPrimary={result.primaryContactLost.some((o) => o.id === c.id)}
            />
          ))}
        </div>
      ) : (
        <form id="leave-form" className="form" onSubmit={submit} noValidate>
          <FormError error={leave.error} />
          <div className="form-grid">
            <Field label={t("leave.company")} error={fieldError(leave.error, "companyId")}>
              {(p) => (
                <select {...p} className="select" value={companyId} onChange={(e) => setCompanyId(e.target.value)}>
                  {current.map((e) => (
                    <option key={e.companyId} value={e.companyId}>
                      {e.companyName}
                    </option>
                  ))}
                </select>
              )}
            </Field>
            <Field label={t("leave.leftOn")} error={fieldError(leave.error, "leftOn")}>
              {(p) => (
                <input {...p} className="input" type="date" value={leftOn} max={todayIso()} onChange={(e) => setLeftOn(e.target.value)} />
              )}
            </Field>
          </div>
          <label className="checkbox">
            <input type="checkbox" checked={moved} onChange={(e) => setMoved(e.target.checked)} />
            {t("leave.moved")}
          </label>
          {moved && (
            <div className="form-grid">
              <Field label={t("leave.newCompany")} error={fieldError(leave.error, "joinCompanyId")}>
                {(p) => <CompanyPicker {...p} value={join} onChange={setJoin} exclude={[companyId]} />}
              </Field>
              <Field label={t("leave.newTitle")} error={fieldError(leave.error, "joinTitle")}>
                {(p) => <input {...p} className="input" value={joinTitle} onChange={(e) => setJoinTitle(e.target.value)} />}
              </Field>
            </div>
          )}
        </form>
      )}
    </Dialog>
  );
}

function dedupe<T extends { id: string }>(xs: T[]): T[] {
  const seen = new Set<string>();
  return xs.filter((x) => !seen.has(x.id) && seen.add(x.id));
}

/** One company that lost its contact: choose a colleague as primary contact, or add someone new. */
function Takeover({
  company,
  leaver,
  orphaned,
  lostPrimary,
}: {
  company: { id: string; name: string };
  leaver: Contact;
  orphaned: boolean;
  lostPrimary: boolean;
}) {
  const { t } = useTranslation("contacts");
  const toast = useToast();
  const colleagues = useCompanyContacts(company.id);
  const setPrimary = useSetPrimaryContact();
  const [choice, setChoice] = useState("");
  const [adding, setAdding] = useState(false);
  const [done, setDone] = useState<string | null>(null);
  const options = (colleagues.data?.items ?? []).filter(
    (c) => c.id !== leaver.id && c.employments.some((e) => e.companyId === company.id && e.active),
  );
  const selectId = `takeover-${company.id}`;

  return (
    <div className="card card-body" data-testid="takeover">
      <div className="row" style={{ marginBottom: 12 }}>
        <AlertTriangle size={16} aria-hidden color="var(--color-warning)" />
        <strong>
          <Link to={`/companies/${company.id}`}>{company.name}</Link>
        </strong>
        {orphaned && <span className="badge badge-warning">{t("leave.orphaned")}</span>}
        {lostPrimary && <span className="badge badge-warning">{t("leave.lostPrimary")}</span>}
      </div>
      {done ? (
        <p className="alert alert-success" role="status">
          {t("leave.takenOver", { name: done, company: company.name })}
        </p>
      ) : (
        <div className="row" style={{ alignItems: "flex-end" }}>
          {options.length > 0 && (
            <>
              <div className="field" style={{ minWidth: 240 }}>
                <label htmlFor={selectId}>{t("leave.whoTakesOver")}</label>
                <select id={selectId} className="select" value={choice} onChange={(e) => setChoice(e.target.value)}>
                  <option value="">{t("leave.chooseColleague")}</option>
                  {options.map((c) => (
                    <option key={c.id} value={c.id}>
                      {c.name}
                      {c.roleTitle ? ` (${c.roleTitle})` : ""}
                    </option>
                  ))}
                </select>
              </div>
              <button
                type="button"
                className="btn btn-primary"
                disabled={!choice || setPrimary.isPending}
                onClick={() =>
                  setPrimary.mutate(
                    { companyId: company.id, contactId: choice },
                    {
                      onSuccess: () => {
                        const name = options.find((o) => o.id === choice)?.name ?? "";
                        setDone(name);
                        toast.success(t("leave.takenOver", { name, company: company.name }));
                      },
                    },
                  )
                }
              >
                {t("leave.makePrimary")}
              </button>
              <span className="muted small">{t("leave.or")}</span>
            </>
          )}
          {colleagues.data && options.length === 0 && (
            <p className="muted small" style={{ flexBasis: "100%" }}>
              {t("leave.noColleagues")}
            </p>
          )}
          <button type="button" className="btn" onClick={() => setAdding(true)}>
            <UserPlus size={15} aria-hidden /> {t("leave.addNew")}
          </button>
        </div>
      )}
      <ContactFormDialog
        open={adding}
        onClose={() => setAdding(false)}
        companyId={company.id}
        onSaved={(c) => {
          setAdding(false);
          setPrimary.mutate({ companyId: company.id, contactId: c.id }, { onSuccess: () => setDone(c.name) });
        }}
      />
    </div>
  );
}
