import { CalendarPlus, Copy, RefreshCw, Trash2 } from "lucide-react";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { ConfirmDialog } from "../components/confirm-dialog";
import { useToast } from "../components/toast";
import { formatDate } from "../lib/format";
import { useCreateIcalToken, useIcalToken, useRevokeIcalToken } from "./api";

/** The secret calendar-feed address of my tasks: create, regenerate (the old one stops working) or turn off. */
export function IcalFeed() {
  const { t } = useTranslation("tasks");
  const info = useIcalToken();
  const create = useCreateIcalToken();
  const revoke = useRevokeIcalToken();
  const toast = useToast();
  const [url, setUrl] = useState<string | null>(null);
  const [confirm, setConfirm] = useState<"regenerate" | "revoke" | null>(null);
  const active = info.data?.active ?? false;

  const generate = () =>
    create.mutate(undefined, {
      onSuccess: (r) => {
        setUrl(r.url);
        setConfirm(null);
      },
    });
  const copy = async () => {
    if (!url) return;
    try {
      await navigator.clipboard.writeText(url);
      toast.success(t("ical.copied"));
    } catch {
      toast.error(t("ical.copyFailed"));
    }
  };

  return (
    <section className="card" aria-labelledby="ical-title" data-testid="ical-feed">
      <div className="card-header">
        <h2 id="ical-title" className="row">
          <CalendarPlus size={16} aria-hidden /> {t("ical.title")}
        </h2>
        {active && <span className="badge badge-success">{t("ical.on")}</span>}
      </div>
      <div className="card-body stack" style={{ gap: 12 }}>
        <p className="small">{t("ical.explain")}</p>
        {url ? (
          <div className="stack" style={{ gap: 8 }}>
            <label htmlFor="ical-url" className="field-label">
              {t("ical.urlLabel")}
            </label>
            <input id="ical-url" className="input mono" readOnly value={url} onFocus={(e) => e.target.select()} data-testid="ical-url" />
            <div className="row">
              <button type="button" className="btn btn-sm" onClick={() => void copy()} data-testid="ical-copy">
                <Copy size={14} aria-hidden /> {t("common:actions.copy")}
              </button>
            </div>
            <div className="alert alert-warning small" role="status">
              {t("ical.secretWarning")}
            </div>
          </div>
        ) : active ? (
          <p className="small muted">{t("ical.activeSince", { date: formatDate(info.data?.createdAt) })}</p>
        ) : (
          <p className="small muted">{t("ical.off")}</p>
        )}
        <div className="row">
          {!active ? (
            <button
              type="button"
              className="btn btn-primary btn-sm"
              onClick={generate}
              disabled={create.isPending}
              data-testid="ical-create"
            >
              {create.isPending ? <span className="spinner" aria-hidden /> : <CalendarPlus size={14} aria-hidden />} {t("ical.create")}
            </button>
          ) : (
            <>
              <button type="button" className="btn btn-sm" onClick={() => setConfirm("regenerate")} data-testid="ical-regenerate">
                <RefreshCw size={14} aria-hidden /> {t("ical.regenerate")}
              </button>
              <button type="button" className="btn btn-sm btn-ghost" onClick={() => setConfirm("revoke")} data-testid="ical-revoke">
                <Trash2 size={14} aria-hidden /> {t("ical.revoke")}
              </button>
            </>
          )}
        </div>
      </div>
      <ConfirmDialog
        open={confirm === "regenerate"}
        onClose={() => setConfirm(null)}
        title={t("ical.regenerateTitle")}
        description={t("ical.regenerateBody")}
        confirmLabel={t("ical.regenerate")}
        busy={create.isPending}
        onConfirm={generate}
      />
      <ConfirmDialog
        open={confirm === "revoke"}
        onClose={() => setConfirm(null)}
        danger
        title={t("ical.revokeTitle")}
        description={t("ical.revokeBody")}
        confirmLabel={t("ical.revoke")}
        busy={revoke.isPending}
        onConfirm={() =>
          revoke.mutate(undefined, {
            onSuccess: () => {
              setUrl(null);
              setConfirm(null);
              toast.success(t("ical.revoked"));
            },
          })
        }
      />
    </section>
  );
}
