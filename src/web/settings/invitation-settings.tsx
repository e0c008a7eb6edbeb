import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { Link2, Mail, Send, X } from "lucide-react";
import { useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import { ROLES, useActiveOrg } from "../app/session";
import { EmptyState, ErrorState } from "../components/states";
import { Field, FormError } from "../components/field";
import { useToast } from "../components/toast";
import { authClient, unwrap } from "../lib/auth-client";
import { formatDate } from "../lib/format";
import { scrollRegion } from "../components/scroll-region";

interface Invitation {
  id: string;
  email: string;
  role: string;
  status: string;
  expiresAt: string | Date;
}

/** Invite people by email with a role; list and cancel pending invitations (admins). */
export function InvitationSettings() {
  const { t } = useTranslation("settings");
  const { org, role: myRole } = useActiveOrg();
  const qc = useQueryClient();
  const toast = useToast();
  const [email, setEmail] = useState("");
  const [role, setRole] = useState("member");
  const list = useQuery({
    queryKey: ["invitations", org?.id],
    queryFn: async () =>
      ((await unwrap(authClient.organization.listInvitations({ query: { organizationId: org?.id } }))) ?? []) as Invitation[],
  });
  const invite = useMutation({
    meta: { inline: true },
    mutationFn: () =>
      unwrap(authClient.organization.inviteMember({ email: email.trim(), role: role as "member", organizationId: org?.id })),
    onSuccess: () => {
      toast.success(t("invitations.sent", { email: email.trim() }));
      setEmail("");
      void qc.invalidateQueries({ queryKey: ["invitations"] });
    },
  });
  const cancel = useMutation({
    mutationFn: (invitationId: string) => unwrap(authClient.organization.cancelInvitation({ invitationId })),
    onSuccess: () => {
      toast.success(t("invitations.cancelled"));
      void qc.invalidateQueries({ queryKey: ["invitations"] });
    },
  });
  const pending = (list.data ?? []).filter((i) => i.status === "pending");

  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (email.trim()) invite.mutate();
  };
  const copyLink = async (id: string) => {
    await navigator.clipboard.writeText(`${window.location.origin}/accept-invitation/${id}`);
    toast.success(t("invitations.linkCopied"));
  };

  return (
    <div className="stack-lg" style={{ maxWidth: 900 }}>
      <section className="card" aria-labelledby="invite-title">
        <div className="card-header">
          <div>
            <h2 id="invite-title">{t("invitations.inviteTitle")}</h2>
            <p>{t("invitations.inviteLead")}</p>
          </div>
        </div>
        <form className="card-body form" onSubmit={submit} noValidate>
          <FormError error={invite.error} />
          <div className="row" style={{ alignItems: "flex-end", flexWrap: "wrap" }}>
            <Field label={t("invitations.email")} className="grow">
              {(p) => (
                <input
                  {...p}
                  className="input"
                  type="email"
                  value={email}
                  onChange={(e) => setEmail(e.target.value)}
                  style={{ minWidth: 280 }}
                  data-testid="invite-email"
                />
              )}
            </Field>
            <Field label={t("members.role")}>
              {(p) => (
                <select {...p} className="select" value={role} onChange={(e) => setRole(e.target.value)} data-testid="invite-role">
                  {ROLES.filter((r) => r !== "owner" || myRole === "owner").map((r) => (
                    <option key={r} value={r}>
                      {t(`common:roles.${r}`)}
                    </option>
                  ))}
                </select>
              )}
            </Field>
            <button type="submit" className="btn btn-primary" disabled={invite.isPending || !email.trim()} data-testid="invite-submit">
              <Send size={15} aria-hidden /> {t("invitations.send")}
            </button>
          </div>
        </form>
      </section>
      <section aria-labelledby="pending-title" className="stack">
        <h2 id="pending-title">{t("invitations.pending")}</h2>
        {list.error ? (
          <ErrorState error={list.error} onRetry={() => void list.refetch()} />
        ) : list.data && pending.length === 0 ? (
          <div className="card">
            <EmptyState icon={Mail} title={t("invitations.emptyTitle")}>
              {t("invitations.emptyBody")}
            </EmptyState>
          </div>
        ) : (
          <div {...scrollRegion(t("invitations.pending"))} className="table-wrap">
            <table className="table" data-testid="invitations-table">
              <thead>
                <tr>
                  <th scope="col">{t("invitations.email")}</th>
                  <th scope="col">{t("members.role")}</th>
                  <th scope="col">{t("invitations.expires")}</th>
                  <th scope="col">
                    <span className="sr-only">{t("members.actions")}</span>
                  </th>
                </tr>
              </thead>
              <tbody>
                {pending.map((i) => (
                  <tr key={i.id}>
                    <td className="cell-main">{i.email}</td>
                    <td>
                      <span className="badge">{t(`common:roles.${i.role}`, { defaultValue: i.role })}</span>
                    </td>
                    <td className="small muted">{formatDate(new Date(i.expiresAt))}</td>
                    <td className="num">
                      <span className="row" style={{ justifyContent: "flex-end", flexWrap: "nowrap" }}>
                        <button type="button" className="btn btn-ghost btn-sm" onClick={() => void copyLink(i.id)}>
                          <Link2 size={14} aria-hidden /> {t("invitations.copyLink")}
                          <span className="sr-only">: {i.email}</span>
                        </button>
                        <button
                          type="button"
                          className="btn btn-ghost btn-sm"
                          onClick={() => cancel.mutate(i.id)}
                          disabled={cancel.isPending}
                        >
                          <X size={14} aria-hidden /> {t("invitations.cancel")}
                          <span className="sr-only">: {i.email}</span>
                        </button>
                      </span>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>
    </div>
  );
}
