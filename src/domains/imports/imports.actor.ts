import type { Ctx } from "../../platform/context.js";
import type { Database } from "../../platform/db.js";
import { AppError } from "../../shared/app-error.js";
import type { Role } from "../auth/roles.js";
import { memberActor, organizationBySlug, organizationsBySlug } from "../orgs/orgs.repo.js";

// Who acts when an import or export runs from the shell: an organisation (by slug, or the only one)
// and one of its members (by e-mail, or its owner). The result is the same Ctx a request would carry.

/** The request context for a command-line run, and the organisation it acts in. */
export async function commandContext(
  database: Database,
  opts: { org?: string; as?: string },
): Promise<{ ctx: Ctx; org: { slug: string; name: string } }> {
  const db = database.db;
  let org: { id: string; slug: string; name: string } | undefined;
  if (opts.org) {
    org = await organizationBySlug(db, opts.org);
    if (!org) throw new AppError("not_found", `No organisation has the slug "${opts.org}".`);
  } else {
    const orgs = await organizationsBySlug(db, 11);
    if (orgs.length === 0)
      throw new AppError("not_found", "There is no organisation yet. Create one first: partnerwise org create --name … --owner …");
    if (orgs.length > 1)
      throw new AppError(
        "bad_request",
        `There are several organisations; choose one with --org SLUG (${orgs
          .slice(0, 10)
          .map((o) => o.slug)
          .join(", ")}${orgs.length > 10 ? ", …" : ""}).`,
      );
    org = orgs[0];
  }
  const actor = await memberActor(db, org.id, opts.as);
  if (!actor) {
    throw new AppError(
      "not_found",
      opts.as
        ? `${opts.as} is not a member of ${org.name} (${org.slug}).`
        : `${org.name} (${org.slug}) has no owner; name a member with --as EMAIL.`,
    );
  }
  return {
    ctx: { db, database, orgId: org.id, user: { id: actor.id, name: actor.name, email: actor.email }, role: actor.role as Role },
    org: { slug: org.slug, name: org.name },
  };
}
