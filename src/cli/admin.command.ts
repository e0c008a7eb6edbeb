import { randomBytes } from "node:crypto";
import type { Command } from "commander";
import { z } from "zod";
import { CountryCode } from "../domains/companies/companies.schema.js";
import { foldText } from "../shared/text-fold.js";

// Administration from the shell: accounts and organisations, created through better-auth's server API
// (the same code path as sign-up and "create organisation" in the app), never by SQL.

const MIN_PASSWORD = 10;

/** Thrown for bad input; main prints the message and exits 1. */
class InputError extends Error {}

function check<T>(schema: z.ZodType<T>, value: unknown, what: string): T {
  const r = schema.safeParse(value);
  if (!r.success) throw new InputError(`${what}: ${r.error.issues[0]?.message ?? "not valid"}`);
  return r.data;
}

const Email = z.string().trim().toLowerCase().pipe(z.email("not a valid e-mail address"));
const Name = z.string().trim().min(1, "must not be empty").max(200, "at most 200 characters");
const Slug = z
  .string()
  .trim()
  .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, "use lower-case letters, digits and single hyphens, like la-strada-ngo")
  .max(60, "at most 60 characters");

/** A URL-friendly slug from a name ("La Strada – Český Krumlov" → "la-strada-cesky-krumlov"). */
export function slugify(name: string): string {
  return foldText(name).replace(/ /g, "-").slice(0, 60).replace(/-+$/, "");
}

async function boot() {
  const { env } = await import("../platform/env.js");
  const { bootApp } = await import("../server/boot.js");
  const app = await bootApp(env());
  return { ...app, authContext: await app.auth.$context };
}

/** better-auth reports refusals as APIError (with a message); anything else is unexpected. */
function authFailure(what: string, err: unknown): Error {
  const e = err as { name?: string; message?: string; body?: { message?: string } };
  if (e?.name === "APIError") return new InputError(`${what}: ${e.body?.message || e.message || "refused"}`);
  return err instanceof Error ? err : new Error(String(err));
}

/** `partnerwise user …` and `partnerwise org …`. */
export function registerAdminCommands(program: Command): void {
  const user = program.command("user").description("User accounts");
  user
    .command("create")
    .description("Create a user account (prints a generated password unless --password is given)")
    .requiredOption("--email <email>", "the sign-in address")
    .requiredOption("--name <name>", "the display name")
    .option("--password <password>", `at least ${MIN_PASSWORD} characters (default: a generated one, printed once)`)
    .addHelpText("after", "\nExample:\n  partnerwise user create --email ana@ngo.example --name 'Ana Novak'")
    .action(async (opts: { email: string; name: string; password?: string }) => {
      const email = check(Email, opts.email, "--email");
      const name = check(Name, opts.name, "--name");
      if (opts.password !== undefined && opts.password.length < MIN_PASSWORD) throw new InputError(`--password: use at least ${MIN_PASSWORD} characters.`);
      const password = opts.password ?? randomBytes(15).toString("base64url");
      const app = await boot();
      try {
        if (await app.authContext.internalAdapter.findUserByEmail(email)) throw new InputError(`A user with the e-mail address ${email} exists already.`);
        const created = await app.auth.api.signUpEmail({ body: { email, password, name } }).catch((err: unknown) => {
          throw authFailure("Could not create the user", err);
        });
        // signUpEmail also signs the new user in; nobody holds that session, so end it.
        if (created.token) await app.authContext.internalAdapter.deleteSession(created.token);
        console.log(`Created user ${created.user.name} <${created.user.email}> (id ${created.user.id}).`);
        if (!opts.password) console.log(`Password (shown only now): ${password}`);
      } finally {
        await app.database.close();
      }
    });

  const org = program.command("org").description("Organisations (NGOs)");
  org
    .command("create")
    .description("Create an organisation owned by an existing user")
    .requiredOption("--name <name>", "the organisation's name")
    .requiredOption("--owner <email>", "e-mail address of the user who becomes its owner (create them first with `partnerwise user create`)")
    .option("--slug <slug>", "short name used in links (default: made from the name)")
    .option("--country <CC>", "ISO 3166-1 alpha-2 country code of the NGO, like DE")
    .addHelpText("after", "\nExample:\n  partnerwise org create --name 'La Strada Praha' --owner ana@ngo.example --country CZ")
    .action(async (opts: { name: string; owner: string; slug?: string; country?: string }) => {
      const name = check(Name, opts.name, "--name");
      const ownerEmail = check(Email, opts.owner, "--owner");
      const slug = check(Slug, opts.slug ?? slugify(name), opts.slug ? "--slug" : "slug made from --name (give one with --slug)");
      const country = opts.country === undefined ? undefined : check(CountryCode, opts.country, "--country");
      const app = await boot();
      try {
        const found = await app.authContext.internalAdapter.findUserByEmail(ownerEmail);
        if (!found) throw new InputError(`No user has the e-mail address ${ownerEmail}. Create one first: partnerwise user create --email ${ownerEmail} --name "…"`);
        const owner = found.user;
        const created = await app.auth.api.createOrganization({ body: { name, slug, userId: owner.id } }).catch((err: unknown) => {
          throw authFailure("Could not create the organisation", err);
        });
        if (!created) throw new Error("better-auth created no organisation");
        if (country) {
          const { updateProfile } = await import("../domains/orgs/orgs.service.js");
          const ctx = { db: app.database.db, database: app.database, user: { id: owner.id, name: owner.name, email: owner.email }, orgId: created.id, role: "owner" as const };
          await updateProfile(ctx, { country });
        }
        console.log(`Created organisation ${created.name} (slug ${created.slug}, id ${created.id}), owned by ${owner.email}.`);
      } finally {
        await app.database.close();
      }
    });
}
