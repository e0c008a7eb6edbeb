import { describe, expect, it } from "vitest";
import { DEFAULT_MODES } from "../../domains/engagements/engagements.rules";
import { DEFAULT_RISK_CATALOGUE } from "../../domains/risks/data/catalogue";
import { DEFAULT_CATALOGUE } from "../../domains/screening/data/criteria";
import scDe from "../locales/de/screening.json";
import scEn from "../locales/en/screening.json";
import de from "../locales/de/engagements.json";
import en from "../locales/en/engagements.json";
import { RENEWAL_TASK_TITLE as SERVER_RENEWAL_TASK_TITLE } from "../../domains/health/health.reminders";
import { criterionTitle, excludedSectorLabel, modeLabel, RENEWAL_TASK_TITLE, riskCatalogueText, taskTitle } from "./built-in";

type Tree = { [k: string]: string | Tree };
const lookup = (tree: Tree) => (key: string, opts: { defaultValue: string }) => {
  let node: string | Tree | undefined = tree;
  for (const part of key.split(".")) node = typeof node === "object" ? node[part] : undefined;
  return typeof node === "string" ? node : opts.defaultValue;
};
const tDe = lookup(de as unknown as Tree);
const tEn = lookup(en as unknown as Tree);

describe("built-in modes and risk catalogue items", () => {
  it("every built-in mode and catalogue item has an English and a German text", () => {
    for (const t of [tEn, tDe]) {
      for (const m of DEFAULT_MODES) expect(t(`modes.${m.key}`, { defaultValue: "" }), m.key).not.toBe("");
      for (const r of DEFAULT_RISK_CATALOGUE) {
        expect(t(`riskCatalogue.${r.key}.title`, { defaultValue: "" }), r.key).not.toBe("");
        expect(t(`riskCatalogue.${r.key}.suggestedMitigation`, { defaultValue: "" }), r.key).not.toBe("");
      }
    }
    // English texts are the seed itself, so English users see exactly what the API says.
    for (const r of DEFAULT_RISK_CATALOGUE) expect(tEn(`riskCatalogue.${r.key}.title`, { defaultValue: "" })).toBe(r.title);
  });

  it("shows the German label of a built-in mode until the organisation renames it", () => {
    expect(modeLabel(tDe, "in_kind_donation", "In-kind donation")).toBe("Sachspende");
    expect(modeLabel(tDe, "in_kind_donation", "Sachspenden aller Art")).toBe("Sachspenden aller Art");
    expect(modeLabel(tDe, "sms_line", "SMS donation line")).toBe("SMS donation line");
  });

  it("translates a built-in catalogue text only while it is unchanged", () => {
    const seed = DEFAULT_RISK_CATALOGUE.find((r) => r.key === "funder_dependence")!;
    expect(riskCatalogueText(tDe, seed.key, "title", seed.title)).toBe("Abhängigkeit von einem Geldgeber");
    expect(riskCatalogueText(tDe, seed.key, "title", "Our own words")).toBe("Our own words");
    expect(riskCatalogueText(tDe, null, "title", seed.title)).toBe(seed.title);
  });

  it("has every built-in screening criterion and excluded sector in both languages, translated while unchanged", () => {
    const scT = [lookup(scEn as unknown as Tree), lookup(scDe as unknown as Tree)];
    for (const t of scT) {
      for (const c of DEFAULT_CATALOGUE.criteria) expect(t(`builtIn.criteria.${c.key}`, { defaultValue: "" }), c.key).not.toBe("");
      for (const x of DEFAULT_CATALOGUE.excludedSectors)
        expect(t(`builtIn.excludedSectors.${x.key}`, { defaultValue: "" }), x.key).not.toBe("");
    }
    const [tEnSc, tDeSc] = scT;
    for (const c of DEFAULT_CATALOGUE.criteria) expect(tEnSc(`builtIn.criteria.${c.key}`, { defaultValue: "" })).toBe(c.title);
    expect(criterionTitle(tDeSc, "shared_values", "Shared values")).toBe("Gemeinsame Werte");
    expect(criterionTitle(tDeSc, "shared_values", "Our values")).toBe("Our values");
    expect(excludedSectorLabel(tDeSc, "tobacco", "Tobacco")).toBe("Tabak");
    expect(excludedSectorLabel(tDeSc, "gambling", "Gambling")).toBe("Gambling");
  });

  it("names the renewal reminders' task like the server does, and translates it", () => {
    expect(RENEWAL_TASK_TITLE).toBe(SERVER_RENEWAL_TASK_TITLE);
    expect(taskTitle(tDe, RENEWAL_TASK_TITLE)).toBe("Verlängerung vorbereiten");
    expect(taskTitle(tDe, "Call Ana")).toBe("Call Ana");
  });
});

describe("built-in sector-risk list", () => {
  it("has every built-in sector's label and reason in both languages, English the seed's own, translated while unchanged", async () => {
    const { DEFAULT_SECTOR_RISKS } = await import("../../domains/screening/data/sector-risks");
    const { sectorRiskText } = await import("./built-in");
    const [tEnSc, tDeSc] = [lookup(scEn as unknown as Tree), lookup(scDe as unknown as Tree)];
    for (const s of DEFAULT_SECTOR_RISKS) {
      const key = `builtIn.sectorRisks.${s.naceCode.replace(/\./g, "_")}`;
      expect(tEnSc(`${key}.label`, { defaultValue: "" }), s.naceCode).toBe(s.label);
      expect(tEnSc(`${key}.reason`, { defaultValue: "" }), s.naceCode).toBe(s.reason);
      expect(sectorRiskText(tDeSc, s.naceCode, "label", s.label), s.naceCode).not.toBe(s.label);
      expect(sectorRiskText(tDeSc, s.naceCode, "reason", s.reason), s.naceCode).not.toBe(s.reason);
    }
    expect(sectorRiskText(tDeSc, "55", "label", "Accommodation")).toBe("Beherbergung");
    expect(sectorRiskText(tDeSc, "55", "reason", "Our own reason")).toBe("Our own reason");
    expect(sectorRiskText(tDeSc, "99", "label", "Extraterritorial organisations")).toBe("Extraterritorial organisations");
  });
});
