import { randomBytes } from "node:crypto";
import type { Command } from "commander";
import { z } from "zod";
import { CountryCode } from "../domains/companies/companies.schema.js";
import { foldText } from "../shared/text-fold.js";
import { InputError } from "./errors.js";
import { printJson } from "./output.js";
import { runOp } from "./run-op.js";

// Administration from the shell: accounts and organisations, created through better-auth's server API
// (the same code path as sign-up and "create organisation" in the app), never by SQL — in this process, or
// by the running server when it owns the embedded database (cli/ops.ts).

const MIN_PASSWORD = 10;

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

/** `partnerwise user …` and `partnerwise org …`. */
export function registerAdminCommands(program: Command): void {
  const user = program.command("user").description("User accounts");
  user
    .command("create")
    .description("Create a user account (prints a generated password unless --password is given)")
    .requiredOption("--email <email>", "the sign-in address")
    .requiredOption("--name <name>", "the display name")
    .option("--password <password>", `at least ${MIN_PASSWORD} characters (default: a generated one, printed once)`)
    .option("--json", "print {user: {id, name, email}, password?} as JSON")
    .addHelpText("after", "\nExample:\n  partnerwise user create --email ana@ngo.example --name 'Ana Novak'")
    .action(async (opts: { email: string; name: string; password?: string; json?: boolean }) => {
      const email = check(Email, opts.email, "--email");
      const name = check(Name, opts.name, "--name");
      if (opts.password !== undefined && opts.password.length < MIN_PASSWORD)
        throw new InputError(`--password: use at least ${MIN_PASSWORD} characters.`);
      const password = opts.password ?? randomBytes(15).toString("base64url");
      const { user: created } = await runOp("user.create", { email, name, password });
      if (opts.json) return printJson({ user: created, ...(opts.password ? {} : { password }) });
      console.log(`Created user ${created.name} <${created.email}> (id ${created.id}).`);
      if (!opts.password) console.log(`Password (shown only now): ${password}`);
    });

  const org = program.command("org").description("Organisations (NGOs)");
  org
    .command("create")
    .description("Create an organisation owned by an existing user")
    .requiredOption("--name <name>", "the organisation's name")
    .requiredOption(
      "--owner <email>",
      "e-mail address of the user who becomes its owner (create them first with `partnerwise user create`)",
    )
    .option("--slug <slug>", "short name used in links (default: made from the name)")
    .option("--country <CC>", "ISO 3166-1 alpha-2 country code of the NGO, like DE")
    .option("--json", "print {org: {id, name, slug}, owner} as JSON")
    .addHelpText("after", "\nExample:\n  partnerwise org create --name 'La Strada Praha' --owner ana@ngo.example --country CZ")
    .action(async (opts: { name: string; owner: string; slug?: string; country?: string; json?: boolean }) => {
      const name = check(Name, opts.name, "--name");
      const ownerEmail = check(Email, opts.owner, "--owner");
      const slug = check(Slug, opts.slug ?? slugify(name), opts.slug ? "--slug" : "slug made from --name (give one with --slug)");
      const country = opts.country === undefined ? undefined : check(CountryCode, opts.country, "--country");
      const created = await runOp("org.create", { name, ownerEmail, slug, country });
      if (opts.json) return printJson(created);
      console.log(`Created organisation ${created.org.name} (slug ${created.org.slug}, id ${created.org.id}), owned by ${created.owner}.`);
    });
}
