// What a cold load of a page needs besides the app itself: the module of the page (under src/web), its translation
// namespaces and the API reads the page and its parts make on opening. The web app starts them at boot
// (preloadRoute, ADR 0016). Plain data without browser or server code, so either side can read it. A read listed
// here that the page no longer makes is wasted, and the cold-load journey fails on it.

const modes = "/engagement-modes?limit=500";
const members = "/organization/members?limit=500";

export interface RouteReads {
  /** A react-router style pattern: `:name` is one segment, a final `*` the rest. */
  path: string;
  /** The page's module, relative to src/web (the key of the build manifest). */
  module: string;
  /**
   * The translation namespaces the page and its parts use (each is its own chunk, and a part that needs one waits
   * for it before it asks for its data: loading them up front removes that chain of round trips).
   */
  namespaces: string[];
  /** The API reads under /api/v1 the page makes on opening. */
  reads: (params: Record<string, string>) => string[];
}

export const ROUTE_READS: RouteReads[] = [
  {
    path: "/",
    module: "dashboard/dashboard-page.tsx",
    namespaces: ["dashboard", "engagements", "companies", "exports"],
    reads: () => [members, modes, "/dashboard"],
  },
  {
    path: "/dashboard",
    module: "dashboard/dashboard-page.tsx",
    namespaces: ["dashboard", "engagements", "companies", "exports"],
    reads: () => [members, modes, "/dashboard"],
  },
  {
    path: "/partnerships",
    module: "engagements/engagements-page.tsx",
    namespaces: ["engagements", "health", "companies", "exports", "partnershipSettings", "reports"],
    reads: () => [members, modes, "/engagements/board", "/health?limit=500"],
  },
  {
    path: "/partnerships/:id",
    module: "engagements/engagement-page.tsx",
    namespaces: ["engagements", "reports", "partnershipSettings", "tasks", "health", "companies", "prospects", "knowledge"],
    reads: ({ id }) => [
      `/engagements/${id}`,
      `/engagements/${id}/commitments`,
      `/engagements/${id}/risks`,
      `/acknowledgements?engagementId=${id}&limit=1`,
      `/engagements/${id}/agreement`,
      modes,
      `/engagements/${id}/activities?limit=500`,
      `/engagements/${id}/tasks?limit=500`,
      members,
    ],
  },
  {
    path: "/partnerships/:id/*",
    module: "engagements/engagement-page.tsx",
    namespaces: ["engagements", "reports", "partnershipSettings", "tasks", "health", "companies"],
    reads: () => [],
  },
  {
    path: "/companies",
    module: "companies/companies-page.tsx",
    namespaces: ["companies", "screening", "exports"],
    reads: () => [members, "/companies?limit=50&offset=0"],
  },
  {
    path: "/companies/:id",
    module: "companies/company-page.tsx",
    namespaces: ["companies", "screening", "engagements", "lists", "contacts", "audit", "health", "reports", "watchlists"],
    reads: ({ id }) => [
      `/companies/${id}`,
      `/companies/${id}/contacts?limit=500`,
      `/companies/${id}/activities?limit=500`,
      `/companies/${id}/acknowledgements?limit=50`,
      members,
      modes,
      `/engagements?companyId=${id}&sort=-updatedAt&limit=100`,
      `/companies/${id}/screenings?limit=100`,
      `/screening-lists/entries?companyId=${id}&limit=20`,
      `/audit?entityId=${id}&limit=20`,
    ],
  },
  { path: "/screenings/:id", module: "screening/screening-page.tsx", namespaces: ["screening", "watchlists"], reads: () => [] },
  { path: "/contacts", module: "contacts/contacts-page.tsx", namespaces: ["contacts", "exports"], reads: () => [] },
  { path: "/tasks", module: "tasks/my-tasks-page.tsx", namespaces: ["tasks", "engagements"], reads: () => [] },
];

/** Pages outside the signed-in app: nothing to read before they open. */
export const SIGNED_OUT_PATHS = ["/sign-in", "/sign-up", "/forgot-password", "/reset-password", "/two-factor", "/accept-invitation/:id"];

/** Every signed-in page first asks who is signed in and whether stories may be opened (the shell's menu). */
export const SHELL_READS = ["/me", "/stories?limit=1"];

/** A path parameter that may go into a URL we build: ids and slugs only (anything else reads nothing). */
const SAFE_PARAM = /^[A-Za-z0-9_-]{1,100}$/;

/** Matches `pathname` against a pattern (`:name` one segment, a final `*` one or more); null when it does not match. */
export function matchRoute(pattern: string, pathname: string): Record<string, string> | null {
  const want = pattern.split("/").filter(Boolean);
  const got = pathname.replace(/\/+$/, "").split("/").filter(Boolean);
  const rest = want[want.length - 1] === "*";
  if (rest ? got.length < want.length : got.length !== want.length) return null;
  const params: Record<string, string> = {};
  for (let i = 0; i < want.length; i++) {
    const w = want[i]!;
    if (w === "*") break;
    let g: string;
    try {
      g = decodeURIComponent(got[i]!);
    } catch {
      return null;
    }
    if (w.startsWith(":")) {
      if (!SAFE_PARAM.test(g)) return null;
      params[w.slice(1)] = g;
    } else if (w !== g) return null;
  }
  return params;
}

/** The first route the path opens, with its parameters; null for a path none of them covers. */
export function routeFor(pathname: string): { route: RouteReads; params: Record<string, string> } | null {
  for (const route of ROUTE_READS) {
    const params = matchRoute(route.path, pathname);
    if (params) return { route, params };
  }
  return null;
}

/** The API reads (paths under /api/v1) a cold load of `pathname` makes at once; none for a signed-out page. */
export function readsFor(pathname: string): string[] {
  if (SIGNED_OUT_PATHS.some((p) => matchRoute(p, pathname))) return [];
  const hit = routeFor(pathname);
  return [...SHELL_READS, ...(hit ? hit.route.reads(hit.params) : [])];
}
