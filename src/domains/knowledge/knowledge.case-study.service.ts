import type { Ctx } from "../../platform/context.js";
import { inTransaction } from "../../platform/context.js";
import { AppError, notFound, type FieldError } from "../../shared/app-error.js";
import { foldText } from "../../shared/text-fold.js";
import { ofEngagement as commitmentsOf, keptStats } from "../agreements/agreements.commitments.js";
import { listCheckIns } from "../agreements/agreements.monitoring.js";
import { findAgreement, indicatorsOf } from "../agreements/agreements.service.js";
import { audit } from "../audit/audit.service.js";
import { requireRole } from "../auth/guard.js";
import { roleAtLeast } from "../auth/roles.js";
import { naceLabel, naceSection, naceSectionLabel } from "../companies/nace.js";
import { contactsOf, findEngagement } from "../engagements/engagements.repo.js";
import { listModes } from "../engagements/engagements.modes.js";
import { findCompany } from "../prospects/prospects.repo.js";
import { activeNetworksOfOrg } from "../networks/networks.repo.js";
import { modeLabel } from "../reports/reports.labels.js";
import { stageSteps } from "../reports/reports.repo.js";
import { ofEngagement as risksOf } from "../risks/risks.service.js";
import { coverage } from "../stories/stories.consent.js";
import { addUse } from "../stories/stories.consents.js";
import { consentsOf, termsOf } from "../stories/stories.repo.js";
import { settingsOf } from "../stories/stories.access.js";
import { type CaseLang, say } from "./knowledge.case-study.wording.js";
import type { CaseStudyDraft, CaseStudyInput, CaseStudyPart } from "./knowledge.case-study.schema.js";
import { holdsStoryAccess, storiesOfEngagement } from "./knowledge.case-study.repo.js";
import { onBeforeKnowledgeSave } from "./knowledge.hooks.js";
import * as repo from "./knowledge.repo.js";
import type { KnowledgeItem } from "./knowledge.schema.js";
import { get as getItem } from "./knowledge.service.js";

// A case study written from an engagement. The server pre-fills a draft from what the organisation recorded —
// sector and country, modes, how it started, what was agreed, results against indicators, a prompt for lessons —
// and leaves out everything confidential: the company's name, its people, the money, the risk register and
// survivors' stories. Each of those is a part the author may include; a part not included is refused (422, never
// dropped silently) wherever its values appear in the title or body, when written, changed and approved. A
// survivor's story is included only under a consent covering `knowledge_sharing` today. Members write drafts;
// owners and admins approve them, which publishes them to their scope (a network's members read them then).

const today = () => new Date().toISOString().slice(0, 10);
const AFTER_AGREEMENT = new Set(["agreed", "active", "reviewing", "renewed", "ended"]);

/** A confidential part with the values that must not appear unless it is included, and the section it adds. */
interface Part extends CaseStudyPart {
  /** Strings (folded word sequences) and numbers whose presence means the part is in the text. */
  secrets: { words: string[]; numbers: number[] };
  consentId?: string | null;
  /** A story the caller may not read (no stories permission): never offered, still guarded against. */
  hidden?: boolean;
}

interface Built {
  title: string;
  body: string;
  tags: string[];
  parts: Part[];
  engagementId: string;
}

const bullet = (items: string[]) => items.map((x) => `- ${x}`).join("\n");

function monthOf(lang: CaseLang, d: Date): string {
  return new Intl.DateTimeFormat(lang === "de" ? "de-DE" : "en-GB", { month: "long", year: "numeric", timeZone: "UTC" }).format(d);
}

function num(lang: CaseLang, n: number | null): string {
  return n === null ? "—" : new Intl.NumberFormat(lang === "de" ? "de-DE" : "en-GB", { maximumFractionDigits: 2 }).format(n);
}

function money(lang: CaseLang, amount: number, currency: string | null): string {
  try {
    return new Intl.NumberFormat(lang === "de" ? "de-DE" : "en-GB", {
      style: "currency",
      currency: currency ?? "EUR",
      maximumFractionDigits: 0,
    }).format(amount);
  } catch {
    return `${num(lang, amount)} ${currency ?? ""}`.trim();
  }
}

/** Replaces every occurrence of the secret words in a free text (written by the team) with a neutral phrase. */
function redact(text: string, words: string[], by: string): string {
  let out = text;
  for (const w of words.filter((x) => x.trim().length >= 2).sort((a, b) => b.length - a.length)) {
    const escaped = w.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
    out = out.replace(new RegExp(`(?<![\\p{L}\\p{N}])${escaped}(?![\\p{L}\\p{N}])`, "giu"), by);
  }
  return out;
}

/** The numbers written in a text, thousands separators (, . space) understood ("25.000", "25,000", "25 000" → 25000). */
function numbersIn(text: string): number[] {
  const found = text.match(/\d{1,3}(?:[.,\s\u00a0\u202f]\d{3})+(?:[.,]\d{1,2})?|\d+(?:[.,]\d{1,2})?/g) ?? [];
  return found.flatMap((raw) => {
    const grouped = /^\d{1,3}(?:[.,\s\u00a0\u202f]\d{3})+/.exec(raw)?.[0];
    const whole = (grouped ?? raw.split(/[.,]/)[0]).replace(/[.,\s\u00a0\u202f]/g, "");
    return [Number(whole)];
  });
}

/**
 * The parts with only the secrets the pre-filled (non-confidential) text does not itself contain: a number or phrase
 * that the draft carries for another reason (an indicator's target equal to the amount) is not the part's to guard.
 */
function guarded(parts: Part[], b: { title: string; body: string }): Part[] {
  const folded = ` ${foldText(`${b.title}\n${b.body}`)} `;
  const numbers = new Set(numbersIn(`${b.title}\n${b.body}`));
  return parts.map((p) => ({
    ...p,
    secrets: {
      words: p.secrets.words.filter((w) => !folded.includes(` ${w} `)),
      numbers: p.secrets.numbers.filter((n) => !numbers.has(Math.round(n))),
    },
  }));
}

/** The parts of `parts` whose secrets the title or body contains. */
function leaks(parts: Part[], title: string, body: string): Part[] {
  const folded = ` ${foldText(`${title}\n${body}`)} `;
  const numbers = new Set(numbersIn(`${title}\n${body}`));
  return parts.filter(
    (p) =>
      p.secrets.words.some((w) => w && folded.includes(` ${w} `)) || p.secrets.numbers.some((n) => n > 0 && numbers.has(Math.round(n))),
  );
}

/** Whether the caller holds the stories permission (without refusing: without it, stories are simply not offered). */
async function mayReadStories(ctx: Ctx): Promise<boolean> {
  await settingsOf(ctx);
  return holdsStoryAccess(ctx.db, ctx.orgId, ctx.user.id);
}

/** The draft of a case study of one of the organisation's engagements (404 otherwise), with its confidential parts. */
async function build(ctx: Ctx, engagementId: string, lang: CaseLang): Promise<Built> {
  const e = await findEngagement(ctx.db, ctx.orgId, engagementId);
  if (!e) throw notFound("Engagement");
  const co = (await findCompany(ctx.db, ctx.orgId, e.companyId))!;
  const [modes, steps, agreement, indicators, checkIns, commitments, kept, risks, people, stories, storiesAllowed] = await Promise.all([
    listModes(ctx).then((m) => new Map(m.items.map((x) => [x.key, x.label]))),
    stageSteps(ctx, [e.id]),
    findAgreement(ctx, e.id),
    indicatorsOf(ctx, e.id),
    listCheckIns(ctx, e.id),
    commitmentsOf(ctx, e.id),
    keptStats(ctx, [e.id], today()),
    risksOf(ctx, e.id),
    contactsOf(ctx.db, ctx.orgId, [e.id]),
    storiesOfEngagement(ctx.db, ctx.orgId, e.id, e.companyId),
    mayReadStories(ctx),
  ]);

  // What the default text never says: the company's names and its people's names are replaced in free texts.
  const companyNames = [co.name, ...co.otherNames].filter((n) => foldText(n).length >= 3);
  const contactNames = [
    ...new Set([...people.map((p) => p.name), ...commitments.items.flatMap((c) => (c.contact ? [c.contact.name] : []))]),
  ].filter((n) => foldText(n).length >= 3);
  const clean = (text: string) => redact(redact(text, companyNames, say(lang, "theCompany")), contactNames, "—");

  const country = new Intl.DisplayNames([lang], { type: "region" }).of(co.country) ?? co.country;
  const division = co.naceCode ? co.naceCode.slice(0, 2) : null;
  const sectorName = co.naceCode
    ? (naceLabel(division!, lang) ?? naceSectionLabel(naceSection(co.naceCode) ?? "", lang) ?? co.naceCode)
    : null;
  const modeNames = e.modes.map((m) => modeLabel(lang, m, modes));
  const modesText = modeNames.length ? modeNames.join(", ") : lang === "de" ? "Partnerschaft" : "a partnership";
  const title = sectorName
    ? say(lang, "title", { modes: modesText, sector: sectorName, country })
    : say(lang, "titleNoSector", { modes: modesText, country });
  const size = co.sizeClass ? say(lang, co.sizeClass === "sme" ? "sizeSme" : co.sizeClass === "large" ? "sizeLarge" : "sizeLocal") : "";

  const sections: string[] = [];
  sections.push(
    `## ${say(lang, "hContext")}\n\n${sectorName ? say(lang, "context", { size, sector: `${sectorName} (NACE ${co.naceCode})`, country }) : say(lang, "contextNoSector", { size, country })}`,
  );
  if (modeNames.length) sections.push(`## ${say(lang, "hModes")}\n\n${bullet(modeNames)}`);
  const who = e.initiatedBy === "ngo" ? "byNgo" : e.initiatedBy === "business" ? "byBusiness" : "byUnknown";
  const start = [say(lang, "startedBy", { who: say(lang, who), month: monthOf(lang, e.createdAt) })];
  if (e.goals?.trim()) start.push(say(lang, "goals", { goals: clean(e.goals.trim()) }));
  const path = steps.map((s) => s.toStage);
  if (path.length) start.push(say(lang, "path", { steps: [...new Set(path)].map((s) => stageName(lang, s)).join(" → ") }));
  sections.push(`## ${say(lang, "hStart")}\n\n${start.join("\n\n")}`);

  const agreed: string[] = [];
  if (agreement) {
    const period = agreement.startsOn ? `${agreement.startsOn} – ${agreement.endsOn ?? say(lang, "openPeriod")}` : say(lang, "openPeriod");
    agreed.push(say(lang, "agreementKind", { kind: say(lang, agreement.kind === "contract" ? "contract" : "mou"), period }));
    if (agreement.goals?.trim() && agreement.goals.trim() !== e.goals?.trim())
      agreed.push(say(lang, "agreedGoals", { goals: clean(agreement.goals.trim()) }));
    if (agreement.ngoResponsibilities.length)
      agreed.push(say(lang, "ngoDoes", { items: agreement.ngoResponsibilities.map(clean).join("; ") }));
    if (agreement.companyResponsibilities.length)
      agreed.push(say(lang, "companyDoes", { items: agreement.companyResponsibilities.map(clean).join("; ") }));
    if (agreement.activities.length) agreed.push(say(lang, "activities", { items: agreement.activities.map(clean).join("; ") }));
  } else if (AFTER_AGREEMENT.has(e.stage)) agreed.push(say(lang, "noAgreement"));
  const live = commitments.items.filter((c) => c.status !== "cancelled");
  if (live.length)
    agreed.push(
      `### ${say(lang, "hCommitments")}\n\n${bullet(
        live.map((c) =>
          say(lang, "party", {
            party: say(lang, c.party === "ngo" ? "partyNgo" : "partyCompany"),
            what: clean(c.description),
            status: say(lang, `status_${c.status}` as "status_open"),
          }),
        ),
      )}`,
    );
  if (agreed.length) sections.push(`## ${say(lang, "hAgreed")}\n\n${agreed.join("\n\n")}`);

  const results: string[] = [];
  const measured = indicators.filter((i) => i.latest);
  if (measured.length)
    results.push(
      bullet(
        measured.map((i) =>
          say(lang, "indicator", {
            name: clean(i.name),
            baseline: num(lang, i.baseline),
            latest: num(lang, i.latest!.value),
            target: num(lang, i.target),
            progress: i.progress === null ? "" : ` — ${Math.round(i.progress * 100)} %`,
          }),
        ),
      ),
    );
  const dated = checkIns.items.map((c) => c.occurredOn).sort();
  if (dated.length) results.push(say(lang, "checkIns", { count: dated.length, from: dated[0], to: dated.at(-1)! }));
  const k = kept.get(e.id);
  if (k?.due) results.push(say(lang, "kept", { kept: k.kept, due: k.due }));
  sections.push(`## ${say(lang, "hResults")}\n\n${results.length ? results.join("\n\n") : say(lang, "noResults")}`);
  sections.push(`## ${say(lang, "hLessons")}\n\n${say(lang, "lessonsPrompt")}`);

  const needs = ["approach"];
  if (AFTER_AGREEMENT.has(e.stage)) needs.push("sustaining");
  if (risks.items.length) needs.push("risk");
  const tags = [
    ...needs,
    ...e.modes.map((m) => `mode:${m}`),
    `stage:${e.stage}`,
    ...(division ? [`sector:${division}`] : []),
    `country:${co.country}`,
  ];

  // The confidential parts.
  const parts: Part[] = [];
  const partnerLines = [say(lang, "partnerNamed", { name: co.name })];
  if (co.otherNames.length) partnerLines.push(say(lang, "partnerAlso", { names: co.otherNames.join(", ") }));
  parts.push({
    key: "company_name",
    kind: "company_name",
    label: co.name,
    adds: `## ${say(lang, "hPartner")}\n\n${partnerLines.join(" ")}`,
    available: true,
    reason: null,
    secrets: { words: companyNames.map(foldText), numbers: [] },
  });
  if (contactNames.length)
    parts.push({
      key: "contacts",
      kind: "contacts",
      label: contactNames.join(", "),
      adds: `## ${say(lang, "hPeople")}\n\n${bullet(contactNames)}`,
      available: true,
      reason: null,
      secrets: { words: contactNames.map(foldText), numbers: [] },
    });
  const amounts: number[] = [];
  const value: string[] = [];
  if (e.moneyAmount) {
    amounts.push(e.moneyAmount);
    value.push(say(lang, "money", { amount: money(lang, e.moneyAmount, e.currency) }));
  }
  if (e.inKindValue) amounts.push(e.inKindValue);
  if (e.inKindDescription?.trim() || e.inKindValue)
    value.push(
      say(lang, "inKind", {
        what: [e.inKindDescription?.trim(), e.inKindValue ? money(lang, e.inKindValue, e.currency) : null].filter(Boolean).join(" — "),
      }),
    );
  if (e.nonMonetaryValue?.trim()) value.push(say(lang, "nonMonetary", { what: e.nonMonetaryValue.trim() }));
  if (value.length)
    parts.push({
      key: "amounts",
      kind: "amounts",
      label: value.join("; "),
      adds: `## ${say(lang, "hValue")}\n\n${bullet(value)}`,
      available: true,
      reason: null,
      secrets: { words: [], numbers: amounts },
    });
  if (risks.items.length) {
    const lines = risks.items.map((r) => {
      const head = say(lang, "risk", {
        title: r.title,
        score: r.currentScore,
        status: say(lang, r.status === "closed" ? "riskClosed" : "riskOpen"),
      });
      const more = [r.description?.trim(), ...r.mitigations.map((m) => say(lang, "mitigation", { what: m.action }))].filter(Boolean);
      return more.length ? `${head}\n${more.map((m) => `  - ${m}`).join("\n")}` : head;
    });
    parts.push({
      key: "risks",
      kind: "risks",
      label: risks.items.map((r) => r.title).join(", "),
      adds: `## ${say(lang, "hRisks")}\n\n${bullet(lines)}`,
      available: true,
      reason: null,
      // Risk titles are often the catalogue's words anyone may use; what the team wrote about this one is specific.
      secrets: {
        words: risks.items
          .flatMap((r) => [r.description ?? "", ...r.mitigations.map((m) => m.action)])
          .map(foldText)
          .filter((w) => w.length >= 12),
        numbers: [],
      },
    });
  }
  if (stories.length) {
    const consents = await consentsOf(
      ctx.db,
      ctx.orgId,
      stories.map((s) => s.id),
    );
    for (const s of stories) {
      const own = consents.filter((c) => c.storyId === s.id);
      const c = coverage(
        own.map(termsOf),
        { channel: "knowledge_sharing", usedOn: today(), engagementId: e.id, companyId: e.companyId },
        today(),
      );
      const consent = "consentId" in c ? own.find((x) => x.id === c.consentId) : undefined;
      const sentences = s.text
        .split(/(?<=[.!?])\s+/)
        .map(foldText)
        .filter((x) => x.length >= 20);
      parts.push({
        key: `story:${s.id}`,
        kind: "story",
        label: s.title,
        adds: `## ${say(lang, "hStory")}\n\n> ${s.text.trim().replace(/\n+/g, "\n> ")}\n\n${say(lang, "storyConsent", { reference: consent?.reference ?? "" })}`,
        available: "consentId" in c,
        reason: "reason" in c ? c.reason : null,
        consentId: consent?.id ?? null,
        hidden: !storiesAllowed,
        secrets: { words: [foldText(s.title), ...sentences].filter((w) => w.length >= 12), numbers: [] },
      });
    }
  }
  return { title, body: sections.join("\n\n"), tags, parts, engagementId: e.id };
}

function stageName(lang: CaseLang, stage: string): string {
  const names: Record<string, Record<CaseLang, string>> = {
    identified: { en: "identified", de: "identifiziert" },
    researching: { en: "researching", de: "Recherche" },
    screening: { en: "screening", de: "Prüfung" },
    approaching: { en: "approaching", de: "Ansprache" },
    negotiating: { en: "negotiating", de: "Verhandlung" },
    agreed: { en: "agreed", de: "vereinbart" },
    active: { en: "active", de: "aktiv" },
    reviewing: { en: "reviewing", de: "Überprüfung" },
    renewed: { en: "renewed", de: "verlängert" },
    ended: { en: "ended", de: "beendet" },
  };
  return names[stage]?.[lang] ?? stage;
}

const publicPart = ({ secrets: _s, consentId: _c, hidden: _h, ...p }: Part): CaseStudyPart => p;

/** The pre-filled draft of a case study of one of the organisation's engagements (viewers read it too). */
export async function draft(ctx: Ctx, engagementId: string, lang: CaseLang = "en"): Promise<CaseStudyDraft> {
  const b = await build(ctx, engagementId, lang);
  const networks = await activeNetworksOfOrg(ctx.db, ctx.orgId);
  return {
    engagementId: b.engagementId,
    language: lang,
    title: b.title,
    body: b.body,
    tags: b.tags,
    parts: b.parts.filter((p) => !p.hidden).map(publicPart),
    networks: networks.map((n) => ({ id: n.id, name: n.name })),
  };
}

/** Refuses (422, naming each part) a title or body carrying a confidential part that was not included. */
function assertNoLeaks(notIncluded: Part[], title: string, body: string): void {
  const found = leaks(notIncluded, title, body);
  if (found.length)
    throw new AppError("validation", "The case study contains confidential details that were not chosen to be included.", {
      errors: found.map(
        (p): FieldError => ({
          path: "body",
          message: `It contains ${p.kind === "story" ? "a survivor's story" : p.kind.replace("_", " ")}: include the part, or take it out.`,
          code: "confidential_not_included",
          params: { part: p.key, kind: p.kind },
        }),
      ),
    });
}

/** Refuses parts that do not exist or cannot be included (a story without a consent covering knowledge sharing). */
function assertIncludable(parts: Part[], include: string[]): void {
  const byKey = new Map(parts.map((p) => [p.key.toLowerCase(), p]));
  const errors = include.flatMap((key, i): FieldError[] => {
    const p = byKey.get(key.toLowerCase());
    if (!p)
      return [
        { path: `include.${i}`, message: "Not a confidential part of this case study.", code: "unknown_part", params: { part: key } },
      ];
    if (!p.available)
      return [
        {
          path: `include.${i}`,
          message: `No consent covers sharing this story with a network: ${p.reason}.`,
          code: p.reason ?? "no_consent",
          params: { part: key },
        },
      ];
    return [];
  });
  if (errors.length)
    throw new AppError("validation", "Some parts cannot be included in the case study.", { errors, rule: "story_consent" });
}

/** Writes a case study draft from an engagement: the author's text, the included parts added by the server. */
export async function write(ctx: Ctx, engagementId: string, input: CaseStudyInput): Promise<KnowledgeItem> {
  requireRole(ctx, "member");
  const b = await build(ctx, engagementId, input.language);
  const include = [...new Set(input.include.map((k) => k.toLowerCase()))];
  const offered = b.parts.filter((p) => !p.hidden);
  assertIncludable(offered, include);
  const included = offered.filter((p) => include.includes(p.key.toLowerCase()));
  const title = input.title ?? b.title;
  const edited = (input.body ?? b.body).trim();
  // What the parts add goes before the lessons when the author kept that heading, else at the end.
  const added = included.map((p) => p.adds).filter((a) => !edited.includes(a));
  const body = [edited, ...added].filter(Boolean).join("\n\n");
  assertNoLeaks(
    guarded(
      b.parts.filter((p) => !included.includes(p)),
      b,
    ),
    title,
    body,
  );

  const networkId = input.scope === "network" ? input.networkId : null;
  if (input.scope === "network") {
    if (!networkId)
      throw new AppError("validation", "A case study shared with a network names the network.", {
        errors: [{ path: "networkId", message: "Choose the network to share it with." }],
      });
    if (!(await repo.orgInNetwork(ctx.db, ctx.orgId, networkId)))
      throw new AppError("validation", "Your organisation is not a member of that network.", {
        errors: [{ path: "networkId", message: "Not one of your organisation's networks." }],
      });
  }
  const id = await inTransaction(ctx, async (tx) => {
    const row = await repo.insertItem(tx.db, ctx.orgId, {
      kind: "case_study",
      scope: input.scope,
      networkId,
      status: "draft",
      language: input.language,
      title,
      body,
      tags: b.tags,
      engagementId: b.engagementId,
      caseStudyParts: included.map((p) => p.key),
      reviewedOn: today(),
      createdBy: ctx.user.id,
      updatedBy: ctx.user.id,
    });
    await repo.insertVersion(tx.db, row, ctx.user.id);
    await audit(tx, {
      action: "create",
      entityType: "knowledge_item",
      entityId: row.id,
      summary: `Wrote the case study ${row.title} from an engagement (a draft for an admin to approve)`,
      details: { engagementId: b.engagementId, included: included.map((p) => p.key), scope: row.scope, networkId },
    });
    return row.id;
  });
  return getItem(ctx, id);
}

/**
 * Checks a case study's text against its engagement's confidential parts that were not included (on a change
 * and at approval); a story included earlier must still be covered by a consent. Nothing to check when the
 * engagement was deleted (its details are gone with it).
 */
export async function assertCaseStudyClean(ctx: Ctx, item: repo.KnowledgeRow, next: { title: string; body: string }): Promise<void> {
  if (item.kind !== "case_study" || !item.engagementId || item.organizationId !== ctx.orgId) return;
  if (!(await findEngagement(ctx.db, ctx.orgId, item.engagementId))) return;
  const b = await build(ctx, item.engagementId, item.language);
  const included = new Set((item.caseStudyParts ?? []).map((k) => k.toLowerCase()));
  assertIncludable(
    b.parts.filter((p) => included.has(p.key.toLowerCase()) && p.kind === "story"),
    [...included].filter((k) => k.startsWith("story:") && b.parts.some((p) => p.key.toLowerCase() === k)),
  );
  assertNoLeaks(
    guarded(
      b.parts.filter((p) => !included.has(p.key.toLowerCase())),
      b,
    ),
    next.title,
    next.body,
  );
}

/** Publishes a draft (owners and admins): it is then read by its scope — a network item by the network's members. */
export async function approve(ctx: Ctx, id: string): Promise<KnowledgeItem> {
  await inTransaction(ctx, async (tx) => {
    const before = await repo.findVisible(tx.db, { orgId: ctx.orgId, userId: ctx.user.id }, id, { lock: true });
    if (!before || before.organizationId !== ctx.orgId) throw notFound("Knowledge item");
    if (!roleAtLeast(ctx.role, "admin"))
      throw new AppError("forbidden", `Approving a draft needs the admin role or higher; you are ${ctx.role}.`);
    if (before.status !== "draft") throw new AppError("conflict", "This item is already published.");
    if (before.scope === "network" && (!before.networkId || !(await repo.orgInNetwork(tx.db, ctx.orgId, before.networkId))))
      throw new AppError("validation", "Your organisation is no longer a member of the network this draft is for.", {
        errors: [{ path: "networkId", message: "Not one of your organisation's networks." }],
      });
    await assertCaseStudyClean(tx, before, before);
    // A quoted story is now used on the knowledge-sharing channel: recorded like any use (it needs the stories
    // permission), so a later withdrawal of the consent flags it.
    const stories = (before.caseStudyParts ?? []).filter((k) => k.startsWith("story:")).map((k) => k.slice("story:".length));
    if (stories.length && before.engagementId && (await findEngagement(tx.db, ctx.orgId, before.engagementId)))
      for (const storyId of stories)
        await addUse(tx, storyId, {
          engagementId: before.engagementId,
          channel: "knowledge_sharing",
          note: `Quoted in the case study “${before.title}” (knowledge hub)`,
        });
    const version = before.version + 1;
    await repo.updateItem(tx.db, id, { status: "published", version, updatedBy: ctx.user.id, updatedAt: new Date() });
    await repo.insertVersion(tx.db, (await repo.findById(tx.db, id))!, ctx.user.id);
    await audit(tx, {
      action: "update",
      entityType: "knowledge_item",
      entityId: id,
      summary: `Approved and published knowledge item ${before.title}`,
      details: { status: "published", scope: before.scope, networkId: before.networkId, version },
    });
  });
  return getItem(ctx, id);
}

onBeforeKnowledgeSave(assertCaseStudyClean);
