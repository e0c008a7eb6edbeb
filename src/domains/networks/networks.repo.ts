import { and, asc, eq, inArray, or, sql, type AnyColumn, type SQL } from "drizzle-orm";
import type { Db } from "../../platform/db.js";
import { member, organization, user } from "../auth/auth.table.js";
import { orgProfile } from "../orgs/orgs.table.js";
import { network, networkCoordinator, networkMember } from "./networks.table.js";

// Networks span organisations, so these queries are scoped by the caller's relation to the network
// (coordinator, or member of an organisation in it) rather than by one organisation id.

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export type NetworkRow = typeof network.$inferSelect;

/** The network row, or undefined (also for ids that are not UUIDs). Callers check visibility. */
export async function findNetwork(db: Db, id: string, opts: { lock?: boolean } = {}): Promise<NetworkRow | undefined> {
  if (!UUID.test(id)) return undefined;
  const q = db.select().from(network).where(eq(network.id, id));
  const [row] = opts.lock ? await q.for("update") : await q;
  return row;
}

/**
 * The user may act for the organisation here: it does not require two-factor sign-in, or the user has it
 * (the same rule /api/v1 applies to the organisation's own data).
 */
function orgOpenTo(orgId: SQL | AnyColumn, userId: string): SQL {
  return sql`(not coalesce((select p.require_two_factor from ${orgProfile} p where p.organization_id = ${orgId}), false)
    or coalesce((select u.two_factor_enabled from ${user} u where u.id = ${userId}), false))`;
}

/** True when the user coordinates the network. */
export async function isCoordinator(db: Db, userId: string, networkId: string): Promise<boolean> {
  if (!UUID.test(networkId)) return false;
  const [row] = await db
    .select({ n: networkCoordinator.networkId })
    .from(networkCoordinator)
    .where(and(eq(networkCoordinator.networkId, networkId), eq(networkCoordinator.userId, userId)));
  return !!row;
}

/** The user's organisations that are invited to or members of the network, with the user's role there. */
export async function userOrgsInNetwork(db: Db, userId: string, networkId: string) {
  return db
    .select({ organizationId: networkMember.organizationId, status: networkMember.status, role: member.role })
    .from(networkMember)
    .innerJoin(member, and(eq(member.organizationId, networkMember.organizationId), eq(member.userId, userId)))
    .where(and(eq(networkMember.networkId, networkId), orgOpenTo(networkMember.organizationId, userId)));
}

/** One organisation's membership row in a network. */
export async function findMembership(db: Db, networkId: string, organizationId: string) {
  const [row] = await db
    .select()
    .from(networkMember)
    .where(and(eq(networkMember.networkId, networkId), eq(networkMember.organizationId, organizationId)));
  return row;
}

/** The user's role in an organisation and whether that organisation requires two-factor sign-in. */
export async function orgMembership(db: Db, userId: string, organizationId: string) {
  const [row] = await db
    .select({
      role: member.role,
      orgName: organization.name,
      requireTwoFactor: orgProfile.requireTwoFactor,
      twoFactorEnabled: user.twoFactorEnabled,
    })
    .from(member)
    .innerJoin(organization, eq(organization.id, member.organizationId))
    .innerJoin(user, eq(user.id, member.userId))
    .leftJoin(orgProfile, eq(orgProfile.organizationId, member.organizationId))
    .where(and(eq(member.organizationId, organizationId), eq(member.userId, userId)));
  return row;
}

export async function listCoordinators(db: Db, networkId: string) {
  return db
    .select({ userId: user.id, name: user.name, email: user.email })
    .from(networkCoordinator)
    .innerJoin(user, eq(user.id, networkCoordinator.userId))
    .where(eq(networkCoordinator.networkId, networkId))
    .orderBy(asc(user.name), asc(user.id));
}

/** Organisations that accepted: only these are named to the network. */
export async function listMembers(db: Db, networkId: string) {
  return db
    .select({ organizationId: organization.id, name: organization.name, status: networkMember.status, joinedAt: networkMember.joinedAt })
    .from(networkMember)
    .innerJoin(organization, eq(organization.id, networkMember.organizationId))
    .where(and(eq(networkMember.networkId, networkId), eq(networkMember.status, "active")))
    .orderBy(asc(organization.name), asc(organization.id));
}

/** Invitations not yet accepted, by the invited organisation's slug (what the coordinator typed). */
export async function listInvitations(db: Db, networkId: string) {
  return db
    .select({ organizationSlug: organization.slug, invitedAt: networkMember.invitedAt })
    .from(networkMember)
    .innerJoin(organization, eq(organization.id, networkMember.organizationId))
    .where(and(eq(networkMember.networkId, networkId), eq(networkMember.status, "invited")))
    .orderBy(asc(networkMember.invitedAt), asc(organization.slug));
}

/** Owners and admins of an organisation, who decide on its invitations. */
export async function orgAdmins(db: Db, organizationId: string) {
  return db
    .select({ email: user.email, locale: user.locale })
    .from(member)
    .innerJoin(user, eq(user.id, member.userId))
    .where(and(eq(member.organizationId, organizationId), inArray(member.role, ["owner", "admin"])));
}

/** True when the user is an owner or admin of at least one organisation. */
export async function administersAnOrg(db: Db, userId: string): Promise<boolean> {
  const [row] = await db
    .select({ id: member.id })
    .from(member)
    .where(and(eq(member.userId, userId), inArray(member.role, ["owner", "admin"])))
    .limit(1);
  return !!row;
}

export async function countCoordinators(db: Db, networkId: string): Promise<number> {
  const [{ n }] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(networkCoordinator)
    .where(eq(networkCoordinator.networkId, networkId));
  return Number(n);
}

/** Networks the user coordinates or one of the user's organisations is invited to or a member of. */
function visibleTo(userId: string) {
  return or(
    sql`exists (select 1 from ${networkCoordinator} nc where nc.network_id = ${network.id} and nc.user_id = ${userId})`,
    sql`exists (select 1 from ${networkMember} nm join ${member} m on m.organization_id = nm.organization_id where nm.network_id = ${network.id} and m.user_id = ${userId} and ${orgOpenTo(sql`nm.organization_id`, userId)})`,
  )!;
}

/** One page of the networks visible to the user, by name, with the total. */
export async function listVisible(db: Db, userId: string, limit: number, offset: number) {
  const where = visibleTo(userId);
  const [rows, [{ total }]] = await Promise.all([
    db
      .select({
        n: network,
        coordinator: sql<boolean>`exists (select 1 from ${networkCoordinator} nc where nc.network_id = ${network.id} and nc.user_id = ${userId})`,
        memberCount: sql<number>`(select count(*)::int from ${networkMember} nm where nm.network_id = ${network.id} and nm.status = 'active')`,
      })
      .from(network)
      .where(where)
      .orderBy(asc(network.name), asc(network.id))
      .limit(limit)
      .offset(offset),
    db.select({ total: sql<number>`count(*)::int` }).from(network).where(where),
  ]);
  return { rows, total: Number(total) };
}

/** The user's own organisations in each of the given networks. */
export async function userOrgsInNetworks(db: Db, userId: string, networkIds: string[]) {
  if (!networkIds.length) return [];
  return db
    .select({ networkId: networkMember.networkId, organizationId: organization.id, name: organization.name, status: networkMember.status })
    .from(networkMember)
    .innerJoin(member, and(eq(member.organizationId, networkMember.organizationId), eq(member.userId, userId)))
    .innerJoin(organization, eq(organization.id, networkMember.organizationId))
    .where(and(inArray(networkMember.networkId, networkIds), orgOpenTo(networkMember.organizationId, userId)))
    .orderBy(asc(organization.name));
}

/** Active network memberships of an organisation. */
export async function activeNetworksOfOrg(db: Db, organizationId: string) {
  return db
    .select({ id: network.id, name: network.name, joinedAt: networkMember.joinedAt })
    .from(networkMember)
    .innerJoin(network, eq(network.id, networkMember.networkId))
    .where(and(eq(networkMember.organizationId, organizationId), eq(networkMember.status, "active")))
    .orderBy(asc(network.name));
}

export async function findOrgBySlug(db: Db, slug: string) {
  const [row] = await db
    .select({ id: organization.id, name: organization.name, slug: organization.slug })
    .from(organization)
    .where(eq(organization.slug, slug));
  return row;
}

export async function findUserByEmail(db: Db, email: string) {
  const [row] = await db
    .select({ id: user.id, name: user.name, email: user.email })
    .from(user)
    .where(sql`lower(${user.email}) = ${email.toLowerCase()}`);
  return row;
}

/** Founds a network. */
export async function insertNetwork(db: Db, values: { name: string; description?: string | null; createdBy: string }): Promise<NetworkRow> {
  const [net] = await db.insert(network).values(values).returning();
  return net;
}

/** The network with this slug, or undefined. */
export async function findNetworkBySlug(db: Db, slug: string): Promise<NetworkRow | undefined> {
  const [row] = await db.select().from(network).where(eq(network.slug, slug));
  return row;
}

/** Changes a network's name, description or slug. */
export async function updateNetwork(
  db: Db,
  id: string,
  set: Partial<Pick<NetworkRow, "name" | "description" | "slug">>,
): Promise<NetworkRow> {
  const [row] = await db.update(network).set(set).where(eq(network.id, id)).returning();
  return row;
}

/** Makes a user a coordinator of a network; undefined when they already are. */
export async function insertCoordinator(db: Db, networkId: string, userId: string) {
  const [row] = await db.insert(networkCoordinator).values({ networkId, userId }).onConflictDoNothing().returning();
  return row;
}

/** Takes a coordinator off a network. */
export async function deleteCoordinator(db: Db, networkId: string, userId: string): Promise<void> {
  await db.delete(networkCoordinator).where(and(eq(networkCoordinator.networkId, networkId), eq(networkCoordinator.userId, userId)));
}

/** Adds an organisation to a network (invited, or active); undefined when it is already invited or a member. */
export async function insertMembership(db: Db, networkId: string, organizationId: string, status: "invited" | "active") {
  const [row] = await db
    .insert(networkMember)
    .values({ networkId, organizationId, status, ...(status === "active" ? { joinedAt: new Date() } : {}) })
    .onConflictDoNothing()
    .returning();
  return row;
}

/** An invited organisation joins a network: the membership becomes active. */
export async function activateMembership(db: Db, networkId: string, organizationId: string) {
  const [row] = await db
    .update(networkMember)
    .set({ status: "active", joinedAt: new Date() })
    .where(and(eq(networkMember.networkId, networkId), eq(networkMember.organizationId, organizationId)))
    .returning();
  return row;
}

/** Takes an organisation out of a network (or withdraws its invitation). */
export async function deleteMembership(db: Db, networkId: string, organizationId: string): Promise<void> {
  await db.delete(networkMember).where(and(eq(networkMember.networkId, networkId), eq(networkMember.organizationId, organizationId)));
}
