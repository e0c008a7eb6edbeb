import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { ShieldCheck } from "lucide-react";
import { useEffect, useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import type { OrgProfile } from "../../domains/orgs/orgs.schema";
import { Field, FormError, fieldError } from "../components/field";
import { ErrorState, Loading } from "../components/states";
import { useToast } from "../components/toast";
import { api } from "../lib/api";
import { OrgProfileFields, orgProfilePatch, type OrgProfileValues } from "./org-profile-fields";
import { SubmitButton } from "../components/form-dialog";

/** The NGO profile and the two-factor requirement (admins change; others read). */
export function OrganisationSettings() {
  const { t } = useTranslation("settings");
  const toast = useToast();
  const qc = useQueryClient();
  const q = useQuery({ queryKey: ["organization"], queryFn: () => api<OrgProfile>("/organization") });
  const [name, setName] = useState("");
  const [profile, setProfile] = useState<OrgProfileValues>({ country: "", languages: [], size: "", scope: "", mission: "" });
  const [require2fa, setRequire2fa] = useState(false);
  const save = useMutation({
    meta: { inline: true },
    mutationFn: (body: Record<string, unknown>) => api<OrgProfile>("/organization", { method: "PATCH", body }),
    onSuccess: (o) => {
      qc.setQueryData(["organization"], o);
      void qc.invalidateQueries({ queryKey: ["me"] });
      toast.success(t("org.saved"));
    },
  });

  useEffect(() => {
    const o = q.data;
    if (!o) return;
    setName(o.name);
    setProfile({ country: o.country ?? "", languages: o.languages, size: o.size ?? "", scope: o.scope ?? "", mission: o.mission ?? "" });
    setRequire2fa(o.requireTwoFactor);
  }, [q.data]);

  if (q.isPending) return <Loading />;
  if (q.error) return <ErrorState error={q.error} onRetry={() => void q.refetch()} />;
  const isAdmin = q.data.role === "admin" || q.data.role === "owner";

  const submit = (e: FormEvent) => {
    e.preventDefault();
    save.mutate({ name: name.trim(), ...orgProfilePatch(profile), requireTwoFactor: require2fa });
  };

  return (
    <form className="stack-lg" onSubmit={submit} noValidate style={{ maxWidth: 820 }}>
      {!isAdmin && <div className="alert alert-info">{t("org.readOnly")}</div>}
      <section className="card" aria-labelledby="profile-title">
        <div className="card-header">
          <div>
            <h2 id="profile-title">{t("org.profile")}</h2>
            <p>{t("org.profileLead")}</p>
          </div>
        </div>
        <fieldset className="card-body" disabled={!isAdmin}>
          <div className="form">
            <FormError error={save.error} />
            <div className="form-grid">
              <Field label={t("org.name")} className="span-2" error={fieldError(save.error, "name")}>
                {(p) => <input {...p} className="input" value={name} onChange={(e) => setName(e.target.value)} />}
              </Field>
              <OrgProfileFields value={profile} onChange={setProfile} error={save.error} disabled={!isAdmin} />
            </div>
          </div>
        </fieldset>
      </section>
      <section className="card" aria-labelledby="security-title">
        <div className="card-header">
          <h2 id="security-title" className="row">
            <ShieldCheck size={16} aria-hidden /> {t("org.security")}
          </h2>
        </div>
        <div className="card-body stack">
          <label className="checkbox" style={{ alignItems: "flex-start" }}>
            <input
              type="checkbox"
              checked={require2fa}
              disabled={!isAdmin}
              onChange={(e) => setRequire2fa(e.target.checked)}
              style={{ marginTop: 3 }}
              data-testid="org-require-2fa"
            />
            <span>
              <strong>{t("org.require2fa")}</strong>
              <span className="small muted" style={{ display: "block" }}>
                {t("org.require2faHint")}
              </span>
            </span>
          </label>
        </div>
      </section>
      {isAdmin && (
        <div className="form-actions" style={{ justifyContent: "flex-start" }}>
          <SubmitButton pending={save.isPending} testId="org-save">
            {t("common:actions.saveChanges")}
          </SubmitButton>
        </div>
      )}
    </form>
  );
}
