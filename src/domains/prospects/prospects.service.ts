import type { Ctx } from "../../platform/context.js";
import { inTransaction } from "../../platform/context.js";
import { pageByKey } from "../../platform/keyset.js";
import { notFound } from "../../shared/app-error.js";
import { foldText } from "../../shared/text-fold.js";
import { audit } from "../audit/audit.service.js";
import { requireRole } from "../auth/guard.js";
import { naceSection } from "../companies/nace.js";
import { sectorRisks } from "../screening/sector-risk.service.js";
import * as repo from "./prospects.repo.js";
import { DEFAULT_WEIGHTS, FIT_FACTORS, fitScore, type Fit, type FitSettings, type FitWeights, type Goal } from "./prospects.rules.js";
import type { Prospect, ProspectListQuery, ProspectSettings, ProspectSettingsInput, StakeholderMapInput } from "./prospects.schema.js";

// Whom to approach: the prospect list with its explained fit score, the organisation's settings, the
// stakeholder map of one prospect, and which network peers engage the same company.

function weightsOf(stored: Partial<FitWeights> | undefined): FitWeights {
  const w = { ...DEFAULT_WEIGHTS };
  for (const k of FIT_FACTORS) if (typeof stored?.[k] === "number") w[k] = stored[k]!;
  return w;
}

/** The organisation's prospect settings (defaults until an admin saves them). */
export async function getSettings(ctx: Ctx): Promise<ProspectSettings> {
  const row = await repo.settingsOf(ctx.db, ctx.orgId);
  return {
    goal: (row?.goal ?? "awareness") as Goal,
    focusSectors: row?.focusSectors ?? [],
    countries: row?.countries ?? [],
    sizes: (row?.sizes ?? ["sme", "large"]) as ProspectSettings["sizes"],
    weights: weightsOf(row?.weights),
    shareEngagements: row?.shareEngagements ?? false,
    brandColor: row?.brandColor ?? null,
  };
}

/** Changes the settings (admins); audited. */
export async function putSettings(ctx: Ctx, input: ProspectSettingsInput): Promise<ProspectSettings> {
  requireRole(ctx, "admin");
  return inTransaction(ctx, async (tx) => {
    const current = await getSettings(tx);
    const { weights, ...rest } = input;
    await repo.saveSettings(tx.db, ctx.orgId, {
      ...rest,
      ...(weights ? { weights: { ...current.weights, ...weights } } : {}),
      ...(input.countries ? { countries: [...new Set(input.countries)] } : {}),
      ...(input.focusSectors ? { focusSectors: [...new Set(input.focusSectors)] } : {}),
      updatedBy: ctx.user.id,
    });
    const next = await getSettings(tx);
    await audit(tx, {
      action: "settings",
      entityType: "prospect_settings",
      summary: "Changed how prospects are scored",
      details: { changed: Object.keys(input) },
    });
    return next;
  });
}

/** The settings the fit score uses, resolved (countries default to the organisation's own). */
async function fitSettings(ctx: Ctx): Promise<FitSettings> {
  const s = await getSettings(ctx);
  const org = await repo.orgForDocuments(ctx.db, ctx.orgId);
  const risks = s.goal === "practice" ? (await sectorRisks(ctx)).items.map((r) => r.naceCode) : [];
  return {
    goal: s.goal,
    focusSectors: s.focusSectors,
    countries: s.countries.length ? s.countries : org.country ? [org.country] : [],
    sizes: s.sizes,
    weights: s.weights,
    riskSectors: risks,
  };
}

function fitOf(r: repo.CandidateRow, s: FitSettings): Fit {
  return fitScore(
    {
      naceCode: r.nace_code,
      naceSection: r.nace_code ? naceSection(r.nace_code) : null,
      country: r.country,
      sizeClass: r.size_class,
      csrPolicyUrl: r.csr_policy_url,
      decision: r.decision,
      riskScore: r.risk_score === null ? null : Number(r.risk_score),
      ownList: r.own_list,
      activeContacts: Number(r.active_contacts),
      endedEngagements: Number(r.ended_engagements),
      peerWhite: Number(r.peer_white),
      peerBlack: Number(r.peer_black),
      peersEngaged: Number(r.peers_engaged),
      peerCaseStudies: Number(r.peer_case_studies),
    },
    s,
  );
}

const toProspect = (r: repo.CandidateRow, fit: Fit): Prospect => ({
  companyId: r.id,
  name: r.name,
  country: r.country,
  naceCode: r.nace_code,
  naceLabel: r.nace_label,
  sizeClass: r.size_class,
  riskScore: r.risk_score === null ? null : Math.round(Number(r.risk_score)),
  decision: r.decision,
  fit,
});

/** Companies not yet engaged, best fit first, each with its explained score. */
export async function listProspects(ctx: Ctx, q: ProspectListQuery) {
  const [settings, found] = await Promise.all([
    fitSettings(ctx),
    repo.candidates(ctx.db, ctx.orgId, { q: q.q ? foldText(q.q) : undefined }),
  ]);
  const all = found
    .map((r) => toProspect(r, fitOf(r, settings)))
    .filter((p) => (q.includeDoNotApproach || !p.fit.doNotApproach) && (q.minScore === undefined || p.fit.score >= q.minScore));
  return pageByKey(
    all,
    [{ value: (p) => p.fit.score, desc: true }, { value: (p) => p.name, text: true }, { value: (p) => p.companyId }],
    q,
  );
}

/** The organisation's company, or 404. */
async function companyOf(ctx: Ctx, companyId: string) {
  const co = await repo.findCompany(ctx.db, ctx.orgId, companyId);
  if (!co) throw notFound("Company");
  return co;
}

/** The fit of one company (engaged or not), or 404. */
export async function fitOfCompany(ctx: Ctx, companyId: string): Promise<Fit> {
  return fitOfFound(ctx, (await companyOf(ctx, companyId)).id);
}

/** The fit of a company already found in the organisation. */
async function fitOfFound(ctx: Ctx, companyId: string): Promise<Fit> {
  const [row] = await repo.candidates(ctx.db, ctx.orgId, { companyId, includeEngaged: true });
  return fitOf(row!, await fitSettings(ctx));
}

/** Network peers that chose to share that they engage this company. */
export async function peers(ctx: Ctx, companyId: string) {
  return peersOfFound(ctx, (await companyOf(ctx, companyId)).id);
}

/** The peers of a company already found in the organisation. */
async function peersOfFound(ctx: Ctx, companyId: string) {
  const found = await repo.peerEngagements(ctx.db, ctx.orgId, companyId);
  return {
    items: found.map((p) => ({
      organizationId: p.organization_id,
      organizationName: p.organization_name,
      networkName: p.network_name,
      stage: p.stage,
      since: p.since,
    })),
  };
}

/** The stakeholder map of a prospect: what we understand of it, its contacts, peers and fit. */
export async function stakeholderMap(ctx: Ctx, companyId: string) {
  return mapOfFound(ctx, (await companyOf(ctx, companyId)).id);
}

/** The stakeholder map of a company already found in the organisation (one look-up, not one per part). */
async function mapOfFound(ctx: Ctx, companyId: string) {
  const co = { id: companyId };
  const [profile, contacts, peerList, caseStudies, fit] = await Promise.all([
    repo.profileOf(ctx.db, ctx.orgId, co.id),
    repo.currentContacts(ctx.db, ctx.orgId, co.id),
    peersOfFound(ctx, co.id),
    repo.peerCaseStudies(ctx.db, ctx.orgId, co.id),
    fitOfFound(ctx, co.id),
  ]);
  return {
    companyId: co.id,
    interests: profile?.interests ?? null,
    needs: profile?.needs ?? null,
    couldBring: profile?.couldBring ?? null,
    couldGain: profile?.couldGain ?? null,
    notes: profile?.notes ?? null,
    updatedAt: profile?.updatedAt.toISOString() ?? null,
    contacts,
    peers: peerList.items,
    peerCaseStudies: caseStudies.map((k) => ({
      id: k.id,
      title: k.title,
      language: k.language,
      organizationName: k.organization_name,
      networkName: k.network_name,
    })),
    fit,
  };
}

/** Saves the stakeholder map (members). */
export async function putStakeholderMap(ctx: Ctx, companyId: string, input: StakeholderMapInput) {
  requireRole(ctx, "member");
  const co = await companyOf(ctx, companyId);
  await inTransaction(ctx, async (tx) => {
    // A map not saved yet has no version to claim (its representation has updatedAt null).
    await repo.claimProfileVersion(tx, co.id);
    await repo.saveProfile(tx.db, ctx.orgId, co.id, { ...input, updatedBy: ctx.user.id });
    await audit(tx, {
      action: "update",
      entityType: "prospect_profile",
      entityId: co.id,
      summary: `Updated the stakeholder map of ${co.name}`,
    });
  });
  return mapOfFound(ctx, co.id);
}
