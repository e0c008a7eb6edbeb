import { type ComponentType, createElement, lazy, useState } from "react";
import { Navigate, Route, Routes } from "react-router-dom";
import { readsFor, routeFor } from "../../shared/route-reads";
import { preloadApi } from "../lib/api";
import i18n from "../lib/i18n";
import { RequireOrg, RequireUser } from "./guards";
import { AppShell } from "./shell";

// Every page is its own chunk, loaded by `lazy` when its route first renders — and, for the page a cold load opens,
// already while the session is asked for (preloadRoute below), so the two round trips overlap.
const load = {
  SignIn: () => import("../auth/sign-in"),
  SignUp: () => import("../auth/sign-up"),
  ForgotPassword: () => import("../auth/forgot-password"),
  ResetPassword: () => import("../auth/reset-password"),
  TwoFactor: () => import("../auth/two-factor"),
  AcceptInvitation: () => import("../auth/accept-invitation"),
  Onboarding: () => import("../auth/onboarding"),
  Dashboard: () => import("../dashboard/dashboard-page"),
  Companies: () => import("../companies/companies-page"),
  Company: () => import("../companies/company-page"),
  Contacts: () => import("../contacts/contacts-page"),
  Contact: () => import("../contacts/contact-page"),
  Import: () => import("../imports/import-page"),
  Audit: () => import("../audit/audit-page"),
  Settings: () => import("../settings/settings-page"),
  NotFound: () => import("./not-found"),
  Screening: () => import("../screening/screening-page"),
  ScreeningHistory: () => import("../screening/history-page"),
  ScreeningLists: () => import("../screening/lists-page"),
  Engagements: () => import("../engagements/engagements-page"),
  Engagement: () => import("../engagements/engagement-page"),
  MyTasks: () => import("../tasks/my-tasks-page"),
  Stories: () => import("../stories/stories-page"),
  StoriesSettings: () => import("../stories/stories-settings-page"),
  Story: () => import("../stories/story-page"),
  AnnualReport: () => import("../reports/annual-report-page"),
  Watchlists: () => import("../watchlists/watchlists-page"),
  ScreeningBatch: () => import("../watchlists/batch-page"),
  Networks: () => import("../networks/networks-page"),
  NetworkPage: () => import("../networks/network-page"),
  Prospects: () => import("../prospects/prospects-page"),
  Prospect: () => import("../prospects/prospect-page"),
  ProposalPage: () => import("../prospects/proposal-page"),
  AssessmentRound: () => import("../assessment/round-page"),
  AssessmentAnswer: () => import("../assessment/answer-page"),
  AssessmentReport: () => import("../assessment/report-page"),
  Knowledge: () => import("../knowledge/knowledge-page"),
  KnowledgeItem: () => import("../knowledge/item-page"),
  KnowledgeEditor: () => import("../knowledge/editor-page"),
  CaseStudy: () => import("../knowledge/case-study-page"),
};
/**
 * A page loaded on demand. Once its module is here — for the page a cold load opens, before the first render
 * (main.tsx) — it renders at once: `lazy` would suspend on its first render even then, show the spinner, and React
 * would hold the page back until 300 ms after that spinner (its throttle on revealing suspended content). Which of
 * the two a mount uses is fixed for that mount, so a page never remounts when its module arrives.
 */
interface OnDemand {
  loaded?: ComponentType;
  lazy: ComponentType;
}

function OnDemandPage({ page }: { page: OnDemand }) {
  const [component] = useState<ComponentType>(() => page.loaded ?? page.lazy);
  return createElement(component);
}

let pages = 0;
function onDemand(importer: () => Promise<{ default: ComponentType }>) {
  const page: OnDemand = { lazy: () => null };
  const load = () =>
    importer().then((m) => {
      page.loaded = m.default;
      return m;
    });
  page.lazy = lazy(load);
  // Its own key: two pages at the same place in the tree are two mounts, never one mount showing the other.
  return { element: createElement(OnDemandPage, { page, key: `page-${++pages}` }), load };
}

const SignIn = onDemand(load.SignIn);
const SignUp = onDemand(load.SignUp);
const ForgotPassword = onDemand(load.ForgotPassword);
const ResetPassword = onDemand(load.ResetPassword);
const TwoFactor = onDemand(load.TwoFactor);
const AcceptInvitation = onDemand(load.AcceptInvitation);
const Onboarding = onDemand(load.Onboarding);
const Dashboard = onDemand(load.Dashboard);
const Companies = onDemand(load.Companies);
const Company = onDemand(load.Company);
const Contacts = onDemand(load.Contacts);
const Contact = onDemand(load.Contact);
const Import = onDemand(load.Import);
const Audit = onDemand(load.Audit);
const Settings = onDemand(load.Settings);
const NotFound = onDemand(load.NotFound);
const Screening = onDemand(load.Screening);
const ScreeningHistory = onDemand(load.ScreeningHistory);
const ScreeningLists = onDemand(load.ScreeningLists);
const Engagements = onDemand(load.Engagements);
const Engagement = onDemand(load.Engagement);
const MyTasks = onDemand(load.MyTasks);
const Stories = onDemand(load.Stories);
const StoriesSettings = onDemand(load.StoriesSettings);
const Story = onDemand(load.Story);
const AnnualReport = onDemand(load.AnnualReport);
const Watchlists = onDemand(load.Watchlists);
const ScreeningBatch = onDemand(load.ScreeningBatch);
const Networks = onDemand(load.Networks);
const NetworkPage = onDemand(load.NetworkPage);
const Prospects = onDemand(load.Prospects);
const Prospect = onDemand(load.Prospect);
const ProposalPage = onDemand(load.ProposalPage);
const AssessmentRound = onDemand(load.AssessmentRound);
const AssessmentAnswer = onDemand(load.AssessmentAnswer);
const AssessmentReport = onDemand(load.AssessmentReport);
const Knowledge = onDemand(load.Knowledge);
const KnowledgeItem = onDemand(load.KnowledgeItem);
const KnowledgeEditor = onDemand(load.KnowledgeEditor);
const CaseStudy = onDemand(load.CaseStudy);

/** The page module each route of src/shared/route-reads.ts opens (a unit test checks the two agree). */
const PRELOAD: Record<string, () => Promise<unknown>> = {
  "/": Dashboard.load,
  "/dashboard": Dashboard.load,
  "/partnerships": Engagements.load,
  "/partnerships/:id": Engagement.load,
  "/partnerships/:id/*": Engagement.load,
  "/companies": Companies.load,
  "/companies/:id": Company.load,
  "/screenings/:id": Screening.load,
  "/contacts": Contacts.load,
  "/tasks": MyTasks.load,
};

/**
 * Starts loading the chunk, translations and API reads of the page at `pathname` (called once, before the first
 * render).
 */
export function preloadRoute(pathname: string): Promise<unknown> {
  preloadApi(readsFor(pathname));
  const hit = routeFor(pathname);
  const page = hit && PRELOAD[hit.route.path];
  if (!hit || !page) return Promise.resolve();
  return Promise.all([page(), i18n.loadNamespaces(hit.route.namespaces)]).catch(() => undefined);
}

export function AppRoutes() {
  return (
    <Routes>
      <Route path="/sign-in" element={SignIn.element} />
      <Route path="/sign-up" element={SignUp.element} />
      <Route path="/forgot-password" element={ForgotPassword.element} />
      <Route path="/reset-password" element={ResetPassword.element} />
      <Route path="/two-factor" element={TwoFactor.element} />
      <Route path="/accept-invitation/:id" element={AcceptInvitation.element} />
      <Route element={<RequireUser />}>
        <Route path="/onboarding" element={Onboarding.element} />
        <Route element={<RequireOrg />}>
          <Route element={<AppShell />}>
            <Route index element={<Navigate to="/dashboard" replace />} />
            <Route path="/dashboard" element={Dashboard.element} />
            <Route path="/companies" element={Companies.element} />
            <Route path="/companies/:id" element={Company.element} />
            <Route path="/companies/:id/screenings" element={ScreeningHistory.element} />
            <Route path="/screenings/:id" element={Screening.element} />
            <Route path="/screening/lists" element={ScreeningLists.element} />
            <Route path="/contacts" element={Contacts.element} />
            <Route path="/contacts/:id" element={Contact.element} />
            <Route path="/import" element={Import.element} />
            <Route path="/prospects" element={Prospects.element} />
            <Route path="/prospects/:id" element={Prospect.element} />
            <Route path="/proposals/:id" element={ProposalPage.element} />
            <Route path="/partnerships" element={Engagements.element} />
            <Route path="/partnerships/:id" element={Engagement.element} />
            <Route path="/partnerships/:id/case-study" element={CaseStudy.element} />
            <Route path="/partnerships/:id/:tab" element={Engagement.element} />
            <Route path="/tasks" element={MyTasks.element} />
            <Route path="/stories" element={Stories.element} />
            <Route path="/stories/settings" element={StoriesSettings.element} />
            <Route path="/networks" element={Networks.element} />
            <Route path="/networks/:id" element={NetworkPage.element} />
            <Route path="/assessment/:id" element={AssessmentRound.element} />
            <Route path="/assessment/:id/answer" element={AssessmentAnswer.element} />
            <Route path="/assessment/:id/report" element={AssessmentReport.element} />
            <Route path="/stories/:id" element={Story.element} />
            <Route path="/knowledge" element={Knowledge.element} />
            <Route path="/knowledge/new" element={KnowledgeEditor.element} />
            <Route path="/knowledge/:id" element={KnowledgeItem.element} />
            <Route path="/knowledge/:id/edit" element={KnowledgeEditor.element} />
            <Route path="/watchlists" element={Watchlists.element} />
            <Route path="/watchlists/:tab" element={Watchlists.element} />
            <Route path="/watchlists/batches/:id" element={ScreeningBatch.element} />
            <Route path="/reports/annual" element={AnnualReport.element} />
            <Route path="/audit" element={Audit.element} />
            <Route path="/settings" element={<Navigate to="/settings/organisation" replace />} />
            <Route path="/settings/:tab" element={Settings.element} />
            <Route path="*" element={NotFound.element} />
          </Route>
        </Route>
      </Route>
    </Routes>
  );
}
