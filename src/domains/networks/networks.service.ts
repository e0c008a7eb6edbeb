import type { Ctx } from "../../platform/context.js";
import type { Db } from "../../platform/db.js";
import { AppError, notFound } from "../../shared/app-error.js";
import { audit, type AuditAction } from "../audit/audit.service.js";
import { roleAtLeast, type Role } from "../auth/roles.js";
import * as repo from "./networks.repo.js";
import type { Mailer } from "../../platform/mailer.js";
import { networkInvitationMail } from "./networks.mail-text.js";
import type {
  Network,
  NetworkCoordinator,
  NetworkInput,
  NetworkInvitation,
  NetworkMember,
  NetworkPatch,
  NetworkSummary,
} from "./networks.schema.js";

/**
 * Context of a network request: a signed-in user, possibly with an active organisation. Networks span
 * organisations, so there is no single tenant; each rule checks the caller's relation to the network.
 */
export type NetworkCtx = Omit<Ctx, "orgId" | "role"> & { activeOrgId: string | null };

/** Active network memberships of an organisation (for other domains: shared lists, criteria, assessments). */
export async function networksOfOrg(db: Db, orgId: string): Promise<Array<{ id: string; name: string; joinedAt: Date | null }>> {
  return repo.activeNetworksOfOrg(db, orgId);
}

/** The user's organisations invited to or in the network, with the user's role (those whose two-factor rule the user meets). */
export async function userOrgsIn(db: Db, userId: string, networkId: string) {
  return repo.userOrgsInNetwork(db, userId, networkId);
}

/** True when the user coordinates the network. */
export async function isCoordinator(db: Db, userId: string, networkId: string): Promise<boolean> {
  return repo.isCoordinator(db, userId, networkId);
}

async function inTx<T>(ctx: NetworkCtx, fn: (tx: NetworkCtx) => Promise<T>): Promise<T> {
  return ctx.db.transaction(async (tx) => fn({ ...ctx, db: tx as unknown as Db }));
}

/** Writes to the audit log of the organisation a network change concerns. */
async function auditOrg(ctx: NetworkCtx, orgId: string, action: AuditAction, net: repo.NetworkRow, summary: string) {
  await audit(
    { ...ctx, orgId, role: "viewer" },
    { action, entityType: "network_membership", entityId: net.id, summary, details: { networkId: net.id, networkName: net.name } },
  );
}

/** Who the caller is to the network; undefined when the network does not exist or is not theirs to see. */
async function relation(ctx: NetworkCtx, id: string, opts: { lock?: boolean } = {}) {
  const net = await repo.findNetwork(ctx.db, id, opts);
  if (!net) return undefined;
  const coordinator = await repo.isCoordinator(ctx.db, ctx.user.id, net.id);
  const orgs = await repo.userOrgsInNetwork(ctx.db, ctx.user.id, net.id);
  if (!coordinator && orgs.length === 0) return undefined;
  return { net, coordinator, orgs };
}

async function visible(ctx: NetworkCtx, id: string, opts: { lock?: boolean } = {}) {
  const r = await relation(ctx, id, opts);
  if (!r) throw notFound("Network");
  return r;
}

async function asCoordinator(ctx: NetworkCtx, id: string, opts: { lock?: boolean } = {}) {
  const r = await visible(ctx, id, opts);
  if (!r.coordinator) throw new AppError("forbidden", "Only a coordinator of this network can do this.");
  return r;
}

/** Refuses unless the caller is an admin or owner of the organisation (and meets its two-factor rule). */
async function asOrgAdmin(ctx: NetworkCtx, orgId: string, what: string): Promise<{ role: Role; orgName: string }> {
  const m = await repo.orgMembership(ctx.db, ctx.user.id, orgId);
  if (!m) throw new AppError("forbidden", "You are not a member of that organisation.");
  if (m.requireTwoFactor && !m.twoFactorEnabled) {
    throw new AppError("two_factor_required", "Your organisation requires two-factor authentication. Set it up in your account settings.");
  }
  if (!roleAtLeast(m.role, "admin"))
    throw new AppError("forbidden", `Only an admin or owner of the organisation can ${what}; you are ${m.role}.`);
  return { role: m.role as Role, orgName: m.orgName };
}

function toMember(m: { organizationId: string; name: string; status: "invited" | "active"; joinedAt: Date | null }): NetworkMember {
  return { organizationId: m.organizationId, name: m.name, status: m.status, joinedAt: m.joinedAt?.toISOString() ?? null };
}

/** A network as the caller may see it: active members by name; open invitations (by slug) to coordinators only. */
async function detail(db: Db, net: repo.NetworkRow, coordinator: boolean): Promise<Network> {
  const [coordinators, members, invitations] = await Promise.all([
    repo.listCoordinators(db, net.id),
    repo.listMembers(db, net.id),
    coordinator ? repo.listInvitations(db, net.id) : [],
  ]);
  return {
    id: net.id,
    name: net.name,
    description: net.description,
    slug: net.slug,
    publicKnowledgePath: `/public/${net.slug ?? net.id}/knowledge`,
    coordinators,
    members: members.map(toMember),
    invitations: invitations.map((i) => ({
      networkId: net.id,
      organizationSlug: i.organizationSlug,
      status: "invited" as const,
      invitedAt: i.invitedAt.toISOString(),
    })),
  };
}

/**
 * Creates a network; the caller — an owner or admin of some organisation — becomes its coordinator. When the
 * caller's active organisation is one they administer, it joins as an active member straight away.
 */
export async function create(ctx: NetworkCtx, input: NetworkInput): Promise<Network> {
  if (!(await repo.administersAnOrg(ctx.db, ctx.user.id))) {
    throw new AppError("forbidden", "Only an owner or admin of an organisation can found a network.");
  }
  const orgAdmin = ctx.activeOrgId ? await repo.orgMembership(ctx.db, ctx.user.id, ctx.activeOrgId) : undefined;
  const joins = !!orgAdmin && roleAtLeast(orgAdmin.role, "admin") && !(orgAdmin.requireTwoFactor && !orgAdmin.twoFactorEnabled);
  return inTx(ctx, async (tx) => {
    const net = await repo.insertNetwork(tx.db, { name: input.name, description: input.description, createdBy: ctx.user.id });
    await repo.insertCoordinator(tx.db, net.id, ctx.user.id);
    if (joins && ctx.activeOrgId) {
      await repo.insertMembership(tx.db, net.id, ctx.activeOrgId, "active");
      await auditOrg(tx, ctx.activeOrgId, "create", net, `Founded network ${net.name} and joined it`);
    }
    return detail(tx.db, net, true);
  });
}

/** Networks the caller coordinates or their organisations are in, with the caller's relation. */
export async function list(ctx: NetworkCtx, page: { limit: number; offset: number }) {
  const { rows, total } = await repo.listVisible(ctx.db, ctx.user.id, page.limit, page.offset);
  const orgs = await repo.userOrgsInNetworks(
    ctx.db,
    ctx.user.id,
    rows.map((r) => r.n.id),
  );
  const items: NetworkSummary[] = rows.map((r) => ({
    id: r.n.id,
    name: r.n.name,
    description: r.n.description,
    slug: r.n.slug,
    coordinator: !!r.coordinator,
    organizations: orgs.filter((o) => o.networkId === r.n.id).map(({ organizationId, name, status }) => ({ organizationId, name, status })),
    memberCount: Number(r.memberCount),
  }));
  return { items, total, limit: page.limit, offset: page.offset };
}

/** One network with coordinators and members; 404 unless the caller coordinates it or is in one of its organisations. */
export async function get(ctx: NetworkCtx, id: string): Promise<Network> {
  const { net, coordinator } = await visible(ctx, id);
  return detail(ctx.db, net, coordinator);
}

/**
 * A coordinator invites an organisation (by slug): an invitation its owners and admins are mailed and accept or
 * decline. Until then the network learns nothing of it beyond the slug the coordinator typed.
 */
export async function inviteOrganization(
  ctx: NetworkCtx,
  id: string,
  organizationSlug: string,
  notify: { mailer: Mailer; appUrl: string },
): Promise<NetworkInvitation> {
  const { invitation, org, net } = await inTx(ctx, async (tx) => {
    const { net } = await asCoordinator(tx, id);
    const org = await repo.findOrgBySlug(tx.db, organizationSlug);
    if (!org)
      throw new AppError("not_found", `No organisation has the slug "${organizationSlug}".`, {
        errors: [{ path: "organizationSlug", message: "Unknown organisation." }],
      });
    const row = await repo.insertMembership(tx.db, net.id, org.id, "invited");
    if (!row) throw new AppError("conflict", `The organisation "${org.slug}" is already invited to or a member of this network.`);
    await auditOrg(tx, org.id, "invite", net, `Invited to network ${net.name} by ${ctx.user.name}`);
    const invitation: NetworkInvitation = {
      networkId: net.id,
      organizationSlug: org.slug,
      status: "invited",
      invitedAt: row.invitedAt.toISOString(),
    };
    return { invitation, org, net };
  });
  for (const admin of await repo.orgAdmins(ctx.db, org.id)) {
    await notify.mailer.send(
      networkInvitationMail(admin, {
        organization: org.name,
        network: net.name,
        networkId: net.id,
        inviter: ctx.user.name,
        link: notify.appUrl,
      }),
    );
  }
  return invitation;
}

/** An admin or owner of the active organisation accepts its invitation to the network. */
export async function accept(ctx: NetworkCtx, id: string): Promise<NetworkMember> {
  const orgId = ctx.activeOrgId;
  if (!orgId) throw new AppError("forbidden", "Choose the organisation that joins first (none is active in this session).");
  return inTx(ctx, async (tx) => {
    // The role check comes first so that nothing about the network leaks to non-admins.
    const { orgName } = await asOrgAdmin(tx, orgId, "accept a network invitation");
    const net = await repo.findNetwork(tx.db, id);
    const invited = net ? await repo.findMembership(tx.db, net.id, orgId) : undefined;
    // Without an invitation for this organisation the network stays invisible to it.
    if (!net || !invited) throw new AppError("not_found", "Network not found, or your organisation has no invitation to it.");
    if (invited.status === "active") return toMember({ ...invited, name: orgName });
    const row = await repo.activateMembership(tx.db, net.id, orgId);
    await auditOrg(tx, orgId, "create", net, `Joined network ${net.name}`);
    return toMember({ ...row, name: orgName });
  });
}

/** A coordinator removes an organisation, or an admin of that organisation leaves (or declines the invitation). */
export async function removeMember(ctx: NetworkCtx, id: string, organizationId: string): Promise<void> {
  await inTx(ctx, async (tx) => {
    const { net, coordinator, orgs } = await visible(tx, id);
    let orgId = organizationId;
    let membership = await repo.findMembership(tx.db, net.id, orgId);
    // Coordinators know an invited organisation only by its slug: they withdraw the invitation by it.
    if (!membership && coordinator) {
      const bySlug = await repo.findOrgBySlug(tx.db, organizationId);
      if (bySlug) {
        orgId = bySlug.id;
        membership = await repo.findMembership(tx.db, net.id, orgId);
      }
    }
    const ownOrg = orgs.find((o) => o.organizationId === orgId);
    if (!membership) throw notFound("Network member");
    if (!coordinator) {
      if (!ownOrg) throw new AppError("forbidden", "Only a coordinator, or an admin of that organisation, can remove it from the network.");
      await asOrgAdmin(tx, orgId, "take it out of a network");
    }
    await repo.deleteMembership(tx.db, net.id, orgId);
    const self = !!ownOrg && roleAtLeast(ownOrg.role, "admin");
    const verb =
      membership.status === "invited"
        ? self
          ? "Declined the invitation to"
          : "Invitation withdrawn from"
        : self
          ? "Left"
          : "Removed from";
    await auditOrg(tx, orgId, self ? "leave" : "delete", net, `${verb} network ${net.name}`);
  });
}

/** An admin or owner of the active organisation declines its invitation: the invitation is gone, nothing was shared. */
export async function decline(ctx: NetworkCtx, id: string): Promise<void> {
  const orgId = ctx.activeOrgId;
  if (!orgId) throw new AppError("forbidden", "Choose the organisation that declines first (none is active in this session).");
  await inTx(ctx, async (tx) => {
    await asOrgAdmin(tx, orgId, "decline a network invitation");
    const net = await repo.findNetwork(tx.db, id);
    const invited = net ? await repo.findMembership(tx.db, net.id, orgId) : undefined;
    if (!net || !invited || invited.status !== "invited")
      throw new AppError("not_found", "Network not found, or your organisation has no open invitation to it.");
    await repo.deleteMembership(tx.db, net.id, orgId);
    await auditOrg(tx, orgId, "leave", net, `Declined the invitation to network ${net.name}`);
  });
}

/** True for a unique-constraint violation (PostgreSQL 23505), however the driver wraps it. */
function uniqueViolation(err: unknown): boolean {
  const e = err as { code?: string; cause?: { code?: string } };
  return e?.code === "23505" || e?.cause?.code === "23505";
}

/** A coordinator changes the network's name, description or slug (409 when another network has the slug). */
export async function update(ctx: NetworkCtx, id: string, patch: NetworkPatch): Promise<Network> {
  try {
    return await inTx(ctx, async (tx) => {
      const { net } = await asCoordinator(tx, id, { lock: true });
      if (patch.slug) {
        const other = await repo.findNetworkBySlug(tx.db, patch.slug);
        if (other && other.id !== net.id) throw slugTaken(patch.slug);
      }
      const set = Object.fromEntries(Object.entries(patch).filter(([, v]) => v !== undefined));
      const after = Object.keys(set).length ? await repo.updateNetwork(tx.db, net.id, set) : net;
      const orgs = await repo.listMembers(tx.db, net.id);
      for (const m of orgs.filter((o) => o.status === "active"))
        await auditOrg(
          tx,
          m.organizationId,
          "update",
          after,
          `${ctx.user.name} changed network ${after.name} (${Object.keys(set).join(", ")})`,
        );
      return detail(tx.db, after, true);
    });
  } catch (err) {
    if (uniqueViolation(err) && patch.slug) throw slugTaken(patch.slug);
    throw err;
  }
}

function slugTaken(slug: string) {
  return new AppError("conflict", `Another network already uses the slug "${slug}".`, {
    errors: [{ path: "slug", message: "This slug is taken." }],
  });
}

/** A coordinator makes another existing user a coordinator. */
export async function addCoordinator(ctx: NetworkCtx, id: string, email: string): Promise<NetworkCoordinator> {
  return inTx(ctx, async (tx) => {
    const { net } = await asCoordinator(tx, id);
    const u = await repo.findUserByEmail(tx.db, email);
    if (!u)
      throw new AppError("validation", "No Partnerwise user has this e-mail address; they need an account first.", {
        errors: [{ path: "email", message: "No user with this address." }],
      });
    const row = await repo.insertCoordinator(tx.db, net.id, u.id);
    if (!row) throw new AppError("conflict", `${u.name} already coordinates this network.`);
    return { userId: u.id, name: u.name, email: u.email };
  });
}

/** A coordinator removes a coordinator (possibly themself) — never the last one. */
export async function removeCoordinator(ctx: NetworkCtx, id: string, userId: string): Promise<void> {
  await inTx(ctx, async (tx) => {
    // Locking the network row serialises concurrent removals, so two cannot remove the last two coordinators.
    const { net } = await asCoordinator(tx, id, { lock: true });
    if (!(await repo.isCoordinator(tx.db, userId, net.id))) throw notFound("Coordinator");
    if ((await repo.countCoordinators(tx.db, net.id)) <= 1)
      throw new AppError("rule_violation", "A network needs at least one coordinator; add another before removing this one.");
    await repo.deleteCoordinator(tx.db, net.id, userId);
  });
}
