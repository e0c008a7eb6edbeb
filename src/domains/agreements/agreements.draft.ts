import type { Ctx } from "../../platform/context.js";
import { inTransaction } from "../../platform/context.js";
import { AppError } from "../../shared/app-error.js";
import { audit } from "../audit/audit.service.js";
import { requireRole } from "../auth/guard.js";
import { userNames } from "../companies/companies.repo.js";
import { listModes } from "../engagements/engagements.modes.js";
import { load as loadEngagement } from "../engagements/engagements.service.js";
import { isoDay } from "../engagements/engagements.tasks.js";
import { renderDocx } from "./agreements.docx.js";
import { renderDraftPdf } from "./agreements.pdf.js";
import type { Template } from "./agreements.schema.js";
import { findAgreement, indicatorsOf } from "./agreements.service.js";
import { companyRow, deleteTemplate, orgNameAndCountry, saveTemplate, templateOf } from "./agreements.repo.js";
import {
  MISSING_TEXT,
  PLACEHOLDERS,
  renderTemplate,
  TEMPLATE_SYNTAX,
  unknownPlaceholders,
  type Block,
  type DraftValues,
} from "./agreements.template.js";
import { DEFAULT_AGREEMENT_TEMPLATE, DEFAULT_AGREEMENT_TEMPLATE_DE } from "./data/default-template.js";

// Draft agreements: the organisation's template filled with the engagement's data, as DOCX or PDF.

const placeholderList = Object.entries(PLACEHOLDERS).map(([name, description]) => ({ name, description }));

/** The built-in template in each draft language. */
const BUILT_IN: Record<DraftLanguage, string> = { en: DEFAULT_AGREEMENT_TEMPLATE, de: DEFAULT_AGREEMENT_TEMPLATE_DE };

/**
 * The organisation's template: its own as written once it saved one, until then the built-in one in `lang` (the
 * language the editor or the draft is read in).
 */
export async function getTemplate(ctx: Ctx, lang: DraftLanguage = "en"): Promise<Template> {
  const row = await templateOf(ctx.db, ctx.orgId);
  const names = row ? await userNames(ctx.db, [row.updatedBy]) : new Map<string, string>();
  return {
    body: row?.body ?? BUILT_IN[lang],
    isDefault: !row,
    placeholders: placeholderList,
    syntax: TEMPLATE_SYNTAX,
    updatedBy: row?.updatedBy ? { id: row.updatedBy, name: names.get(row.updatedBy) ?? "(former user)" } : null,
    updatedAt: row?.updatedAt.toISOString() ?? null,
  };
}

/** Saves the organisation's own template; unknown placeholders are refused by name. */
export async function putTemplate(ctx: Ctx, body: string): Promise<Template> {
  requireRole(ctx, "member");
  const unknown = unknownPlaceholders(body);
  if (unknown.length) {
    throw new AppError("validation", `Unknown placeholders: ${unknown.map((n) => `{{${n}}}`).join(", ")}.`, {
      errors: unknown.map((n) => ({ path: "body", message: `Unknown placeholder {{${n}}}.` })),
    });
  }
  await inTransaction(ctx, async (tx) => {
    const now = new Date();
    await saveTemplate(tx.db, ctx.orgId, body, ctx.user.id, now);
    await audit(tx, {
      action: "settings",
      entityType: "agreement_template",
      entityId: ctx.orgId,
      summary: "Changed the draft agreement template",
      details: { length: body.length },
    });
  });
  return getTemplate(ctx);
}

/** Goes back to the built-in template (answered in `lang`). */
export async function resetTemplate(ctx: Ctx, lang: DraftLanguage = "en"): Promise<Template> {
  requireRole(ctx, "member");
  await inTransaction(ctx, async (tx) => {
    await deleteTemplate(tx.db, ctx.orgId);
    await audit(tx, {
      action: "settings",
      entityType: "agreement_template",
      entityId: ctx.orgId,
      summary: "Reset the draft agreement template to the built-in one",
    });
  });
  return getTemplate(ctx, lang);
}

/** A draft's language: the built-in template, the computed values and "[to be agreed]" follow it. */
export type DraftLanguage = keyof typeof MISSING_TEXT;

const WORDS = {
  en: {
    locale: "en-GB",
    mou: "Memorandum of Understanding",
    contract: "Contract",
    money: "Money",
    inKind: "In kind",
    estimated: "estimated",
    nonMonetary: "Non-monetary",
    indicators: ["Indicator", "Unit", "Baseline", "Target"],
  },
  de: {
    locale: "de-DE",
    mou: "Absichtserklärung",
    contract: "Vertrag",
    money: "Geld",
    inKind: "Sachleistung",
    estimated: "geschätzt",
    nonMonetary: "Nicht-finanziell",
    indicators: ["Indikator", "Einheit", "Ausgangswert", "Zielwert"],
  },
} as const;

/** Everything a template can name, for one engagement of the caller's organisation. */
export async function draftValues(
  ctx: Ctx,
  engagementId: string,
  lang: DraftLanguage = "en",
): Promise<{ values: DraftValues; title: string; ngoName: string; companyName: string }> {
  const w = WORDS[lang];
  const longDate = (day: string | null) =>
    day
      ? new Intl.DateTimeFormat(w.locale, { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" }).format(
          new Date(`${day}T00:00:00Z`),
        )
      : null;
  const number = (n: number | null) => (n === null ? "" : new Intl.NumberFormat(w.locale, { maximumFractionDigits: 4 }).format(n));
  const e = await loadEngagement(ctx, engagementId);
  const [org, co, a, indicators, modes] = await Promise.all([
    orgNameAndCountry(ctx.db, ctx.orgId),
    companyRow(ctx.db, ctx.orgId, e.companyId),
    findAgreement(ctx, e.id),
    indicatorsOf(ctx, e.id),
    listModes(ctx),
  ]);
  const labels = new Map(modes.items.map((m) => [m.key, m.label]));
  const money = e.moneyAmount !== null ? `${number(e.moneyAmount)} ${e.currency ?? ""}`.trim() : null;
  const inKind = e.inKindDescription
    ? `${w.inKind}: ${e.inKindDescription}${e.inKindValue !== null ? ` (${w.estimated} ${number(e.inKindValue)} ${e.currency ?? ""}`.trimEnd() + ")" : ""}`
    : null;
  const value = [money && `${w.money}: ${money}`, inKind, e.nonMonetaryValue && `${w.nonMonetary}: ${e.nonMonetaryValue}`].filter(
    (x): x is string => !!x,
  );
  const kind = (a?.kind ?? "mou") === "mou" ? w.mou : w.contract;
  const values: DraftValues = {
    "ngo.name": org?.name ?? null,
    "ngo.country": org?.country ?? null,
    "company.name": co?.name ?? null,
    "company.country": co?.country ?? null,
    "company.registrationId": co?.registrationId ?? null,
    "engagement.title": e.title,
    "engagement.modes": e.modes.map((m) => labels.get(m) ?? m),
    "agreement.kind": kind,
    goals: a?.goals ?? e.goals,
    "responsibilities.ngo": a?.ngoResponsibilities ?? [],
    "responsibilities.company": a?.companyResponsibilities ?? [],
    activities: a?.activities ?? [],
    indicators: {
      header: [...w.indicators],
      rows: indicators.map((i) => [i.name, i.unit ?? "", number(i.baseline), number(i.target)]),
    },
    startDate: longDate(a?.startsOn ?? null),
    endDate: longDate(a?.endsOn ?? null),
    "signature.ngo": longDate(a?.ngoSignedOn ?? null),
    "signature.company": longDate(a?.companySignedOn ?? null),
    confidentiality: a?.confidentialityClause ?? null,
    nameUse: a?.nameUseTerms ?? null,
    publicStatements: a?.publicStatementTerms ?? null,
    expectedValue: value,
    today: longDate(isoDay(new Date())),
  };
  return { values, title: `${kind} — ${co?.name ?? ""} — ${e.title}`, ngoName: org?.name ?? "", companyName: co?.name ?? "" };
}

async function draftBlocks(
  ctx: Ctx,
  engagementId: string,
  lang: DraftLanguage,
): Promise<{ blocks: Block[]; title: string; ngoName: string; companyName: string }> {
  const data = await draftValues(ctx, engagementId, lang);
  // The organisation's own template is used as written; the built-in one exists in each draft language.
  const { body } = await getTemplate(ctx, lang);
  return { ...data, blocks: renderTemplate(body, data.values, MISSING_TEXT[lang]) };
}

/** A file name for the draft: ASCII letters, digits and dashes. */
function fileName(companyName: string, ext: string): string {
  const slug =
    companyName
      .normalize("NFKD")
      .replace(/[^\w\s-]/g, "")
      .trim()
      .replace(/\s+/g, "-")
      .slice(0, 60) || "partner";
  return `draft-agreement-${slug}.${ext}`;
}

/** The draft agreement as a Word document. */
export async function draftDocx(ctx: Ctx, engagementId: string, lang: DraftLanguage = "en"): Promise<{ filename: string; bytes: Buffer }> {
  const d = await draftBlocks(ctx, engagementId, lang);
  await audit(ctx, {
    action: "export",
    entityType: "engagement",
    entityId: engagementId,
    summary: `Generated a draft agreement (DOCX) for ${d.companyName}`,
    details: { engagementId, format: "docx" },
  });
  return { filename: fileName(d.companyName, "docx"), bytes: await renderDocx(d.blocks, { title: d.title, creator: d.ngoName }) };
}

/** The draft agreement as a PDF. */
export async function draftPdf(ctx: Ctx, engagementId: string, lang: DraftLanguage = "en"): Promise<{ filename: string; bytes: Buffer }> {
  const d = await draftBlocks(ctx, engagementId, lang);
  await audit(ctx, {
    action: "export",
    entityType: "engagement",
    entityId: engagementId,
    summary: `Generated a draft agreement (PDF) for ${d.companyName}`,
    details: { engagementId, format: "pdf" },
  });
  return { filename: fileName(d.companyName, "pdf"), bytes: await renderDraftPdf(d.blocks, { title: d.title, creator: d.ngoName }) };
}
