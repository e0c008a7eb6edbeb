import { createRoute, z } from "@hono/zod-openapi";
import { createRouter, errorResponses, problemResponse } from "../../server/http.js";
import { CaseStudyDraft, CaseStudyDraftQuery, CaseStudyInput } from "./knowledge.case-study.schema.js";
import * as caseStudies from "./knowledge.case-study.service.js";
import { KnowledgeItem } from "./knowledge.schema.js";

const IdParam = z.object({ id: z.string().meta({ param: { name: "id", in: "path" }, example: "5b8a…" }) });
const json = <T extends z.ZodTypeAny>(schema: T, description: string) => ({ content: { "application/json": { schema } }, description });
const tags = ["Knowledge hub"];

/** Case studies written from an engagement: the pre-filled draft, writing it, and an admin's approval. */
export const caseStudyRoutes = createRouter()
  .openapi(
    createRoute({
      method: "get",
      path: "/engagements/{id}/case-study-draft",
      tags,
      summary:
        "A case study pre-filled from an engagement, without anything confidential, and the confidential parts that could be included",
      request: { params: IdParam, query: CaseStudyDraftQuery },
      responses: { 200: json(CaseStudyDraft, "The draft and its optional confidential parts"), ...errorResponses },
    }),
    async (c) => c.json(await caseStudies.draft(c.get("ctx"), c.req.valid("param").id, c.req.valid("query").language ?? "en"), 200),
  )
  .openapi(
    createRoute({
      method: "post",
      path: "/engagements/{id}/case-studies",
      tags,
      summary:
        "Write a case study from an engagement (a draft until an admin approves it); confidential parts enter only when included, and a story only under a consent covering knowledge sharing",
      request: { params: IdParam, body: { content: { "application/json": { schema: CaseStudyInput } }, required: true } },
      responses: {
        201: {
          ...json(KnowledgeItem, "The draft case study (status draft)"),
          headers: { Location: { schema: { type: "string" }, description: "The item: /api/v1/knowledge/{id}" } },
        },
        ...errorResponses,
      },
    }),
    async (c) => {
      const item = await caseStudies.write(c.get("ctx"), c.req.valid("param").id, c.req.valid("json"));
      c.header("Location", `/api/v1/knowledge/${item.id}`);
      return c.json(item, 201);
    },
  )
  .openapi(
    createRoute({
      method: "post",
      path: "/knowledge/{id}/approve",
      tags,
      summary: "Approve a draft (owners and admins): it is published to its scope — a network draft is then read by the network's members",
      request: { params: IdParam },
      responses: {
        200: json(KnowledgeItem, "The published item"),
        409: problemResponse("Already published"),
        ...errorResponses,
      },
    }),
    async (c) => c.json(await caseStudies.approve(c.get("ctx"), c.req.valid("param").id), 200),
  );
