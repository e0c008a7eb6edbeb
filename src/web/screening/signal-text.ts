import { useTranslation } from "react-i18next";
import { criterionTitle, excludedSectorLabel, sectorRiskText } from "../lib/built-in";
import { countryName } from "../lib/countries";
import type { Screening, Signal } from "./api";

// Signals and risk factors are composed on the server in English; each also carries a stable `code` and its
// `params`. Here they are said again in the interface language (screening:signalCodes, factorCodes,
// criticalCodes); a code the web app does not know, or a row stored before codes existed, shows the server's
// English text. Free text inside the params (a list entry's reason, the DOL good's name)
// stays as written; a built-in sector-risk entry's label and reason are translated while unchanged.

type Risk = Screening["risk"];
type Factor = Risk["factors"][number];
type CriticalReason = NonNullable<Risk["criticalReasons"]>[number];
type Params = Record<string, string | number | boolean | null>;
type Ref = { code?: string; params?: Params };

export function useScreeningText() {
  const { t, i18n } = useTranslation("screening");
  const lang = i18n.language;
  const str = (v: unknown) => (v === null || v === undefined ? "" : String(v));

  /** The params of a signal code with the pieces that are themselves translated (countries, labour, …). */
  function values(code: string, p: Params): Record<string, unknown> {
    const v: Record<string, unknown> = { ...p };
    if (typeof p.country === "string") v.country = countryName(p.country, lang);
    if (typeof p.countries === "string")
      v.countries = p.countries
        .split(",")
        .map((c) => countryName(c, lang))
        .join(", ");
    if (typeof p.labour === "string") v.labour = t(`signalParts.labour.${p.labour}`);
    if (typeof p.why === "string") v.why = t(`signalParts.why.${p.why}`);
    v.sourcesText = p.sources ? t("signalParts.sources", { sources: p.sources }) : "";
    if (code === "goods_country.exposure")
      v.whoSources = t(p.named ? "signalParts.companySources" : "signalParts.sectorSources", { good: str(p.good) });
    if (code.startsWith("own_list."))
      v.basisText =
        p.basis === "linked"
          ? t("signalParts.linked")
          : t("signalParts.sameName", { companyName: str(p.companyName), country: countryName(str(p.country), lang) });
    if (code.startsWith("network_list."))
      v.reasonText = p.reason ? t("signalParts.theirReason", { reason: p.reason }) : t("signalParts.noReason");
    v.noteText = p.note ? t("signalParts.note", { note: p.note }) : "";
    v.changedText = p.changed ? t("signalParts.changed") : "";
    if (code.startsWith("excluded_sector.") && typeof p.label === "string")
      v.label = excludedSectorLabel(t, typeof p.sector === "string" ? p.sector : undefined, p.label);
    if (code.startsWith("sector_risk.") && typeof p.naceCode === "string") {
      if (typeof p.label === "string") v.label = sectorRiskText(t, p.naceCode, "label", p.label);
      if (typeof p.reason === "string") v.reason = sectorRiskText(t, p.naceCode, "reason", p.reason);
    }
    return v;
  }

  const say = (ref: Ref, part: "title" | "detail", fallback: string) =>
    ref.code ? t(`signalCodes.${ref.code}.${part}`, { ...values(ref.code, ref.params ?? {}), defaultValue: fallback }) : fallback;

  const signalTitle = (s: Pick<Signal, "code" | "params" | "title">) => say(s, "title", s.title);
  const signalDetail = (s: Pick<Signal, "code" | "params" | "detail">) => say(s, "detail", s.detail);

  /** The factor's label: a signal factor is labelled with its signal's title, the others with their criterion. */
  const factorLabel = (f: Factor) =>
    f.signal ? say(f.signal, "title", f.label) : f.source === "signal" ? f.label : criterionTitle(t, f.key, f.label);

  function factorDetail(f: Factor): string {
    if (!f.code) return f.detail;
    const p = f.params ?? {};
    const source = typeof p.source === "string" ? t(`source.${p.source}`, { defaultValue: p.source }) : "";
    const what = p.hardExclusion ? t("factorCodes.parts.hardExclusion") : t("factorCodes.parts.weight", { weight: p.weight });
    const criterion = typeof p.criterionKey === "string" ? t(`builtIn.criteria.${p.criterionKey}`, { defaultValue: p.criterionKey }) : "";
    const own = (code: string) => t(`factorCodes.${code}`, { ...p, what, source, criterion, defaultValue: "" });
    if (!f.code.startsWith("signal.") || f.code === "signal.set_aside") return own(f.code) || f.detail;
    // A counted signal says what the signal says, plus how the limits treated it.
    if (!f.signal) return f.detail;
    const base = say(f.signal, "detail", "");
    if (!base) return f.detail;
    const note = f.code === "signal.counted" ? "" : own(f.code);
    return note ? `${base} ${note}` : base;
  }

  function criticalReason(r: CriticalReason): string {
    const title = r.signal ? say(r.signal, "title", str(r.params.title)) : str(r.params.title);
    const criterion =
      typeof r.params.criterionKey === "string" ? criterionTitle(t, r.params.criterionKey, str(r.params.criterion)) : r.params.criterion;
    return t(`criticalCodes.${r.code}`, { ...r.params, title, criterion, defaultValue: r.text });
  }

  return { signalTitle, signalDetail, factorLabel, factorDetail, criticalReason };
}
