import { EyeOff, FileText, Network } from "lucide-react";
import { useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import { CountryLabel } from "../components/country-select";
import { Dialog } from "../components/dialog";
import { Field, FormError } from "../components/field";
import { useToast } from "../components/toast";
import { formatDate } from "../lib/format";
import { ListBadge } from "./list-badge";
import { SHARE_MODES, useOrgNetworks, useShareEntry, useUnshareEntry, type ListEntry, type ShareMode } from "./lists-api";

/**
 * Shares one entry with a network, on an explicit choice of the network and of what it sees (name and decision,
 * or also the reason); lists the current shares with a way to stop each. Nothing is preselected on purpose.
 */
export function ShareDialog({ entry, onClose }: { entry: ListEntry | null; onClose: () => void }) {
  const { t } = useTranslation("lists");
  const toast = useToast();
  const networks = useOrgNetworks();
  const share = useShareEntry(entry?.id ?? "");
  const unshare = useUnshareEntry(entry?.id ?? "");
  const [networkId, setNetworkId] = useState("");
  const [mode, setMode] = useState<ShareMode | null>(null);
  const [shares, setShares] = useState(entry?.shares ?? []);

  useEffect(() => {
    if (!entry) return;
    setShares(entry.shares);
    setMode(null);
    setNetworkId("");
    share.reset();
    unshare.reset();
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [entry?.id]);

  const list = networks.data ?? [];
  // With one network there is nothing to choose: it is named in the sentence instead.
  const chosen = list.length === 1 ? list[0].id : networkId;
  const net = list.find((n) => n.id === chosen);
  const current = shares.find((s) => s.networkId === chosen);
  const submit = () => {
    if (!entry || !chosen || !mode) return;
    share.mutate(
      { networkId: chosen, mode },
      {
        onSuccess: (e) => {
          setShares(e.shares);
          setMode(null);
          toast.success(t("share.done", { name: entry.companyName, network: net?.name ?? "" }));
        },
      },
    );
  };

  return (
    <Dialog
      open={!!entry}
      onClose={onClose}
      wide
      title={t("share.title", { name: entry?.companyName ?? "" })}
      description={t("share.description")}
      testId="share-dialog"
      footer={
        <>
          <button type="button" className="btn" onClick={onClose}>
            {t("common:actions.close")}
          </button>
          {list.length > 0 && (
            <button
              type="button"
              className="btn btn-primary"
              disabled={!chosen || !mode || share.isPending || current?.mode === mode}
              onClick={submit}
              data-testid="share-submit"
            >
              {share.isPending && <span className="spinner" aria-hidden />}
              <Network size={15} aria-hidden /> {current ? t("share.change") : t("share.submit")}
            </button>
          )}
        </>
      }
    >
      {entry && (
        <div className="stack-lg">
          <FormError error={share.error ?? unshare.error} />
          {shares.length > 0 && (
            <section aria-labelledby="share-current" className="stack">
              <h3 id="share-current" className="small" style={{ margin: 0 }}>
                {t("share.current")}
              </h3>
              <ul className="lists-shares" data-testid="share-current">
                {shares.map((s) => (
                  <li key={s.networkId}>
                    <span>
                      <strong>{s.networkName}</strong>
                      <span className="small muted" style={{ display: "block" }}>
                        {t(`share.modes.${s.mode}`)} ·{" "}
                        {t("share.sharedBy", { name: s.sharedBy?.name ?? "—", date: formatDate(s.sharedAt) })}
                      </span>
                    </span>
                    <button
                      type="button"
                      className="btn btn-sm"
                      disabled={unshare.isPending}
                      onClick={() =>
                        unshare.mutate(s.networkId, {
                          onSuccess: () => {
                            setShares((x) => x.filter((y) => y.networkId !== s.networkId));
                            toast.success(t("share.stopped", { network: s.networkName }));
                          },
                        })
                      }
                      data-testid="share-stop"
                    >
                      <EyeOff size={14} aria-hidden /> {t("share.stop")}
                    </button>
                  </li>
                ))}
              </ul>
            </section>
          )}

          {networks.isPending ? (
            <p className="muted">{t("common:loading")}</p>
          ) : list.length === 0 ? (
            <div className="alert alert-info" data-testid="share-no-network">
              <Network size={16} aria-hidden />
              <span>{t("share.noNetwork")}</span>
            </div>
          ) : (
            <>
              {list.length === 1 ? (
                <p style={{ margin: 0 }}>{t("share.withNetwork", { network: list[0].name, count: list[0].memberCount })}</p>
              ) : (
                <Field label={t("share.network")}>
                  {(p) => (
                    <select
                      {...p}
                      className="select"
                      value={networkId}
                      onChange={(e) => setNetworkId(e.target.value)}
                      data-testid="share-network"
                    >
                      <option value="">{t("share.chooseNetwork")}</option>
                      {list.map((n) => (
                        <option key={n.id} value={n.id}>
                          {t("share.networkOption", { network: n.name, count: n.memberCount })}
                        </option>
                      ))}
                    </select>
                  )}
                </Field>
              )}
              <fieldset>
                <legend>{t("share.what")}</legend>
                <div className="kind-cards">
                  {SHARE_MODES.map((m) => (
                    <label key={m} className={`kind-card ${mode === m ? "selected" : ""}`}>
                      <input
                        type="radio"
                        name="share-mode"
                        value={m}
                        checked={mode === m}
                        onChange={() => setMode(m)}
                        data-testid={`share-mode-${m}`}
                      />
                      {m === "with_rationale" ? <FileText size={20} aria-hidden /> : <EyeOff size={20} aria-hidden />}
                      <span>
                        <strong>{t(`share.modes.${m}`)}</strong>
                        <span className="small muted" style={{ display: "block" }}>
                          {t(`share.modeHints.${m}`)}
                        </span>
                      </span>
                    </label>
                  ))}
                </div>
              </fieldset>
              {mode && net && (
                <section className="lists-preview" aria-labelledby="share-preview" data-testid="share-preview">
                  <h3 id="share-preview" className="small" style={{ margin: "0 0 6px" }}>
                    {t("share.preview", { network: net.name })}
                  </h3>
                  <div className="row">
                    <strong>{entry.companyName}</strong>
                    <CountryLabel code={entry.country} />
                    <ListBadge list={entry.list} />
                  </div>
                  <p className="small" style={{ margin: "6px 0 0", whiteSpace: "pre-wrap" }}>
                    {mode === "with_rationale" ? entry.reason : <span className="muted">{t("share.reasonHidden")}</span>}
                  </p>
                  <p className="small muted" style={{ margin: "6px 0 0" }}>
                    {t("share.asSignal")}
                  </p>
                </section>
              )}
            </>
          )}
        </div>
      )}
    </Dialog>
  );
}
