import { useEffect, useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import { CompanyPicker, type CompanyRef } from "../components/company-picker";
import { ConfirmDialog } from "../components/confirm-dialog";
import { Dialog } from "../components/dialog";
import { Field, FormError, fieldError } from "../components/field";
import { useToast } from "../components/toast";
import { todayIso } from "../lib/format";
import { useAddEmployment, useEraseContact, type Contact } from "./api";

/** Records that the contact (also) works at a company. */
export function AddEmploymentDialog({ open, onClose, contact }: { open: boolean; onClose: () => void; contact: Contact }) {
  const { t } = useTranslation("contacts");
  const toast = useToast();
  const add = useAddEmployment(contact.id);
  const [company, setCompany] = useState<CompanyRef | null>(null);
  const [title, setTitle] = useState("");
  const [startedOn, setStartedOn] = useState(todayIso());
  useEffect(() => {
    if (open) {
      setCompany(null);
      setTitle(contact.roleTitle ?? "");
      setStartedOn(todayIso());
      add.reset();
    }
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [open]);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (!company) return;
    add.mutate(
      { companyId: company.id, title: title || null, startedOn: startedOn || null },
      {
        onSuccess: () => {
          toast.success(t("history.added", { company: company.name }));
          onClose();
        },
      },
    );
  };
  return (
    <Dialog
      open={open}
      onClose={onClose}
      title={t("history.addTitle", { name: contact.name })}
      footer={
        <>
          <button type="button" className="btn" onClick={onClose}>
            {t("common:actions.cancel")}
          </button>
          <button type="submit" form="employment-form" className="btn btn-primary" disabled={!company || add.isPending}>
            {t("history.addSubmit")}
          </button>
        </>
      }
    >
      <form id="employment-form" className="form" onSubmit={submit} noValidate>
        <FormError error={add.error} />
        <Field label={t("fields.company")} error={fieldError(add.error, "companyId")}>
          {(p) => <CompanyPicker {...p} value={company} onChange={setCompany} exclude={contact.currentCompanies.map((c) => c.id)} />}
        </Field>
        <Field label={t("fields.roleTitle")} error={fieldError(add.error, "title")}>
          {(p) => <input {...p} className="input" value={title} onChange={(e) => setTitle(e.target.value)} />}
        </Field>
        <Field label={t("fields.startedOn")} error={fieldError(add.error, "startedOn")}>
          {(p) => <input {...p} className="input" type="date" value={startedOn} onChange={(e) => setStartedOn(e.target.value)} />}
        </Field>
      </form>
    </Dialog>
  );
}

/** GDPR erasure on request: a reason, and typing a confirmation word. */
export function EraseDialog({
  open,
  onClose,
  contact,
  onErased,
}: {
  open: boolean;
  onClose: () => void;
  contact: Contact;
  onErased: () => void;
}) {
  const { t } = useTranslation("contacts");
  const toast = useToast();
  const erase = useEraseContact(contact.id);
  const [reason, setReason] = useState("");
  useEffect(() => {
    if (open) {
      setReason("");
      erase.reset();
    }
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [open]);
  return (
    <ConfirmDialog
      open={open}
      onClose={onClose}
      danger
      title={t("gdpr.eraseTitle", { name: contact.name })}
      description={t("gdpr.eraseDescription")}
      confirmLabel={t("gdpr.eraseConfirm")}
      typeToConfirm={t("gdpr.eraseWord")}
      busy={erase.isPending}
      disabled={!reason.trim()}
      onConfirm={() =>
        erase.mutate(reason.trim(), {
          onSuccess: () => {
            toast.success(t("gdpr.erased"));
            onErased();
          },
        })
      }
    >
      <div className="alert alert-danger">
        <ul style={{ margin: 0 }}>
          <li>{t("gdpr.effectData")}</li>
          <li>{t("gdpr.effectHistory")}</li>
          <li>{t("gdpr.effectAudit")}</li>
          <li>{t("gdpr.effectFinal")}</li>
        </ul>
      </div>
      <FormError error={erase.error} />
      <Field label={t("gdpr.reason")} hint={t("gdpr.reasonHint")} error={fieldError(erase.error, "reason")}>
        {(p) => (
          <textarea
            {...p}
            className="textarea"
            rows={2}
            value={reason}
            onChange={(e) => setReason(e.target.value)}
            data-testid="erase-reason"
          />
        )}
      </Field>
    </ConfirmDialog>
  );
}
