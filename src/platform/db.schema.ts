// The one list of tables drizzle knows about (used for typed queries and by drizzle-kit).
export * from "../domains/auth/auth.table.js";
export * from "../domains/orgs/orgs.table.js";
export * from "../domains/networks/networks.table.js";
export * from "../domains/companies/companies.table.js";
export * from "../domains/contacts/contacts.table.js";
export * from "../domains/audit/audit.table.js";
export * from "./settings.table.js";
export * from "../domains/screening/screening.table.js";
export * from "../domains/screening/catalogue.table.js";
export * from "../domains/screening/lists.table.js";
export * from "../domains/engagements/engagements.table.js";
export * from "../domains/stories/stories.table.js";
export * from "../domains/watchlists/watchlists.table.js";
export * from "../domains/agreements/agreements.table.js";
export * from "../domains/risks/risks.table.js";
export * from "../domains/acknowledgements/acknowledgements.table.js";
export * from "../domains/health/health.table.js";
