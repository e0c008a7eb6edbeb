import { and, eq, inArray, or } from "drizzle-orm";
import type { Db } from "../../platform/db.js";
import { story, storyAccess, storyConsent, storyUse } from "../stories/stories.table.js";

// The stories a case study may quote: those of the organisation tied to the engagement.

/** Stories of the organisation tied to an engagement: used in it, or consented for it or its company. */
export async function storiesOfEngagement(db: Db, orgId: string, engagementId: string, companyId: string) {
  const used = db
    .select({ id: storyUse.storyId })
    .from(storyUse)
    .where(and(eq(storyUse.organizationId, orgId), eq(storyUse.engagementId, engagementId)));
  const consented = db
    .select({ id: storyConsent.storyId })
    .from(storyConsent)
    .where(
      and(eq(storyConsent.organizationId, orgId), or(eq(storyConsent.engagementId, engagementId), eq(storyConsent.companyId, companyId))),
    );
  const ids = [...new Set([...(await used), ...(await consented)].map((r) => r.id))];
  if (!ids.length) return [];
  return db
    .select({ id: story.id, title: story.title, text: story.text })
    .from(story)
    .where(and(eq(story.organizationId, orgId), inArray(story.id, ids)));
}

/** Whether the user holds the organisation's stories permission. */
export async function holdsStoryAccess(db: Db, orgId: string, userId: string): Promise<boolean> {
  const [row] = await db
    .select({ userId: storyAccess.userId })
    .from(storyAccess)
    .where(and(eq(storyAccess.organizationId, orgId), eq(storyAccess.userId, userId)));
  return !!row;
}
