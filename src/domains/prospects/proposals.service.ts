import type { Ctx } from "../../platform/context.js";
import { inTransaction } from "../../platform/context.js";
import { pageByKey } from "../../platform/keyset.js";
import { AppError, notFound } from "../../shared/app-error.js";
import { audit } from "../audit/audit.service.js";
import { requireRole } from "../auth/guard.js";
import { naceSection } from "../companies/nace.js";
import { assertModes } from "../engagements/engagements.modes.js";
import { requireStoryAccess } from "../stories/stories.access.js";
import { coverage } from "../stories/stories.consent.js";
import { consentsOf, findStory, termsOf } from "../stories/stories.repo.js";
import * as repo from "./prospects.repo.js";
import { GAIN_KEYS, type ProposalContent } from "./prospects.rules.js";
import type { Proposal, ProposalInput, ProposalListQuery, ProposalPatch, ProposalSuggestions } from "./prospects.schema.js";
import { getSettings } from "./prospects.service.js";
import { sectorTags, WORDING_STEPS } from "../knowledge/knowledge.wording.js";
import { wordingItems, type WordingItem } from "../knowledge/knowledge.wording.repo.js";
import { fill, FIRST_CONTACT, type Lang } from "./prospects.wording.js";
import { renderProposalDocx, renderProposalPdf, renderPitchPdf, type ProposalDoc } from "./proposals.documents.js";

// Proposals: built step by step from suggested wording (per mode and sector), always editable, versioned on
// every save, rendered as PDF, DOCX and a one-page pitch sheet. Survivors' stories enter only with a consent
// covering partner materials for this company — checked when saved and again when a document is made.

/** The short mode names the assessment and integrators use, mapped to the organisation's default mode keys. */
const MODE_ALIASES: Record<string, string> = {
  in_kind: "in_kind_donation",
  financial: "financial_donation",
  employment: "employment_reintegration",
  expertise: "business_expertise",
};

const today = () => new Date().toISOString().slice(0, 10);

interface Names {
  company: string;
  ngo: string;
  country: string;
  sector: string;
}

/** The hub items offering wording for a company and modes, in a language, best first (see knowledge.wording.ts). */
async function hubWording(ctx: Ctx, lang: Lang, modes: string[], naceCode: string | null): Promise<WordingItem[]> {
  return wordingItems(
    ctx.db,
    { orgId: ctx.orgId, userId: ctx.user.id },
    { language: lang, modes, sectorTags: sectorTags(naceCode, naceCode ? naceSection(naceCode) : null) },
  );
}

/** Per step, the wording each item offers, filled with the names; best first. */
function suggestionsFrom(items: WordingItem[], names: Names): ProposalSuggestions["steps"] {
  const v = names as unknown as Record<string, string>;
  const base = (i: WordingItem) => ({ itemId: i.id, title: i.title, language: i.language, source: i.source });
  return WORDING_STEPS.map((step) => ({
    step,
    suggestions:
      step === "gains"
        ? items
            .flatMap((i) =>
              GAIN_KEYS.flatMap((g) => (i.wording.gains[g] ? [{ ...base(i), text: fill(i.wording.gains[g], v), gain: g }] : [])),
            )
            .slice(0, 25)
        : items
            .flatMap((i) => (i.wording.steps[step] ? [{ ...base(i), text: fill(i.wording.steps[step], v), gain: null }] : []))
            .slice(0, 10),
  }));
}

/**
 * The wording a new proposal starts with: per step the best item's section; the partnership joins, per mode, the
 * best item tagged with that mode (or the best item at all); the gains ticked depend on the modes.
 */
function suggestedContent(items: WordingItem[], modes: string[], names: Names): ProposalContent {
  const v = names as unknown as Record<string, string>;
  const best = (step: (typeof WORDING_STEPS)[number]) => fill(items.find((i) => i.wording.steps[step])?.wording.steps[step] ?? "", v);
  const perMode = modes.flatMap((m) => {
    const i = items.find((x) => x.modes.includes(m) && x.wording.steps.partnership);
    return i ? [fill(i.wording.steps.partnership!, v)] : [];
  });
  const gains: Array<(typeof GAIN_KEYS)[number]> = modes.includes("business_practice")
    ? ["supply_chain_risk", "due_diligence", "cleaner_sector", "reputation"]
    : ["reputation", "staff_engagement", "supply_chain_risk"];
  return {
    problem: best("problem"),
    partnership: perMode.length ? [...new Set(perMode)].join("\n\n") : best("partnership"),
    companyGains: gains.map((key) => ({ key, text: fill(items.find((i) => i.wording.gains[key])?.wording.gains[key] ?? "", v) })),
    ngoGains: best("ngoGains"),
    activities: [],
    visibility: best("visibility"),
    budget: { amount: null, currency: null, inKind: "" },
    confidentiality: best("confidentiality"),
    storyIds: [],
  };
}

/** Suggested wording for each step of a proposal, from the knowledge hub, in the proposal's language or another. */
export async function proposalSuggestions(ctx: Ctx, id: string, q: { language?: Lang }): Promise<ProposalSuggestions> {
  const p = await loadProposal(ctx, id);
  const co = await repo.findCompany(ctx.db, ctx.orgId, p.companyId);
  if (!co) throw notFound("Company");
  const language = q.language ?? p.language;
  const { names } = await namesFor(ctx, co, language);
  return { language, steps: suggestionsFrom(await hubWording(ctx, language, p.modes, co.naceCode), names) };
}

async function namesFor(ctx: Ctx, co: { name: string; country: string; naceCode: string | null }, lang: Lang) {
  const org = await repo.orgForDocuments(ctx.db, ctx.orgId);
  const country = new Intl.DisplayNames([lang], { type: "region" }).of(co.country) ?? co.country;
  return { org, names: { company: co.name, ngo: org.name, country, sector: co.naceCode ?? "" } };
}

async function modesOf(ctx: Ctx, modes: string[], already: string[] = []): Promise<string[]> {
  return assertModes(
    ctx,
    modes.map((m) => MODE_ALIASES[m] ?? m),
    already,
  );
}

/**
 * Each story with what covers its use in a proposal today: a consent for partner materials naming no other partner
 * (its id), or the reason none does; `story` is null for an id that is not the organisation's.
 */
async function storyCoverage(ctx: Ctx, storyIds: string[], companyId: string, engagementId: string | null) {
  return Promise.all(
    storyIds.map(async (id) => {
      const story = await findStory(ctx.db, ctx.orgId, id);
      if (!story) return { id, story: null, reason: "not_found" as string | null };
      const c = coverage(
        (await consentsOf(ctx.db, ctx.orgId, [id])).map(termsOf),
        { channel: "partner_materials", usedOn: today(), companyId, engagementId },
        today(),
      );
      return { id, story, reason: "reason" in c ? c.reason : null };
    }),
  );
}

/** Refuses stories not covered today by a consent for partner materials naming no other partner (409 with the reasons). */
async function assertStories(ctx: Ctx, storyIds: string[], companyId: string, engagementId: string | null) {
  if (!storyIds.length) return;
  await requireStoryAccess(ctx, true);
  const problems = (await storyCoverage(ctx, storyIds, companyId, engagementId)).flatMap((c, i) =>
    !c.story
      ? [{ path: `content.storyIds.${i}`, message: "No such story in your organisation.", code: "not_found" }]
      : c.reason
        ? [{ path: `content.storyIds.${i}`, message: `No consent covers this use: ${c.reason}.`, code: c.reason }]
        : [],
  );
  if (problems.length)
    throw new AppError(
      "rule_violation",
      "A survivor's story can enter a proposal only with a consent covering partner materials for this company.",
      {
        errors: problems,
        rule: "story_consent",
      },
    );
}

function toProposal(row: repo.ProposalRow & { companyName: string }): Proposal {
  return {
    id: row.id,
    companyId: row.companyId,
    companyName: row.companyName,
    engagementId: row.engagementId,
    title: row.title,
    language: row.language,
    modes: row.modes,
    content: row.content,
    version: row.version,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}

async function loadProposal(ctx: Ctx, id: string) {
  const row = await repo.findProposal(ctx.db, ctx.orgId, id);
  if (!row) throw notFound("Proposal");
  return row;
}

async function assertEngagement(ctx: Ctx, engagementId: string | null | undefined, companyId: string): Promise<string | null> {
  if (!engagementId) return null;
  const e = await repo.findEngagement(ctx.db, ctx.orgId, engagementId);
  if (!e || e.companyId !== companyId)
    throw new AppError("validation", "The engagement was not found for this company.", {
      errors: [{ path: "engagementId", message: "No such engagement with this company in your organisation." }],
    });
  return e.id;
}

/** Creates a proposal; steps not given are pre-filled with the suggested wording. Members. */
export async function createProposal(ctx: Ctx, input: ProposalInput): Promise<Proposal> {
  requireRole(ctx, "member");
  return inTransaction(ctx, async (tx) => {
    const co = await repo.findCompany(tx.db, ctx.orgId, input.companyId);
    if (!co)
      throw new AppError("validation", "The company was not found in your organisation.", {
        errors: [{ path: "companyId", message: "No such company in your organisation." }],
      });
    const language = input.language ?? "en";
    const modes = await modesOf(tx, input.modes);
    const engagementId = await assertEngagement(tx, input.engagementId, co.id);
    const { names } = await namesFor(tx, co, language);
    const content = { ...suggestedContent(await hubWording(tx, language, modes, co.naceCode), modes, names), ...input.content };
    await assertStories(tx, content.storyIds, co.id, engagementId);
    const row = await repo.insertProposal(tx.db, {
      organizationId: ctx.orgId,
      companyId: co.id,
      engagementId,
      title: input.title,
      language,
      modes,
      content,
      createdBy: ctx.user.id,
      updatedBy: ctx.user.id,
    });
    await audit(tx, {
      action: "create",
      entityType: "proposal",
      entityId: row.id,
      summary: `Started the proposal "${row.title}" for ${co.name}`,
    });
    return toProposal({ ...row, companyName: co.name });
  });
}

export async function getProposal(ctx: Ctx, id: string): Promise<Proposal> {
  return toProposal(await loadProposal(ctx, id));
}

export async function listProposals(ctx: Ctx, q: ProposalListQuery) {
  const found = (await repo.listProposals(ctx.db, ctx.orgId, q)).map(toProposal);
  return pageByKey(
    found,
    [
      { value: (p) => p.updatedAt, desc: true },
      { value: (p) => p.id, desc: true },
    ],
    q,
  );
}

/** Saves changes as a new version (the previous content is kept). Members. */
export async function updateProposal(ctx: Ctx, id: string, patch: ProposalPatch): Promise<Proposal> {
  requireRole(ctx, "member");
  return inTransaction(ctx, async (tx) => {
    const current = await loadProposal(tx, id);
    await repo.claimProposalVersion(tx, current.id);
    const modes = patch.modes ? await modesOf(tx, patch.modes, current.modes) : current.modes;
    const engagementId =
      patch.engagementId !== undefined ? await assertEngagement(tx, patch.engagementId, current.companyId) : current.engagementId;
    const content = { ...current.content, ...patch.content };
    if (patch.content?.storyIds) await assertStories(tx, content.storyIds, current.companyId, engagementId);
    const row = await repo.saveProposal(
      tx.db,
      ctx.orgId,
      current,
      { title: patch.title ?? current.title, language: patch.language ?? current.language, modes, engagementId, content },
      ctx.user.id,
    );
    if (!row) throw new AppError("conflict", "The proposal was changed meanwhile; reload it and save again.");
    await audit(tx, { action: "update", entityType: "proposal", entityId: id, summary: `Saved version ${row.version} of "${row.title}"` });
    return toProposal({ ...row, companyName: current.companyName });
  });
}

export async function deleteProposal(ctx: Ctx, id: string): Promise<void> {
  requireRole(ctx, "member");
  await inTransaction(ctx, async (tx) => {
    const current = await loadProposal(tx, id);
    await repo.claimProposalVersion(tx, current.id);
    await repo.deleteProposal(tx.db, ctx.orgId, current.id);
    await audit(tx, { action: "delete", entityType: "proposal", entityId: id, summary: `Deleted the proposal "${current.title}"` });
  });
}

export async function proposalVersions(ctx: Ctx, id: string) {
  const current = await loadProposal(ctx, id);
  const earlier = await repo.versionsOf(ctx.db, ctx.orgId, current.id);
  return {
    items: [
      { version: current.version, title: current.title, savedAt: current.updatedAt.toISOString(), savedBy: null, current: true },
      ...earlier.map((v) => ({ version: v.version, title: v.title, savedAt: v.savedAt.toISOString(), savedBy: v.savedBy, current: false })),
    ],
  };
}

/** What a document shows: a version's content, the stories still covered today, the organisation's name, logo and colour. */
async function documentOf(ctx: Ctx, id: string, version: number | undefined): Promise<ProposalDoc> {
  const current = await loadProposal(ctx, id);
  let title = current.title;
  let content = current.content;
  if (version !== undefined && version !== current.version) {
    const v = await repo.versionOf(ctx.db, ctx.orgId, current.id, version);
    if (!v) throw notFound("Proposal version");
    title = v.title;
    content = v.content;
  }
  const co = await repo.findCompany(ctx.db, ctx.orgId, current.companyId);
  const { org } = await namesFor(ctx, co!, current.language);
  const settings = await getSettings(ctx);
  // A consent may have been withdrawn or may have expired since the story was added: such a story is left out.
  const stories = (await storyCoverage(ctx, content.storyIds, current.companyId, current.engagementId)).flatMap((c) =>
    c.story && !c.reason ? [{ title: c.story.title, text: c.story.text }] : [],
  );
  return {
    title,
    language: current.language,
    company: co!.name,
    ngo: org.name,
    logo: org.logo,
    color: settings.brandColor ?? "#1d4ed8",
    content,
    stories,
    version: version ?? current.version,
    date: today(),
  };
}

async function exported(ctx: Ctx, id: string, format: string, version: number | undefined) {
  await audit(ctx, {
    action: "export",
    entityType: "proposal",
    entityId: id,
    summary: `Downloaded the proposal as ${format}`,
    details: { version },
  });
}

/** `<title>-v<version><suffix>.<ext>`, the title folded to safe characters. */
const fileName = (d: ProposalDoc, ext: string, suffix = "") =>
  `${
    d.title
      .normalize("NFKD")
      .replace(/[^\w\s-]/g, "")
      .trim()
      .replace(/\s+/g, "-")
      .slice(0, 60) || "proposal"
  }-v${d.version}${suffix}.${ext}`;

export async function proposalPdf(ctx: Ctx, id: string, version?: number) {
  const d = await documentOf(ctx, id, version);
  await exported(ctx, id, "PDF", version);
  return { filename: fileName(d, "pdf"), bytes: await renderProposalPdf(d) };
}

export async function proposalDocx(ctx: Ctx, id: string, version?: number) {
  const d = await documentOf(ctx, id, version);
  await exported(ctx, id, "DOCX", version);
  return { filename: fileName(d, "docx"), bytes: await renderProposalDocx(d) };
}

export async function pitchPdf(ctx: Ctx, id: string, version?: number) {
  const d = await documentOf(ctx, id, version);
  await exported(ctx, id, "pitch sheet", version);
  return { filename: fileName(d, "pdf", "-pitch"), bytes: await renderPitchPdf(d) };
}

/** A first email or letter to the company, filled from the prospect and the organisation; sent from the user's own mail client. */
export async function firstContact(ctx: Ctx, companyId: string, q: { mode?: string; language?: Lang; contactId?: string }) {
  const co = await repo.findCompany(ctx.db, ctx.orgId, companyId);
  if (!co) throw notFound("Company");
  const language = q.language ?? "en";
  const { org, names } = await namesFor(ctx, co, language);
  const contacts = await repo.currentContacts(ctx.db, ctx.orgId, co.id);
  const to = (q.contactId ? contacts.find((c) => c.id === q.contactId) : contacts.find((c) => c.email)) ?? null;
  const mode = q.mode ? (MODE_ALIASES[q.mode] ?? q.mode) : "joint_project";
  const s = suggestedContent(await hubWording(ctx, language, [mode], co.naceCode), [mode], names);
  const ngoCountry = org.country ? (new Intl.DisplayNames([language], { type: "region" }).of(org.country) ?? org.country) : "Europe";
  const t = FIRST_CONTACT[language];
  const values = {
    ...names,
    ngoCountry: language === "de" && !org.country ? "Europa" : ngoCountry,
    contact: to?.name ?? (language === "de" ? "Damen und Herren" : "Sir or Madam"),
    salutation: to?.name ? `Guten Tag ${to.name},` : "Sehr geehrte Damen und Herren,",
    problem: s.problem,
    partnership: s.partnership,
    gains: s.companyGains.map((g) => g.text).join(" "),
    sender: ctx.user.name,
  };
  const subject = fill(t.subject, values);
  const body = fill(t.body, values);
  const mailto = `mailto:${to?.email ? encodeURIComponent(to.email) : ""}?subject=${encodeURIComponent(subject)}&body=${encodeURIComponent(body)}`;
  return { subject, body, to: to?.email ?? null, mailto };
}
