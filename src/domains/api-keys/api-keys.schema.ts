import { z } from "zod";

// Browser-safe schemas of organisation API keys: credentials for scripts, with a role of their own.

export const API_KEY_ROLES = ["viewer", "member", "admin", "owner"] as const;
export type ApiKeyRole = (typeof API_KEY_ROLES)[number];

export const ApiKeyCreate = z
  .object({
    name: z.string().trim().min(1, "Give the key a name that says what uses it.").max(100).meta({ example: "CRM sync" }),
    role: z.enum(API_KEY_ROLES).meta({ description: "What the key may do; at most the creator's own role", example: "member" }),
    expiresAt: z.iso
      .datetime({ offset: true, message: "Use a date and time like 2027-01-31T00:00:00Z." })
      .nullish()
      .transform((v) => v ?? null)
      .refine((v) => v === null || Date.parse(v) > Date.now(), { message: "The expiry must be in the future." })
      .meta({ description: "When the key stops working (none: until revoked)", example: "2027-01-31T00:00:00Z" }),
  })
  .meta({ id: "ApiKeyCreate" });
export type ApiKeyCreate = z.infer<typeof ApiKeyCreate>;

const Ref = z.object({ id: z.string(), name: z.string() });

export const ApiKey = z
  .object({
    id: z.uuid(),
    name: z.string(),
    role: z.enum(API_KEY_ROLES),
    prefix: z
      .string()
      .meta({ description: "The key's first characters, to tell keys apart (the rest is never shown again)", example: "pw_3kQx9b2L" }),
    createdAt: z.iso.datetime(),
    createdBy: Ref.nullable().meta({ description: "Who created it; the key acts for this person, at most with their current role" }),
    expiresAt: z.iso.datetime().nullable(),
    lastUsedAt: z.iso.datetime().nullable().meta({ description: "Last request with the key (updated at most once a minute)" }),
    revokedAt: z.iso.datetime().nullable(),
  })
  .meta({ id: "ApiKey" });
export type ApiKey = z.infer<typeof ApiKey>;

export const ApiKeyCreated = ApiKey.extend({
  key: z
    .string()
    .meta({ description: "The secret. Shown this once: store it now; send it as `Authorization: Bearer <key>`.", example: "pw_3kQx9b2L…" }),
}).meta({ id: "ApiKeyCreated" });
export type ApiKeyCreated = z.infer<typeof ApiKeyCreated>;
