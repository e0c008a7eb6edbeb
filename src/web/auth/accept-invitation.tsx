import { useQuery, useQueryClient } from "@tanstack/react-query";
import { MailOpen } from "lucide-react";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, useNavigate, useParams } from "react-router-dom";
import { useMe } from "../app/session";
import { FormError } from "../components/field";
import { useToast } from "../components/toast";
import { authClient, unwrap } from "../lib/auth-client";
import { AuthLayout } from "./auth-layout";

interface InvitationInfo {
  organizationName?: string;
  organizationId: string;
  inviterEmail?: string;
  role: string;
  email: string;
  status: string;
}

/** Accepts an invitation; a signed-out visitor signs in or up first and comes back here. */
export default function AcceptInvitation() {
  const { t } = useTranslation("auth");
  const { id = "" } = useParams();
  const me = useMe();
  const qc = useQueryClient();
  const navigate = useNavigate();
  const toast = useToast();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const signedIn = !!me.data;
  const invitation = useQuery({
    queryKey: ["invitation", id],
    enabled: signedIn,
    retry: false,
    queryFn: () => unwrap(authClient.organization.getInvitation({ query: { id } })) as Promise<InvitationInfo>,
  });
  const back = encodeURIComponent(`/accept-invitation/${id}`);

  if (me.isPending) return <AuthLayout title={t("invitation.title")}>{t("common:loading")}</AuthLayout>;

  if (!signedIn) {
    return (
      <AuthLayout title={t("invitation.title")} lead={t("invitation.signInFirst")}>
        <div className="stack">
          <Link className="btn btn-primary btn-block" to={`/sign-in?next=${back}`} data-testid="invitation-sign-in">
            {t("invitation.signIn")}
          </Link>
          <Link className="btn btn-block" to={`/sign-up?next=${back}`} data-testid="invitation-sign-up">
            {t("invitation.signUp")}
          </Link>
        </div>
      </AuthLayout>
    );
  }

  const accept = async () => {
    setBusy(true);
    setError(null);
    try {
      const res = (await unwrap(authClient.organization.acceptInvitation({ invitationId: id }))) as {
        member?: { organizationId: string };
      } | null;
      const orgId = res?.member?.organizationId ?? invitation.data?.organizationId;
      if (orgId) await unwrap(authClient.organization.setActive({ organizationId: orgId }));
      await qc.resetQueries();
      toast.success(t("invitation.accepted", { org: invitation.data?.organizationName ?? "" }));
      navigate("/dashboard", { replace: true });
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  };

  const reject = async () => {
    setBusy(true);
    try {
      await unwrap(authClient.organization.rejectInvitation({ invitationId: id }));
      navigate("/dashboard", { replace: true });
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  };

  const inv = invitation.data;
  return (
    <AuthLayout title={t("invitation.title")}>
      <div className="stack">
        {invitation.isPending && <p className="muted">{t("common:loading")}</p>}
        {invitation.error && (
          <div className="alert alert-danger" role="alert">
            {t("invitation.notFound", { email: me.data?.user.email })}
          </div>
        )}
        {inv && (
          <div className="row" style={{ alignItems: "flex-start", flexWrap: "nowrap", gap: 12 }}>
            <div className="empty-icon" aria-hidden>
              <MailOpen size={20} />
            </div>
            <p>
              {t("invitation.body", {
                org: inv.organizationName ?? "",
                inviter: inv.inviterEmail ?? "",
                role: t(`common:roles.${inv.role}`, { defaultValue: inv.role }),
              })}
            </p>
          </div>
        )}
        <FormError error={error} />
        {inv && (
          <div className="row">
            <button type="button" className="btn btn-primary" onClick={() => void accept()} disabled={busy} data-testid="invitation-accept">
              {busy && <span className="spinner" aria-hidden />}
              {t("invitation.accept")}
            </button>
            <button type="button" className="btn" onClick={() => void reject()} disabled={busy}>
              {t("invitation.decline")}
            </button>
          </div>
        )}
        <p className="small muted">{t("invitation.signedInAs", { email: me.data?.user.email })}</p>
      </div>
    </AuthLayout>
  );
}
