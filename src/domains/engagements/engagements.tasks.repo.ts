import { and, asc, eq, inArray, isNull, lt, lte, ne, or, sql } from "drizzle-orm";
import type { Ctx } from "../../platform/context.js";
import type { Db } from "../../platform/db.js";
import { claimVersion } from "../../platform/precondition.js";
import { member, organization, user } from "../auth/auth.table.js";
import { company } from "../companies/companies.table.js";
import { isUuid } from "./engagements.repo.js";
import { engagement, engagementContact, engagementFlag, engagementTask } from "./engagements.table.js";

// Queries of an engagement's next steps (tasks), the reminders about them and the flags that turnover raises.

export type TaskRow = typeof engagementTask.$inferSelect;
export type JoinedTask = { t: TaskRow; engagementTitle: string; companyId: string; companyName: string };
type TaskValues = Omit<typeof engagementTask.$inferInsert, "organizationId" | "id">;
type FlagValues = Omit<typeof engagementFlag.$inferInsert, "organizationId" | "id">;

const taskColumns = { t: engagementTask, engagementTitle: engagement.title, companyId: company.id, companyName: company.name };

function tasksQuery(db: Db) {
  return db
    .select(taskColumns)
    .from(engagementTask)
    .innerJoin(engagement, eq(engagement.id, engagementTask.engagementId))
    .innerJoin(company, eq(company.id, engagement.companyId));
}

/** One task of the organisation with its engagement's title and company. */
export async function findTask(db: Db, orgId: string, id: string): Promise<JoinedTask | undefined> {
  if (!isUuid(id)) return undefined;
  const [row] = await tasksQuery(db).where(and(eq(engagementTask.organizationId, orgId), eq(engagementTask.id, id)));
  return row;
}

/** An engagement's tasks: open ones first (by due date, undated last), then done ones. */
export async function tasksOfEngagement(db: Db, orgId: string, engagementId: string): Promise<JoinedTask[]> {
  return tasksQuery(db)
    .where(and(eq(engagementTask.organizationId, orgId), eq(engagementTask.engagementId, engagementId)))
    .orderBy(asc(engagementTask.done), sql`${engagementTask.dueOn} asc nulls last`, asc(engagementTask.createdAt));
}

/** A member's open tasks in the organisation, by due date (undated last). */
export async function openTasksOf(db: Db, orgId: string, userId: string): Promise<JoinedTask[]> {
  return tasksQuery(db)
    .where(and(eq(engagementTask.organizationId, orgId), eq(engagementTask.assigneeId, userId), eq(engagementTask.done, false)))
    .orderBy(sql`${engagementTask.dueOn} asc nulls last`, asc(engagementTask.createdAt));
}

export async function insertTaskRow(db: Db, orgId: string, values: TaskValues): Promise<TaskRow> {
  const [row] = await db
    .insert(engagementTask)
    .values({ ...values, organizationId: orgId })
    .returning();
  return row;
}

export async function updateTask(db: Db, orgId: string, id: string, set: Partial<TaskValues> & { updatedAt: Date }): Promise<void> {
  await db
    .update(engagementTask)
    .set(set)
    .where(and(eq(engagementTask.organizationId, orgId), eq(engagementTask.id, id)));
}

export async function deleteTask(db: Db, orgId: string, id: string): Promise<void> {
  await db.delete(engagementTask).where(and(eq(engagementTask.organizationId, orgId), eq(engagementTask.id, id)));
}

/** Claims the version of one of the organisation's tasks that If-Match named, in the write's transaction (platform/precondition.ts). */
export const claimTaskVersion = (ctx: Ctx, id: string) => claimVersion(ctx, engagementTask, engagementTask.id, id);

/**
 * The reminders' work list, across organisations (the job runs for the instance): open tasks due by `dueBy` not
 * reminded of on `today`, with their assignee — only while a member of the task's organisation — by assignee.
 */
export async function tasksToRemind(db: Db, dueBy: string, today: string) {
  return db
    .select({
      id: engagementTask.id,
      title: engagementTask.title,
      dueOn: engagementTask.dueOn,
      userId: user.id,
      email: user.email,
      name: user.name,
      locale: user.locale,
      engagementTitle: engagement.title,
      companyName: company.name,
      organizationName: organization.name,
    })
    .from(engagementTask)
    .innerJoin(engagement, eq(engagement.id, engagementTask.engagementId))
    .innerJoin(company, eq(company.id, engagement.companyId))
    .innerJoin(organization, eq(organization.id, engagementTask.organizationId))
    .innerJoin(user, eq(user.id, engagementTask.assigneeId))
    .innerJoin(member, and(eq(member.organizationId, engagementTask.organizationId), eq(member.userId, engagementTask.assigneeId)))
    .where(
      and(
        eq(engagementTask.done, false),
        lte(engagementTask.dueOn, dueBy),
        or(isNull(engagementTask.remindedOn), lt(engagementTask.remindedOn, today)),
      ),
    )
    .orderBy(asc(user.id), asc(engagementTask.dueOn), asc(engagementTask.title));
}

/** Marks tasks reminded of on a day (ids from `tasksToRemind`). */
export async function markReminded(db: Db, taskIds: string[], day: string): Promise<void> {
  await db.update(engagementTask).set({ remindedOn: day }).where(inArray(engagementTask.id, taskIds));
}

/** The organisation's engagements (not ended) at a company that list a contact. */
export async function runningEngagementsListing(db: Db, orgId: string, companyId: string, contactId: string) {
  return db
    .select({ e: engagement })
    .from(engagement)
    .innerJoin(engagementContact, eq(engagementContact.engagementId, engagement.id))
    .where(
      and(
        eq(engagement.organizationId, orgId),
        eq(engagement.companyId, companyId),
        eq(engagementContact.contactId, contactId),
        ne(engagement.stage, "ended"),
      ),
    );
}

export async function insertFlag(db: Db, orgId: string, values: FlagValues): Promise<void> {
  await db.insert(engagementFlag).values({ ...values, organizationId: orgId });
}

/** Resolves one open flag of an engagement; undefined when there is no such open flag. */
export async function resolveOpenFlag(db: Db, orgId: string, engagementId: string, flagId: string, userId: string) {
  if (!isUuid(flagId)) return undefined;
  const [flag] = await db
    .update(engagementFlag)
    .set({ resolvedAt: new Date(), resolvedBy: userId })
    .where(
      and(
        eq(engagementFlag.organizationId, orgId),
        eq(engagementFlag.engagementId, engagementId),
        inArray(engagementFlag.id, [flagId]),
        isNull(engagementFlag.resolvedAt),
      ),
    )
    .returning();
  return flag as typeof flag | undefined;
}

/** Resolves the open flags a (handover) task was created for. */
export async function resolveFlagsOfTask(db: Db, orgId: string, taskId: string, userId: string, at: Date): Promise<void> {
  await db
    .update(engagementFlag)
    .set({ resolvedAt: at, resolvedBy: userId })
    .where(and(eq(engagementFlag.organizationId, orgId), eq(engagementFlag.taskId, taskId), isNull(engagementFlag.resolvedAt)));
}
