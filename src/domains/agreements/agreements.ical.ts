import type { Db } from "../../platform/db.js";
import { addFeedSource, type FeedEvent } from "../engagements/engagements.ical.js";
import { openDatedCommitmentsOf } from "./agreements.repo.js";

// Commitment deadlines in a user's calendar feed: the open promises they made for the NGO, and the
// company's open promises on the engagements they own — in every organisation they still belong to.

/** Open, dated commitments a user answers for or follows up, as feed events. */
export async function commitmentEvents(db: Db, userId: string): Promise<FeedEvent[]> {
  const rows = await openDatedCommitmentsOf(db, userId);
  return rows.map((r) => ({
    id: `commitment-${r.id}`,
    day: r.dueOn!,
    summary: r.party === "ngo" ? `Promised: ${r.description}` : `${r.companyName} promised: ${r.description}`,
    description: `${r.engagementTitle} — ${r.companyName} (${r.organizationName})`,
    updatedAt: r.updatedAt,
    path: `/engagements/${r.engagementId}`,
  }));
}

addFeedSource(commitmentEvents);
