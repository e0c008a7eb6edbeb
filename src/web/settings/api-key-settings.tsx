import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { Copy, KeyRound, Plus, Trash2 } from "lucide-react";
import { useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import { ROLES, useActiveOrg } from "../app/session";
import { ConfirmDialog } from "../components/confirm-dialog";
import { Field, FormError } from "../components/field";
import { scrollRegion } from "../components/scroll-region";
import { EmptyState, ErrorState } from "../components/states";
import { useToast } from "../components/toast";
import { api, ApiError, type Page } from "../lib/api";
import { formatDate, formatDateTime } from "../lib/format";

interface ApiKey {
  id: string;
  name: string;
  role: string;
  prefix: string;
  createdAt: string;
  createdBy: { id: string; name: string } | null;
  expiresAt: string | null;
  lastUsedAt: string | null;
  revokedAt: string | null;
}

/** Organisation API keys for scripts (admins): create one (its secret shown once), see last use, revoke. */
export function ApiKeySettings() {
  const { t } = useTranslation("settings");
  const { org, role: myRole } = useActiveOrg();
  const qc = useQueryClient();
  const toast = useToast();
  const [name, setName] = useState("");
  const [role, setRole] = useState("member");
  const [expiresOn, setExpiresOn] = useState("");
  const [secret, setSecret] = useState<{ name: string; key: string } | null>(null);
  const [revoking, setRevoking] = useState<ApiKey | null>(null);
  const list = useQuery({ queryKey: ["api-keys", org?.id], queryFn: () => api<Page<ApiKey>>("/api-keys", { query: { limit: 500 } }) });
  const create = useMutation({
    meta: { inline: true },
    mutationFn: () =>
      api<ApiKey & { key: string }>("/api-keys", {
        method: "POST",
        // A date means "valid through that day" in the user's time zone.
        body: { name: name.trim(), role, expiresAt: expiresOn ? new Date(`${expiresOn}T23:59:59`).toISOString() : null },
      }),
    onSuccess: (created) => {
      setSecret({ name: created.name, key: created.key });
      setName("");
      setExpiresOn("");
      void qc.invalidateQueries({ queryKey: ["api-keys"] });
    },
  });
  const revoke = useMutation({
    mutationFn: (id: string) => api<void>(`/api-keys/${id}`, { method: "DELETE" }),
    onSuccess: () => {
      toast.success(t("apiKeys.revoked"));
      setRevoking(null);
      void qc.invalidateQueries({ queryKey: ["api-keys"] });
    },
  });
  const fieldError = (path: string) => (create.error instanceof ApiError ? create.error.fieldError(path) : undefined);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (name.trim()) create.mutate();
  };
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(secret?.key ?? "");
      toast.success(t("apiKeys.copied"));
    } catch {
      toast.error(t("apiKeys.copyFailed"));
    }
  };
  const status = (k: ApiKey) => (k.revokedAt ? "revoked" : k.expiresAt && Date.parse(k.expiresAt) <= Date.now() ? "expired" : "active");
  const keys = list.data?.items ?? [];

  return (
    <div className="stack-lg" style={{ maxWidth: 1000 }}>
      <section className="card" aria-labelledby="api-key-create-title">
        <div className="card-header">
          <div>
            <h2 id="api-key-create-title">{t("apiKeys.createTitle")}</h2>
            <p>{t("apiKeys.createLead")}</p>
          </div>
        </div>
        <form className="card-body form" onSubmit={submit} noValidate>
          <FormError error={create.error} />
          <div className="row" style={{ alignItems: "flex-end", flexWrap: "wrap" }}>
            <Field label={t("apiKeys.name")} error={fieldError("name")} className="grow">
              {(p) => (
                <input
                  {...p}
                  className="input"
                  value={name}
                  maxLength={100}
                  onChange={(e) => setName(e.target.value)}
                  placeholder={t("apiKeys.namePlaceholder")}
                  style={{ minWidth: 240 }}
                  data-testid="api-key-name"
                />
              )}
            </Field>
            <Field label={t("members.role")} error={fieldError("role")}>
              {(p) => (
                <select {...p} className="select" value={role} onChange={(e) => setRole(e.target.value)} data-testid="api-key-role">
                  {ROLES.filter((r) => ROLES.indexOf(r) <= ROLES.indexOf((myRole ?? "viewer") as (typeof ROLES)[number])).map((r) => (
                    <option key={r} value={r}>
                      {t(`common:roles.${r}`)}
                    </option>
                  ))}
                </select>
              )}
            </Field>
            <Field label={t("apiKeys.expiresOn")} error={fieldError("expiresAt")}>
              {(p) => (
                <input
                  {...p}
                  className="input"
                  type="date"
                  value={expiresOn}
                  onChange={(e) => setExpiresOn(e.target.value)}
                  data-testid="api-key-expires"
                />
              )}
            </Field>
            <button type="submit" className="btn btn-primary" disabled={create.isPending || !name.trim()} data-testid="api-key-create">
              <Plus size={15} aria-hidden /> {t("apiKeys.create")}
            </button>
          </div>
          {secret && (
            <div className="stack" style={{ gap: 8 }} data-testid="api-key-secret-panel">
              <label htmlFor="api-key-secret" className="field-label">
                {t("apiKeys.secretLabel", { name: secret.name })}
              </label>
              <input
                id="api-key-secret"
                className="input mono"
                readOnly
                value={secret.key}
                onFocus={(e) => e.target.select()}
                data-testid="api-key-secret"
              />
              <div className="row">
                <button type="button" className="btn btn-sm" onClick={() => void copy()} data-testid="api-key-copy">
                  <Copy size={14} aria-hidden /> {t("common:actions.copy")}
                </button>
                <button type="button" className="btn btn-sm btn-ghost" onClick={() => setSecret(null)}>
                  {t("apiKeys.secretDone")}
                </button>
              </div>
              <div className="alert alert-warning small" role="status">
                {t("apiKeys.secretWarning")}
              </div>
            </div>
          )}
        </form>
      </section>
      <section aria-labelledby="api-keys-title" className="stack">
        <h2 id="api-keys-title">{t("apiKeys.listTitle")}</h2>
        <p className="small muted">{t("apiKeys.usage")}</p>
        {list.error ? (
          <ErrorState error={list.error} onRetry={() => void list.refetch()} />
        ) : list.data && keys.length === 0 ? (
          <div className="card">
            <EmptyState icon={KeyRound} title={t("apiKeys.emptyTitle")}>
              {t("apiKeys.emptyBody")}
            </EmptyState>
          </div>
        ) : (
          <div {...scrollRegion(t("apiKeys.listTitle"))} className="table-wrap">
            <table className="table" data-testid="api-keys-table">
              <thead>
                <tr>
                  <th scope="col">{t("apiKeys.name")}</th>
                  <th scope="col">{t("apiKeys.prefix")}</th>
                  <th scope="col">{t("members.role")}</th>
                  <th scope="col">{t("apiKeys.created")}</th>
                  <th scope="col">{t("apiKeys.expires")}</th>
                  <th scope="col">{t("apiKeys.lastUsed")}</th>
                  <th scope="col">{t("apiKeys.status")}</th>
                  <th scope="col">
                    <span className="sr-only">{t("members.actions")}</span>
                  </th>
                </tr>
              </thead>
              <tbody>
                {keys.map((k) => (
                  <tr key={k.id} data-testid={`api-key-row-${k.id}`}>
                    <td className="cell-main">{k.name}</td>
                    <td className="mono small">{k.prefix}…</td>
                    <td>
                      <span className="badge">{t(`common:roles.${k.role}`, { defaultValue: k.role })}</span>
                    </td>
                    <td className="small">
                      {formatDate(k.createdAt)}
                      {k.createdBy && <span className="muted"> · {k.createdBy.name}</span>}
                    </td>
                    <td className="small">{k.expiresAt ? formatDate(k.expiresAt) : t("apiKeys.never")}</td>
                    <td className="small">{k.lastUsedAt ? formatDateTime(k.lastUsedAt) : t("apiKeys.notUsed")}</td>
                    <td>
                      <span className={`badge ${status(k) === "active" ? "badge-success" : ""}`}>{t(`apiKeys.statuses.${status(k)}`)}</span>
                    </td>
                    <td className="num">
                      {!k.revokedAt && (
                        <button
                          type="button"
                          className="btn btn-ghost btn-sm"
                          onClick={() => setRevoking(k)}
                          data-testid={`api-key-revoke-${k.id}`}
                        >
                          <Trash2 size={14} aria-hidden /> {t("apiKeys.revoke")}
                          <span className="sr-only">: {k.name}</span>
                        </button>
                      )}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>
      <ConfirmDialog
        open={!!revoking}
        onClose={() => setRevoking(null)}
        danger
        title={t("apiKeys.revokeTitle", { name: revoking?.name ?? "" })}
        description={t("apiKeys.revokeBody")}
        confirmLabel={t("apiKeys.revoke")}
        busy={revoke.isPending}
        onConfirm={() => {
          if (revoking) revoke.mutate(revoking.id);
        }}
      />
    </div>
  );
}
