import { describe, expect, it } from "vitest";
import { isProblem, memberOf, ownerWithOrg, useTestApp } from "../setup/app.js";

const app = useTestApp();

describe("acknowledgements", () => {
  it("logs where and when a partner was thanked publicly, per company and across the organisation", async () => {
    const a = await ownerWithOrg(app.get(), "NGO Thanks");
    const co = (await a.client.post("/api/v1/companies", { name: "Mobilfunk AG", country: "DE" })).body;
    const other = (await a.client.post("/api/v1/companies", { name: "Other AG", country: "DE" })).body;
    const e = (await a.client.post("/api/v1/engagements", { companyId: co.id, title: "Hotline" })).body;
    const otherE = (await a.client.post("/api/v1/engagements", { companyId: other.id, title: "Other" })).body;

    const report = await a.client.post(`/api/v1/companies/${co.id}/acknowledgements`, {
      channel: "annual_report",
      occurredOn: "2025-04-30",
      title: "Annual report 2024, thanks page",
      url: "example.org/report-2024",
      engagementId: e.id,
    });
    expect(report.status).toBe(201);
    expect(report.body).toMatchObject({
      companyId: co.id,
      company: { name: "Mobilfunk AG" },
      engagement: { id: e.id, title: "Hotline" },
      channel: "annual_report",
      url: "https://example.org/report-2024",
    });
    const post = await a.client.post("/api/v1/acknowledgements", {
      companyId: co.id,
      channel: "social_media",
      occurredOn: "2025-06-01",
      title: "Thank-you post",
    });
    expect(post.status).toBe(201);
    const elsewhere = (
      await a.client.post(`/api/v1/companies/${other.id}/acknowledgements`, {
        channel: "event",
        occurredOn: "2025-05-01",
        title: "Gala speech",
      })
    ).body;

    expect(
      isProblem(
        await a.client.post(`/api/v1/companies/${co.id}/acknowledgements`, { channel: "billboard", occurredOn: "2025-01-01", title: "x" }),
        422,
      ),
    ).toBe(true);
    expect(
      isProblem(
        await a.client.post(`/api/v1/companies/${co.id}/acknowledgements`, {
          channel: "press",
          occurredOn: "2025-01-01",
          title: "x",
          engagementId: otherE.id,
        }),
        422,
      ),
    ).toBe(true);
    expect(
      isProblem(
        await a.client.post(`/api/v1/companies/${co.id}/acknowledgements`, {
          channel: "press",
          occurredOn: "2025-01-01",
          title: "x",
          url: "not a url at all",
        }),
        422,
      ),
    ).toBe(true);
    expect(
      isProblem(
        await a.client.post("/api/v1/acknowledgements", {
          companyId: "7d4f2a9e-1111-4111-8111-111111111111",
          channel: "press",
          occurredOn: "2025-01-01",
          title: "x",
        }),
        422,
      ),
    ).toBe(true);

    const ofCompany = (await a.client.get(`/api/v1/companies/${co.id}/acknowledgements`)).body;
    expect(ofCompany.items.map((x: { title: string }) => x.title)).toEqual(["Thank-you post", "Annual report 2024, thanks page"]);
    expect(ofCompany.total).toBe(2);
    const all = (await a.client.get("/api/v1/acknowledgements")).body;
    expect(all.items.map((x: { id: string }) => x.id)).toEqual([post.body.id, elsewhere.id, report.body.id]);
    expect((await a.client.get("/api/v1/acknowledgements?channel=event,press")).body.items.map((x: { id: string }) => x.id)).toEqual([
      elsewhere.id,
    ]);
    expect((await a.client.get(`/api/v1/acknowledgements?engagementId=${e.id}`)).body.items.map((x: { id: string }) => x.id)).toEqual([
      report.body.id,
    ]);
    expect(
      (await a.client.get("/api/v1/acknowledgements?from=2025-05-01&to=2025-05-31")).body.items.map((x: { id: string }) => x.id),
    ).toEqual([elsewhere.id]);

    const changed = await a.client.patch(`/api/v1/acknowledgements/${post.body.id}`, { channel: "website", url: null, engagementId: e.id });
    expect(changed.body).toMatchObject({ channel: "website", url: null, engagementId: e.id });
    expect((await a.client.get(`/api/v1/acknowledgements/${post.body.id}`)).body.channel).toBe("website");

    // Deleting the engagement keeps the acknowledgement: it was given to the company.
    expect((await a.client.delete(`/api/v1/engagements/${e.id}`)).status).toBe(204);
    expect((await a.client.get(`/api/v1/acknowledgements/${report.body.id}`)).body).toMatchObject({ engagementId: null, engagement: null });

    expect((await a.client.delete(`/api/v1/acknowledgements/${post.body.id}`)).status).toBe(204);
    expect(isProblem(await a.client.get(`/api/v1/acknowledgements/${post.body.id}`), 404)).toBe(true);
    const log = (await a.client.get(`/api/v1/audit?entityType=acknowledgement&entityId=${post.body.id}`)).body.items;
    expect(log.map((x: { action: string }) => x.action).sort()).toEqual(["create", "delete", "update"]);
  });

  it("moves acknowledgements along when companies are merged", async () => {
    const a = await ownerWithOrg(app.get(), "NGO Merge");
    const keep = (await a.client.post("/api/v1/companies", { name: "Keep GmbH", country: "DE" })).body;
    const dupe = (await a.client.post("/api/v1/companies", { name: "Keep G.m.b.H.", country: "DE" })).body;
    const ack = (
      await a.client.post(`/api/v1/companies/${dupe.id}/acknowledgements`, {
        channel: "press",
        occurredOn: "2025-02-02",
        title: "Press release",
      })
    ).body;
    expect((await a.client.post(`/api/v1/companies/${keep.id}/merge`, { sourceId: dupe.id })).status).toBe(200);
    expect((await a.client.get(`/api/v1/acknowledgements/${ack.id}`)).body.companyId).toBe(keep.id);
  });

  it("lets a viewer read but not write, and answers 404 to another organisation", async () => {
    const a = await ownerWithOrg(app.get(), "NGO Ack A");
    const b = await ownerWithOrg(app.get(), "NGO Ack B");
    const co = (await a.client.post("/api/v1/companies", { name: "Geheim AG", country: "DE" })).body;
    const ack = (
      await a.client.post(`/api/v1/companies/${co.id}/acknowledgements`, {
        channel: "website",
        occurredOn: "2025-02-02",
        title: "Geheimer Dank",
      })
    ).body;

    const v = await memberOf(app.get(), a, "viewer");
    expect((await v.client.get(`/api/v1/companies/${co.id}/acknowledgements`)).body.total).toBe(1);
    expect((await v.client.get(`/api/v1/acknowledgements/${ack.id}`)).status).toBe(200);
    for (const r of [
      await v.client.post(`/api/v1/companies/${co.id}/acknowledgements`, { channel: "press", occurredOn: "2025-01-01", title: "x" }),
      await v.client.post("/api/v1/acknowledgements", { companyId: co.id, channel: "press", occurredOn: "2025-01-01", title: "x" }),
      await v.client.patch(`/api/v1/acknowledgements/${ack.id}`, { title: "x" }),
      await v.client.delete(`/api/v1/acknowledgements/${ack.id}`),
    ]) {
      expect(isProblem(r, 403)).toBe(true);
    }

    for (const r of [
      await b.client.get(`/api/v1/companies/${co.id}/acknowledgements`),
      await b.client.post(`/api/v1/companies/${co.id}/acknowledgements`, { channel: "press", occurredOn: "2025-01-01", title: "x" }),
      await b.client.get(`/api/v1/acknowledgements/${ack.id}`),
      await b.client.patch(`/api/v1/acknowledgements/${ack.id}`, { title: "x" }),
      await b.client.delete(`/api/v1/acknowledgements/${ack.id}`),
    ]) {
      expect(isProblem(r, 404)).toBe(true);
    }
    expect(
      isProblem(
        await b.client.post("/api/v1/acknowledgements", { companyId: co.id, channel: "press", occurredOn: "2025-01-01", title: "x" }),
        422,
      ),
    ).toBe(true);
    for (const q of ["", `?companyId=${co.id}`, "?channel=website"]) {
      expect((await b.client.get(`/api/v1/acknowledgements${q}`)).body.total).toBe(0);
    }
    expect((await a.client.get(`/api/v1/acknowledgements/${ack.id}`)).body.title).toBe("Geheimer Dank");
  });
});
