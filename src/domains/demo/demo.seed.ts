import type { Auth } from "../auth/auth.js";
import { organizationIdBySlug } from "../auth/auth.repo.js";
import type { Database, Db } from "../../platform/db.js";
import { log } from "../../platform/logger.js";
import { searchKey } from "../../shared/text-fold.js";
import { enterBeforeMentions } from "./demo.engagements.js";
import {
  addProfile,
  allUserEmails,
  claimMarker,
  deleteSessionsOf,
  hasMarker,
  insertMembers,
  insertNetwork,
  insertRegister,
  memberIds,
  userIdByEmail,
} from "./demo.repo.js";
import { addEngagements, demoPlans } from "./demo.engagements.seed.js";
import { addHealthSignals } from "./demo.health.seed.js";
import { addListEntries } from "./demo.lists.seed.js";
import { addKnowledge } from "./demo.knowledge.seed.js";
import { addStoriesAndTasks } from "./demo.stories.seed.js";
import type { Ctx } from "../../platform/context.js";
import { publishDraft, saveDraft } from "../screening/catalogue.network.js";
import { DEFAULT_CATALOGUE } from "../screening/data/criteria.js";
import { generateRegister } from "./demo.generate.js";
import { DEMO_EMAILS, DEMO_NETWORK, DEMO_NGOS, DEMO_PASSWORD, NGO_1, NGO_2, type DemoNgo, type DemoUser } from "./demo.story.js";

export interface DemoLogin {
  email: string;
  otherEmail: string;
  password: string;
}

/** Set, in the same transaction as the demo data, once the demo is complete. */
const MARKER = "demo_seeded";
const DAY = 24 * 60 * 60 * 1000;

/**
 * Seeds the demo network when the database has no users yet; returns the demo login, or null.
 *
 * Accounts and organisations are created through better-auth's server API (password hashing, owner
 * membership), which cannot join our transaction; everything else (profiles, further members, the
 * network, the registers, the audit trail) is written in one transaction together with a marker.
 * Hence the rule for "empty":
 * - marker present: the demo was seeded before, do nothing;
 * - no users at all: seed;
 * - only demo accounts and no marker: an earlier start crashed between the two steps, so reuse the
 *   accounts and organisations it made and finish the job;
 * - any other user: a real instance, never touched.
 */
export async function seedDemoIfEmpty(database: Database, auth: Auth): Promise<DemoLogin | null> {
  if (!(await shouldSeed(database.db))) return null;
  const started = Date.now();
  const userIds = new Map<string, string>();
  for (const ngo of DEMO_NGOS) for (const u of ngo.users) userIds.set(u.email, await ensureUser(database.db, auth, u));
  const orgIds = new Map<DemoNgo["key"], string>();
  for (const ngo of DEMO_NGOS) orgIds.set(ngo.key, await ensureOrganization(database.db, auth, ngo, userIds.get(ngo.users[0].email)!));

  const counts = await database.db.transaction(async (tx) => {
    const db = tx as unknown as Db;
    // The services the demo goes through read with `ctx.database` too: bound to this transaction, or they would
    // wait for the connection it holds (the embedded database has one).
    const inTx: Database = { ...database, db };
    if (!(await claimMarker(db, MARKER, new Date().toISOString()))) return null; // another process seeded meanwhile
    await addMembers(db, orgIds, userIds);
    const networkId = await addNetwork(db, inTx, orgIds, userIds);
    const perOrg: Record<string, { companies: number; contacts: number; engagements: number }> = {};
    for (const ngo of DEMO_NGOS) {
      const orgId = orgIds.get(ngo.key)!;
      const ctxOf = (i: number): Ctx => {
        const u = ngo.users[i] ?? ngo.users[0];
        return { db, database: inTx, orgId, role: u.role, user: { id: userIds.get(u.email)!, name: u.name, email: u.email } };
      };
      perOrg[ngo.slug] = await addRegister(db, ngo, orgId, userIds, ctxOf);
      await addStoriesAndTasks(ngo, ctxOf);
      await addKnowledge(ngo, ctxOf, networkId);
    }
    await addListEntries(db, orgIds, userIds);
    // Signing up opened a session per account; nobody holds those tokens.
    await deleteSessionsOf(db, [...userIds.values()]);
    return perOrg;
  });
  if (!counts) return null;
  log.info(`demo data seeded in ${Date.now() - started} ms`, counts);
  return { email: NGO_1.users[0].email, otherEmail: NGO_2.users[0].email, password: DEMO_PASSWORD };
}

async function shouldSeed(db: Db): Promise<boolean> {
  if (await hasMarker(db, MARKER)) return false;
  const emails = await allUserEmails(db);
  return emails.every((e) => DEMO_EMAILS.includes(e));
}

/** Finds a row, or creates it; when a concurrent start created it first, finds it again. */
async function findOrCreate(find: () => Promise<string | undefined>, create: () => Promise<string>): Promise<string> {
  const existing = await find();
  if (existing) return existing;
  try {
    return await create();
  } catch (err) {
    const raced = await find();
    if (raced) return raced;
    throw err;
  }
}

function ensureUser(db: Db, auth: Auth, u: DemoUser): Promise<string> {
  return findOrCreate(
    async () => userIdByEmail(db, u.email),
    async () => (await auth.api.signUpEmail({ body: { email: u.email, password: DEMO_PASSWORD, name: u.name } })).user.id,
  );
}

function ensureOrganization(db: Db, auth: Auth, ngo: DemoNgo, ownerId: string): Promise<string> {
  return findOrCreate(
    async () => organizationIdBySlug(db, ngo.slug),
    async () => {
      const created = await auth.api.createOrganization({ body: { name: ngo.name, slug: ngo.slug, userId: ownerId } });
      if (!created) throw new Error(`Could not create the demo organisation ${ngo.name}`);
      return created.id;
    },
  );
}

/** Profiles and the non-owner members (better-auth made the owners members when creating the orgs). */
async function addMembers(db: Db, orgIds: Map<DemoNgo["key"], string>, userIds: Map<string, string>) {
  for (const ngo of DEMO_NGOS) {
    const orgId = orgIds.get(ngo.key)!;
    await addProfile(db, orgId, ngo.profile);
    const present = new Set(await memberIds(db, orgId));
    const rows = ngo.users
      .filter((u) => !present.has(userIds.get(u.email)!))
      .map((u) => ({ id: crypto.randomUUID(), organizationId: orgId, userId: userIds.get(u.email)!, role: u.role }));
    if (rows.length) await insertMembers(db, rows);
  }
}

async function addNetwork(db: Db, database: Database, orgIds: Map<DemoNgo["key"], string>, userIds: Map<string, string>): Promise<string> {
  const coordinator = userIds.get(NGO_1.users[0].email)!;
  const owner = NGO_1.users[0];
  const joinedAt = new Date(Date.now() - 300 * DAY);
  const netId = await insertNetwork(
    db,
    { ...DEMO_NETWORK, createdBy: coordinator },
    coordinator,
    DEMO_NGOS.map((n) => ({ organizationId: orgIds.get(n.key)!, status: "active" as const, invitedAt: joinedAt, joinedAt })),
  );
  // The network's default screening criteria, published by its coordinator: both NGOs' catalogues build on them.
  const asCoordinator = {
    db,
    database,
    user: { id: coordinator, name: owner.name, email: owner.email },
    activeOrgId: orgIds.get(NGO_1.key)!,
  };
  await saveDraft(asCoordinator, netId, { ...DEFAULT_CATALOGUE, note: "The network's shared criteria, adopted at the members' meeting." });
  await publishDraft(asCoordinator, netId);
  return netId;
}

const daysAgo = (now: number, d: number) => new Date(now - d * DAY);
const dayOf = (now: number, d: number) => daysAgo(now, d).toISOString().slice(0, 10);

/** One NGO's register (companies, contacts, employment history), its audit trail and its partnership pipeline. */
async function addRegister(db: Db, ngo: DemoNgo, orgId: string, userIds: Map<string, string>, ctxOf: (i: number) => Ctx) {
  const now = Date.now();
  const reg = generateRegister(ngo);
  const plans = demoPlans(ngo, reg);
  // Dates as the app would have made them: a company is entered before it is screened or engaged, a person after
  // the first company they are linked to, and each job is recorded once both exist.
  enterBeforeMentions(reg.companies, plans);
  const contactEntered = new Map<number, number>();
  for (const e of reg.employments)
    contactEntered.set(e.contact, Math.max(contactEntered.get(e.contact) ?? 0, reg.companies[e.company].createdDaysAgo - 3));
  const users = ngo.users.map((u) => ({ id: userIds.get(u.email)!, name: u.name }));
  const companyIds = reg.companies.map(() => crypto.randomUUID());
  const contactIds = reg.contacts.map(() => crypto.randomUUID());
  const firstJob = new Map<number, number>();
  for (const e of reg.employments) if (!firstJob.has(e.contact)) firstJob.set(e.contact, e.company);

  const companyRows = reg.companies.map((c, i) => {
    const actor = users[c.owner ?? 0].id;
    return {
      id: companyIds[i],
      organizationId: orgId,
      name: c.name,
      otherNames: c.otherNames,
      legalForm: c.legalForm,
      country: c.country,
      registrationId: c.registrationId,
      website: c.website,
      naceCode: c.naceCode,
      naceLabel: c.naceLabel,
      sizeClass: c.sizeClass,
      description: c.description,
      tags: c.tags,
      ownerId: c.owner === null ? null : users[c.owner].id,
      primaryContactId: c.primaryContact === null ? null : contactIds[c.primaryContact],
      searchName: searchKey([c.name, ...c.otherNames]),
      createdBy: actor,
      updatedBy: actor,
      createdAt: daysAgo(now, c.createdDaysAgo),
      updatedAt: daysAgo(now, c.updatedDaysAgo),
    };
  });
  const contactRows = reg.contacts.map((p, i) => {
    const at = reg.companies[firstJob.get(i)!];
    const actor = users[at.owner ?? 0].id;
    return {
      id: contactIds[i],
      organizationId: orgId,
      name: p.name,
      roleTitle: p.roleTitle,
      email: p.email,
      phone: p.phone,
      preferredLanguage: p.preferredLanguage,
      notes: p.notes,
      searchName: searchKey([p.name]),
      createdBy: actor,
      updatedBy: actor,
      createdAt: daysAgo(now, Math.max(0, contactEntered.get(i)!)),
      updatedAt: daysAgo(now, Math.min(at.updatedDaysAgo, Math.max(0, contactEntered.get(i)!))),
    };
  });
  const employmentRows = reg.employments.map((e) => ({
    organizationId: orgId,
    contactId: contactIds[e.contact],
    companyId: companyIds[e.company],
    title: e.title,
    startedOn: dayOf(now, e.startedDaysAgo),
    endedOn: e.endedDaysAgo === null ? null : dayOf(now, e.endedDaysAgo),
    createdAt: daysAgo(
      now,
      Math.max(0, Math.min(e.startedDaysAgo, reg.companies[e.company].createdDaysAgo, contactEntered.get(e.contact)!)),
    ),
  }));
  // Who added each company, when: what the audit page shows. Contacts are audited by field names only.
  const auditRows = companyRows.map((c) => {
    const actor = users.find((u) => u.id === c.createdBy)!;
    return {
      organizationId: orgId,
      actorId: actor.id,
      actorName: actor.name,
      action: "create",
      entityType: "company",
      entityId: c.id,
      summary: `Created company ${c.name}`,
      at: c.createdAt,
    };
  });
  auditRows.sort((a, b) => a.at.getTime() - b.at.getTime());

  await insertRegister(db, { companies: companyRows, contacts: contactRows, employments: employmentRows, audit: auditRows });
  const engagements = await addEngagements(db, ngo, orgId, { plans, now, users, companyIds, contactIds, reg, ctxOf });
  await addHealthSignals(db, ngo, orgId, { now, userId: users[0].id });
  return { companies: companyRows.length, contacts: contactRows.length, engagements };
}
