import { createRoute, z } from "@hono/zod-openapi";
import { createRouter, errorResponses } from "../../server/http.js";
import { pageOf } from "../../shared/pagination.js";
import { fileResponse } from "../imports/exports.writer.js";
import { streamDownload } from "../../server/download.js";
import { exportAcknowledgements } from "./acknowledgements.export.js";
import {
  Acknowledgement,
  AcknowledgementCreate,
  AcknowledgementExportQuery,
  AcknowledgementInput,
  AcknowledgementListQuery,
  AcknowledgementPatch,
} from "./acknowledgements.schema.js";
import * as acks from "./acknowledgements.service.js";

const IdParam = z.object({ id: z.string().meta({ param: { name: "id", in: "path" }, example: "5b8a…" }) });
const json = <T extends z.ZodTypeAny>(schema: T, description: string) => ({ content: { "application/json": { schema } }, description });
const body = <T extends z.ZodTypeAny>(schema: T) => ({ content: { "application/json": { schema } }, required: true });
const tags = ["Acknowledgements"];
const CompanyQuery = AcknowledgementListQuery.omit({ companyId: true });

/** The acknowledgement log: where and when the NGO publicly thanked or featured a partner. */
export const acknowledgementsRoutes = createRouter()
  .openapi(
    createRoute({
      method: "get",
      path: "/acknowledgements",
      tags,
      summary: "All acknowledgements, newest first (filter by company, engagement, channel, dates)",
      request: { query: AcknowledgementListQuery },
      responses: { 200: json(pageOf(Acknowledgement), "A page of acknowledgements"), ...errorResponses },
    }),
    async (c) => c.json(await acks.list(c.get("ctx"), c.req.valid("query")), 200),
  )
  .openapi(
    createRoute({
      method: "post",
      path: "/acknowledgements",
      tags,
      summary: "Record an acknowledgement of a partner company",
      request: { body: body(AcknowledgementCreate) },
      responses: { 201: json(Acknowledgement, "The new acknowledgement"), ...errorResponses },
    }),
    async (c) => c.json(await acks.createFor(c.get("ctx"), c.req.valid("json")), 201),
  )
  .openapi(
    createRoute({
      method: "get",
      path: "/acknowledgements/export",
      tags,
      summary: "Download acknowledgements as CSV or XLSX (the list's filters)",
      request: { query: AcknowledgementExportQuery },
      responses: { 200: fileResponse, ...errorResponses },
    }),
    async (c) => streamDownload(await exportAcknowledgements(c.get("ctx"), c.req.valid("query"))),
  )
  .openapi(
    createRoute({
      method: "get",
      path: "/acknowledgements/{id}",
      tags,
      summary: "Get an acknowledgement",
      request: { params: IdParam },
      responses: { 200: json(Acknowledgement, "The acknowledgement"), ...errorResponses },
    }),
    async (c) => c.json(await acks.get(c.get("ctx"), c.req.valid("param").id), 200),
  )
  .openapi(
    createRoute({
      method: "patch",
      path: "/acknowledgements/{id}",
      tags,
      summary: "Change an acknowledgement",
      request: { params: IdParam, body: body(AcknowledgementPatch) },
      responses: { 200: json(Acknowledgement, "The changed acknowledgement"), ...errorResponses },
    }),
    async (c) => c.json(await acks.update(c.get("ctx"), c.req.valid("param").id, c.req.valid("json")), 200),
  )
  .openapi(
    createRoute({
      method: "delete",
      path: "/acknowledgements/{id}",
      tags,
      summary: "Delete an acknowledgement",
      request: { params: IdParam },
      responses: { 204: { description: "Deleted" }, ...errorResponses },
    }),
    async (c) => {
      await acks.remove(c.get("ctx"), c.req.valid("param").id);
      return c.body(null, 204);
    },
  )
  .openapi(
    createRoute({
      method: "get",
      path: "/companies/{id}/acknowledgements",
      tags,
      summary: "A partner company's acknowledgements, newest first",
      request: { params: IdParam, query: CompanyQuery },
      responses: { 200: json(pageOf(Acknowledgement), "A page of acknowledgements"), ...errorResponses },
    }),
    async (c) => c.json(await acks.ofCompany(c.get("ctx"), c.req.valid("param").id, c.req.valid("query")), 200),
  )
  .openapi(
    createRoute({
      method: "post",
      path: "/companies/{id}/acknowledgements",
      tags,
      summary: "Record an acknowledgement of this company",
      request: { params: IdParam, body: body(AcknowledgementInput) },
      responses: { 201: json(Acknowledgement, "The new acknowledgement"), ...errorResponses },
    }),
    async (c) => c.json(await acks.create(c.get("ctx"), c.req.valid("param").id, c.req.valid("json")), 201),
  );
