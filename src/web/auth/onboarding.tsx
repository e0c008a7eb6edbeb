import { useQueryClient } from "@tanstack/react-query";
import { useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import { Link, useNavigate, useSearchParams } from "react-router-dom";
import { useMe } from "../app/session";
import { Field, FormError, fieldError } from "../components/field";
import { useToast } from "../components/toast";
import { api, ApiError } from "../lib/api";
import { AuthError, authClient, unwrap } from "../lib/auth-client";
import { emptyOrgProfile, OrgProfileFields, orgProfilePatch, type OrgProfileValues } from "../settings/org-profile-fields";
import { AuthLayout } from "./auth-layout";
import { SubmitButton } from "../components/form-dialog";

/** "Müller & Söhne e.V." → "muller-sohne-e-v" */
export function slugify(name: string): string {
  return name
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/ß/g, "ss")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 60);
}

/** Creates the user's organisation (better-auth), fills in its NGO profile, and makes it active. */
export default function Onboarding() {
  const { t } = useTranslation("settings");
  const { data: me } = useMe();
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const qc = useQueryClient();
  const toast = useToast();
  const [name, setName] = useState("");
  const [slug, setSlug] = useState("");
  const [slugEdited, setSlugEdited] = useState(false);
  const [profile, setProfile] = useState<OrgProfileValues>(emptyOrgProfile);
  const [createdId, setCreatedId] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [slugError, setSlugError] = useState<string | undefined>();
  const hasOrgs = (me?.organizations.length ?? 0) > 0;
  const effectiveSlug = slugEdited ? slug : slugify(name);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setError(null);
    setSlugError(undefined);
    if (!name.trim() || !effectiveSlug) return;
    setBusy(true);
    try {
      let orgId = createdId;
      if (!orgId) {
        try {
          const org = (await unwrap(authClient.organization.create({ name: name.trim(), slug: effectiveSlug }))) as { id: string };
          orgId = org.id;
          setCreatedId(org.id);
        } catch (err) {
          if (err instanceof AuthError && /slug|exist/i.test(`${err.code} ${err.message}`)) {
            setSlugError(t("onboarding.slugTaken"));
            return;
          }
          throw err;
        }
      }
      await unwrap(authClient.organization.setActive({ organizationId: orgId }));
      await api("/organization", { method: "PATCH", body: orgProfilePatch(profile) });
      await qc.resetQueries();
      toast.success(t("onboarding.created", { org: name.trim() }));
      navigate("/dashboard", { replace: true });
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  };

  return (
    <AuthLayout
      wide
      title={hasOrgs && params.get("new") ? t("onboarding.titleAnother") : t("onboarding.title")}
      lead={t("onboarding.lead")}
      footer={hasOrgs ? <Link to="/dashboard">{t("onboarding.back")}</Link> : undefined}
    >
      <form className="form" onSubmit={submit} noValidate data-testid="onboarding-form">
        <FormError error={error} />
        <div className="form-grid">
          <Field label={t("org.name")} className="span-2" error={fieldError(error, "name")}>
            {(p) => (
              <input
                {...p}
                className="input"
                required
                value={name}
                onChange={(e) => setName(e.target.value)}
                disabled={!!createdId}
                autoFocus
                data-testid="org-name"
              />
            )}
          </Field>
          <Field label={t("onboarding.slug")} className="span-2" hint={t("onboarding.slugHint")} error={slugError}>
            {(p) => (
              <input
                {...p}
                className="input mono"
                value={effectiveSlug}
                disabled={!!createdId}
                onChange={(e) => {
                  setSlugEdited(true);
                  setSlug(slugify(e.target.value) || e.target.value.toLowerCase());
                }}
                data-testid="org-slug"
              />
            )}
          </Field>
          <OrgProfileFields value={profile} onChange={setProfile} error={error instanceof ApiError ? error : null} />
        </div>
        <div className="form-actions">
          <SubmitButton pending={busy} disabled={!name.trim()} testId="org-submit">
            {t("onboarding.submit")}
          </SubmitButton>
        </div>
      </form>
    </AuthLayout>
  );
}
