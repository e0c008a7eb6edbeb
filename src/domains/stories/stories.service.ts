import type { Ctx } from "../../platform/context.js";
import { inTransaction } from "../../platform/context.js";
import { AppError, notFound } from "../../shared/app-error.js";
import { audit } from "../audit/audit.service.js";
import { userNames } from "../companies/companies.repo.js";
import { requireStoryAccess } from "./stories.access.js";
import {
  consentStatus,
  consentsOf,
  deleteStory,
  findStory,
  flagOf,
  insertStory,
  storyPage,
  updateStory,
  claimStoryVersion,
  usesOf,
  type StoryRow,
} from "./stories.repo.js";
import type { Story, StoryInput, StoryListQuery, StoryPatch } from "./stories.schema.js";

// Stories are the most sensitive data in the product. Every read of a story's text (or of the restricted
// name) writes a "view" audit entry; audit entries never hold the text or the name.

export const isoToday = () => new Date().toISOString().slice(0, 10);

async function toStories(ctx: Ctx, rows: StoryRow[], opts: { text?: boolean; personName?: boolean } = {}): Promise<Story[]> {
  const ids = rows.map((r) => r.id);
  const [consents, uses, names] = await Promise.all([
    consentsOf(ctx.db, ctx.orgId, ids),
    usesOf(ctx.db, ctx.orgId, ids),
    userNames(
      ctx.db,
      rows.map((r) => r.createdBy),
    ),
  ]);
  const today = isoToday();
  return rows.map((r) => {
    const own = uses.filter((u) => u.storyId === r.id);
    return {
      id: r.id,
      title: r.title,
      ...(opts.text ? { text: r.text } : {}),
      kind: r.kind,
      anonymised: r.anonymised,
      hasPersonName: r.personName !== null,
      ...(opts.personName ? { personName: r.personName } : {}),
      activeConsents: consents.filter((c) => c.storyId === r.id && consentStatus(c, today) === "active").length,
      uses: own.length,
      flaggedUses: own.filter((u) => flagOf(u, consents, today).flagged).length,
      createdBy: r.createdBy ? { id: r.createdBy, name: names.get(r.createdBy) ?? "(former user)" } : null,
      createdAt: r.createdAt.toISOString(),
      updatedAt: r.updatedAt.toISOString(),
    };
  });
}

/**
 * A story row of the caller's organisation (404 otherwise, whoever asks), which the caller may open
 * (403 without the stories permission, or without the member role for writes).
 */
export async function loadStory(ctx: Ctx, id: string, write = false): Promise<StoryRow> {
  const row = await findStory(ctx.db, ctx.orgId, id);
  if (!row) throw notFound("Story");
  await requireStoryAccess(ctx, write);
  return row;
}

function refuseName(storeNames: boolean, personName: string | null | undefined) {
  if (personName && !storeNames) {
    throw new AppError("validation", "Your organisation does not store names with stories (an admin can enable it).", {
      errors: [{ path: "personName", message: "Storing names is turned off." }],
    });
  }
}

/** Records a story (anonymised by default). */
export async function create(ctx: Ctx, input: StoryInput): Promise<Story> {
  const settings = await requireStoryAccess(ctx, true);
  refuseName(settings.storeNames, input.personName);
  return inTransaction(ctx, async (tx) => {
    const row = await insertStory(tx.db, ctx.orgId, { ...input, createdBy: ctx.user.id, updatedBy: ctx.user.id });
    await audit(tx, {
      action: "create",
      entityType: "story",
      entityId: row.id,
      summary: `Recorded a ${row.kind}`,
      details: { personName: row.personName !== null },
    });
    return (await toStories(tx, [row], { text: true }))[0];
  });
}

/** Opens a story (audited as a view); the restricted name only when asked for. */
export async function get(ctx: Ctx, id: string, opts: { personName?: boolean } = {}): Promise<Story> {
  const row = await loadStory(ctx, id);
  await audit(ctx, {
    action: "view",
    entityType: "story",
    entityId: id,
    summary: opts.personName ? "Viewed a story with the person's name" : "Viewed a story",
    details: { personName: !!opts.personName },
  });
  return (await toStories(ctx, [row], { text: true, personName: opts.personName }))[0];
}

/** A page of stories; with include=text every story returned is audited as viewed. */
export async function list(ctx: Ctx, q: StoryListQuery) {
  await requireStoryAccess(ctx);
  const { rows, total } = await storyPage(ctx.db, ctx.orgId, q, q.limit, q.offset);
  const withText = q.include === "text";
  if (withText) {
    for (const r of rows)
      await audit(ctx, {
        action: "view",
        entityType: "story",
        entityId: r.id,
        summary: "Viewed a story (in a list)",
        details: { personName: false },
      });
  }
  return { items: await toStories(ctx, rows, { text: withText }), total, limit: q.limit, offset: q.offset };
}

/** Changes a story. */
export async function update(ctx: Ctx, id: string, patch: StoryPatch): Promise<Story> {
  return inTransaction(ctx, async (tx) => {
    await loadStory(tx, id, true);
    await claimStoryVersion(tx, id);
    refuseName((await requireStoryAccess(tx, true)).storeNames, patch.personName);
    const given = Object.fromEntries(Object.entries(patch).filter(([, v]) => v !== undefined));
    const row = await updateStory(tx.db, ctx.orgId, id, { ...given, updatedBy: ctx.user.id, updatedAt: new Date() });
    await audit(tx, {
      action: "update",
      entityType: "story",
      entityId: id,
      summary: "Changed a story",
      details: { fields: Object.keys(given) },
    });
    return (await toStories(tx, [row], { text: true }))[0];
  });
}

/** Deletes a story with its consents and uses. */
export async function remove(ctx: Ctx, id: string): Promise<void> {
  await inTransaction(ctx, async (tx) => {
    const row = await loadStory(tx, id, true);
    await claimStoryVersion(tx, id);
    await deleteStory(tx.db, ctx.orgId, id);
    await audit(tx, { action: "delete", entityType: "story", entityId: id, summary: `Deleted a ${row.kind}` });
  });
}
