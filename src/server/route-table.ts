import type { Hono } from "hono";

// The application's own table of routes (Hono keeps every registered method and path), read once after all
// routes are mounted. It answers "which methods does this path take?" for 405 + Allow and for checking that a
// Location header names a real resource.

interface Entry {
  pattern: RegExp;
  methods: Set<string>;
}

const escapeRegExp = (s: string) => s.replace(/[.+?^$|()[\]\\]/g, "\\$&");

/** A Hono route path (`/a/:id`, `/a/:id{[0-9]+}`, `/a/*`) as an anchored regular expression. */
function toPattern(path: string): RegExp {
  const source = path
    .split("/")
    .map((seg) => {
      if (seg === "*") return ".*";
      const param = /^:[\w-]+(?:\{(.+)\})?(\?)?$/.exec(seg);
      if (param) return param[1] ? `(?:${param[1]})` : "[^/]+";
      return escapeRegExp(seg).replace(/\*/g, ".*");
    })
    .join("/");
  return new RegExp(`^${source}/?$`);
}

export interface RouteTable {
  /** The methods routes declare for this path (HEAD wherever GET is), or an empty list for an unknown path. */
  methodsFor(path: string): string[];
}

/** Builds the table lazily, on first use, from the routes `app` has by then. */
export function routeTable(app: Hono<any>, prefix: string): RouteTable {
  let entries: Entry[] | undefined;
  const build = () => {
    const byPath = new Map<string, Set<string>>();
    for (const r of app.routes) {
      if (r.method === "ALL" || !r.path.startsWith(prefix) || r.path.endsWith("*")) continue;
      const set = byPath.get(r.path) ?? new Set<string>();
      set.add(r.method.toUpperCase());
      byPath.set(r.path, set);
    }
    return [...byPath].map(([path, methods]) => ({ pattern: toPattern(path), methods }));
  };
  return {
    methodsFor(path) {
      entries ??= build();
      const methods = new Set<string>();
      for (const e of entries) if (e.pattern.test(path)) for (const m of e.methods) methods.add(m);
      if (methods.has("GET")) methods.add("HEAD");
      return [...methods].sort();
    },
  };
}
