import { z } from "zod";
import { CountryCode } from "../companies/companies.schema.js";

export const ORG_SIZES = ["1-5", "6-20", "21-50", "51-250", "250+"] as const;
export const ORG_SCOPES = ["national", "international"] as const;
export const LANGUAGES = ["en", "de"] as const;

export const OrgProfile = z
  .object({
    id: z.string(),
    name: z.string(),
    slug: z.string(),
    country: z.string().nullable(),
    languages: z.array(z.string()),
    size: z.enum(ORG_SIZES).nullable(),
    scope: z.enum(ORG_SCOPES).nullable(),
    mission: z.string().nullable(),
    requireTwoFactor: z.boolean(),
    role: z.string().meta({ description: "The caller's role in this organisation" }),
  })
  .meta({ id: "Organization" });
export type OrgProfile = z.infer<typeof OrgProfile>;

export const OrgProfilePatch = z
  .object({
    name: z.string().trim().min(1).max(200).optional(),
    country: CountryCode.nullable().optional(),
    languages: z
      .array(
        z
          .string()
          .trim()
          .regex(/^[a-z]{2,3}$/, "Use ISO 639 language codes like de or fr."),
      )
      .max(30)
      .optional(),
    size: z.enum(ORG_SIZES).nullable().optional(),
    scope: z.enum(ORG_SCOPES).nullable().optional(),
    mission: z.string().trim().max(2000).nullable().optional(),
    requireTwoFactor: z.boolean().optional(),
  })
  .meta({ id: "OrganizationPatch" });
export type OrgProfilePatch = z.infer<typeof OrgProfilePatch>;

export const Member = z
  .object({
    id: z.string(),
    userId: z.string(),
    name: z.string(),
    email: z.string(),
    role: z.string(),
    twoFactorEnabled: z.boolean(),
    createdAt: z.string(),
  })
  .meta({ id: "Member" });

export const Me = z
  .object({
    user: z.object({ id: z.string(), name: z.string(), email: z.string(), locale: z.string().nullable(), twoFactorEnabled: z.boolean() }),
    activeOrganizationId: z.string().nullable(),
    organizations: z.array(
      z.object({ id: z.string(), name: z.string(), slug: z.string(), role: z.string(), requireTwoFactor: z.boolean() }),
    ),
  })
  .meta({ id: "Me" });
export type Me = z.infer<typeof Me>;

export const MePatch = z.object({ locale: z.enum(LANGUAGES).optional(), name: z.string().trim().min(1).max(200).optional() });
export type MePatch = z.infer<typeof MePatch>;
