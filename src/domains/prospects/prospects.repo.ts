import { and, asc, desc, eq, sql, type SQL } from "drizzle-orm";
import { claimVersion } from "../../platform/precondition.js";
import type { Ctx } from "../../platform/context.js";
import type { Db } from "../../platform/db.js";
import { organization, user } from "../auth/auth.table.js";
import { orgProfile } from "../orgs/orgs.table.js";
import { company } from "../companies/companies.table.js";
import { contact, employment } from "../contacts/contacts.table.js";
import { engagement } from "../engagements/engagements.table.js";
import { isUuid } from "../engagements/engagements.repo.js";
import { knowledgeItem } from "../knowledge/knowledge.table.js";
import { network, networkMember } from "../networks/networks.table.js";
import { screening } from "../screening/screening.table.js";
import { listEntry, listShare } from "../screening/lists.table.js";
import { prospectProfile, prospectSettings, proposal, proposalVersion } from "./prospects.table.js";

// Every query of prospects and proposals, the organisation first.

async function rows<T>(db: Db, query: SQL): Promise<T[]> {
  return ((await db.execute(query)) as unknown as { rows: T[] }).rows;
}

export type SettingsRow = typeof prospectSettings.$inferSelect;
export type ProposalRow = typeof proposal.$inferSelect;
export type ProfileRow = typeof prospectProfile.$inferSelect;

export async function settingsOf(db: Db, orgId: string): Promise<SettingsRow | undefined> {
  const [row] = await db.select().from(prospectSettings).where(eq(prospectSettings.organizationId, orgId));
  return row;
}

export async function saveSettings(db: Db, orgId: string, values: Partial<typeof prospectSettings.$inferInsert>): Promise<void> {
  await db
    .insert(prospectSettings)
    .values({ ...values, organizationId: orgId })
    .onConflictDoUpdate({ target: prospectSettings.organizationId, set: { ...values, updatedAt: sql`now()` } });
}

/** What the fit score needs of one company, straight from the database. */
export interface CandidateRow {
  id: string;
  name: string;
  country: string;
  nace_code: string | null;
  nace_label: string | null;
  size_class: string | null;
  csr_policy_url: string | null;
  decision: string | null;
  risk_score: number | null;
  own_list: "black" | "white" | null;
  active_contacts: number;
  ended_engagements: number;
  peer_white: number;
  peer_black: number;
  peers_engaged: number;
  peer_case_studies: number;
}

/**
 * The organisation's companies not yet engaged (no engagement, or only ended ones), with what the fit score needs.
 * Peers are other organisations in a network this one is an active member of: their list entries shared with that
 * network, their engagements when they chose to share them, and the case studies they published to that network
 * written from an engagement with a company of the same folded name and country.
 */
export async function candidates(
  db: Db,
  orgId: string,
  opts: { companyId?: string; q?: string; includeEngaged?: boolean } = {},
): Promise<CandidateRow[]> {
  const extra: SQL[] = [];
  if (opts.companyId) extra.push(sql`and c.id = ${opts.companyId}::uuid`);
  if (opts.q) extra.push(sql`and c.search_name like ${`%${opts.q}%`}`);
  return rows<CandidateRow>(
    db,
    sql`
    with my_networks as (
      select network_id from ${networkMember} where organization_id = ${orgId} and status = 'active'
    ), peers as (
      select distinct nm.organization_id from ${networkMember} nm
      where nm.network_id in (select network_id from my_networks) and nm.status = 'active' and nm.organization_id <> ${orgId}
    )
    select c.id, c.name, c.country, c.nace_code, c.nace_label, c.size_class, c.csr_policy_url,
      (select s.decision from ${screening} s where s.organization_id = c.organization_id and s.company_id = c.id and s.status = 'decided'
        order by s.decided_at desc limit 1) as decision,
      (select s.risk_score from ${screening} s where s.organization_id = c.organization_id and s.company_id = c.id
        order by s.created_at desc limit 1) as risk_score,
      (select le.list from ${listEntry} le where le.organization_id = c.organization_id
        and (le.company_id = c.id or (le.search_name = c.search_name and le.country = c.country))
        order by (le.list = 'black') desc limit 1) as own_list,
      (select count(*)::int from ${employment} e where e.company_id = c.id and e.ended_on is null) as active_contacts,
      (select count(*)::int from ${engagement} g where g.organization_id = c.organization_id and g.company_id = c.id and g.stage = 'ended') as ended_engagements,
      (select count(distinct le.organization_id)::int from ${listEntry} le join ${listShare} ls on ls.entry_id = le.id
        where ls.network_id in (select network_id from my_networks) and le.organization_id <> ${orgId}
          and le.list = 'white' and le.search_name = c.search_name and le.country = c.country) as peer_white,
      (select count(distinct le.organization_id)::int from ${listEntry} le join ${listShare} ls on ls.entry_id = le.id
        where ls.network_id in (select network_id from my_networks) and le.organization_id <> ${orgId}
          and le.list = 'black' and le.search_name = c.search_name and le.country = c.country) as peer_black,
      (select count(distinct pc.organization_id)::int from ${company} pc
        join ${engagement} pg on pg.company_id = pc.id and pg.organization_id = pc.organization_id and pg.stage <> 'ended'
        join ${prospectSettings} ps on ps.organization_id = pc.organization_id and ps.share_engagements
        where pc.organization_id in (select organization_id from peers)
          and pc.search_name = c.search_name and pc.country = c.country) as peers_engaged,
      (select count(distinct ki.organization_id)::int from ${knowledgeItem} ki
        join ${engagement} kg on kg.id = ki.engagement_id and kg.organization_id = ki.organization_id
        join ${company} kc on kc.id = kg.company_id and kc.organization_id = kg.organization_id
        where ki.kind = 'case_study' and ki.status = 'published' and ki.scope = 'network'
          and ki.network_id in (select network_id from my_networks) and ki.organization_id in (select organization_id from peers)
          and kc.search_name = c.search_name and kc.country = c.country) as peer_case_studies
    from ${company} c
    where c.organization_id = ${orgId}
      ${opts.includeEngaged ? sql`` : sql`and not exists (select 1 from ${engagement} g where g.organization_id = c.organization_id and g.company_id = c.id and g.stage <> 'ended')`}
      ${sql.join(extra, sql` `)}`,
  );
}

/** Network peers that chose to share that they engage a company like this one (same folded name and country). */
export async function peerEngagements(db: Db, orgId: string, companyId: string) {
  return rows<{ organization_id: string; organization_name: string; network_name: string; stage: string; since: string }>(
    db,
    sql`
    select distinct on (po.id, n.id) po.id as organization_id, po.name as organization_name, n.name as network_name,
      pg.stage, pg.created_at::text as since
    from ${company} me
    join ${networkMember} mm on mm.organization_id = me.organization_id and mm.status = 'active'
    join ${network} n on n.id = mm.network_id
    join ${networkMember} pm on pm.network_id = mm.network_id and pm.status = 'active' and pm.organization_id <> me.organization_id
    join ${prospectSettings} ps on ps.organization_id = pm.organization_id and ps.share_engagements
    join ${organization} po on po.id = pm.organization_id
    join ${company} pc on pc.organization_id = pm.organization_id and pc.search_name = me.search_name and pc.country = me.country
    join ${engagement} pg on pg.company_id = pc.id and pg.organization_id = pc.organization_id
    where me.organization_id = ${orgId} and me.id = ${companyId}::uuid
    order by po.id, n.id, pg.created_at desc`,
  );
}

/**
 * Case studies network peers published to a network this organisation is an active member of, written from their
 * engagement with a company like this one (same folded name and country); newest first.
 */
export async function peerCaseStudies(db: Db, orgId: string, companyId: string) {
  return rows<{ id: string; title: string; language: string; organization_name: string; network_name: string; updated_at: string }>(
    db,
    sql`
    select distinct on (ki.id) ki.id, ki.title, ki.language, po.name as organization_name, n.name as network_name,
      ki.updated_at::text as updated_at
    from ${company} me
    join ${networkMember} mm on mm.organization_id = me.organization_id and mm.status = 'active'
    join ${knowledgeItem} ki on ki.network_id = mm.network_id and ki.kind = 'case_study' and ki.status = 'published' and ki.scope = 'network'
      and ki.organization_id <> me.organization_id
    join ${networkMember} pm on pm.network_id = mm.network_id and pm.organization_id = ki.organization_id and pm.status = 'active'
    join ${network} n on n.id = mm.network_id
    join ${organization} po on po.id = ki.organization_id
    join ${engagement} kg on kg.id = ki.engagement_id and kg.organization_id = ki.organization_id
    join ${company} kc on kc.id = kg.company_id and kc.organization_id = kg.organization_id
      and kc.search_name = me.search_name and kc.country = me.country
    where me.organization_id = ${orgId} and me.id = ${companyId}::uuid
    order by ki.id`,
  ).then((found) => found.sort((x, y) => y.updated_at.localeCompare(x.updated_at)));
}

export async function profileOf(db: Db, orgId: string, companyId: string): Promise<ProfileRow | undefined> {
  const [row] = await db
    .select()
    .from(prospectProfile)
    .where(and(eq(prospectProfile.organizationId, orgId), eq(prospectProfile.companyId, companyId)));
  return row;
}

export async function saveProfile(db: Db, orgId: string, companyId: string, values: Partial<typeof prospectProfile.$inferInsert>) {
  await db
    .insert(prospectProfile)
    .values({ ...values, organizationId: orgId, companyId })
    .onConflictDoUpdate({ target: [prospectProfile.organizationId, prospectProfile.companyId], set: { ...values, updatedAt: sql`now()` } });
}

/** The company's current contacts (employment not ended). */
export async function currentContacts(db: Db, orgId: string, companyId: string) {
  return db
    .select({
      id: contact.id,
      name: contact.name,
      role: sql<string | null>`coalesce(${employment.title}, ${contact.roleTitle})`,
      email: contact.email,
    })
    .from(employment)
    .innerJoin(contact, eq(contact.id, employment.contactId))
    .where(and(eq(contact.organizationId, orgId), eq(employment.companyId, companyId), sql`${employment.endedOn} is null`))
    .orderBy(asc(contact.name));
}

export async function findCompany(db: Db, orgId: string, id: string) {
  if (!isUuid(id)) return undefined;
  const [row] = await db
    .select()
    .from(company)
    .where(and(eq(company.organizationId, orgId), eq(company.id, id)));
  return row;
}

export async function findEngagement(db: Db, orgId: string, id: string) {
  if (!isUuid(id)) return undefined;
  const [row] = await db
    .select({ id: engagement.id, companyId: engagement.companyId })
    .from(engagement)
    .where(and(eq(engagement.organizationId, orgId), eq(engagement.id, id)));
  return row;
}

export async function findProposal(db: Db, orgId: string, id: string): Promise<(ProposalRow & { companyName: string }) | undefined> {
  if (!isUuid(id)) return undefined;
  const [row] = await db
    .select({ p: proposal, companyName: company.name })
    .from(proposal)
    .innerJoin(company, eq(company.id, proposal.companyId))
    .where(and(eq(proposal.organizationId, orgId), eq(proposal.id, id)));
  return row ? { ...row.p, companyName: row.companyName } : undefined;
}

export async function listProposals(db: Db, orgId: string, f: { companyId?: string; engagementId?: string }) {
  const where: SQL[] = [eq(proposal.organizationId, orgId)];
  if (f.companyId) where.push(eq(proposal.companyId, f.companyId));
  if (f.engagementId) where.push(eq(proposal.engagementId, f.engagementId));
  const found = await db
    .select({ p: proposal, companyName: company.name })
    .from(proposal)
    .innerJoin(company, eq(company.id, proposal.companyId))
    .where(and(...where))
    .orderBy(desc(proposal.updatedAt), desc(proposal.id));
  return found.map((r) => ({ ...r.p, companyName: r.companyName }));
}

export async function insertProposal(db: Db, values: typeof proposal.$inferInsert): Promise<ProposalRow> {
  const [row] = await db.insert(proposal).values(values).returning();
  return row!;
}

/** Keeps the current content as a version and writes the new one (the caller runs both in one transaction). */
export async function saveProposal(db: Db, orgId: string, current: ProposalRow, next: Partial<ProposalRow>, userId: string) {
  await db.insert(proposalVersion).values({
    proposalId: current.id,
    version: current.version,
    organizationId: orgId,
    title: current.title,
    modes: current.modes,
    content: current.content,
    savedBy: current.updatedBy ?? current.createdBy,
    savedAt: current.updatedAt,
  });
  const [row] = await db
    .update(proposal)
    .set({ ...next, version: current.version + 1, updatedBy: userId, updatedAt: sql`now()` })
    .where(and(eq(proposal.organizationId, orgId), eq(proposal.id, current.id), eq(proposal.version, current.version)))
    .returning();
  return row;
}

export async function versionsOf(db: Db, orgId: string, proposalId: string) {
  return db
    .select({ version: proposalVersion.version, title: proposalVersion.title, savedAt: proposalVersion.savedAt, savedBy: user.name })
    .from(proposalVersion)
    .leftJoin(user, eq(user.id, proposalVersion.savedBy))
    .where(and(eq(proposalVersion.organizationId, orgId), eq(proposalVersion.proposalId, proposalId)))
    .orderBy(desc(proposalVersion.version));
}

export async function versionOf(db: Db, orgId: string, proposalId: string, version: number) {
  const [row] = await db
    .select()
    .from(proposalVersion)
    .where(
      and(eq(proposalVersion.organizationId, orgId), eq(proposalVersion.proposalId, proposalId), eq(proposalVersion.version, version)),
    );
  return row;
}

export async function deleteProposal(db: Db, orgId: string, id: string): Promise<boolean> {
  const found = await db
    .delete(proposal)
    .where(and(eq(proposal.organizationId, orgId), eq(proposal.id, id)))
    .returning({ id: proposal.id });
  return found.length > 0;
}

/** The organisation's name, country and logo, for documents. */
export async function orgForDocuments(db: Db, orgId: string) {
  const [row] = await db.select({ name: organization.name, logo: organization.logo }).from(organization).where(eq(organization.id, orgId));
  const [profile] = await db.select({ country: orgProfile.country }).from(orgProfile).where(eq(orgProfile.organizationId, orgId));
  return { name: row?.name ?? "", logo: row?.logo ?? null, country: profile?.country ?? null };
}

/** Claims the version of one of the organisation's proposals that If-Match named, in the write's transaction (platform/precondition.ts). */
export const claimProposalVersion = (ctx: Ctx, id: string) => claimVersion(ctx, proposal, proposal.id, id);

/** The same for a company's stakeholder map (none to claim before it is first saved: its representation has no updatedAt). */
export const claimProfileVersion = (ctx: Ctx, companyId: string) =>
  claimVersion(ctx, prospectProfile, prospectProfile.companyId, companyId);
