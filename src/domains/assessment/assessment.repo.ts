import { and, asc, desc, eq, inArray, isNotNull, sql } from "drizzle-orm";
import type { Db } from "../../platform/db.js";
import { member, organization, user } from "../auth/auth.table.js";
import { network, networkMember } from "../networks/networks.table.js";
import { assessmentQuestionnaire, assessmentResponse, assessmentRound, assessmentRoundMember } from "./assessment.table.js";

// Assessment queries. The tenant comes first: a network id for rounds and questionnaires, an organisation id
// for its own response. Callers have checked the caller's relation to the network (assessment.service.ts).

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export type RoundRow = typeof assessmentRound.$inferSelect;
export type QuestionnaireRow = typeof assessmentQuestionnaire.$inferSelect;
export type ResponseRow = typeof assessmentResponse.$inferSelect;

/** A round by id with its network id (the caller then checks the relation to that network). */
export async function findRound(db: Db, roundId: string): Promise<RoundRow | undefined> {
  if (!UUID.test(roundId)) return undefined;
  const [row] = await db.select().from(assessmentRound).where(eq(assessmentRound.id, roundId));
  return row;
}

export async function findRoundByName(db: Db, networkId: string, name: string): Promise<RoundRow | undefined> {
  const [row] = await db
    .select()
    .from(assessmentRound)
    .where(and(eq(assessmentRound.networkId, networkId), eq(assessmentRound.name, name)));
  return row;
}

export async function listRounds(db: Db, networkId: string): Promise<RoundRow[]> {
  return db
    .select()
    .from(assessmentRound)
    .where(eq(assessmentRound.networkId, networkId))
    .orderBy(desc(assessmentRound.createdAt), asc(assessmentRound.name));
}

/** Rounds of the network that ask the organisation to answer. */
export async function roundIdsOfOrg(db: Db, organizationId: string, networkId: string): Promise<string[]> {
  const rows = await db
    .select({ id: assessmentRound.id })
    .from(assessmentRoundMember)
    .innerJoin(assessmentRound, eq(assessmentRound.id, assessmentRoundMember.roundId))
    .where(and(eq(assessmentRoundMember.organizationId, organizationId), eq(assessmentRound.networkId, networkId)));
  return rows.map((r) => r.id);
}

export async function insertRound(
  db: Db,
  networkId: string,
  values: Omit<typeof assessmentRound.$inferInsert, "networkId">,
): Promise<RoundRow> {
  const [row] = await db
    .insert(assessmentRound)
    .values({ ...values, networkId })
    .returning();
  return row;
}

export async function insertRoundMembers(db: Db, roundId: string, organizationIds: string[]): Promise<void> {
  if (!organizationIds.length) return;
  await db.insert(assessmentRoundMember).values(organizationIds.map((organizationId) => ({ roundId, organizationId })));
}

export async function findQuestionnaire(db: Db, networkId: string, id: string): Promise<QuestionnaireRow | undefined> {
  const [row] = await db
    .select()
    .from(assessmentQuestionnaire)
    .where(and(eq(assessmentQuestionnaire.networkId, networkId), eq(assessmentQuestionnaire.id, id)));
  return row;
}

/** The network's copy of a template version, created on first use. */
export async function ensureQuestionnaire(
  db: Db,
  networkId: string,
  q: { key: string; version: number; title: string; definition: unknown; createdBy: string | null },
): Promise<QuestionnaireRow> {
  await db
    .insert(assessmentQuestionnaire)
    .values({ ...q, networkId })
    .onConflictDoNothing();
  const [row] = await db
    .select()
    .from(assessmentQuestionnaire)
    .where(
      and(
        eq(assessmentQuestionnaire.networkId, networkId),
        eq(assessmentQuestionnaire.key, q.key),
        eq(assessmentQuestionnaire.version, q.version),
      ),
    );
  return row;
}

/** Organisations asked to answer the round, by name, with their response's status (none: not started). */
export async function roundOrganizations(db: Db, networkId: string, roundId: string) {
  return db
    .select({
      organizationId: organization.id,
      name: organization.name,
      status: assessmentResponse.status,
      submittedAt: assessmentResponse.submittedAt,
    })
    .from(assessmentRoundMember)
    .innerJoin(assessmentRound, and(eq(assessmentRound.id, assessmentRoundMember.roundId), eq(assessmentRound.networkId, networkId)))
    .innerJoin(organization, eq(organization.id, assessmentRoundMember.organizationId))
    .leftJoin(
      assessmentResponse,
      and(
        eq(assessmentResponse.roundId, assessmentRoundMember.roundId),
        eq(assessmentResponse.organizationId, assessmentRoundMember.organizationId),
      ),
    )
    .where(eq(assessmentRoundMember.roundId, roundId))
    .orderBy(asc(organization.name), asc(organization.id));
}

/** Imported responses of a round (they have no organisation). */
export async function countImported(db: Db, networkId: string, roundId: string): Promise<number> {
  const [{ n }] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(assessmentResponse)
    .innerJoin(assessmentRound, eq(assessmentRound.id, assessmentResponse.roundId))
    .where(and(eq(assessmentRound.networkId, networkId), eq(assessmentResponse.roundId, roundId), eq(assessmentResponse.source, "import")));
  return Number(n);
}

/** True when the organisation is asked to answer the round. */
export async function isRoundMember(db: Db, organizationId: string, roundId: string): Promise<boolean> {
  const [row] = await db
    .select({ r: assessmentRoundMember.roundId })
    .from(assessmentRoundMember)
    .where(and(eq(assessmentRoundMember.organizationId, organizationId), eq(assessmentRoundMember.roundId, roundId)));
  return !!row;
}

/** The organisation's own response to a round. */
export async function findOwnResponse(db: Db, organizationId: string, roundId: string): Promise<ResponseRow | undefined> {
  const [row] = await db
    .select()
    .from(assessmentResponse)
    .where(and(eq(assessmentResponse.organizationId, organizationId), eq(assessmentResponse.roundId, roundId)));
  return row;
}

/** Creates or replaces the organisation's response (never once submitted: the caller checks). */
export async function upsertOwnResponse(
  db: Db,
  organizationId: string,
  roundId: string,
  values: { answers: Record<string, string | string[]>; status: "draft" | "submitted"; updatedBy: string },
): Promise<ResponseRow> {
  const now = new Date();
  const submittedAt = values.status === "submitted" ? now : null;
  const [row] = await db
    .insert(assessmentResponse)
    .values({ roundId, organizationId, source: "web", ...values, submittedAt, updatedAt: now })
    .onConflictDoUpdate({
      target: [assessmentResponse.roundId, assessmentResponse.organizationId],
      set: { answers: values.answers, status: values.status, updatedBy: values.updatedBy, submittedAt, updatedAt: now },
    })
    .returning();
  return row;
}

/** Imported responses in one statement per 500 rows. */
export async function insertImported(
  db: Db,
  networkId: string,
  roundId: string,
  rows: Array<{ row: number; respondent: string | null; answers: Record<string, string | string[]> }>,
): Promise<void> {
  const round = await findRound(db, roundId);
  if (!round || round.networkId !== networkId) throw new Error("round not in network");
  const now = new Date();
  for (let i = 0; i < rows.length; i += 500) {
    await db.insert(assessmentResponse).values(
      rows.slice(i, i + 500).map((r) => ({
        roundId,
        source: "import" as const,
        sourceRow: r.row,
        respondent: r.respondent,
        status: "submitted" as const,
        answers: r.answers,
        submittedAt: now,
      })),
    );
  }
}

/** Answers of the round's submitted responses (the report's input; no organisation named). */
export async function submittedAnswers(db: Db, networkId: string, roundId: string): Promise<Array<Record<string, string | string[]>>> {
  const rows = await db
    .select({ answers: assessmentResponse.answers })
    .from(assessmentResponse)
    .innerJoin(assessmentRound, eq(assessmentRound.id, assessmentResponse.roundId))
    .where(
      and(eq(assessmentRound.networkId, networkId), eq(assessmentResponse.roundId, roundId), eq(assessmentResponse.status, "submitted")),
    );
  return rows.map((r) => r.answers);
}

/** Networks (id, name) for the command line, which acts for the instance. */
export async function listNetworks(db: Db, limit: number) {
  return db.select({ id: network.id, name: network.name }).from(network).orderBy(asc(network.name), asc(network.id)).limit(limit);
}

/** One network (id, name) by id. */
export async function findNetworkById(db: Db, networkId: string) {
  const [row] = await db.select({ id: network.id, name: network.name }).from(network).where(eq(network.id, networkId));
  return row;
}

export async function insertNetwork(db: Db, name: string) {
  const [row] = await db.insert(network).values({ name }).returning({ id: network.id, name: network.name });
  return row;
}

/** Active member organisations among the given ids (for a new round). */
export async function activeMemberIds(db: Db, networkId: string, organizationIds?: string[]): Promise<string[]> {
  const rows = await db
    .select({ id: networkMember.organizationId })
    .from(networkMember)
    .where(
      and(
        eq(networkMember.networkId, networkId),
        eq(networkMember.status, "active"),
        organizationIds
          ? inArray(networkMember.organizationId, organizationIds.length ? organizationIds : [""])
          : isNotNull(networkMember.organizationId),
      ),
    );
  return rows.map((r) => r.id);
}

/** Submitted responses of organisations (not imported ones), with the organisation's name: the coordinator's heat map. */
export async function submittedByOrganization(db: Db, networkId: string, roundId: string) {
  const rows = await db
    .select({ organizationId: organization.id, name: organization.name, answers: assessmentResponse.answers })
    .from(assessmentResponse)
    .innerJoin(assessmentRound, eq(assessmentRound.id, assessmentResponse.roundId))
    .innerJoin(organization, eq(organization.id, assessmentResponse.organizationId))
    .where(
      and(eq(assessmentRound.networkId, networkId), eq(assessmentResponse.roundId, roundId), eq(assessmentResponse.status, "submitted")),
    )
    .orderBy(asc(organization.name), asc(organization.id));
  return rows;
}

/** The network's name (the report's author line). */
export async function networkName(db: Db, networkId: string): Promise<string> {
  const [row] = await db.select({ name: network.name }).from(network).where(eq(network.id, networkId));
  return row?.name ?? "";
}

/** The free-text answers of the round's submitted responses (no organisation: quotes are anonymous), oldest first. */
export async function submittedTexts(db: Db, networkId: string, roundId: string) {
  return db
    .select({
      responseId: assessmentResponse.id,
      answers: assessmentResponse.answers,
      approved: assessmentResponse.quoteApproved,
      submittedAt: assessmentResponse.submittedAt,
    })
    .from(assessmentResponse)
    .innerJoin(assessmentRound, eq(assessmentRound.id, assessmentResponse.roundId))
    .where(
      and(eq(assessmentRound.networkId, networkId), eq(assessmentResponse.roundId, roundId), eq(assessmentResponse.status, "submitted")),
    )
    .orderBy(asc(assessmentResponse.submittedAt), asc(assessmentResponse.id));
}

/** Approves (or withdraws) a submitted response's free text for published reports; undefined when the round has no such response. */
export async function setQuoteApproved(
  db: Db,
  networkId: string,
  roundId: string,
  responseId: string,
  approved: boolean,
): Promise<{ organizationId: string | null } | undefined> {
  const inRound = db
    .select({ id: assessmentRound.id })
    .from(assessmentRound)
    .where(and(eq(assessmentRound.id, roundId), eq(assessmentRound.networkId, networkId)));
  const rows = await db
    .update(assessmentResponse)
    .set({ quoteApproved: approved, updatedAt: new Date() })
    .where(
      and(
        eq(assessmentResponse.id, responseId),
        eq(assessmentResponse.roundId, roundId),
        eq(assessmentResponse.status, "submitted"),
        inArray(assessmentResponse.roundId, inRound),
      ),
    )
    .returning({ organizationId: assessmentResponse.organizationId });
  return rows[0];
}

/** Owners and admins of the given organisations, who are mailed a round's invitation and reminders. */
export async function adminsOf(db: Db, organizationIds: string[]) {
  if (!organizationIds.length) return [];
  return db
    .select({ organizationId: member.organizationId, email: user.email, locale: user.locale })
    .from(member)
    .innerJoin(user, eq(user.id, member.userId))
    .where(and(inArray(member.organizationId, organizationIds), inArray(member.role, ["owner", "admin"])))
    .orderBy(asc(member.organizationId), asc(user.email));
}

/**
 * Marks the round reminded now, unless it was reminded after `notBefore`: the claim and the check are one statement,
 * so two coordinators pressing the button together send one reminder. Returns the new time, or undefined.
 */
export async function claimReminder(db: Db, networkId: string, roundId: string, notBefore: Date): Promise<Date | undefined> {
  const [row] = await db
    .update(assessmentRound)
    .set({ remindedAt: sql`now()` })
    .where(
      and(
        eq(assessmentRound.id, roundId),
        eq(assessmentRound.networkId, networkId),
        sql`(${assessmentRound.remindedAt} is null or ${assessmentRound.remindedAt} < ${notBefore.toISOString()}::timestamptz)`,
      ),
    )
    .returning({ remindedAt: assessmentRound.remindedAt });
  return row?.remindedAt ?? undefined;
}
