import type { Ctx } from "../../platform/context.js";
import { inTransaction } from "../../platform/context.js";
import { AppError, notFound } from "../../shared/app-error.js";
import { audit } from "../audit/audit.service.js";
import { requireRole } from "../auth/guard.js";
import { findCompany, userNames, type CompanyRow } from "../companies/companies.repo.js";
import type { Criterion } from "./catalogue.schema.js";
import { criteriaOf, currentOrgVersion, toOrgVersions, versionOf } from "./catalogue.service.js";
import { loadSettings, type CatalogueVersionRow } from "./catalogue.repo.js";
import { DEFAULT_SECTOR_RISKS } from "./data/sector-risks.js";
import { checkDecision } from "./screening.decision.js";
import { computeRisk } from "./screening.risk.js";
import type {
  AnswerInput,
  AnswerValue,
  CreateScreeningInput,
  DecisionInput,
  RiskSummary,
  Screening,
  ScreeningPatch,
  ScreeningSummary,
  Signal,
  SupplyChain,
} from "./screening.schema.js";
import { collectSignals, type ScreenedCompany } from "./screening.signals.js";
import { presentSignals } from "./signal-text.js";
import { dropOrphans, toFile } from "./screening.files.js";
import {
  answersOf,
  carryOverAnswers,
  catalogueVersionNumbers,
  changedSince,
  conditionsOf,
  copyFiles,
  deleteScreening,
  filesOf,
  find,
  findDraft,
  insertConditions,
  insertScreening,
  lastDecidedOf,
  openDraftOf,
  pageOfCompany,
  updateScreening,
  upsertAnswer,
  type AnswerRow,
  type ScreeningRow,
} from "./screening.repo.js";
import type { SyncQuery } from "../../shared/pagination.js";
import { goodsCountrySignals, guessHasSupplyChain } from "./signals.builtin.js";
import { watchlistChanges, watchlistState } from "../watchlists/watchlists.check.js";

type Row = ScreeningRow;
const today = () => new Date().toISOString().slice(0, 10);

function screened(c: CompanyRow): ScreenedCompany {
  return {
    id: c.id,
    name: c.name,
    otherNames: c.otherNames,
    country: c.country,
    registrationId: c.registrationId,
    website: c.website,
    naceCode: c.naceCode,
    tags: c.tags,
  };
}

async function companyOf(ctx: Ctx, companyId: string): Promise<CompanyRow> {
  const c = await findCompany(ctx.db, ctx.orgId, companyId);
  if (!c) throw notFound("Company");
  return c.c;
}

function riskOf(criteria: Criterion[], answers: AnswerRow[], signals: Signal[], supplyChainApplies: boolean): RiskSummary {
  const map: Record<string, AnswerValue> = {};
  for (const a of answers) map[a.criterionKey] = a.answer;
  return computeRisk({ criteria, answers: map, signals, supplyChainApplies });
}

/** Re-derives the draft's risk from its answers and signals and stores it (for lists). */
async function storeRisk(
  ctx: Ctx,
  row: Row,
  version: CatalogueVersionRow,
  signals: Signal[] = row.signals,
  supplyChain: SupplyChain = row.supplyChain,
) {
  const risk = riskOf(criteriaOf(version), await answersOf(ctx, row.id), signals, supplyChain.hasSupplyChain);
  await updateScreening(ctx, row.id, { riskScore: risk.score, riskSummary: risk, updatedAt: new Date() });
}

async function signalsFor(ctx: Ctx, company: CompanyRow, version: CatalogueVersionRow, supplyChain: SupplyChain): Promise<Signal[]> {
  const settings = await loadSettings(ctx.db, ctx.orgId);
  return collectSignals(ctx, screened(company), {
    excludedSectors: version.content.excludedSectors,
    sectorRisks: settings.sectorRisks ?? DEFAULT_SECTOR_RISKS,
    supplyChain,
  });
}

/** The full screening: criteria with answers, evidence, signals, the explained risk and the decision. */
export async function get(ctx: Ctx, id: string): Promise<Screening> {
  const row = await find(ctx, id);
  const [company, version, answers, files, conditions] = await Promise.all([
    findCompany(ctx.db, ctx.orgId, row.companyId),
    versionOf(ctx, row),
    answersOf(ctx, row.id),
    filesOf(ctx, row.id),
    conditionsOf(ctx, row.id),
  ]);
  if (!company) throw notFound("Screening");
  const names = await userNames(ctx.db, [
    row.createdBy,
    row.decidedBy,
    ...answers.map((a) => a.updatedBy),
    ...files.map((f) => f.uploadedBy),
  ]);
  const ref = (uid: string | null) => (uid ? { id: uid, name: names.get(uid) ?? "(former user)" } : null);
  const supplyChainApplies = row.supplyChain.hasSupplyChain || row.decision === "engage_to_reform";
  const byKey = new Map(answers.map((a) => [a.criterionKey, a]));
  const criteria = criteriaOf(version);
  const risk =
    row.status === "decided" && row.riskSummary
      ? (row.riskSummary as RiskSummary)
      : riskOf(criteria, answers, row.signals, supplyChainApplies);
  const [v] = await toOrgVersions(ctx.db, [version]);
  const changes = watchlistChanges(row.watchlistCheck, await watchlistState(ctx.db, ctx.orgId));
  return {
    id: row.id,
    company: { id: company.c.id, name: company.c.name, country: company.c.country, naceCode: company.c.naceCode },
    status: row.status,
    decision: row.decision,
    rationale: row.rationale,
    monitoringPlan: row.monitoringPlan,
    override: row.override,
    conditions: conditions.map((c) => ({ id: c.id, text: c.text, dueOn: c.dueOn, status: c.status })),
    decidedBy: ref(row.decidedBy),
    decidedAt: row.decidedAt?.toISOString() ?? null,
    rescreenOn: row.rescreenOn,
    overdue: row.status === "decided" && !!row.rescreenOn && row.rescreenOn < today(),
    catalogue: { id: v.id, version: v.version, base: v.base },
    supplyChain: row.supplyChain,
    criteria: criteria.map((c) => {
      const a = byKey.get(c.key);
      return {
        key: c.key,
        title: c.title,
        guidance: c.guidance,
        kind: c.kind,
        weight: c.weight,
        group: c.group,
        ...(c.theme ? { theme: c.theme } : {}),
        applicable: c.group === "core" || supplyChainApplies,
        answer: a
          ? {
              answer: a.answer,
              notes: a.notes,
              links: a.links,
              carriedOver: a.carriedOver,
              updatedBy: ref(a.updatedBy),
              updatedAt: a.updatedAt.toISOString(),
            }
          : null,
      };
    }),
    files: files.map((f) => toFile(f, names)),
    signals: presentSignals(row.signals),
    signalsRefreshedAt: row.signalsRefreshedAt?.toISOString() ?? null,
    watchlistCheck: row.watchlistCheck ?? null,
    watchlistsChanged: changes.length > 0,
    watchlistChanges: changes,
    risk,
    previousScreeningId: row.previousScreeningId,
    createdBy: ref(row.createdBy),
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}

/** A company's screenings, newest first (404 for other organisations' companies). */
export async function history(
  ctx: Ctx,
  companyId: string,
  q: { limit: number; offset: number; updatedSince?: string },
): Promise<{ items: ScreeningSummary[]; total: number; limit: number; offset: number }> {
  await companyOf(ctx, companyId);
  const { rows, total } = await pageOfCompany(ctx, companyId, q);
  return { items: await toSummaries(ctx, rows), total, limit: q.limit, offset: q.offset };
}

/** The organisation's screenings changed since an instant (or all), oldest change first: for syncing. */
export async function changed(ctx: Ctx, q: SyncQuery) {
  const { rows, total, nextCursor } = await changedSince(ctx, q);
  return { items: await toSummaries(ctx, rows), total, limit: q.limit, offset: 0, nextCursor };
}

/** Screening rows as summaries: catalogue version number, people's names and the risk level (no answers, evidence or files). */
export async function toSummaries(ctx: Ctx, rows: Row[]): Promise<ScreeningSummary[]> {
  const versionIds = [...new Set(rows.map((r) => r.catalogueVersionId).filter((x): x is string => !!x))];
  const versionNo = await catalogueVersionNumbers(ctx, versionIds);
  const names = await userNames(
    ctx.db,
    rows.flatMap((r) => [r.createdBy, r.decidedBy]),
  );
  const ref = (uid: string | null) => (uid ? { id: uid, name: names.get(uid) ?? "(former user)" } : null);
  return rows.map((r) => ({
    id: r.id,
    companyId: r.companyId,
    status: r.status,
    decision: r.decision,
    decidedBy: ref(r.decidedBy),
    decidedAt: r.decidedAt?.toISOString() ?? null,
    rescreenOn: r.rescreenOn,
    riskScore: r.riskScore,
    riskLevel: (r.riskSummary as RiskSummary | null)?.level ?? null,
    catalogueVersion: r.catalogueVersionId ? (versionNo.get(r.catalogueVersionId) ?? null) : null,
    createdBy: ref(r.createdBy),
    createdAt: r.createdAt.toISOString(),
    updatedAt: r.updatedAt.toISOString(),
  }));
}

/**
 * Starts a screening of a company with the organisation's current catalogue version. Answers (with notes,
 * links and files) of the previous decided screening are carried over for criteria that still exist, and the
 * automatic signals are computed. One open draft per company. Members.
 */
export async function create(ctx: Ctx, companyId: string, input: CreateScreeningInput): Promise<Screening> {
  requireRole(ctx, "member");
  const company = await companyOf(ctx, companyId);
  const existing = await openDraftOf(ctx, companyId);
  if (existing) throw new AppError("conflict", "This company already has a screening in progress.", { screeningId: existing.id });
  const version = await currentOrgVersion(ctx);
  const previous = await lastDecidedOf(ctx, companyId);
  const given = input.supplyChain ?? {};
  const supplyChain: SupplyChain = {
    hasSupplyChain: given.hasSupplyChain ?? previous?.supplyChain.hasSupplyChain ?? guessHasSupplyChain(company.naceCode),
    sourcingCountries: given.sourcingCountries ?? previous?.supplyChain.sourcingCountries ?? [],
    goods: given.goods ?? previous?.supplyChain.goods ?? [],
  };
  // Signals are gathered before the transaction: providers may query at length, and PGlite has one connection.
  const watchlistCheck = await watchlistState(ctx.db, ctx.orgId);
  const signals = await signalsFor(ctx, company, version, supplyChain);
  const id = await inTransaction(ctx, async (tx) => {
    if (await openDraftOf(tx, companyId)) throw new AppError("conflict", "This company already has a screening in progress.");
    const row = await insertScreening(tx, {
      companyId,
      catalogueVersionId: version.id,
      status: "draft",
      supplyChain,
      signals,
      signalsRefreshedAt: new Date(),
      watchlistCheck,
      previousScreeningId: previous?.id ?? null,
      createdBy: ctx.user.id,
    });
    if (previous) {
      const keys = new Set(criteriaOf(version).map((c) => c.key));
      await carryOverAnswers(
        tx,
        row.id,
        (await answersOf(tx, previous.id)).filter((a) => keys.has(a.criterionKey)),
      );
      await copyFiles(
        tx,
        row.id,
        (await filesOf(tx, previous.id)).filter((f) => !f.criterionKey || keys.has(f.criterionKey)),
      );
    }
    await storeRisk(tx, row, version, signals, supplyChain);
    await audit(tx, {
      action: "create",
      entityType: "screening",
      entityId: row.id,
      summary: `Started a screening of ${company.name}`,
      details: { companyId, catalogueVersion: version.version, previousScreeningId: previous?.id ?? null },
    });
    return row.id;
  });
  return get(ctx, id);
}

/** Changes a draft's supply-chain facts; the goods/country signals follow at once. Members. */
export async function patch(ctx: Ctx, id: string, input: ScreeningPatch): Promise<Screening> {
  requireRole(ctx, "member");
  await inTransaction(ctx, async (tx) => {
    const row = await findDraft(tx, id, { lock: true });
    const company = await companyOf(tx, row.companyId);
    const supplyChain: SupplyChain = {
      ...row.supplyChain,
      ...Object.fromEntries(Object.entries(input.supplyChain).filter(([, v]) => v !== undefined)),
    };
    const signals = [...row.signals.filter((s) => s.source !== "goods_country"), ...goodsCountrySignals(company, supplyChain)];
    await updateScreening(tx, row.id, { supplyChain, signals, updatedAt: new Date() });
    await storeRisk(tx, row, await versionOf(tx, row), signals, supplyChain);
    await audit(tx, {
      action: "update",
      entityType: "screening",
      entityId: row.id,
      summary: `Changed the supply-chain facts of the screening of ${company.name}`,
      details: { supplyChain },
    });
  });
  return get(ctx, id);
}

/** Records the answer to one criterion, with notes and links. Members. */
export async function answer(ctx: Ctx, id: string, criterionKey: string, input: AnswerInput): Promise<Screening> {
  return answerMany(ctx, id, [{ criterionKey, ...input }]);
}

/** Records answers to several criteria in one go (each as `answer` does it; all or none), then the risk once. Members. */
export async function answerMany(ctx: Ctx, id: string, items: Array<AnswerInput & { criterionKey: string }>): Promise<Screening> {
  requireRole(ctx, "member");
  await inTransaction(ctx, async (tx) => {
    const row = await findDraft(tx, id, { lock: true });
    const version = await versionOf(tx, row);
    const criteria = criteriaOf(version);
    for (const { criterionKey, ...input } of items) {
      const criterion = criteria.find((c) => c.key === criterionKey);
      if (!criterion) throw notFound("Criterion");
      const values = {
        answer: input.answer,
        notes: input.notes,
        links: input.links,
        carriedOver: false,
        updatedBy: ctx.user.id,
        updatedAt: new Date(),
      };
      await upsertAnswer(tx, row.id, criterionKey, values);
      await audit(tx, {
        action: "update",
        entityType: "screening",
        entityId: row.id,
        summary: `Answered "${criterion.title}": ${input.answer}`,
      });
    }
    await storeRisk(tx, row, version);
  });
  return get(ctx, id);
}

/** Recomputes the draft's automatic signals (sector, goods/country, lists, registered providers). Members. */
export async function refreshSignals(ctx: Ctx, id: string): Promise<Screening> {
  requireRole(ctx, "member");
  const row = await findDraft(ctx, id);
  const company = await companyOf(ctx, row.companyId);
  const version = await versionOf(ctx, row);
  const watchlistCheck = await watchlistState(ctx.db, ctx.orgId);
  const signals = await signalsFor(ctx, company, version, row.supplyChain);
  await inTransaction(ctx, async (tx) => {
    const locked = await findDraft(tx, id, { lock: true });
    await updateScreening(tx, locked.id, { signals, signalsRefreshedAt: new Date(), watchlistCheck, updatedAt: new Date() });
    await storeRisk(tx, locked, version, signals);
  });
  return get(ctx, id);
}

/**
 * Decides a draft (rules in screening.decision.ts and docs/screening.md). The risk is frozen with the
 * decision; conditions are stored with their due dates; the screening becomes immutable.
 */
export async function decide(ctx: Ctx, id: string, input: DecisionInput): Promise<Screening> {
  requireRole(ctx, "member");
  await inTransaction(ctx, async (tx) => {
    const row = await findDraft(tx, id, { lock: true });
    const company = await companyOf(tx, row.companyId);
    const version = await versionOf(tx, row);
    const criteria = criteriaOf(version);
    const answers = await answersOf(tx, row.id);
    const supplyChainApplies = row.supplyChain.hasSupplyChain || input.decision === "engage_to_reform";
    const risk = riskOf(criteria, answers, row.signals, supplyChainApplies);
    const { rescreenOn, override } = checkDecision({
      input,
      role: ctx.role,
      risk,
      criteria,
      answers: Object.fromEntries(answers.map((a) => [a.criterionKey, a.answer])),
      supplyChainApplies,
      today: today(),
    });
    await updateScreening(tx, row.id, {
      status: "decided",
      decision: input.decision,
      rationale: input.rationale,
      monitoringPlan: input.monitoringPlan,
      override,
      riskScore: risk.score,
      riskSummary: risk,
      decidedBy: ctx.user.id,
      decidedAt: new Date(),
      rescreenOn,
      updatedAt: new Date(),
    });
    await insertConditions(tx, row.id, input.conditions);
    await audit(tx, {
      action: "update",
      entityType: "screening",
      entityId: row.id,
      summary: `Decided the screening of ${company.name}: ${input.decision}${override ? " (override)" : ""}`,
      details: { decision: input.decision, riskScore: risk.score, riskLevel: risk.level, rescreenOn, conditions: input.conditions.length },
    });
  });
  return get(ctx, id);
}

/** Discards a draft screening (decided ones are history and stay). Members. */
export async function remove(ctx: Ctx, id: string): Promise<void> {
  requireRole(ctx, "member");
  const keys = await inTransaction(ctx, async (tx) => {
    const row = await findDraft(tx, id, { lock: true });
    const files = await filesOf(tx, row.id);
    await deleteScreening(tx, row.id);
    await audit(tx, {
      action: "delete",
      entityType: "screening",
      entityId: row.id,
      summary: "Discarded a draft screening",
      details: { companyId: row.companyId },
    });
    return files.map((f) => f.storageKey);
  });
  await dropOrphans(ctx, keys);
}
