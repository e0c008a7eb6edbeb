import {
  BookLock,
  BookOpen,
  Building2,
  Compass,
  FileBarChart,
  LayoutDashboard,
  Handshake,
  ListChecks,
  ListTodo,
  Menu,
  ScrollText,
  Network,
  Settings,
  ShieldAlert,
  Upload,
  Users,
  X,
} from "lucide-react";
import { Suspense, useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import { NavLink, Outlet, useLocation } from "react-router-dom";
import { Loading } from "../components/states";
import { ErrorBoundary } from "./error-boundary";
import { OrgSwitcher } from "./org-switcher";
import { useActiveOrg, useTwoFactorBlocked } from "./session";
import { TwoFactorRequired } from "./two-factor-required";
import { UserMenu } from "./user-menu";
import { useStoryAccess } from "../stories/api";

/** The signed-in layout: sidebar navigation, top bar with organisation switcher and user menu, the page. */
export function AppShell() {
  const { t } = useTranslation();
  const location = useLocation();
  const { me, org, isAdmin } = useActiveOrg();
  const flagged = useTwoFactorBlocked();
  const storyAccess = useStoryAccess(!!org);
  const blocked =
    (flagged || (!!org?.requireTwoFactor && !me?.user.twoFactorEnabled)) && !location.pathname.startsWith("/settings/account");
  // On a phone the navigation folds behind a Menu button (CSS shows it always on wider screens); a page change folds it.
  const [menuOpen, setMenuOpen] = useState(false);
  useEffect(() => setMenuOpen(false), [location.pathname]);

  const nav = [
    { to: "/dashboard", label: t("nav.dashboard"), icon: LayoutDashboard },
    { to: "/companies", label: t("nav.companies"), icon: Building2 },
    { to: "/contacts", label: t("nav.contacts"), icon: Users },
    { to: "/prospects", label: t("nav.prospects"), icon: Compass },
    { to: "/partnerships", label: t("nav.partnerships"), icon: Handshake },
    { to: "/tasks", label: t("nav.tasks"), icon: ListTodo },
    { to: "/knowledge", label: t("nav.knowledge"), icon: BookOpen },
    { to: "/screening/lists", label: t("nav.lists"), icon: ListChecks },
    ...(storyAccess || isAdmin ? [{ to: "/stories", label: t("nav.stories"), icon: BookLock }] : []),
    { to: "/watchlists", label: t("nav.watchlists"), icon: ShieldAlert },
    { to: "/reports/annual", label: t("nav.annualReport"), icon: FileBarChart },
    { to: "/import", label: t("nav.import"), icon: Upload },
    ...(isAdmin ? [{ to: "/audit", label: t("nav.audit"), icon: ScrollText }] : []),
  ];

  return (
    <div className="shell">
      <a href="#main" className="skip-link">
        {t("shell.skipToContent")}
      </a>
      <aside className="sidebar">
        <div className="sidebar-brand">
          <span className="brand-mark" aria-hidden>
            P
          </span>
          Partnerwise
        </div>
        <button
          type="button"
          className="btn btn-ghost nav-toggle"
          aria-expanded={menuOpen}
          aria-controls="main-nav"
          onClick={() => setMenuOpen((o) => !o)}
          data-testid="nav-toggle"
        >
          {menuOpen ? <X size={18} aria-hidden /> : <Menu size={18} aria-hidden />} {t("shell.menu")}
        </button>
        <nav id="main-nav" aria-label={t("nav.label")} className={menuOpen ? "open" : undefined}>
          <div className="nav-section">{t("nav.workspace")}</div>
          <ul className="nav-list">
            {nav.map(({ to, label, icon: Icon }) => (
              <li key={to}>
                <NavLink to={to} className="nav-link" data-testid={`nav-${to.slice(1)}`}>
                  <Icon size={17} aria-hidden /> {label}
                </NavLink>
              </li>
            ))}
          </ul>
          <div className="nav-section">{t("nav.organisation")}</div>
          <ul className="nav-list">
            <li>
              <NavLink to="/networks" className="nav-link" data-testid="nav-networks">
                <Network size={17} aria-hidden /> {t("nav.networks")}
              </NavLink>
            </li>
            <li>
              <NavLink to="/settings" className="nav-link" data-testid="nav-settings">
                <Settings size={17} aria-hidden /> {t("nav.settings")}
              </NavLink>
            </li>
          </ul>
        </nav>
        <div className="sidebar-footer">{t("shell.tagline")}</div>
      </aside>
      <div className="main-col">
        <header className="topbar">
          <div className="topbar-left">
            <OrgSwitcher />
          </div>
          <div className="topbar-right">
            <UserMenu />
          </div>
        </header>
        <main id="main" className="content" tabIndex={-1}>
          <ErrorBoundary resetKey={location.pathname}>
            <Suspense fallback={<Loading />}>{blocked ? <TwoFactorRequired /> : <Outlet />}</Suspense>
          </ErrorBoundary>
        </main>
      </div>
    </div>
  );
}
