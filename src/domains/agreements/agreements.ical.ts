import { and, asc, eq, isNotNull, or } from "drizzle-orm";
import type { Db } from "../../platform/db.js";
import { member, organization } from "../auth/auth.table.js";
import { company } from "../companies/companies.table.js";
import { addFeedSource, type FeedEvent } from "../engagements/engagements.ical.js";
import { engagement } from "../engagements/engagements.table.js";
import { commitment } from "./agreements.table.js";

// Commitment deadlines in a user's calendar feed: the open promises they made for the NGO, and the
// company's open promises on the engagements they own — in every organisation they still belong to.

/** Open, dated commitments a user answers for or follows up, as feed events. */
export async function commitmentEvents(db: Db, userId: string): Promise<FeedEvent[]> {
  const rows = await db
    .select({
      id: commitment.id,
      party: commitment.party,
      description: commitment.description,
      dueOn: commitment.dueOn,
      updatedAt: commitment.updatedAt,
      engagementId: engagement.id,
      engagementTitle: engagement.title,
      companyName: company.name,
      organizationName: organization.name,
    })
    .from(commitment)
    .innerJoin(engagement, eq(engagement.id, commitment.engagementId))
    .innerJoin(company, eq(company.id, engagement.companyId))
    .innerJoin(organization, eq(organization.id, commitment.organizationId))
    .innerJoin(member, and(eq(member.organizationId, commitment.organizationId), eq(member.userId, userId)))
    .where(
      and(
        eq(commitment.status, "open"),
        isNotNull(commitment.dueOn),
        or(
          and(eq(commitment.party, "ngo"), eq(commitment.userId, userId)),
          and(eq(commitment.party, "company"), eq(engagement.ownerId, userId)),
        ),
      ),
    )
    .orderBy(asc(commitment.dueOn));
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
