import { describe, expect, it } from "vitest";
import { isProblem, memberOf, ownerWithOrg, useTestApp, type Account } from "../setup/app.js";

const app = useTestApp();

async function company(a: Account, name: string): Promise<{ id: string; name: string }> {
  const r = await a.client.post("/api/v1/companies", { name, country: "DE" });
  expect(r.status).toBe(201);
  return r.body;
}

async function contact(a: Account, body: Record<string, unknown>) {
  const r = await a.client.post("/api/v1/contacts", body);
  expect(r.status).toBe(201);
  return r.body;
}

const paths = (r: { body: { errors?: Array<{ path: string }> } }) => (r.body.errors ?? []).map((e) => e.path).sort();

describe("contacts API", () => {
  it("creates, reads, changes and deletes a contact, with problem+json field errors on bad input", async () => {
    const a = await ownerWithOrg(app.get(), "NGO Contacts");
    const co = await company(a, "Müller Logistik GmbH");
    const created = await a.client.post("/api/v1/contacts", {
      name: "Jürgen Schäfer",
      roleTitle: "Head of HR",
      email: "j.schaefer@mueller-logistik.de",
      phone: "+49 30 1234567",
      preferredLanguage: "DE",
      companyId: co.id,
      startedOn: "2021-04-01",
    });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({
      name: "Jürgen Schäfer",
      roleTitle: "Head of HR",
      email: "j.schaefer@mueller-logistik.de",
      preferredLanguage: "de",
      notes: null,
      employments: [
        {
          companyId: co.id,
          companyName: "Müller Logistik GmbH",
          title: "Head of HR",
          startedOn: "2021-04-01",
          endedOn: null,
          active: true,
        },
      ],
      currentCompanies: [{ id: co.id, name: "Müller Logistik GmbH" }],
      createdBy: { id: a.userId },
      updatedBy: { id: a.userId },
    });
    const id = created.body.id;

    const bad = await a.client.post("/api/v1/contacts", {
      name: " ",
      email: "not-an-email",
      phone: "call me",
      preferredLanguage: "german",
      startedOn: "2021-13-40",
    });
    expect(isProblem(bad, 422)).toBe(true);
    expect(paths(bad)).toEqual(["email", "name", "phone", "preferredLanguage", "startedOn"]);
    const noCompany = await a.client.post("/api/v1/contacts", { name: "Someone", companyId: "00000000-0000-4000-8000-000000000000" });
    expect(isProblem(noCompany, 422)).toBe(true);
    expect(paths(noCompany)).toEqual(["companyId"]);
    const dateAlone = await a.client.post("/api/v1/contacts", { name: "Someone", startedOn: "2020-01-01" });
    expect(paths(dateAlone)).toEqual(["startedOn"]);

    const patched = await a.client.patch(`/api/v1/contacts/${id}`, {
      phone: null,
      notes: "Prefers calls in the morning",
      email: "juergen@example.org",
    });
    expect(patched.status).toBe(200);
    expect(patched.body).toMatchObject({
      phone: null,
      notes: "Prefers calls in the morning",
      email: "juergen@example.org",
      name: "Jürgen Schäfer",
    });
    expect(isProblem(await a.client.patch(`/api/v1/contacts/${id}`, { email: "nope" }), 422)).toBe(true);
    expect((await a.client.get(`/api/v1/contacts/${id}`)).body.notes).toBe("Prefers calls in the morning");

    // The audit trail names the changed fields, never their values.
    const log = (await a.client.get(`/api/v1/audit?entityId=${id}`)).body.items;
    expect(log.map((e: { action: string }) => e.action)).toEqual(["update", "create"]);
    expect(log[0].details).toEqual({ fields: expect.arrayContaining(["phone", "notes", "email"]) });
    expect(JSON.stringify(log)).not.toMatch(/Jürgen|Schäfer|juergen@|schaefer@|1234567|morning/);

    expect((await a.client.delete(`/api/v1/contacts/${id}`)).status).toBe(204);
    expect(isProblem(await a.client.get(`/api/v1/contacts/${id}`), 404)).toBe(true);
    expect((await a.client.get(`/api/v1/companies/${co.id}`)).body.activeContactCount).toBe(0);
    const del = (await a.client.get(`/api/v1/audit?entityId=${id}&action=delete`)).body.items;
    expect(del).toHaveLength(1);
    expect(JSON.stringify(del)).not.toMatch(/Jürgen|Schäfer/);
  });

  it("finds contacts by misspelt or accent-less names and by e-mail, and filters by company and status", async () => {
    const a = await ownerWithOrg(app.get(), "NGO Contact Search");
    const co = await company(a, "Nordic Timber AB");
    const other = await company(a, "Acme Foods Ltd");
    await contact(a, { name: "Jürgen Schäfer", email: "js@nordic-timber.se", companyId: co.id });
    const ana = await contact(a, { name: "Ana María Núñez", email: "ana.nunez@acme.example", companyId: other.id });
    await contact(a, { name: "Zoë Whitfield" });
    const names = async (query: string) =>
      (await a.client.get(`/api/v1/contacts?${query}`)).body.items.map((c: { name: string }) => c.name);
    expect(await names("q=Juergen%20Schafer")).toContain("Jürgen Schäfer");
    expect(await names("q=jurgen%20shafer")).toContain("Jürgen Schäfer");
    expect(await names("q=Ana%20Maria%20Nunes")).toContain("Ana María Núñez");
    expect(await names("q=zoe%20whitfeld")).toContain("Zoë Whitfield");
    expect(await names("q=nordic-timber")).toEqual(["Jürgen Schäfer"]);
    expect(await names(`companyId=${co.id}`)).toEqual(["Jürgen Schäfer"]);
    expect(await names("status=active")).toEqual(["Ana María Núñez", "Jürgen Schäfer"]);
    expect(await names("sort=-name")).toEqual(["Zoë Whitfield", "Jürgen Schäfer", "Ana María Núñez"]);
    const page = await a.client.get("/api/v1/contacts?limit=1&offset=1&sort=name");
    expect(page.body).toMatchObject({ total: 3, limit: 1, offset: 1, items: [{ name: "Jürgen Schäfer" }] });
    await a.client.post(`/api/v1/contacts/${ana.id}/leave`, { leftOn: "2024-06-30" });
    expect(await names("status=left")).toEqual(["Ana María Núñez"]);
    expect(await names(`status=left&companyId=${co.id}`)).toEqual([]);
    expect(await names(`status=left&companyId=${other.id}`)).toEqual(["Ana María Núñez"]);
    expect(isProblem(await a.client.get("/api/v1/contacts?status=gone"), 422)).toBe(true);
    expect(isProblem(await a.client.get("/api/v1/contacts?sort=email"), 422)).toBe(true);
  });

  it("records a leaving date, clears the primary contact and flags a company left with no active contact", async () => {
    const a = await ownerWithOrg(app.get(), "NGO Turnover");
    const alone = await company(a, "Solo Hotels SA");
    const staffed = await company(a, "Busy Retail plc");
    const p = await contact(a, { name: "Pia Primary", companyId: alone.id, startedOn: "2020-01-15" });
    await a.client.post(`/api/v1/contacts/${p.id}/employments`, { companyId: staffed.id });
    const q = await contact(a, { name: "Quentin Colleague", companyId: staffed.id });
    expect((await a.client.patch(`/api/v1/companies/${alone.id}`, { primaryContactId: p.id })).status).toBe(200);
    expect((await a.client.patch(`/api/v1/companies/${staffed.id}`, { primaryContactId: p.id })).status).toBe(200);

    const ambiguous = await a.client.post(`/api/v1/contacts/${p.id}/leave`, {});
    expect(isProblem(ambiguous, 422)).toBe(true);
    expect(paths(ambiguous)).toEqual(["companyId"]);
    expect(paths(await a.client.post(`/api/v1/contacts/${p.id}/leave`, { companyId: alone.id, leftOn: "2019-12-31" }))).toEqual(["leftOn"]);
    expect(paths(await a.client.post(`/api/v1/contacts/${p.id}/leave`, { companyId: alone.id, leftOn: "2999-01-01" }))).toEqual(["leftOn"]);
    expect(paths(await a.client.post(`/api/v1/contacts/${p.id}/leave`, { companyId: alone.id, leftOn: "yesterday" }))).toEqual(["leftOn"]);

    const left = await a.client.post(`/api/v1/contacts/${p.id}/leave`, { companyId: alone.id, leftOn: "2025-03-31" });
    expect(left.status).toBe(200);
    expect(left.body.orphanedCompanies).toEqual([{ id: alone.id, name: "Solo Hotels SA" }]);
    expect(left.body.primaryContactLost).toEqual([{ id: alone.id, name: "Solo Hotels SA" }]);
    expect(left.body.contact.currentCompanies).toEqual([{ id: staffed.id, name: "Busy Retail plc" }]);
    expect(left.body.contact.employments.find((e: { companyId: string }) => e.companyId === alone.id)).toMatchObject({
      startedOn: "2020-01-15",
      endedOn: "2025-03-31",
      active: false,
    });

    const soloNow = (await a.client.get(`/api/v1/companies/${alone.id}`)).body;
    expect(soloNow).toMatchObject({ primaryContactId: null, activeContactCount: 0 });
    expect((await a.client.get(`/api/v1/companies/${staffed.id}`)).body.primaryContactId).toBe(p.id);
    const orphans = (await a.client.get("/api/v1/companies?noActiveContact=true")).body.items.map((c: { id: string }) => c.id);
    expect(orphans).toEqual([alone.id]);

    // Leaving a company that still has someone: not orphaned; primary cleared there.
    const second = await a.client.post(`/api/v1/contacts/${p.id}/leave`, { leftOn: "2025-04-30" });
    expect(second.status).toBe(200);
    expect(second.body).toMatchObject({ orphanedCompanies: [], primaryContactLost: [{ id: staffed.id, name: "Busy Retail plc" }] });
    expect(isProblem(await a.client.post(`/api/v1/contacts/${p.id}/leave`, {}), 409)).toBe(true);

    const history = (await a.client.get(`/api/v1/companies/${staffed.id}/contacts`)).body.items;
    expect(history.map((c: { id: string }) => c.id)).toEqual([q.id, p.id]);
    const log = (await a.client.get(`/api/v1/audit?entityId=${p.id}&action=leave`)).body.items;
    expect(log).toHaveLength(2);
    expect(log[1]).toMatchObject({
      summary: "A contact left Solo Hotels SA",
      details: { companyId: alone.id, leftOn: "2025-03-31", primaryContactCleared: true, companyHasNoActiveContact: true },
    });
    expect(JSON.stringify(log)).not.toContain("Pia");
  });

  it("keeps the employment history when a contact joins another company or moves on", async () => {
    const a = await ownerWithOrg(app.get(), "NGO Moves");
    const first = await company(a, "First Employer GmbH");
    const second = await company(a, "Second Employer GmbH");
    const third = await company(a, "Third Employer GmbH");
    const c = await contact(a, { name: "Mara Mover", roleTitle: "CSR Manager", companyId: first.id, startedOn: "2018-02-01" });

    const joined = await a.client.post(`/api/v1/contacts/${c.id}/employments`, {
      companyId: second.id,
      title: "Board member",
      startedOn: "2022-01-01",
    });
    expect(joined.status).toBe(201);
    expect(joined.body.currentCompanies.map((x: { name: string }) => x.name).sort()).toEqual([
      "First Employer GmbH",
      "Second Employer GmbH",
    ]);
    expect(isProblem(await a.client.post(`/api/v1/contacts/${c.id}/employments`, { companyId: second.id }), 409)).toBe(true);
    expect(paths(await a.client.post(`/api/v1/contacts/${c.id}/employments`, { companyId: "nope" }))).toEqual(["companyId"]);

    const moved = await a.client.post(`/api/v1/contacts/${c.id}/leave`, {
      companyId: first.id,
      leftOn: "2024-09-30",
      joinCompanyId: third.id,
      joinTitle: "Head of Sustainability",
    });
    expect(moved.status).toBe(200);
    expect(moved.body.orphanedCompanies).toEqual([{ id: first.id, name: "First Employer GmbH" }]);
    const emp = moved.body.contact.employments;
    expect(emp).toHaveLength(3);
    expect(
      emp
        .filter((e: { active: boolean }) => e.active)
        .map((e: { companyName: string }) => e.companyName)
        .sort(),
    ).toEqual(["Second Employer GmbH", "Third Employer GmbH"]);
    expect(emp.find((e: { companyId: string }) => e.companyId === third.id)).toMatchObject({
      title: "Head of Sustainability",
      startedOn: "2024-09-30",
      endedOn: null,
    });
    expect(emp.find((e: { companyId: string }) => e.companyId === first.id)).toMatchObject({
      title: "CSR Manager",
      startedOn: "2018-02-01",
      endedOn: "2024-09-30",
    });
    expect(moved.body.contact.roleTitle).toBe("Head of Sustainability");
    expect(paths(await a.client.post(`/api/v1/contacts/${c.id}/leave`, { companyId: second.id, joinCompanyId: second.id }))).toEqual([
      "joinCompanyId",
    ]);

    // The former employer still lists them, after its active people.
    const newcomer = await contact(a, { name: "Aaron Newcomer", companyId: first.id });
    const atFirst = (await a.client.get(`/api/v1/companies/${first.id}/contacts`)).body.items;
    expect(atFirst.map((x: { id: string }) => x.id)).toEqual([newcomer.id, c.id]);
    expect((await a.client.get(`/api/v1/contacts/${c.id}`)).body.employments).toHaveLength(3);
  });

  it("exports everything about a person as a download, for admins", async () => {
    const a = await ownerWithOrg(app.get(), "NGO Export");
    const member = await memberOf(app.get(), a, "member");
    const co = await company(a, "Export Partner AG");
    const c = await contact(a, {
      name: "Erika Export",
      email: "erika@export.example",
      phone: "+41 44 000 11 22",
      notes: "Met at the CSR fair",
      companyId: co.id,
      startedOn: "2023-05-01",
    });
    await a.client.patch(`/api/v1/companies/${co.id}`, { primaryContactId: c.id });
    await a.client.patch(`/api/v1/contacts/${c.id}`, { roleTitle: "Buyer" });

    expect(isProblem(await member.client.get(`/api/v1/contacts/${c.id}/export`), 403)).toBe(true);
    const r = await a.client.get(`/api/v1/contacts/${c.id}/export`);
    expect(r.status).toBe(200);
    expect(r.headers.get("content-disposition")).toMatch(/^attachment; filename="contact-[0-9a-f-]+\.json"$/);
    expect(r.body).toMatchObject({
      organizationId: a.orgId,
      contact: {
        id: c.id,
        name: "Erika Export",
        email: "erika@export.example",
        phone: "+41 44 000 11 22",
        notes: "Met at the CSR fair",
        roleTitle: "Buyer",
      },
      employments: [{ companyId: co.id, companyName: "Export Partner AG", startedOn: "2023-05-01", endedOn: null }],
      primaryContactOf: [{ id: co.id, name: "Export Partner AG" }],
    });
    const actions = r.body.auditEntries.map((e: { action: string; entityType: string }) => `${e.entityType}:${e.action}`);
    expect(actions).toEqual(expect.arrayContaining(["contact:create", "contact:update", "company:update"]));
    const exported = (await a.client.get(`/api/v1/audit?entityId=${c.id}&action=export`)).body.items;
    expect(exported).toHaveLength(1);
    expect(JSON.stringify(exported)).not.toContain("Erika");
  });

  it("erases a person: no name, e-mail or phone left anywhere in the database, one audit entry with the reason", async () => {
    const a = await ownerWithOrg(app.get(), "NGO Erase");
    const member = await memberOf(app.get(), a, "member");
    const co = await company(a, "Forget Me Corp");
    const other = await company(a, "Second Place Ltd");
    const c = await contact(a, {
      name: "Xaver Forgetmenot",
      email: "xaver.f@forget.example",
      phone: "+43 1 999 8888",
      roleTitle: "CEO",
      notes: "Personal notes",
      companyId: co.id,
    });
    await a.client.post(`/api/v1/contacts/${c.id}/employments`, { companyId: other.id });
    await a.client.patch(`/api/v1/companies/${co.id}`, { primaryContactId: c.id });
    await a.client.patch(`/api/v1/contacts/${c.id}`, { name: "Xaver M. Forgetmenot", email: "xaver@forget.example" });
    await a.client.post(`/api/v1/contacts/${c.id}/leave`, { companyId: other.id, leftOn: "2024-01-31" });
    await a.client.get(`/api/v1/contacts/${c.id}/export`);

    expect(isProblem(await member.client.post(`/api/v1/contacts/${c.id}/erase`, { reason: "asked" }), 403)).toBe(true);
    expect(paths(await a.client.post(`/api/v1/contacts/${c.id}/erase`, {}))).toEqual(["reason"]);
    const r = await a.client.post(`/api/v1/contacts/${c.id}/erase`, {
      reason: "Xaver Forgetmenot asked by e-mail from xaver@forget.example on 2025-05-02",
    });
    expect(r.status).toBe(204);
    expect(isProblem(await a.client.get(`/api/v1/contacts/${c.id}`), 404)).toBe(true);
    expect((await a.client.get(`/api/v1/companies/${co.id}`)).body.primaryContactId).toBeNull();

    const entries = (await a.client.get(`/api/v1/audit?entityId=${c.id}&action=erase`)).body.items;
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({
      entityType: "contact",
      summary: "Erased a contact on request",
      details: { reason: "[removed] [removed] asked by e-mail from [removed] on 2025-05-02" },
    });

    const db = app.get().database;
    const dump = async (table: string) => JSON.stringify((await db.query(`select * from ${table}`)).rows);
    for (const table of ["audit_log", "contact", "employment", "company"]) {
      const text = await dump(table);
      for (const secret of ["Xaver", "Forgetmenot", "xaver.f@forget.example", "xaver@forget.example", "999 8888", "Personal notes"]) {
        expect(text, `${secret} in ${table}`).not.toContain(secret);
      }
    }
    expect((await db.query("select count(*)::int as n from employment where contact_id = $1", [c.id])).rows[0]).toEqual({ n: 0 });
    expect(isProblem(await a.client.post(`/api/v1/contacts/${c.id}/erase`, { reason: "again" }), 404)).toBe(true);
  });

  it("lets a viewer read contacts but not write, export or erase", async () => {
    const owner = await ownerWithOrg(app.get(), "NGO Contact Roles");
    const viewer = await memberOf(app.get(), owner, "viewer");
    const co = await company(owner, "Viewed Co");
    const c = await contact(owner, { name: "Vera Viewed", companyId: co.id });
    expect((await viewer.client.get(`/api/v1/contacts/${c.id}`)).status).toBe(200);
    expect((await viewer.client.get("/api/v1/contacts?q=vera")).body.total).toBe(1);
    expect((await viewer.client.get(`/api/v1/companies/${co.id}/contacts`)).body.items).toHaveLength(1);
    expect(isProblem(await viewer.client.post("/api/v1/contacts", { name: "Nope" }), 403)).toBe(true);
    expect(isProblem(await viewer.client.patch(`/api/v1/contacts/${c.id}`, { name: "Nope" }), 403)).toBe(true);
    expect(isProblem(await viewer.client.post(`/api/v1/contacts/${c.id}/employments`, { companyId: co.id }), 403)).toBe(true);
    expect(isProblem(await viewer.client.post(`/api/v1/contacts/${c.id}/leave`, {}), 403)).toBe(true);
    expect(isProblem(await viewer.client.get(`/api/v1/contacts/${c.id}/export`), 403)).toBe(true);
    expect(isProblem(await viewer.client.post(`/api/v1/contacts/${c.id}/erase`, { reason: "x" }), 403)).toBe(true);
    expect(isProblem(await viewer.client.delete(`/api/v1/contacts/${c.id}`), 403)).toBe(true);
    const after = (await owner.client.get(`/api/v1/contacts/${c.id}`)).body;
    expect(after).toMatchObject({ name: "Vera Viewed", currentCompanies: [{ id: co.id }] });
  });
});
