import type { Db } from "../../platform/db.js";
import { AppError, notFound } from "../../shared/app-error.js";
import { audit } from "../audit/audit.service.js";
import { roleAtLeast } from "../auth/roles.js";
import { isCoordinator, type NetworkCtx, userOrgsIn } from "../networks/networks.service.js";
import { BUILT_IN_TEMPLATES } from "./data/ngo-business-engagement.js";
import { type ImportProblem, readResponses } from "./assessment.import.js";
import * as repo from "./assessment.repo.js";
import { type Answers, checkAnswers, localText, type Question, questionsOf } from "./assessment.rules.js";
import { capacityProfile, HUB_TAG, median, NEEDS, type Need } from "./assessment.capacity.js";
import { taggedForOrg } from "../knowledge/knowledge.service.js";
import { tableStream } from "../imports/exports.writer.js";
import type { Mailer } from "../../platform/mailer.js";
import { log } from "../../platform/logger.js";
import type {
  AssessmentResponse,
  CapacityProfileOut,
  HeatmapOut,
  ReminderResult,
  Round,
  RoundDetail,
  RoundInput,
} from "./assessment.schema.js";
import { roundMail } from "./assessment.mail-text.js";
import { compareReports, type RoundComparison, type RoundReport, roundReport } from "./assessment.stats.js";

// Assessment rounds across a network. Who sees what: a coordinator of the network sees its rounds, the
// progress of every organisation asked, and the aggregate; a member of an organisation asked sees the round,
// its own organisation's response and the aggregate — never another organisation's answers; anyone else gets 404.

async function inTx<T>(ctx: NetworkCtx, fn: (tx: NetworkCtx) => Promise<T>): Promise<T> {
  return ctx.db.transaction(async (tx) => fn({ ...ctx, db: tx as unknown as Db }));
}

function template(key: string) {
  const t = BUILT_IN_TEMPLATES[key];
  if (!t)
    throw new AppError("validation", `There is no built-in questionnaire "${key}".`, {
      errors: [{ path: "template", message: "Unknown template." }],
    });
  return { key, version: t.version, definition: t.definition, title: localText((t.definition as { title?: never }).title) || key };
}

/** The caller's organisation in a round: the active one when it is asked, else the only one of theirs that is. */
async function ownOrg(ctx: NetworkCtx, round: repo.RoundRow) {
  const orgs = (await userOrgsIn(ctx.db, ctx.user.id, round.networkId)).filter((o) => o.status === "active");
  const asked: typeof orgs = [];
  for (const o of orgs) if (await repo.isRoundMember(ctx.db, o.organizationId, round.id)) asked.push(o);
  return asked.find((o) => o.organizationId === ctx.activeOrgId) ?? (asked.length === 1 ? asked[0] : undefined);
}

/** The round and the caller's relation to it; 404 for anyone who is neither a coordinator nor in an organisation asked. */
async function access(ctx: NetworkCtx, roundId: string) {
  const round = await repo.findRound(ctx.db, roundId);
  if (!round) throw notFound("Assessment round");
  const coordinator = await isCoordinator(ctx.db, ctx.user.id, round.networkId);
  const org = await ownOrg(ctx, round);
  if (!coordinator && !org) throw notFound("Assessment round");
  return { round, coordinator, org };
}

async function asNetworkCoordinator(ctx: NetworkCtx, networkId: string) {
  if (!(await isCoordinator(ctx.db, ctx.user.id, networkId))) {
    // A member of the network may know it exists; to anyone else it does not.
    const orgs = await userOrgsIn(ctx.db, ctx.user.id, networkId);
    if (!orgs.length) throw notFound("Network");
    throw new AppError("forbidden", "Only a coordinator of this network can do this.");
  }
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const iso = (d: Date | null) => d?.toISOString() ?? null;

async function toRound(ctx: NetworkCtx, round: repo.RoundRow, coordinator: boolean, orgId: string | undefined): Promise<Round> {
  const q = await repo.findQuestionnaire(ctx.db, round.networkId, round.questionnaireId);
  const orgs = await repo.roundOrganizations(ctx.db, round.networkId, round.id);
  const imported = await repo.countImported(ctx.db, round.networkId, round.id);
  const statusOf = (s: string | null) => (s ?? "not_started") as Round["organizations"][number]["status"];
  const all = orgs.map((o) => ({
    organizationId: o.organizationId,
    name: o.name,
    status: statusOf(o.status),
    submittedAt: iso(o.submittedAt),
  }));
  return {
    id: round.id,
    networkId: round.networkId,
    name: round.name,
    questionnaire: { id: q!.id, key: q!.key, version: q!.version, title: q!.title },
    opensOn: round.opensOn,
    closesOn: round.closesOn,
    createdAt: round.createdAt.toISOString(),
    remindedAt: iso(round.remindedAt),
    coordinator,
    progress: {
      notStarted: all.filter((o) => o.status === "not_started").length,
      draft: all.filter((o) => o.status === "draft").length,
      submitted: all.filter((o) => o.status === "submitted").length,
      imported,
    },
    organizations: coordinator ? all : all.filter((o) => o.organizationId === orgId),
  };
}

/** Rounds of a network: all of them for coordinators, those asking one of the caller's organisations otherwise. */
export async function listRounds(ctx: NetworkCtx, networkId: string): Promise<Round[]> {
  const coordinator = await isCoordinator(ctx.db, ctx.user.id, networkId);
  const orgs = coordinator ? [] : (await userOrgsIn(ctx.db, ctx.user.id, networkId)).filter((o) => o.status === "active");
  if (!coordinator && !orgs.length) throw notFound("Network");
  const rounds = await repo.listRounds(ctx.db, networkId);
  const visible = new Set<string>();
  for (const o of orgs) for (const id of await repo.roundIdsOfOrg(ctx.db, o.organizationId, networkId)) visible.add(id);
  const out: Round[] = [];
  for (const r of rounds) {
    if (!coordinator && !visible.has(r.id)) continue;
    const org = coordinator ? undefined : await ownOrg(ctx, r);
    out.push(await toRound(ctx, r, coordinator, org?.organizationId));
  }
  return out;
}

/** A coordinator opens a round: the template's current version, the dates, the active members asked (default: all). */
export async function createRound(ctx: NetworkCtx, networkId: string, input: RoundInput, notify?: Notify): Promise<Round> {
  await asNetworkCoordinator(ctx, networkId);
  const t = template(input.template);
  const created = await inTx(ctx, async (tx) => {
    if (await repo.findRoundByName(tx.db, networkId, input.name))
      throw new AppError("conflict", `The network has a round named "${input.name}" already.`, {
        errors: [{ path: "name", message: "Taken by another round." }],
      });
    const members = await repo.activeMemberIds(tx.db, networkId, input.organizationIds);
    const unknown = (input.organizationIds ?? []).filter((id) => !members.includes(id));
    if (unknown.length)
      throw new AppError("validation", "Only active member organisations of the network can be asked.", {
        errors: unknown.map((id) => ({ path: "organizationIds", message: `${id} is not an active member.` })),
      });
    const q = await repo.ensureQuestionnaire(tx.db, networkId, { ...t, createdBy: ctx.user.id });
    const round = await repo.insertRound(tx.db, networkId, {
      questionnaireId: q.id,
      name: input.name,
      opensOn: input.opensOn,
      closesOn: input.closesOn,
      createdBy: ctx.user.id,
    });
    await repo.insertRoundMembers(tx.db, round.id, members);
    for (const orgId of members)
      await audit(
        { ...tx, orgId, role: "viewer" },
        {
          action: "invite",
          entityType: "assessment_round",
          entityId: round.id,
          summary: `Asked by ${ctx.user.name} to answer the assessment ${round.name}`,
        },
      );
    return toRound(tx, round, true, undefined);
  });
  // The organisations asked are told once the round exists (after the commit: a failed round mails no one).
  if (notify)
    await mailRound(
      ctx,
      created,
      "invitation",
      created.organizations.map((o) => o.organizationId),
      notify,
    );
  return created;
}

/** Where mails go out from and what they link to. */
export interface Notify {
  mailer: Mailer;
  appUrl: string;
}

/** A reminder is sent at most this often per round, so that organisations are not flooded. */
export const REMINDER_INTERVAL_HOURS = 12;

/**
 * Mails the owners and admins of the given organisations the round's invitation or a reminder, each in their
 * language, with the link to the survey. A mail that cannot be sent is logged; the others still go out.
 */
async function mailRound(ctx: NetworkCtx, round: Round, kind: "invitation" | "reminder", orgIds: string[], notify: Notify) {
  const names = new Map(round.organizations.map((o) => [o.organizationId, o.name]));
  const network = await repo.networkName(ctx.db, round.networkId);
  let sent = 0;
  for (const admin of await repo.adminsOf(ctx.db, orgIds)) {
    // The coordinator who opened the round or sends the reminder knows of it already.
    if (admin.email === ctx.user.email) continue;
    const mail = roundMail(kind, admin, {
      organization: names.get(admin.organizationId) ?? "",
      network,
      round: round.name,
      coordinator: ctx.user.name,
      closesOn: round.closesOn,
      link: `${notify.appUrl}/assessment/${round.id}/answer`,
    });
    try {
      await notify.mailer.send(mail);
      sent++;
    } catch (err) {
      log.warn(`assessment ${kind} to ${admin.email} for round ${round.id} could not be sent: ${(err as Error).message}`);
    }
  }
  return sent;
}

/**
 * A coordinator reminds the organisations asked that have not submitted (not started or draft): their owners and
 * admins are mailed. Refused when the round has closed, when every organisation has submitted, and within
 * REMINDER_INTERVAL_HOURS of the last reminder. Audited to each organisation reminded.
 */
export async function remind(ctx: NetworkCtx, roundId: string, notify: Notify): Promise<ReminderResult> {
  const { round, coordinator } = await access(ctx, roundId);
  if (!coordinator) throw new AppError("forbidden", "Only a coordinator of this network can send reminders.");
  const today = new Date().toISOString().slice(0, 10);
  if (round.closesOn && round.closesOn < today)
    throw new AppError("conflict", `The round closed on ${round.closesOn}: there is nothing to remind of.`);
  const { detail, remindedAt, open } = await inTx(ctx, async (tx) => {
    const detail = await toRound(tx, round, true, undefined);
    const open = detail.organizations.filter((o) => o.status !== "submitted");
    if (!open.length) throw new AppError("conflict", "Every organisation asked has submitted: nobody needs a reminder.");
    const notBefore = new Date(Date.now() - REMINDER_INTERVAL_HOURS * 3600_000);
    const remindedAt = await repo.claimReminder(tx.db, round.networkId, round.id, notBefore);
    if (!remindedAt)
      throw new AppError(
        "conflict",
        `A reminder for this round was sent at ${round.remindedAt?.toISOString() ?? "a moment ago"}; the next one can go out ${REMINDER_INTERVAL_HOURS} hours after it.`,
      );
    for (const o of open)
      await audit(
        { ...tx, orgId: o.organizationId, role: "viewer" },
        {
          action: "invite",
          entityType: "assessment_round",
          entityId: round.id,
          summary: `Reminded by ${ctx.user.name} to answer the assessment ${round.name}`,
          details: { reminder: true },
        },
      );
    return { detail, remindedAt, open };
  });
  const mails = await mailRound(
    ctx,
    detail,
    "reminder",
    open.map((o) => o.organizationId),
    notify,
  );
  return { organizations: open.length, mails, remindedAt: remindedAt.toISOString() };
}

/** One round with its questionnaire's SurveyJS JSON. */
export async function getRound(ctx: NetworkCtx, roundId: string): Promise<RoundDetail> {
  const { round, coordinator, org } = await access(ctx, roundId);
  const q = await repo.findQuestionnaire(ctx.db, round.networkId, round.questionnaireId);
  return { ...(await toRound(ctx, round, coordinator, org?.organizationId)), definition: q!.definition as Record<string, unknown> };
}

function toResponse(roundId: string, organizationId: string, row: repo.ResponseRow | undefined): AssessmentResponse {
  return {
    roundId,
    organizationId,
    status: row?.status ?? "not_started",
    answers: row?.answers ?? {},
    submittedAt: iso(row?.submittedAt ?? null),
    updatedAt: iso(row?.updatedAt ?? null),
  };
}

function requireOwnOrg(org: Awaited<ReturnType<typeof ownOrg>>) {
  if (!org) throw new AppError("forbidden", "Only a member of an organisation asked in this round has a response here.");
  return org;
}

/** The caller's organisation's response (its status not_started when there is none yet). */
export async function getOwnResponse(ctx: NetworkCtx, roundId: string): Promise<AssessmentResponse> {
  const { round, org } = await access(ctx, roundId);
  const own = requireOwnOrg(org);
  return toResponse(round.id, own.organizationId, await repo.findOwnResponse(ctx.db, own.organizationId, round.id));
}

/** Saves the organisation's draft, or submits it (members and above; once submitted it stays as submitted). */
export async function saveOwnResponse(
  ctx: NetworkCtx,
  roundId: string,
  input: { answers: Answers; submit: boolean },
): Promise<AssessmentResponse> {
  return inTx(ctx, async (tx) => {
    const { round, org } = await access(tx, roundId);
    const own = requireOwnOrg(org);
    if (!roleAtLeast(own.role, "member")) throw new AppError("forbidden", `Viewers cannot answer; you are ${own.role}.`);
    const existing = await repo.findOwnResponse(tx.db, own.organizationId, round.id);
    if (existing?.status === "submitted") throw new AppError("rule_violation", "Your organisation has submitted its response already.");
    const q = await repo.findQuestionnaire(tx.db, round.networkId, round.questionnaireId);
    const problems = checkAnswers(questionsOf(q!.definition), input.answers, { complete: input.submit });
    if (problems.length)
      throw new AppError("validation", "Some answers are not valid.", {
        errors: problems.map((p) => ({ path: `answers.${p.question}`, message: p.message, code: p.code, params: p.params })),
      });
    const row = await repo.upsertOwnResponse(tx.db, own.organizationId, round.id, {
      answers: input.answers,
      status: input.submit ? "submitted" : "draft",
      updatedBy: ctx.user.id,
    });
    if (input.submit)
      await audit(
        { ...tx, orgId: own.organizationId, role: own.role as "member" },
        { action: "update", entityType: "assessment_response", entityId: row.id, summary: `Submitted the assessment ${round.name}` },
      );
    return toResponse(round.id, own.organizationId, row);
  });
}

/** The free-text answers of a round's submitted responses, one per text question answered (anonymous). */
async function textsOf(db: Db, round: repo.RoundRow, questions: Question[]) {
  const texts = questions.filter((q) => q.type === "text");
  const rows = await repo.submittedTexts(db, round.networkId, round.id);
  return rows.flatMap((r) =>
    texts
      .map((q) => ({ q, text: r.answers[q.id] }))
      .filter((x): x is { q: Question; text: string } => typeof x.text === "string" && x.text.trim() !== "")
      .map(({ q, text }) => ({
        responseId: r.responseId,
        questionId: q.id,
        text: text.trim(),
        approved: r.approved,
        submittedAt: r.submittedAt?.toISOString() ?? null,
      })),
  );
}

/** The round's report; `q` is its questionnaire when the caller has read it already. */
async function reportOf(
  db: Db,
  round: repo.RoundRow,
  q?: repo.QuestionnaireRow,
): Promise<RoundReport & { quotes: Array<{ questionId: string; text: string }> }> {
  q ??= await repo.findQuestionnaire(db, round.networkId, round.questionnaireId);
  const questions = questionsOf(q!.definition);
  const rep = roundReport(round.name, questions, await repo.submittedAnswers(db, round.networkId, round.id));
  // Only the free text a coordinator approved appears in a report, and never with its organisation.
  const quotes = (await textsOf(db, round, questions)).filter((t) => t.approved).map((t) => ({ questionId: t.questionId, text: t.text }));
  return { ...rep, quotes };
}

/** The aggregate of the round's submitted responses (coordinators and members of organisations asked), with approved quotes. */
export async function report(ctx: NetworkCtx, roundId: string) {
  const { round } = await access(ctx, roundId);
  return reportOf(ctx.db, round);
}

/** The free-text answers of the round for its coordinators to approve for the report (anonymous: no organisation). */
export async function quotes(ctx: NetworkCtx, roundId: string) {
  const { round, coordinator } = await access(ctx, roundId);
  if (!coordinator) throw new AppError("forbidden", "Only a coordinator of this network reviews the free-text answers.");
  const q = await repo.findQuestionnaire(ctx.db, round.networkId, round.questionnaireId);
  return { items: await textsOf(ctx.db, round, questionsOf(q!.definition)) };
}

/** A coordinator approves a response's free text for published reports, or withdraws the approval. */
export async function approveQuote(ctx: NetworkCtx, roundId: string, responseId: string, approved: boolean) {
  const { round, coordinator } = await access(ctx, roundId);
  if (!coordinator) throw new AppError("forbidden", "Only a coordinator of this network approves quotes.");
  if (!UUID.test(responseId)) throw notFound("Response");
  return inTx(ctx, async (tx) => {
    const hit = await repo.setQuoteApproved(tx.db, round.networkId, round.id, responseId, approved);
    if (!hit) throw notFound("Response");
    // The organisation that wrote it sees in its own log that its words were cleared for (or taken out of) the report.
    if (hit.organizationId)
      await audit(
        { ...tx, orgId: hit.organizationId, role: "viewer" },
        {
          action: "update",
          entityType: "assessment_response",
          entityId: responseId,
          summary: `${approved ? "Approved" : "Withdrew"} the free-text answer for the report of ${round.name}`,
          details: { roundId: round.id, approved },
        },
      );
    return quotes(tx, roundId);
  });
}

/** Two rounds of one network side by side: the change of every share in percentage points, and whether the intervals overlap. */
export async function compare(ctx: NetworkCtx, roundId: string, otherId: string | undefined): Promise<RoundComparison> {
  const { round } = await access(ctx, roundId);
  if (!otherId)
    throw new AppError("validation", "Name the round to compare with.", {
      errors: [{ path: "with", message: "Required: the other round's id." }],
    });
  const { round: other } = await access(ctx, otherId);
  if (other.networkId !== round.networkId)
    throw new AppError("validation", "Rounds of different networks cannot be compared.", {
      errors: [{ path: "with", message: "Choose a round of the same network." }],
    });
  return compareReports(await reportOf(ctx.db, other), await reportOf(ctx.db, round));
}

/**
 * The round's report as a CSV file: every question and option overall, then per group of each breakdown, then the
 * approved quotes (the export writer's CSV: UTF-8 with BOM, formulas neutralised).
 */
export async function reportCsv(ctx: NetworkCtx, roundId: string): Promise<{ bytes: Buffer; filename: string }> {
  const { round } = await access(ctx, roundId);
  const rep = await reportOf(ctx.db, round);
  const header = [
    "breakdown",
    "group",
    "group_n",
    "small_group",
    "question",
    "type",
    "answered",
    "option",
    "count",
    "percent",
    "ci95_low",
    "ci95_high",
  ];
  const rows: string[][] = [];
  const push = (by: string, group: string, n: string, small: string, qs: RoundReport["questions"]) => {
    for (const q of qs) {
      if (q.type === "text") {
        rows.push([by, group, n, small, q.id, q.type, String(q.answered), "", "", "", "", ""]);
        continue;
      }
      for (const [option, count] of Object.entries(q.counts)) {
        const ci = q.ci95[option];
        rows.push([
          by,
          group,
          n,
          small,
          q.id,
          q.type,
          String(q.answered),
          option,
          String(count),
          String(q.percent[option] ?? ""),
          String(ci?.[0] ?? ""),
          String(ci?.[1] ?? ""),
        ]);
      }
    }
  };
  push("", "", String(rep.respondents), "", rep.questions);
  for (const [by, groups] of Object.entries(rep.breakdowns))
    for (const g of groups) push(by, g.value, String(g.n), g.small ? "yes" : "no", g.questions);
  for (const quote of rep.quotes) rows.push(["", "", "", "", quote.questionId, "quote", "", quote.text, "", "", "", ""]);
  const pages = (async function* () {
    yield rows;
  })();
  const bytes = Buffer.from(await new Response(tableStream("csv", "report", header, pages)).arrayBuffer());
  return { bytes, filename: `assessment-${networkSlug(round.name) || "round"}.csv` };
}

// ---- The command line, which acts for the whole instance ------------------------------------------------

/** A network's name as a slug (`Assessment network` → `assessment-network`), by which the command line names it. */
export function networkSlug(name: string): string {
  return name
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "");
}

export const DEFAULT_NETWORK_NAME = "Assessment network";

/** The network by slug (or id); without one the only network — created when there is none; several: the caller must choose. */
async function instanceNetwork(db: Db, slug: string | undefined, opts: { create: boolean }) {
  const networks = await repo.listNetworks(db, 10_000);
  if (slug) {
    const found = networks.find((n) => n.id === slug || networkSlug(n.name) === slug);
    if (!found)
      throw new AppError(
        "not_found",
        `No network has the slug "${slug}" (networks: ${networks.map((n) => networkSlug(n.name)).join(", ") || "none"}).`,
      );
    return found;
  }
  if (networks.length === 1) return networks[0];
  if (networks.length > 1)
    throw new AppError(
      "bad_request",
      `There are several networks; choose one with --network SLUG (${networks
        .slice(0, 10)
        .map((n) => networkSlug(n.name))
        .join(", ")}${networks.length > 10 ? ", …" : ""}).`,
    );
  if (!opts.create) throw new AppError("not_found", "There is no network yet.");
  return repo.insertNetwork(db, DEFAULT_NETWORK_NAME);
}

export interface ImportOutcome {
  network: { id: string; name: string; slug: string };
  round: { id: string; name: string; created: boolean };
  questionnaire: { key: string; version: number };
  imported: number;
  /** A dry run: the responses the file would import (0 when it has a problem). */
  valid?: number;
  problems: ImportProblem[];
}

type ImportTable = { columns: string[]; rows: Array<{ row: number; cells: string[] }> };

/**
 * Imports responses collected elsewhere into a round (created when new), all or nothing: every value is checked
 * against the questionnaire first, and a file with any problem imports nothing and lists every problem.
 * The command line's entry: the network by slug, the only one, or a new one.
 */
export async function importResponses(
  db: Db,
  input: { network?: string; template: string; round: string; table: ImportTable },
): Promise<ImportOutcome> {
  return importInto(db, (tx) => instanceNetwork(tx, input.network, { create: true }), { ...input, dryRun: false });
}

/**
 * The web app's entry: a coordinator imports into one of their networks. With `dryRun` the whole import runs and is
 * rolled back, so the preview lists exactly the problems (or the count) the real import will meet.
 */
export async function importResponsesToNetwork(
  ctx: NetworkCtx,
  networkId: string,
  input: { template: string; round: string; table: ImportTable; dryRun: boolean },
): Promise<ImportOutcome> {
  await asNetworkCoordinator(ctx, networkId);
  return importInto(
    ctx.db,
    async (tx) => {
      const net = await repo.findNetworkById(tx, networkId);
      if (!net) throw notFound("Network");
      return net;
    },
    input,
  );
}

async function importInto(
  db: Db,
  networkOf: (tx: Db) => Promise<{ id: string; name: string }>,
  input: { template: string; round: string; table: ImportTable; dryRun: boolean },
): Promise<ImportOutcome> {
  const t = template(input.template);
  const roundName = input.round.trim();
  if (!roundName)
    throw new AppError("validation", "Name the round (--round NAME).", { errors: [{ path: "round", message: "Name the round." }] });
  return db
    .transaction(async (txDb) => {
      const tx = txDb as unknown as Db;
      const net = await networkOf(tx);
      const network = { id: net.id, name: net.name, slug: networkSlug(net.name) };
      let round = await repo.findRoundByName(tx, net.id, roundName);
      const created = !round;
      const q = round
        ? await repo.findQuestionnaire(tx, net.id, round.questionnaireId)
        : await repo.ensureQuestionnaire(tx, net.id, { ...t, createdBy: null });
      if (round && q!.key !== t.key)
        throw new AppError("conflict", `The round "${roundName}" uses the questionnaire ${q!.key}, not ${t.key}.`);
      if (round) {
        const already = await repo.countImported(tx, net.id, round.id);
        if (already)
          throw new AppError("conflict", `The round "${roundName}" holds ${already} imported responses already; import into a new round.`);
      }
      const { responses, problems } = readResponses(questionsOf(q!.definition), input.table);
      const outcome = { network, questionnaire: { key: q!.key, version: q!.version } };
      if (problems.length || input.dryRun) {
        // Nothing is written: the transaction is rolled back (a network or round made for this run included).
        throw Object.assign(new ImportRejected(), {
          outcome: {
            ...outcome,
            round: { id: round?.id ?? "", name: roundName, created },
            imported: 0,
            ...(input.dryRun ? { valid: problems.length ? 0 : responses.length } : {}),
            problems,
          },
        });
      }
      round ??= await repo.insertRound(tx, net.id, {
        questionnaireId: q!.id,
        name: roundName,
        opensOn: null,
        closesOn: null,
        createdBy: null,
      });
      await repo.insertImported(tx, net.id, round.id, responses);
      return { ...outcome, round: { id: round.id, name: round.name, created }, imported: responses.length, problems: [] };
    })
    .catch((err: unknown) => {
      if (err instanceof ImportRejected) return err.outcome;
      throw err;
    });
}

/** Thrown inside the import's transaction to roll it back when the file has problems. */
class ImportRejected extends Error {
  outcome!: ImportOutcome;
}

/** The report of a round named on the command line. */
export async function reportByName(db: Db, input: { network?: string; round: string }): Promise<RoundReport> {
  const net = await instanceNetwork(db, input.network, { create: false });
  const round = await repo.findRoundByName(db, net.id, input.round);
  if (!round) throw new AppError("not_found", `The network ${net.name} has no round named "${input.round}".`);
  return reportOf(db, round);
}

/** The caller's organisation's capacity profile (from its submitted response) next to the network median of the round. */
export async function profile(ctx: NetworkCtx, roundId: string): Promise<CapacityProfileOut> {
  const { round, org } = await access(ctx, roundId);
  const own = requireOwnOrg(org);
  const all = await repo.submittedAnswers(ctx.db, round.networkId, round.id);
  const mine = await repo.findOwnResponse(ctx.db, own.organizationId, round.id);
  const medians = networkMedian(all);
  const needs = mine?.status === "submitted" ? capacityProfile(mine.answers) : [];
  const who = { orgId: own.organizationId, userId: ctx.user.id };
  const gapKnowledge = await Promise.all(
    needs
      .filter((n) => n.gap)
      .map(async (n) => ({ need: n.need, tag: HUB_TAG[n.need], items: await taggedForOrg(ctx.db, who, HUB_TAG[n.need], 8) })),
  );
  return {
    organizationId: own.organizationId,
    submitted: mine?.status === "submitted",
    needs,
    gapKnowledge,
    median: medians,
    respondents: all.length,
  };
}

function networkMedian(all: Answers[]): Record<Need, number | null> {
  const profiles = all.map(capacityProfile);
  return Object.fromEntries(NEEDS.map((n, i) => [n, median(profiles.map((p) => p[i].score))])) as Record<Need, number | null>;
}

/** The network heat map (organisations × six needs) for coordinators: organisations that submitted through the app, by name. */
export async function heatmap(ctx: NetworkCtx, roundId: string): Promise<HeatmapOut> {
  const { round, coordinator } = await access(ctx, roundId);
  if (!coordinator) throw new AppError("forbidden", "Only a coordinator of this network sees the heat map.");
  const rows = await repo.submittedByOrganization(ctx.db, round.networkId, round.id);
  const all = await repo.submittedAnswers(ctx.db, round.networkId, round.id);
  return {
    needs: [...NEEDS],
    median: networkMedian(all),
    organizations: rows.map((r) => ({ organizationId: r.organizationId, name: r.name, needs: capacityProfile(r.answers) })),
  };
}

/** The round's report as a PDF (coordinators and members of organisations asked), in English or German. */
export async function reportPdf(ctx: NetworkCtx, roundId: string, lang: "en" | "de"): Promise<{ bytes: Buffer; filename: string }> {
  const { round } = await access(ctx, roundId);
  return pdfOf(ctx.db, round, lang);
}

async function pdfOf(db: Db, round: repo.RoundRow, lang: "en" | "de") {
  const { renderRoundPdf } = await import("./assessment.pdf.js");
  const q = await repo.findQuestionnaire(db, round.networkId, round.questionnaireId);
  const rep = await reportOf(db, round, q);
  const network = await repo.networkName(db, round.networkId);
  const bytes = await renderRoundPdf(rep, q!.definition, { network, lang, generatedOn: new Date().toISOString().slice(0, 10) });
  return { bytes, filename: `assessment-${networkSlug(round.name) || "round"}-${lang}.pdf` };
}

/** The PDF report of a round named on the command line. */
export async function reportPdfByName(db: Db, input: { network?: string; round: string; lang: "en" | "de" }) {
  const net = await instanceNetwork(db, input.network, { create: false });
  const round = await repo.findRoundByName(db, net.id, input.round);
  if (!round) throw new AppError("not_found", `The network ${net.name} has no round named "${input.round}".`);
  return pdfOf(db, round, input.lang);
}
