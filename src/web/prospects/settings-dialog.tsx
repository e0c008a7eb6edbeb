import { useState } from "react";
import { useTranslation } from "react-i18next";
import { FIT_FACTORS, GOALS, type FitFactorKey, type Goal } from "../../domains/prospects/prospects.rules";
import { FormDialog, FormField } from "../components/form-dialog";
import { Loading } from "../components/states";
import { useToast } from "../components/toast";
import { type ProspectSettings, useProspectSettings, useSaveProspectSettings } from "./api";

const SIZES = ["local", "sme", "large"] as const;
const list = (s: string) =>
  s
    .split(/[,;\s]+/)
    .map((x) => x.trim())
    .filter(Boolean);

/** How prospects are scored: goal, focus sectors, countries, sizes, the weight of each factor. Admins change it; others read it. */
export function SettingsDialog({ open, onClose, canEdit }: { open: boolean; onClose: () => void; canEdit: boolean }) {
  const q = useProspectSettings();
  if (!q.data) return open ? <Loading /> : null;
  return <SettingsForm settings={q.data} onClose={onClose} canEdit={canEdit} />;
}

function SettingsForm({ settings, onClose, canEdit }: { settings: ProspectSettings; onClose: () => void; canEdit: boolean }) {
  const { t } = useTranslation("prospects");
  const save = useSaveProspectSettings();
  const toast = useToast();
  const [goal, setGoal] = useState<Goal>(settings.goal);
  const [sectors, setSectors] = useState(settings.focusSectors.join(", "));
  const [countries, setCountries] = useState(settings.countries.join(", "));
  const [sizes, setSizes] = useState<string[]>(settings.sizes);
  const [weights, setWeights] = useState<Record<FitFactorKey, number>>(settings.weights);
  const [share, setShare] = useState(settings.shareEngagements);
  const [color, setColor] = useState(settings.brandColor ?? "#1d4ed8");
  return (
    <FormDialog
      open
      wide
      onClose={onClose}
      title={t("settings.title")}
      description={t("settings.description")}
      onSubmit={() =>
        save.mutate(
          {
            goal,
            focusSectors: list(sectors).map((s) => s.toUpperCase()),
            countries: list(countries),
            sizes: sizes as ProspectSettings["sizes"],
            weights,
            shareEngagements: share,
            brandColor: color,
          },
          {
            onSuccess: () => {
              toast.success(t("settings.saved"));
              onClose();
            },
          },
        )
      }
      submitLabel={t("settings.save")}
      pending={save.isPending}
      error={save.error}
      formTestId="prospect-settings-form"
      submitTestId="prospect-settings-save"
    >
      <fieldset disabled={!canEdit} className="stack">
        <FormField label={t("settings.goal")} name="goal">
          {(p) => (
            <select {...p} className="select" value={goal} onChange={(e) => setGoal(e.target.value as Goal)} data-testid="prospect-goal">
              {GOALS.map((g) => (
                <option key={g} value={g}>
                  {t(`settings.goals.${g}`)}
                </option>
              ))}
            </select>
          )}
        </FormField>
        <FormField label={t("settings.focusSectors")} name="focusSectors" hint={t("settings.focusSectorsHint")}>
          {(p) => <input {...p} className="input" value={sectors} maxLength={500} onChange={(e) => setSectors(e.target.value)} />}
        </FormField>
        <FormField label={t("settings.countries")} name="countries" hint={t("settings.countriesHint")}>
          {(p) => <input {...p} className="input" value={countries} maxLength={500} onChange={(e) => setCountries(e.target.value)} />}
        </FormField>
        <fieldset className="field">
          <legend>{t("settings.sizes")}</legend>
          <div className="row">
            {SIZES.map((s) => (
              <label key={s} className="row small">
                <input
                  type="checkbox"
                  checked={sizes.includes(s)}
                  onChange={(e) => setSizes((x) => (e.target.checked ? [...x, s] : x.filter((y) => y !== s)))}
                />
                {t(`sizes.${s}`)}
              </label>
            ))}
          </div>
        </fieldset>
        <fieldset className="field">
          <legend>{t("settings.weights")}</legend>
          <div className="grid-2">
            {FIT_FACTORS.map((k) => (
              <FormField key={k} label={t(`factors.${k}`)} name={`weights.${k}`}>
                {(p) => (
                  <input
                    {...p}
                    type="number"
                    min={0}
                    max={100}
                    className="input"
                    value={weights[k]}
                    onChange={(e) => setWeights((w) => ({ ...w, [k]: Math.max(0, Math.min(100, Number(e.target.value) || 0)) }))}
                    data-testid={`weight-${k}`}
                  />
                )}
              </FormField>
            ))}
          </div>
        </fieldset>
        <label className="row small">
          <input type="checkbox" checked={share} onChange={(e) => setShare(e.target.checked)} data-testid="prospect-share" />
          {t("settings.shareEngagements")}
        </label>
        <FormField label={t("settings.brandColor")} name="brandColor">
          {(p) => <input {...p} type="color" value={color} onChange={(e) => setColor(e.target.value)} />}
        </FormField>
      </fieldset>
    </FormDialog>
  );
}
