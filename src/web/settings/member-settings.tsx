import { useMutation, useQueryClient } from "@tanstack/react-query";
import { ShieldCheck, ShieldOff, UserMinus } from "lucide-react";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { ROLES, roleAtLeast, useActiveOrg } from "../app/session";
import { ConfirmDialog } from "../components/confirm-dialog";
import { ErrorState } from "../components/states";
import { SkeletonRows } from "../components/table-parts";
import { useToast } from "../components/toast";
import { authClient, unwrap } from "../lib/auth-client";
import { formatDate, initials } from "../lib/format";
import { useMembers, type Member } from "../lib/members";
import { scrollRegion } from "../components/scroll-region";

type Role = (typeof ROLES)[number];

/** Members and their roles; admins change roles and remove people (owners only by owners). */
export function MemberSettings() {
  const { t } = useTranslation("settings");
  const { me, role, isAdmin } = useActiveOrg();
  const q = useMembers();
  const qc = useQueryClient();
  const toast = useToast();
  const [removing, setRemoving] = useState<Member | null>(null);
  const changeRole = useMutation({
    // better-auth's client types only know its default roles; ours add "viewer".
    mutationFn: (p: { memberId: string; role: Role }) =>
      unwrap(authClient.organization.updateMemberRole({ memberId: p.memberId, role: p.role as "member" })),
    onSuccess: () => {
      void qc.invalidateQueries({ queryKey: ["members"] });
      toast.success(t("members.roleChanged"));
    },
  });
  const remove = useMutation({
    mutationFn: (memberId: string) => unwrap(authClient.organization.removeMember({ memberIdOrEmail: memberId })),
    onSuccess: () => {
      void qc.invalidateQueries({ queryKey: ["members"] });
      toast.success(t("members.removed", { name: removing?.name }));
      setRemoving(null);
    },
  });

  const canManage = (m: Member) => isAdmin && m.userId !== me?.user.id && (m.role !== "owner" || role === "owner");
  const assignable = ROLES.filter((r) => r !== "owner" || role === "owner");

  return (
    <section aria-labelledby="members-title" className="stack">
      <div className="spread">
        <div>
          <h2 id="members-title">{t("members.title")}</h2>
          <p className="muted small">{t("members.lead")}</p>
        </div>
      </div>
      {q.error ? (
        <ErrorState error={q.error} onRetry={() => void q.refetch()} />
      ) : (
        <div {...scrollRegion(t("members.title"))} className="table-wrap">
          <table className="table" data-testid="members-table">
            <thead>
              <tr>
                <th scope="col">{t("members.name")}</th>
                <th scope="col">{t("members.role")}</th>
                <th scope="col">{t("members.twoFactor")}</th>
                <th scope="col">{t("members.since")}</th>
                <th scope="col">
                  <span className="sr-only">{t("members.actions")}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {!q.data ? (
                <SkeletonRows cols={5} rows={3} />
              ) : (
                q.data.items.map((m) => (
                  <tr key={m.id}>
                    <td>
                      <span className="row" style={{ flexWrap: "nowrap" }}>
                        <span className="avatar" aria-hidden>
                          {initials(m.name)}
                        </span>
                        <span>
                          <span className="cell-main">{m.name}</span>
                          {m.userId === me?.user.id && <span className="muted small"> ({t("members.you")})</span>}
                          <div className="cell-sub">{m.email}</div>
                        </span>
                      </span>
                    </td>
                    <td>
                      {canManage(m) ? (
                        <>
                          <label className="sr-only" htmlFor={`role-${m.id}`}>
                            {t("members.roleOf", { name: m.name })}
                          </label>
                          <select
                            id={`role-${m.id}`}
                            className="select"
                            style={{ width: 150 }}
                            value={m.role}
                            disabled={changeRole.isPending}
                            onChange={(e) => changeRole.mutate({ memberId: m.id, role: e.target.value as Role })}
                          >
                            {assignable.map((r) => (
                              <option key={r} value={r}>
                                {t(`common:roles.${r}`)}
                              </option>
                            ))}
                          </select>
                        </>
                      ) : (
                        <span className={`badge ${roleAtLeast(m.role, "admin") ? "badge-primary" : ""}`}>
                          {t(`common:roles.${m.role}`, { defaultValue: m.role })}
                        </span>
                      )}
                    </td>
                    <td>
                      {m.twoFactorEnabled ? (
                        <span className="badge badge-success">
                          <ShieldCheck size={12} aria-hidden /> {t("members.on")}
                        </span>
                      ) : (
                        <span className="badge">
                          <ShieldOff size={12} aria-hidden /> {t("members.off")}
                        </span>
                      )}
                    </td>
                    <td className="small muted">{formatDate(m.createdAt)}</td>
                    <td className="num">
                      {canManage(m) && (
                        <button type="button" className="btn btn-ghost btn-sm" onClick={() => setRemoving(m)}>
                          <UserMinus size={14} aria-hidden /> {t("common:actions.remove")}
                          <span className="sr-only">: {m.name}</span>
                        </button>
                      )}
                    </td>
                  </tr>
                ))
              )}
            </tbody>
          </table>
        </div>
      )}
      <div className="card card-body small muted">
        <strong>{t("members.rolesTitle")}</strong>
        <ul style={{ margin: "6px 0 0", paddingLeft: 18 }}>
          {ROLES.slice()
            .reverse()
            .map((r) => (
              <li key={r}>
                <strong>{t(`common:roles.${r}`)}</strong>: {t(`members.roleHelp.${r}`)}
              </li>
            ))}
        </ul>
      </div>
      <ConfirmDialog
        open={!!removing}
        onClose={() => setRemoving(null)}
        danger
        title={t("members.removeTitle", { name: removing?.name })}
        description={t("members.removeBody")}
        confirmLabel={t("common:actions.remove")}
        busy={remove.isPending}
        onConfirm={() => {
          if (removing) remove.mutate(removing.id);
        }}
      />
    </section>
  );
}
