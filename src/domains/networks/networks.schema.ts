import { z } from "zod";
import { TEXT_LIMITS } from "../../shared/text-input.js";

// Browser-safe schemas of NGO networks: the one source for validation, OpenAPI and forms.

export const MEMBERSHIP_STATUSES = ["invited", "active"] as const;

export const NetworkInput = z
  .object({
    name: z.string().trim().min(1, "The network needs a name.").max(200).meta({ example: "Balkan Anti-Trafficking Network" }),
    description: z
      .string()
      .trim()
      .max(5000)
      .nullish()
      .transform((v) => (v ? v : null)),
  })
  .meta({ id: "NetworkInput" });
export type NetworkInput = z.infer<typeof NetworkInput>;

/** A network's slug: lower-case letters, digits and single hyphens, 3–60 characters, never shaped like an id. */
export const NETWORK_SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const UUID_SHAPE = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

export const NetworkPatch = z
  .object({
    name: z.string().trim().min(1, "The network needs a name.").max(200).optional(),
    description: z
      .string()
      .trim()
      .max(5000)
      .nullish()
      .transform((v) => (v === undefined ? undefined : v ? v : null)),
    slug: z
      .string()
      .trim()
      .toLowerCase()
      .min(3, "A slug has at least 3 characters.")
      .max(60, "A slug has at most 60 characters.")
      .regex(NETWORK_SLUG, "Use lower-case letters, digits and single hyphens (e.g. balkan-network).")
      .refine((v) => !UUID_SHAPE.test(v), "A slug cannot look like an id.")
      .nullable()
      .optional()
      .meta({
        description: "The network's public name in links: `/public/<slug>/knowledge` (null removes it; the id keeps working)",
        example: "balkan-network",
      }),
  })
  .meta({ id: "NetworkPatch" });
export type NetworkPatch = z.infer<typeof NetworkPatch>;

export const NetworkCoordinator = z.object({ userId: z.string(), name: z.string(), email: z.string() }).meta({ id: "NetworkCoordinator" });
export type NetworkCoordinator = z.infer<typeof NetworkCoordinator>;

export const NetworkMember = z
  .object({
    organizationId: z.string(),
    name: z.string(),
    status: z
      .enum(MEMBERSHIP_STATUSES)
      .meta({ description: "invited: a coordinator invited the organisation; active: an admin of it accepted" }),
    joinedAt: z.string().nullable(),
  })
  .meta({ id: "NetworkMember" });
export type NetworkMember = z.infer<typeof NetworkMember>;

export const NetworkInvitation = z
  .object({
    networkId: z.string(),
    organizationSlug: z
      .string()
      .meta({ description: "The slug the coordinator invited; the organisation's id and name stay hidden until an admin of it accepts" }),
    status: z.literal("invited"),
    invitedAt: z.string(),
  })
  .meta({ id: "NetworkInvitation" });
export type NetworkInvitation = z.infer<typeof NetworkInvitation>;

export const Network = z
  .object({
    id: z.string(),
    name: z.string(),
    description: z.string().nullable(),
    slug: z.string().nullable().meta({ description: "The network's public name in links, set by a coordinator" }),
    publicKnowledgePath: z
      .string()
      .meta({ description: "Its public knowledge page, by slug when it has one: `/public/<slug or id>/knowledge`" }),
    coordinators: z.array(NetworkCoordinator),
    members: z.array(NetworkMember).meta({ description: "Organisations that accepted (status active)" }),
    invitations: z
      .array(NetworkInvitation)
      .meta({ description: "Invitations not yet accepted — shown to coordinators only, by the slug they invited" }),
  })
  .meta({ id: "Network" });
export type Network = z.infer<typeof Network>;

export const NetworkSummary = z
  .object({
    id: z.string(),
    name: z.string(),
    description: z.string().nullable(),
    slug: z.string().nullable(),
    coordinator: z.boolean().meta({ description: "The caller coordinates this network" }),
    organizations: z
      .array(z.object({ organizationId: z.string(), name: z.string(), status: z.enum(MEMBERSHIP_STATUSES) }))
      .meta({ description: "The caller's own organisations that are invited to or members of this network" }),
    memberCount: z.number().int().meta({ description: "Active member organisations" }),
  })
  .meta({ id: "NetworkSummary" });
export type NetworkSummary = z.infer<typeof NetworkSummary>;

export const InviteOrganizationInput = z
  .object({
    organizationSlug: z.string().trim().min(1).max(200).meta({ description: "Slug of the organisation to invite", example: "la-strada" }),
  })
  .meta({ id: "NetworkInviteInput" });

export const AddCoordinatorInput = z
  .object({
    email: z
      .email("Give the e-mail address of an existing Partnerwise user.")
      .max(TEXT_LIMITS.email)
      .transform((s) => s.trim().toLowerCase()),
  })
  .meta({ id: "NetworkCoordinatorInput" });
