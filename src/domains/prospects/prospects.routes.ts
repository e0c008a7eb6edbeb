import { createRoute, z } from "@hono/zod-openapi";
import { download } from "../../server/download.js";
import { createRouter, errorResponses } from "../../server/http.js";
import { pageOf } from "../../shared/pagination.js";
import {
  DocumentQuery,
  FirstContact,
  FirstContactQuery,
  PeerEngagement,
  Proposal,
  ProposalInput,
  ProposalListQuery,
  ProposalPatch,
  ProposalSuggestions,
  ProposalVersion,
  Prospect,
  ProspectListQuery,
  ProspectSettings,
  ProspectSettingsInput,
  StakeholderMap,
  StakeholderMapInput,
  SuggestionQuery,
} from "./prospects.schema.js";
import * as prospects from "./prospects.service.js";
import * as proposals from "./proposals.service.js";

const IdParam = z.object({ id: z.string().meta({ param: { name: "id", in: "path" }, example: "5b8a…" }) });
const json = <T extends z.ZodTypeAny>(schema: T, description: string) => ({ content: { "application/json": { schema } }, description });
const body = <T extends z.ZodTypeAny>(schema: T) => ({ content: { "application/json": { schema } }, required: true });
const file = (type: string, description: string) => ({
  description,
  content: { [type]: { schema: { type: "string" as const, format: "binary" } } },
});
const DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
const tags = ["Prospects"];

/** Whom to approach (prospects, fit scores, stakeholder maps) and how to pitch (proposals, first contact). */
export const prospectsRoutes = createRouter()
  .openapi(
    createRoute({
      method: "get",
      path: "/prospects",
      tags,
      summary: "Companies not yet engaged, best fit first, each fit score explained factor by factor",
      description:
        "A company is a prospect while it has no engagement other than ended ones. Companies rejected by screening or on the organisation's black list are left out unless includeDoNotApproach=true.",
      request: { query: ProspectListQuery },
      responses: { 200: json(pageOf(Prospect), "A page of prospects"), ...errorResponses },
    }),
    async (c) => c.json(await prospects.listProspects(c.get("ctx"), c.req.valid("query")), 200),
  )
  .openapi(
    createRoute({
      method: "get",
      path: "/prospects/settings",
      tags,
      summary: "How prospects are scored: goal, focus sectors, countries, sizes, weights",
      responses: { 200: json(ProspectSettings, "Settings"), ...errorResponses },
    }),
    async (c) => c.json(await prospects.getSettings(c.get("ctx")), 200),
  )
  .openapi(
    createRoute({
      method: "put",
      path: "/prospects/settings",
      tags,
      summary: "Change how prospects are scored (admins)",
      request: { body: body(ProspectSettingsInput) },
      responses: { 200: json(ProspectSettings, "Settings"), ...errorResponses },
    }),
    async (c) => c.json(await prospects.putSettings(c.get("ctx"), c.req.valid("json")), 200),
  )
  .openapi(
    createRoute({
      method: "get",
      path: "/prospects/{id}",
      tags,
      summary: "The stakeholder map of a company: interests, needs, what it could bring and gain, contacts, network peers, fit",
      request: { params: IdParam },
      responses: { 200: json(StakeholderMap, "The stakeholder map"), ...errorResponses },
    }),
    async (c) => c.json(await prospects.stakeholderMap(c.get("ctx"), c.req.valid("param").id), 200),
  )
  .openapi(
    createRoute({
      method: "put",
      path: "/prospects/{id}",
      tags,
      summary: "Save the stakeholder map of a company (members)",
      request: { params: IdParam, body: body(StakeholderMapInput) },
      responses: { 200: json(StakeholderMap, "The stakeholder map"), ...errorResponses },
    }),
    async (c) => c.json(await prospects.putStakeholderMap(c.get("ctx"), c.req.valid("param").id, c.req.valid("json")), 200),
  )
  .openapi(
    createRoute({
      method: "get",
      path: "/prospects/{id}/peers",
      tags,
      summary: "Who else in our networks engages this company (only organisations that chose to share it)",
      request: { params: IdParam },
      responses: { 200: json(z.object({ items: z.array(PeerEngagement) }), "Peers"), ...errorResponses },
    }),
    async (c) => c.json(await prospects.peers(c.get("ctx"), c.req.valid("param").id), 200),
  )
  .openapi(
    createRoute({
      method: "get",
      path: "/prospects/{id}/first-contact",
      tags,
      summary: "A first email or letter to the company, filled from the prospect and the organisation (send it from your own mail client)",
      request: { params: IdParam, query: FirstContactQuery },
      responses: { 200: json(FirstContact, "The letter"), ...errorResponses },
    }),
    async (c) => c.json(await proposals.firstContact(c.get("ctx"), c.req.valid("param").id, c.req.valid("query")), 200),
  )
  .openapi(
    createRoute({
      method: "get",
      path: "/proposals",
      tags,
      summary: "Proposals, last changed first",
      request: { query: ProposalListQuery },
      responses: { 200: json(pageOf(Proposal), "A page of proposals"), ...errorResponses },
    }),
    async (c) => c.json(await proposals.listProposals(c.get("ctx"), c.req.valid("query")), 200),
  )
  .openapi(
    createRoute({
      method: "post",
      path: "/proposals",
      tags,
      summary: "Start a proposal to a company; steps not given are pre-filled with suggested wording for its modes and sector",
      request: { body: body(ProposalInput) },
      responses: { 201: json(Proposal, "The new proposal"), ...errorResponses },
    }),
    async (c) => c.json(await proposals.createProposal(c.get("ctx"), c.req.valid("json")), 201),
  )
  .openapi(
    createRoute({
      method: "get",
      path: "/proposals/{id}",
      tags,
      summary: "A proposal (current version)",
      request: { params: IdParam },
      responses: { 200: json(Proposal, "The proposal"), ...errorResponses },
    }),
    async (c) => c.json(await proposals.getProposal(c.get("ctx"), c.req.valid("param").id), 200),
  )
  .openapi(
    createRoute({
      method: "patch",
      path: "/proposals/{id}",
      tags,
      summary: "Save changes as a new version (the previous one is kept)",
      request: { params: IdParam, body: body(ProposalPatch) },
      responses: { 200: json(Proposal, "The proposal"), ...errorResponses },
    }),
    async (c) => c.json(await proposals.updateProposal(c.get("ctx"), c.req.valid("param").id, c.req.valid("json")), 200),
  )
  .openapi(
    createRoute({
      method: "delete",
      path: "/proposals/{id}",
      tags,
      summary: "Delete a proposal and its versions",
      request: { params: IdParam },
      responses: { 204: { description: "Deleted" }, ...errorResponses },
    }),
    async (c) => {
      await proposals.deleteProposal(c.get("ctx"), c.req.valid("param").id);
      return c.body(null, 204);
    },
  )
  .openapi(
    createRoute({
      method: "get",
      path: "/proposals/{id}/versions",
      tags,
      summary: "The proposal's versions, newest first",
      request: { params: IdParam },
      responses: {
        200: json(z.object({ items: z.array(ProposalVersion.extend({ current: z.boolean() })) }), "Versions"),
        ...errorResponses,
      },
    }),
    async (c) => c.json(await proposals.proposalVersions(c.get("ctx"), c.req.valid("param").id), 200),
  )
  .openapi(
    createRoute({
      method: "get",
      path: "/proposals/{id}/suggestions",
      tags,
      summary:
        "Suggested wording for each step, from the knowledge hub: templates tagged with the proposal's modes or the company's sector, the organisation's own first, then its networks', then built-in ones",
      request: { params: IdParam, query: SuggestionQuery },
      responses: { 200: json(ProposalSuggestions, "Suggestions per step"), ...errorResponses },
    }),
    async (c) => c.json(await proposals.proposalSuggestions(c.get("ctx"), c.req.valid("param").id, c.req.valid("query")), 200),
  )
  .openapi(
    createRoute({
      method: "get",
      path: "/proposals/{id}/pdf",
      tags,
      summary: "The proposal as PDF, with the organisation's logo and colour",
      request: { params: IdParam, query: DocumentQuery },
      responses: { 200: file("application/pdf", "PDF"), ...errorResponses },
    }),
    async (c) => {
      const f = await proposals.proposalPdf(c.get("ctx"), c.req.valid("param").id, c.req.valid("query").version);
      return download(f.bytes, "application/pdf", f.filename);
    },
  )
  .openapi(
    createRoute({
      method: "get",
      path: "/proposals/{id}/docx",
      tags,
      summary: "The proposal as DOCX, to edit further in a word processor",
      request: { params: IdParam, query: DocumentQuery },
      responses: { 200: file(DOCX, "DOCX"), ...errorResponses },
    }),
    async (c) => {
      const f = await proposals.proposalDocx(c.get("ctx"), c.req.valid("param").id, c.req.valid("query").version);
      return download(f.bytes, DOCX, f.filename);
    },
  )
  .openapi(
    createRoute({
      method: "get",
      path: "/proposals/{id}/pitch.pdf",
      tags,
      summary: "A one-page pitch sheet of the proposal (PDF)",
      request: { params: IdParam, query: DocumentQuery },
      responses: { 200: file("application/pdf", "PDF"), ...errorResponses },
    }),
    async (c) => {
      const f = await proposals.pitchPdf(c.get("ctx"), c.req.valid("param").id, c.req.valid("query").version);
      return download(f.bytes, "application/pdf", f.filename);
    },
  );
