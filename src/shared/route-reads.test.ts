import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { matchRoute, readsFor, ROUTE_READS, routeFor } from "./route-reads.js";

describe("route reads", () => {
  it("matches patterns segment by segment, with a final * for the rest", () => {
    expect(matchRoute("/companies/:id", "/companies/abc-1")).toEqual({ id: "abc-1" });
    expect(matchRoute("/companies/:id", "/companies/abc-1/")).toEqual({ id: "abc-1" });
    expect(matchRoute("/companies/:id", "/companies")).toBeNull();
    expect(matchRoute("/companies", "/companies/x")).toBeNull();
    expect(matchRoute("/partnerships/:id/*", "/partnerships/e1/risks")).toEqual({ id: "e1" });
    expect(matchRoute("/partnerships/:id/*", "/partnerships/e1")).toBeNull();
    expect(matchRoute("/", "/")).toEqual({});
  });

  it("reads nothing for a parameter that is not an id (it would go into a URL and the page's head)", () => {
    expect(routeFor('/companies/"><script>alert(1)</script>')).toBeNull();
    expect(routeFor("/companies/%22%3E%3Cscript%3E")).toBeNull();
    expect(routeFor("/companies/%E0%A4%A")).toBeNull(); // not decodable
    expect(readsFor("/companies/a%20b")).toEqual(["/me", "/stories?limit=1"]);
  });

  it("gives a page the shell's reads and its own, and a signed-out page none", () => {
    expect(readsFor("/dashboard")).toEqual(["/me", "/stories?limit=1", expect.any(String), expect.any(String), "/dashboard"]);
    expect(readsFor("/companies/c1")).toContain("/companies/c1/contacts?limit=500");
    expect(readsFor("/sign-in")).toEqual([]);
    expect(readsFor("/accept-invitation/x1")).toEqual([]);
    expect(readsFor("/settings")).toEqual(["/me", "/stories?limit=1"]);
  });

  it("names page modules the web app really loads for those routes", () => {
    const routes = readFileSync(new URL("../web/app/routes.tsx", import.meta.url), "utf8");
    for (const r of ROUTE_READS) {
      expect(routes, r.module).toContain(`import("../${r.module.replace(/\.tsx$/, "")}")`);
      expect(routes, r.path).toContain(`"${r.path}":`);
      for (const ns of r.namespaces) {
        expect(() => readFileSync(new URL(`../web/locales/en/${ns}.json`, import.meta.url)), `${r.path}: ${ns}`).not.toThrow();
      }
    }
  });
});
