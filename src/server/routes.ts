import type { Auth } from "../domains/auth/auth.js";
import { apiKeysRoutes } from "../domains/api-keys/api-keys.routes.js";
import { auditRoutes } from "../domains/audit/audit.routes.js";
import { companiesRoutes } from "../domains/companies/companies.routes.js";
import { contactsRoutes } from "../domains/contacts/contacts.routes.js";
import { importsRoutes } from "../domains/imports/imports.routes.js";
import { meRoutes } from "../domains/orgs/me.routes.js";
import { networksRoutes } from "../domains/networks/networks.routes.js";
import { assessmentRoutes } from "../domains/assessment/assessment.routes.js";
import { orgsRoutes } from "../domains/orgs/orgs.routes.js";
import type { AppDeps } from "./deps.js";
import { createRouter } from "./http.js";
import { engagementsRoutes } from "../domains/engagements/engagements.routes.js";
import { timelineRoutes } from "../domains/engagements/engagements.timeline.routes.js";
import { icalFeedRoutes, icalTokenRoutes } from "../domains/engagements/engagements.ical.routes.js";
import { storiesRoutes } from "../domains/stories/stories.routes.js";
import { networkCatalogueRoutes } from "../domains/screening/catalogue.routes.js";
import { screeningApiRoutes } from "../domains/screening/screening.routes.js";
import { watchlistsApiRoutes } from "../domains/watchlists/watchlists.routes.js";
import { agreementsRoutes } from "../domains/agreements/agreements.routes.js";
import { monitoringRoutes } from "../domains/agreements/agreements.monitoring.routes.js";
import { risksRoutes } from "../domains/risks/risks.routes.js";
import { acknowledgementsRoutes } from "../domains/acknowledgements/acknowledgements.routes.js";
import { reportsRoutes } from "../domains/reports/reports.routes.js";
import { healthRoutes } from "../domains/health/health.routes.js";
import { dashboardRoutes } from "../domains/dashboard/dashboard.routes.js";
import { prospectsRoutes } from "../domains/prospects/prospects.routes.js";
import { knowledgeRoutes, publicKnowledgeRoutes } from "../domains/knowledge/knowledge.routes.js";
import { caseStudyRoutes } from "../domains/knowledge/knowledge.case-study.routes.js";

/** Routes that act inside the active organisation (tenant context required). */
export function apiRouter() {
  return createRouter()
    .route("/", importsRoutes)
    .route("/", companiesRoutes)
    .route("/", auditRoutes)
    .route("/", orgsRoutes)
    .route("/", contactsRoutes)
    .route("/", engagementsRoutes)
    .route("/", timelineRoutes)
    .route("/", storiesRoutes)
    .route("/", screeningApiRoutes)
    .route("/", watchlistsApiRoutes)
    .route("/", agreementsRoutes)
    .route("/", monitoringRoutes)
    .route("/", risksRoutes)
    .route("/", acknowledgementsRoutes)
    .route("/", dashboardRoutes)
    .route("/", healthRoutes)
    .route("/", reportsRoutes)
    .route("/", prospectsRoutes)
    .route("/", knowledgeRoutes)
    .route("/", caseStudyRoutes)
    .route("/", apiKeysRoutes);
}

/** Routes that need a signed-in user but no active organisation. */
export function sessionRouter(deps: AppDeps, auth: Auth) {
  return createRouter()
    .route("/", meRoutes(deps, auth))
    .route("/", networksRoutes(deps))
    .route("/", assessmentRoutes(deps))
    .route("/", icalTokenRoutes(deps))
    .route("/", networkCatalogueRoutes(deps));
}

/** Routes without a session, under /api: the calendar feed (its secret token is the credential), public knowledge items. */
export function publicRouter(deps: AppDeps) {
  return createRouter().route("/", icalFeedRoutes(deps)).route("/", publicKnowledgeRoutes(deps));
}
