import { createHash, randomBytes } from "node:crypto";
import ical from "ical-generator";
import type { Db } from "../../platform/db.js";
import { deleteToken, openDatedTasksOf, saveTokenHash, tokenCreatedAt, tokenOwner } from "./engagements.ical.repo.js";

// A personal calendar feed at a secret URL (calendar apps cannot sign in). The token is stored only as
// a hash; the URL is shown once, when it is created, and regenerating it revokes the old one.

const hash = (token: string) => createHash("sha256").update(token).digest("hex");

/** Creates (or replaces) the user's feed token; returns the token, which is not stored in clear. */
export async function regenerateToken(db: Db, userId: string): Promise<{ token: string; createdAt: string }> {
  const token = randomBytes(32).toString("base64url");
  const createdAt = new Date();
  await saveTokenHash(db, userId, hash(token), createdAt);
  return { token, createdAt: createdAt.toISOString() };
}

/** Whether the user has a feed, and since when. */
export async function tokenInfo(db: Db, userId: string): Promise<{ active: boolean; createdAt: string | null }> {
  const createdAt = await tokenCreatedAt(db, userId);
  return { active: !!createdAt, createdAt: createdAt?.toISOString() ?? null };
}

/** Revokes the user's feed. */
export async function revokeToken(db: Db, userId: string): Promise<void> {
  await deleteToken(db, userId);
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
  const owner = await tokenOwner(db, hash(token));
  if (!owner) return null;
  const tasks = await openDatedTasksOf(db, owner.id);
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
