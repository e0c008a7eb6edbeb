import { lazy } from "react";
import { Navigate, Route, Routes } from "react-router-dom";
import { RequireOrg, RequireUser } from "./guards";
import { AppShell } from "./shell";

// Every page is its own chunk.
const SignIn = lazy(() => import("../auth/sign-in"));
const SignUp = lazy(() => import("../auth/sign-up"));
const ForgotPassword = lazy(() => import("../auth/forgot-password"));
const ResetPassword = lazy(() => import("../auth/reset-password"));
const TwoFactor = lazy(() => import("../auth/two-factor"));
const AcceptInvitation = lazy(() => import("../auth/accept-invitation"));
const Onboarding = lazy(() => import("../auth/onboarding"));
const Dashboard = lazy(() => import("../dashboard/dashboard-page"));
const Companies = lazy(() => import("../companies/companies-page"));
const Company = lazy(() => import("../companies/company-page"));
const Contacts = lazy(() => import("../contacts/contacts-page"));
const Contact = lazy(() => import("../contacts/contact-page"));
const Import = lazy(() => import("../imports/import-page"));
const Audit = lazy(() => import("../audit/audit-page"));
const Settings = lazy(() => import("../settings/settings-page"));
const NotFound = lazy(() => import("./not-found"));
const Screening = lazy(() => import("../screening/screening-page"));
const ScreeningHistory = lazy(() => import("../screening/history-page"));
const ScreeningLists = lazy(() => import("../screening/lists-page"));
const Engagements = lazy(() => import("../engagements/engagements-page"));
const Engagement = lazy(() => import("../engagements/engagement-page"));
const MyTasks = lazy(() => import("../tasks/my-tasks-page"));
const Stories = lazy(() => import("../stories/stories-page"));
const StoriesSettings = lazy(() => import("../stories/stories-settings-page"));
const Story = lazy(() => import("../stories/story-page"));
const AnnualReport = lazy(() => import("../reports/annual-report-page"));
const Watchlists = lazy(() => import("../watchlists/watchlists-page"));
const ScreeningBatch = lazy(() => import("../watchlists/batch-page"));
const Networks = lazy(() => import("../networks/networks-page"));
const NetworkPage = lazy(() => import("../networks/network-page"));
const AssessmentRound = lazy(() => import("../assessment/round-page"));
const AssessmentAnswer = lazy(() => import("../assessment/answer-page"));
const AssessmentReport = lazy(() => import("../assessment/report-page"));

export function AppRoutes() {
  return (
    <Routes>
      <Route path="/sign-in" element={<SignIn />} />
      <Route path="/sign-up" element={<SignUp />} />
      <Route path="/forgot-password" element={<ForgotPassword />} />
      <Route path="/reset-password" element={<ResetPassword />} />
      <Route path="/two-factor" element={<TwoFactor />} />
      <Route path="/accept-invitation/:id" element={<AcceptInvitation />} />
      <Route element={<RequireUser />}>
        <Route path="/onboarding" element={<Onboarding />} />
        <Route element={<RequireOrg />}>
          <Route element={<AppShell />}>
            <Route index element={<Navigate to="/dashboard" replace />} />
            <Route path="/dashboard" element={<Dashboard />} />
            <Route path="/companies" element={<Companies />} />
            <Route path="/companies/:id" element={<Company />} />
            <Route path="/companies/:id/screenings" element={<ScreeningHistory />} />
            <Route path="/screenings/:id" element={<Screening />} />
            <Route path="/screening/lists" element={<ScreeningLists />} />
            <Route path="/contacts" element={<Contacts />} />
            <Route path="/contacts/:id" element={<Contact />} />
            <Route path="/import" element={<Import />} />
            <Route path="/partnerships" element={<Engagements />} />
            <Route path="/partnerships/:id" element={<Engagement />} />
            <Route path="/partnerships/:id/:tab" element={<Engagement />} />
            <Route path="/tasks" element={<MyTasks />} />
            <Route path="/stories" element={<Stories />} />
            <Route path="/stories/settings" element={<StoriesSettings />} />
            <Route path="/networks" element={<Networks />} />
            <Route path="/networks/:id" element={<NetworkPage />} />
            <Route path="/assessment/:id" element={<AssessmentRound />} />
            <Route path="/assessment/:id/answer" element={<AssessmentAnswer />} />
            <Route path="/assessment/:id/report" element={<AssessmentReport />} />
            <Route path="/stories/:id" element={<Story />} />
            <Route path="/watchlists" element={<Watchlists />} />
            <Route path="/watchlists/:tab" element={<Watchlists />} />
            <Route path="/watchlists/batches/:id" element={<ScreeningBatch />} />
            <Route path="/reports/annual" element={<AnnualReport />} />
            <Route path="/audit" element={<Audit />} />
            <Route path="/settings" element={<Navigate to="/settings/organisation" replace />} />
            <Route path="/settings/:tab" element={<Settings />} />
            <Route path="*" element={<NotFound />} />
          </Route>
        </Route>
      </Route>
    </Routes>
  );
}
