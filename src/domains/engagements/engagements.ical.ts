import { createHash, randomBytes } from "node:crypto";
import { and, asc, eq, isNotNull } from "drizzle-orm";
import ical from "ical-generator";
import type { Db } from "../../platform/db.js";
import { member, organization, user } from "../auth/auth.table.js";
import { company } from "../companies/companies.table.js";
import { engagement, engagementTask, icalToken } from "./engagements.table.js";

// A personal calendar feed at a secret URL (calendar apps cannot sign in). The token is stored only as
// a hash; the URL is shown once, when it is created, and regenerating it revokes the old one.

const hash = (token: string) => createHash("sha256").update(token).digest("hex");

/** Creates (or replaces) the user's feed token; returns the token, which is not stored in clear. */
export async function regenerateToken(db: Db, userId: string): Promise<{ token: string; createdAt: string }> {
  const token = randomBytes(32).toString("base64url");
  const createdAt = new Date();
  await db
    .insert(icalToken)
    .values({ userId, tokenHash: hash(token), createdAt })
    .onConflictDoUpdate({ target: icalToken.userId, set: { tokenHash: hash(token), createdAt } });
  return { token, createdAt: createdAt.toISOString() };
}

/** Whether the user has a feed, and since when. */
export async function tokenInfo(db: Db, userId: string): Promise<{ active: boolean; createdAt: string | null }> {
  const [row] = await db.select({ createdAt: icalToken.createdAt }).from(icalToken).where(eq(icalToken.userId, userId));
  return { active: !!row, createdAt: row?.createdAt.toISOString() ?? null };
}

/** Revokes the user's feed. */
export async function revokeToken(db: Db, userId: string): Promise<void> {
  await db.delete(icalToken).where(eq(icalToken.userId, userId));
}

/** An all-day event another domain adds to a user's feed (e.g. commitment deadlines). */
export interface FeedEvent {
  id: string;
  day: string;
  summary: string;
  description: string;
  updatedAt: Date;
  path?: string;
}
type FeedSource = (db: Db, userId: string) => Promise<FeedEvent[]>;
const feedSources: FeedSource[] = [];
/** Registers a source of extra events for every user's feed (the agreements domain adds commitments). */
export function addFeedSource(fn: FeedSource): void {
  if (!feedSources.includes(fn)) feedSources.push(fn);
}

/**
 * The iCalendar feed of a token's user: all-day events on the due dates of their open tasks, in every
 * organisation they are still a member of. Null for an unknown token.
 */
export async function feedForToken(db: Db, token: string, opts: { baseUrl?: string } = {}): Promise<string | null> {
  if (!/^[A-Za-z0-9_-]{20,100}$/.test(token)) return null;
  const [owner] = await db
    .select({ id: user.id, name: user.name })
    .from(icalToken)
    .innerJoin(user, eq(user.id, icalToken.userId))
    .where(eq(icalToken.tokenHash, hash(token)));
  if (!owner) return null;
  const tasks = await db
    .select({
      id: engagementTask.id,
      title: engagementTask.title,
      dueOn: engagementTask.dueOn,
      updatedAt: engagementTask.updatedAt,
      engagementId: engagement.id,
      engagementTitle: engagement.title,
      companyName: company.name,
      organizationName: organization.name,
    })
    .from(engagementTask)
    .innerJoin(engagement, eq(engagement.id, engagementTask.engagementId))
    .innerJoin(company, eq(company.id, engagement.companyId))
    .innerJoin(organization, eq(organization.id, engagementTask.organizationId))
    .innerJoin(member, and(eq(member.organizationId, engagementTask.organizationId), eq(member.userId, owner.id)))
    .where(and(eq(engagementTask.assigneeId, owner.id), eq(engagementTask.done, false), isNotNull(engagementTask.dueOn)))
    .orderBy(asc(engagementTask.dueOn));
  const base = opts.baseUrl?.replace(/\/$/, "");
  const cal = ical({ name: `Partnerwise tasks — ${owner.name}`, prodId: { company: "Partnerwise", product: "tasks" } });
  for (const t of tasks) {
    cal.createEvent({
      id: `task-${t.id}@partnerwise`,
      start: new Date(`${t.dueOn}T00:00:00Z`),
      allDay: true,
      stamp: t.updatedAt,
      summary: t.title,
      description: `${t.engagementTitle} — ${t.companyName} (${t.organizationName})`,
      url: base ? `${base}/engagements/${t.engagementId}` : undefined,
    });
  }
  for (const source of feedSources) {
    for (const ev of await source(db, owner.id)) {
      cal.createEvent({
        id: `${ev.id}@partnerwise`,
        start: new Date(`${ev.day}T00:00:00Z`),
        allDay: true,
        stamp: ev.updatedAt,
        summary: ev.summary,
        description: ev.description,
        url: base && ev.path ? `${base}${ev.path}` : undefined,
      });
    }
  }
  return cal.toString();
}
