import { createRoute, z } from "@hono/zod-openapi";
import type { Context } from "hono";
import type { AppDeps } from "../../server/deps.js";
import { createRouter, errorResponses, problemResponse, type AppEnv } from "../../server/http.js";
import { CursorQuery, PageQuery, pageOf } from "../../shared/pagination.js";
import { pageByKey } from "../../platform/keyset.js";
import type { NetworkCtx } from "../networks/networks.service.js";
import * as network from "./catalogue.network.js";
import {
  AdoptionInput,
  ExcludedSectorsInput,
  NetworkCatalogue,
  NetworkCatalogueVersion,
  NetworkDraftInput,
  OrgCatalogueSettings,
  OrgCatalogueVersion,
  OverrideInput,
} from "./catalogue.schema.js";
import * as catalogue from "./catalogue.service.js";
import { GoodsRiskList, SectorRiskInput, SectorRiskList } from "./sector-risk.schema.js";
import * as risks from "./sector-risk.service.js";

const param = (name: string) => z.string().meta({ param: { name, in: "path" } });
const IdParam = z.object({ id: param("id") });
const KeyParam = z.object({ key: param("key") });
const json = <T extends z.ZodTypeAny>(schema: T, description: string) => ({ content: { "application/json": { schema } }, description });
const body = <T extends z.ZodTypeAny>(schema: T) => ({ body: { content: { "application/json": { schema } }, required: true as const } });
const tags = ["Screening criteria"];

/** The organisation's effective catalogue, its versions and overrides, and the risk data behind the signals. */
export const catalogueRoutes = createRouter()
  .openapi(
    createRoute({
      method: "get",
      path: "/screening/catalogue",
      tags,
      summary: "The organisation's effective criteria catalogue (current version)",
      description:
        "The adopted network's latest published catalogue (or the built-in default) with the organisation's overrides. A change of either creates a new version.",
      responses: { 200: json(OrgCatalogueVersion, "The current version"), ...errorResponses },
    }),
    async (c) => c.json(await catalogue.effective(c.get("ctx")), 200),
  )
  .openapi(
    createRoute({
      method: "get",
      path: "/screening/catalogue/versions",
      tags,
      summary: "The organisation's catalogue versions, newest first",
      request: { query: PageQuery },
      responses: { 200: json(pageOf(OrgCatalogueVersion), "A page of versions"), ...errorResponses },
    }),
    async (c) => c.json(await catalogue.listVersions(c.get("ctx"), c.req.valid("query")), 200),
  )
  .openapi(
    createRoute({
      method: "get",
      path: "/screening/catalogue/versions/{id}",
      tags,
      summary: "One catalogue version (e.g. the one a screening used)",
      request: { params: IdParam },
      responses: { 200: json(OrgCatalogueVersion, "The version"), ...errorResponses },
    }),
    async (c) => c.json(await catalogue.getVersion(c.get("ctx"), c.req.valid("param").id), 200),
  )
  .openapi(
    createRoute({
      method: "get",
      path: "/screening/catalogue/settings",
      tags,
      summary: "Adopted network, overrides and own excluded sectors",
      responses: { 200: json(OrgCatalogueSettings, "The settings"), ...errorResponses },
    }),
    async (c) => c.json(await catalogue.settings(c.get("ctx")), 200),
  )
  .openapi(
    createRoute({
      method: "put",
      path: "/screening/catalogue/adoption",
      tags,
      summary: "Adopt a network's catalogue (null: automatic). Admins.",
      request: body(AdoptionInput),
      responses: { 200: json(OrgCatalogueVersion, "The effective catalogue"), ...errorResponses },
    }),
    async (c) => c.json(await catalogue.adopt(c.get("ctx"), c.req.valid("json").networkId), 200),
  )
  .openapi(
    createRoute({
      method: "put",
      path: "/screening/catalogue/overrides/{key}",
      tags,
      summary: "Add, disable or re-weight a criterion for the organisation. Admins.",
      request: { params: KeyParam, ...body(OverrideInput) },
      responses: {
        200: json(OrgCatalogueVersion, "The effective catalogue (a new version)"),
        409: problemResponse("add: the key exists in the base catalogue"),
        ...errorResponses,
      },
    }),
    async (c) => c.json(await catalogue.putOverride(c.get("ctx"), c.req.valid("param").key, c.req.valid("json")), 200),
  )
  .openapi(
    createRoute({
      method: "delete",
      path: "/screening/catalogue/overrides/{key}",
      tags,
      summary: "Remove the organisation's override of a criterion. Admins.",
      request: { params: KeyParam },
      responses: { 204: { description: "Removed" }, ...errorResponses },
    }),
    async (c) => {
      await catalogue.deleteOverride(c.get("ctx"), c.req.valid("param").key);
      return c.body(null, 204);
    },
  )
  .openapi(
    createRoute({
      method: "put",
      path: "/screening/catalogue/excluded-sectors",
      tags,
      summary: "Set the organisation's own excluded sectors (null: the base catalogue's). Admins.",
      request: body(ExcludedSectorsInput),
      responses: { 200: json(OrgCatalogueVersion, "The effective catalogue"), ...errorResponses },
    }),
    async (c) => c.json(await catalogue.setExcludedSectors(c.get("ctx"), c.req.valid("json").excludedSectors), 200),
  )
  .openapi(
    createRoute({
      method: "get",
      path: "/screening/sector-risks",
      tags,
      summary: "NACE sectors at high risk of trafficking, with reasons and sources",
      responses: { 200: json(SectorRiskList, "The organisation's list"), ...errorResponses },
    }),
    async (c) => c.json(await risks.sectorRisks(c.get("ctx")), 200),
  )
  .openapi(
    createRoute({
      method: "put",
      path: "/screening/sector-risks",
      tags,
      summary: "Replace the organisation's sector-risk list. Admins.",
      request: body(SectorRiskInput),
      responses: { 200: json(SectorRiskList, "The new list"), ...errorResponses },
    }),
    async (c) => c.json(await risks.putSectorRisks(c.get("ctx"), c.req.valid("json").items), 200),
  )
  .openapi(
    createRoute({
      method: "delete",
      path: "/screening/sector-risks",
      tags,
      summary: "Go back to the default sector-risk list. Admins.",
      responses: { 204: { description: "Reset" }, ...errorResponses },
    }),
    async (c) => {
      await risks.resetSectorRisks(c.get("ctx"));
      return c.body(null, 204);
    },
  )
  .openapi(
    createRoute({
      method: "get",
      path: "/screening/goods-risks",
      tags,
      summary: "Goods × countries of the US DOL list used for the goods/country signal, with provenance",
      request: { query: CursorQuery },
      responses: { 200: json(GoodsRiskList, "A page of the data, by key"), ...errorResponses },
    }),
    (c) => {
      const data = risks.goodsRisks();
      return c.json({ provenance: data.provenance, ...pageByKey(data.items, [{ value: (g) => g.key }], c.req.valid("query")) }, 200);
    },
  );

/** A network's catalogue: coordinators edit a draft and publish versions; members read. Needs a user, not an active organisation. */
export function networkCatalogueRoutes(deps: AppDeps) {
  const ctx = (c: Context<AppEnv>): NetworkCtx => {
    const u = c.get("sessionUser");
    return {
      db: deps.database.db,
      database: deps.database,
      user: { id: u.id, name: u.name, email: u.email },
      activeOrgId: c.req.header("x-organization-id") || c.get("activeOrganizationId"),
    };
  };
  return createRouter()
    .openapi(
      createRoute({
        method: "get",
        path: "/networks/{id}/screening-catalogue",
        tags,
        summary: "The network's published catalogue (and draft, for coordinators)",
        request: { params: IdParam },
        responses: { 200: json(NetworkCatalogue, "The catalogue"), ...errorResponses },
      }),
      async (c) => c.json(await network.networkCatalogue(ctx(c), c.req.valid("param").id), 200),
    )
    .openapi(
      createRoute({
        method: "get",
        path: "/networks/{id}/screening-catalogue/versions",
        tags,
        summary: "The network's catalogue versions, newest first",
        request: { params: IdParam, query: PageQuery },
        responses: { 200: json(pageOf(NetworkCatalogueVersion), "A page of versions"), ...errorResponses },
      }),
      async (c) => c.json(await network.networkVersions(ctx(c), c.req.valid("param").id, c.req.valid("query")), 200),
    )
    .openapi(
      createRoute({
        method: "post",
        path: "/networks/{id}/screening-catalogue/draft",
        tags,
        summary: "Open a draft from the latest version (coordinators); returns the open draft if any",
        request: { params: IdParam },
        responses: { 200: json(NetworkCatalogueVersion, "The draft"), ...errorResponses },
      }),
      async (c) => c.json(await network.openDraft(ctx(c), c.req.valid("param").id), 200),
    )
    .openapi(
      createRoute({
        method: "put",
        path: "/networks/{id}/screening-catalogue/draft",
        tags,
        summary: "Replace the draft's criteria and excluded sectors (coordinators)",
        request: { params: IdParam, ...body(NetworkDraftInput) },
        responses: { 200: json(NetworkCatalogueVersion, "The draft"), ...errorResponses },
      }),
      async (c) => c.json(await network.saveDraft(ctx(c), c.req.valid("param").id, c.req.valid("json")), 200),
    )
    .openapi(
      createRoute({
        method: "delete",
        path: "/networks/{id}/screening-catalogue/draft",
        tags,
        summary: "Discard the draft (coordinators)",
        request: { params: IdParam },
        responses: { 204: { description: "Discarded" }, ...errorResponses },
      }),
      async (c) => {
        await network.discardDraft(ctx(c), c.req.valid("param").id);
        return c.body(null, 204);
      },
    )
    .openapi(
      createRoute({
        method: "post",
        path: "/networks/{id}/screening-catalogue/draft/publish",
        tags,
        summary: "Publish the draft as a new immutable version (coordinators)",
        request: { params: IdParam },
        responses: { 200: json(NetworkCatalogueVersion, "The published version"), ...errorResponses },
      }),
      async (c) => c.json(await network.publishDraft(ctx(c), c.req.valid("param").id), 200),
    );
}
