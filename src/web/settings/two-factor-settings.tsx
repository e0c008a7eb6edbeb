import { useQueryClient } from "@tanstack/react-query";
import { Download, KeyRound, ShieldCheck } from "lucide-react";
import { useEffect, useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import { setTwoFactorBlocked, useMe } from "../app/session";
import { Field, FormError } from "../components/field";
import { useToast } from "../components/toast";
import { authClient, unwrap } from "../lib/auth-client";
import { saveBlob } from "../lib/download";

type Stage = "idle" | "password" | "scan" | "codes" | "disable" | "regenerate";

/** Sets up TOTP: password → QR code and secret → verify a code → backup codes shown once. Also disable and new backup codes. */
export function TwoFactorSettings() {
  const { t } = useTranslation("settings");
  const { data: me } = useMe();
  const qc = useQueryClient();
  const toast = useToast();
  const enabled = !!me?.user.twoFactorEnabled;
  const [stage, setStage] = useState<Stage>("idle");
  const [password, setPassword] = useState("");
  const [code, setCode] = useState("");
  const [uri, setUri] = useState("");
  const [qr, setQr] = useState("");
  const [codes, setCodes] = useState<string[]>([]);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);

  useEffect(() => {
    if (!uri) return;
    // The QR library is only needed here: load it on demand.
    void import("qrcode").then((QR) => QR.toDataURL(uri, { margin: 1, width: 200 })).then(setQr);
  }, [uri]);

  const step = async (fn: () => Promise<void>) => {
    setBusy(true);
    setError(null);
    try {
      await fn();
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };

  const start = (e: FormEvent) => {
    e.preventDefault();
    void step(async () => {
      const r = (await unwrap(authClient.twoFactor.enable({ password }))) as { totpURI: string; backupCodes: string[] };
      setUri(r.totpURI);
      setCodes(r.backupCodes);
      setPassword("");
      setStage("scan");
    });
  };
  const verify = (e: FormEvent) => {
    e.preventDefault();
    void step(async () => {
      await unwrap(authClient.twoFactor.verifyTotp({ code: code.replace(/\s/g, "") }));
      setCode("");
      setStage("codes");
      setTwoFactorBlocked(false);
      await qc.invalidateQueries();
      toast.success(t("twoFactor.enabled"));
    });
  };
  const disable = (e: FormEvent) => {
    e.preventDefault();
    void step(async () => {
      await unwrap(authClient.twoFactor.disable({ password }));
      setPassword("");
      setStage("idle");
      await qc.invalidateQueries({ queryKey: ["me"] });
      toast.success(t("twoFactor.disabled"));
    });
  };
  const regenerate = (e: FormEvent) => {
    e.preventDefault();
    void step(async () => {
      const r = (await unwrap(authClient.twoFactor.generateBackupCodes({ password }))) as { backupCodes: string[] };
      setCodes(r.backupCodes);
      setPassword("");
      setStage("codes");
    });
  };
  const cancel = () => {
    setStage("idle");
    setPassword("");
    setCode("");
    setError(null);
  };
  const secret = uri ? (new URL(uri).searchParams.get("secret") ?? "") : "";
  const download = () => {
    const blob = new Blob([`Partnerwise backup codes (${me?.user.email})\n\n${codes.join("\n")}\n`], { type: "text/plain" });
    saveBlob(blob, "partnerwise-backup-codes.txt");
  };

  const passwordForm = (onSubmit: (e: FormEvent) => void, label: string, danger = false) => (
    <form className="form" onSubmit={onSubmit} noValidate style={{ maxWidth: 420 }}>
      <FormError error={error} />
      <Field label={t("twoFactor.password")} hint={t("twoFactor.passwordHint")}>
        {(p) => (
          <input
            {...p}
            className="input"
            type="password"
            autoComplete="current-password"
            value={password}
            onChange={(e) => setPassword(e.target.value)}
            autoFocus
            data-testid="two-factor-password"
          />
        )}
      </Field>
      <div className="row">
        <button
          type="submit"
          className={`btn ${danger ? "btn-danger" : "btn-primary"}`}
          disabled={busy || !password}
          data-testid="two-factor-password-submit"
        >
          {busy && <span className="spinner" aria-hidden />}
          {label}
        </button>
        <button type="button" className="btn" onClick={cancel}>
          {t("common:actions.cancel")}
        </button>
      </div>
    </form>
  );

  return (
    <section className="card" aria-labelledby="two-factor" id="two-factor-section">
      <div className="card-header">
        <div>
          <h2 id="two-factor" className="row">
            <ShieldCheck size={16} aria-hidden /> {t("twoFactor.title")}
          </h2>
          <p>{t("twoFactor.lead")}</p>
        </div>
        {enabled ? <span className="badge badge-success">{t("twoFactor.on")}</span> : <span className="badge">{t("twoFactor.off")}</span>}
      </div>
      <div className="card-body">
        {stage === "idle" &&
          (enabled ? (
            <div className="row">
              <button type="button" className="btn" onClick={() => setStage("regenerate")}>
                <KeyRound size={15} aria-hidden /> {t("twoFactor.newCodes")}
              </button>
              <button type="button" className="btn btn-ghost" onClick={() => setStage("disable")} data-testid="two-factor-disable">
                {t("twoFactor.disable")}
              </button>
            </div>
          ) : (
            <button type="button" className="btn btn-primary" onClick={() => setStage("password")} data-testid="two-factor-enable">
              {t("twoFactor.enable")}
            </button>
          ))}
        {stage === "password" && passwordForm(start, t("twoFactor.continue"))}
        {stage === "disable" && passwordForm(disable, t("twoFactor.disable"), true)}
        {stage === "regenerate" && passwordForm(regenerate, t("twoFactor.newCodes"))}
        {stage === "scan" && (
          <div className="stack">
            <p>{t("twoFactor.scan")}</p>
            <div className="row" style={{ alignItems: "flex-start", gap: 24 }}>
              {qr ? (
                <img
                  src={qr}
                  width={200}
                  height={200}
                  alt={t("twoFactor.qrAlt")}
                  style={{ border: "1px solid var(--color-border)", borderRadius: 8 }}
                  data-testid="two-factor-qr"
                />
              ) : (
                <div style={{ width: 200, height: 200 }} className="skeleton" />
              )}
              <div className="stack" style={{ flex: 1, minWidth: 260 }}>
                <div>
                  <div className="small muted">{t("twoFactor.manual")}</div>
                  <div className="secret" data-testid="two-factor-secret">
                    {secret}
                  </div>
                </div>
                <details>
                  <summary className="small">{t("twoFactor.showUri")}</summary>
                  <div className="secret" style={{ marginTop: 6 }} data-testid="two-factor-uri">
                    {uri}
                  </div>
                </details>
                <form className="form" onSubmit={verify} noValidate>
                  <FormError error={error} />
                  <Field label={t("twoFactor.code")}>
                    {(p) => (
                      <input
                        {...p}
                        className="input mono"
                        inputMode="numeric"
                        autoComplete="one-time-code"
                        value={code}
                        onChange={(e) => setCode(e.target.value)}
                        style={{ maxWidth: 200 }}
                        data-testid="two-factor-verify-code"
                      />
                    )}
                  </Field>
                  <div className="row">
                    <button
                      type="submit"
                      className="btn btn-primary"
                      disabled={busy || code.replace(/\s/g, "").length < 6}
                      data-testid="two-factor-verify"
                    >
                      {busy && <span className="spinner" aria-hidden />}
                      {t("twoFactor.verify")}
                    </button>
                    <button type="button" className="btn" onClick={cancel}>
                      {t("common:actions.cancel")}
                    </button>
                  </div>
                </form>
              </div>
            </div>
          </div>
        )}
        {stage === "codes" && (
          <div className="stack" data-testid="two-factor-backup-codes">
            <div className="alert alert-warning" role="status">
              {t("twoFactor.codesOnce")}
            </div>
            <div className="codes">
              {codes.map((c) => (
                <span key={c}>{c}</span>
              ))}
            </div>
            <div className="row">
              <button type="button" className="btn" onClick={download}>
                <Download size={15} aria-hidden /> {t("twoFactor.download")}
              </button>
              <button
                type="button"
                className="btn"
                onClick={() => {
                  void navigator.clipboard.writeText(codes.join("\n")).then(() => toast.success(t("common:actions.copied")));
                }}
              >
                {t("common:actions.copy")}
              </button>
              <button
                type="button"
                className="btn btn-primary"
                onClick={() => {
                  setCodes([]);
                  setUri("");
                  setQr("");
                  setStage("idle");
                }}
              >
                {t("twoFactor.savedThem")}
              </button>
            </div>
          </div>
        )}
      </div>
    </section>
  );
}
