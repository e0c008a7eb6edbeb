import type { MiddlewareHandler } from "hono";
import type { RouteTable } from "./route-table.js";
import { serialisedJson } from "./json-body.js";

// Every 201 Created and 202 Accepted names the resource it created (RFC 9110 §10.2.2), without each route
// composing the URL: the resource's `id` from the response body, placed where the API serves that resource —
// under the collection that was posted to (`POST /companies` → `/companies/{id}`), or at the top level the API
// keeps it (`POST /engagements/{id}/commitments` → `/commitments/{id}`, `POST /watchlists/import` →
// `/watchlists/imports/{id}`). A candidate is used only when a route exists for it. A PUT that created its
// resource names the request's own URL.

function candidates(method: string, path: string, id: string): string[] {
  if (method === "PUT") return [path];
  const parts = path.split("/");
  const last = parts[parts.length - 1];
  const parent = parts.slice(0, -1).join("/");
  return [`${path}/${id}`, `${path}s/${id}`, `${parent}/${last}s/${id}`, `/api/v1/${last}/${id}`];
}

/** Adds `Location` to 201/202 responses that lack one, for resources the route table knows. */
export function locationHeader(table: RouteTable): MiddlewareHandler {
  return async (c, next) => {
    await next();
    const res = c.res;
    if ((res.status !== 201 && res.status !== 202) || res.headers.has("location")) return;
    if (!(res.headers.get("content-type") ?? "").includes("json")) return;
    let id: unknown;
    try {
      const known = serialisedJson(res);
      id = ((known ? known.value : await res.clone().json()) as { id?: unknown })?.id;
    } catch {
      return;
    }
    if (typeof id !== "string" && typeof id !== "number") return;
    const path = c.req.path.replace(/\/$/, "");
    const target = candidates(c.req.method, path, encodeURIComponent(String(id))).find((p) => table.methodsFor(p).length > 0);
    if (target) c.res.headers.set("Location", target);
  };
}
