import { boolean, index, pgTable, primaryKey, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { orgScoped, uuidKey } from "../auth/auth.columns.js";
import { user } from "../auth/auth.table.js";

/** A network groups NGOs; it has coordinators (users) and member organisations. */
export const network = pgTable(
  "network",
  {
    id: uuidKey(),
    name: text("name").notNull(),
    description: text("description"),
    /** A human name for the network's public pages (`/public/<slug>/knowledge`), set by a coordinator; unique, lower-case. */
    slug: text("slug"),
    createdBy: text("created_by").references(() => user.id, { onDelete: "set null" }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex("network_slug_idx").on(t.slug)],
);

export const networkCoordinator = pgTable(
  "network_coordinator",
  {
    networkId: uuid("network_id")
      .notNull()
      .references(() => network.id, { onDelete: "cascade" }),
    userId: text("user_id")
      .notNull()
      .references(() => user.id, { onDelete: "cascade" }),
    addedAt: timestamp("added_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.networkId, t.userId] })],
);

/** Membership of an organisation in a network: invited by a coordinator, accepted by an org admin. */
export const networkMember = pgTable(
  "network_member",
  {
    networkId: uuid("network_id")
      .notNull()
      .references(() => network.id, { onDelete: "cascade" }),
    ...orgScoped(),
    status: text("status", { enum: ["invited", "active"] })
      .notNull()
      .default("invited"),
    invitedAt: timestamp("invited_at", { withTimezone: true }).notNull().defaultNow(),
    joinedAt: timestamp("joined_at", { withTimezone: true }),
    /** The organisation agreed to be suggested to other members as a peer where its assessment shows it strong. */
    peerConsent: boolean("peer_consent").notNull().default(false),
  },
  (t) => [primaryKey({ columns: [t.networkId, t.organizationId] }), index("network_member_org_idx").on(t.organizationId)],
);
