import { createRoute, z } from "@hono/zod-openapi";
import { createRouter, errorResponses, problemResponse } from "../../server/http.js";
import { CursorQuery, pageOf } from "../../shared/pagination.js";
import { pageByKey } from "../../platform/keyset.js";
import { fileResponse } from "../imports/exports.writer.js";
import { streamDownload } from "../../server/download.js";
import {
  Board,
  Engagement,
  EngagementExportQuery,
  EngagementFilters,
  EngagementInput,
  EngagementListQuery,
  EngagementPatch,
  Mode,
  ModeInput,
  ModePatch,
  StageChange,
  StageMoveInput,
} from "./engagements.schema.js";
import * as engagements from "./engagements.service.js";
import { exportEngagements } from "./engagements.export.js";
import { createMode, listModes, updateMode } from "./engagements.modes.js";
import { moveStage, stageHistory } from "./engagements.stage.js";
import { resolveFlag } from "./engagements.turnover.js";

const IdParam = z.object({ id: z.string().meta({ param: { name: "id", in: "path" }, example: "5b8a…" }) });
const json = <T extends z.ZodTypeAny>(schema: T, description: string) => ({ content: { "application/json": { schema } }, description });
const body = <T extends z.ZodTypeAny>(schema: T) => ({ content: { "application/json": { schema } }, required: true });
const tags = ["Engagements"];

/** HTTP routes of the partnership pipeline: engagements, stages, board and the organisation's modes. */
export const engagementsRoutes = createRouter()
  .openapi(
    createRoute({
      method: "get",
      path: "/engagements",
      tags,
      summary: "List and filter engagements (table view)",
      request: { query: EngagementListQuery },
      responses: { 200: json(pageOf(Engagement), "A page of engagements"), ...errorResponses },
    }),
    async (c) => c.json(await engagements.list(c.get("ctx"), c.req.valid("query")), 200),
  )
  .openapi(
    createRoute({
      method: "get",
      path: "/engagements/board",
      tags,
      summary: "Engagements grouped by stage (kanban)",
      request: { query: EngagementFilters },
      responses: { 200: json(Board, "One column per stage"), ...errorResponses },
    }),
    async (c) => c.json(await engagements.board(c.get("ctx"), c.req.valid("query")), 200),
  )
  .openapi(
    createRoute({
      method: "post",
      path: "/engagements",
      tags,
      summary: "Create an engagement (stage 'identified')",
      request: { body: body(EngagementInput) },
      responses: { 201: json(Engagement, "The new engagement"), ...errorResponses },
    }),
    async (c) => c.json(await engagements.create(c.get("ctx"), c.req.valid("json")), 201),
  )
  .openapi(
    createRoute({
      method: "get",
      path: "/engagements/export",
      tags,
      summary: "Download the engagements as CSV or XLSX (the table's filters and order; health for running ones)",
      request: { query: EngagementExportQuery },
      responses: { 200: fileResponse, ...errorResponses },
    }),
    async (c) => streamDownload(await exportEngagements(c.get("ctx"), c.req.valid("query"))),
  )
  .openapi(
    createRoute({
      method: "get",
      path: "/engagements/{id}",
      tags,
      summary: "Get an engagement",
      request: { params: IdParam },
      responses: { 200: json(Engagement, "The engagement"), ...errorResponses },
    }),
    async (c) => c.json(await engagements.get(c.get("ctx"), c.req.valid("param").id), 200),
  )
  .openapi(
    createRoute({
      method: "patch",
      path: "/engagements/{id}",
      tags,
      summary: "Change an engagement (not its stage)",
      request: { params: IdParam, body: body(EngagementPatch) },
      responses: { 200: json(Engagement, "The changed engagement"), ...errorResponses },
    }),
    async (c) => c.json(await engagements.update(c.get("ctx"), c.req.valid("param").id, c.req.valid("json")), 200),
  )
  .openapi(
    createRoute({
      method: "delete",
      path: "/engagements/{id}",
      tags,
      summary: "Delete an engagement with its timeline and tasks",
      request: { params: IdParam },
      responses: { 204: { description: "Deleted" }, ...errorResponses },
    }),
    async (c) => {
      await engagements.remove(c.get("ctx"), c.req.valid("param").id);
      return c.body(null, 204);
    },
  )
  .openapi(
    createRoute({
      method: "post",
      path: "/engagements/{id}/stage",
      tags,
      summary: "Move an engagement to another stage",
      description:
        "Before agreement an engagement moves forward any number of stages; after it one stage at a time (agreed → active → reviewing → renewed → active); it can always step back one stage or end (with a reason), and an ended one reopens to the stage it ended from. " +
        "Approaching and beyond need a current screening decision that is not 'rejected'. An admin may pass that gate with `override: {reason}` (recorded). " +
        "A refused move answers 409 with `rule`: transition_not_allowed, reopen_to_previous_stage, screening_required or screening_rejected.",
      request: { params: IdParam, body: body(StageMoveInput) },
      responses: {
        200: json(Engagement, "The moved engagement"),
        409: problemResponse("The rules forbid the move; `rule` says which"),
        ...errorResponses,
      },
    }),
    async (c) => c.json(await moveStage(c.get("ctx"), c.req.valid("param").id, c.req.valid("json")), 200),
  )
  .openapi(
    createRoute({
      method: "get",
      path: "/engagements/{id}/stages",
      tags,
      summary: "Stage history (oldest first), with override and ending reasons",
      request: { params: IdParam, query: CursorQuery },
      responses: { 200: json(pageOf(StageChange), "The stage moves"), ...errorResponses },
    }),
    async (c) =>
      c.json(
        pageByKey(
          (await stageHistory(c.get("ctx"), c.req.valid("param").id)).items,
          [{ value: (s) => s.changedAt }, { value: (s) => s.id }],
          c.req.valid("query"),
        ),
        200,
      ),
  )
  .openapi(
    createRoute({
      method: "post",
      path: "/engagements/{id}/flags/{flagId}/resolve",
      tags,
      summary: "Resolve an open flag (e.g. a new company contact was found)",
      request: { params: IdParam.extend({ flagId: z.string().meta({ param: { name: "flagId", in: "path" } }) }) },
      responses: { 200: json(Engagement, "The engagement without the flag"), ...errorResponses },
    }),
    async (c) => c.json(await resolveFlag(c.get("ctx"), c.req.valid("param").id, c.req.valid("param").flagId), 200),
  )
  .openapi(
    createRoute({
      method: "get",
      path: "/engagement-modes",
      tags,
      summary: "The organisation's engagement modes",
      request: { query: CursorQuery },
      responses: { 200: json(pageOf(Mode), "Modes in order (archived ones marked)"), ...errorResponses },
    }),
    async (c) =>
      c.json(
        pageByKey((await listModes(c.get("ctx"))).items, [{ value: (m) => m.position }, { value: (m) => m.key }], c.req.valid("query")),
        200,
      ),
  )
  .openapi(
    createRoute({
      method: "post",
      path: "/engagement-modes",
      tags,
      summary: "Add an engagement mode (admins)",
      request: { body: body(ModeInput) },
      responses: { 201: json(Mode, "The new mode"), 409: problemResponse("The key is in use"), ...errorResponses },
    }),
    async (c) => c.json(await createMode(c.get("ctx"), c.req.valid("json")), 201),
  )
  .openapi(
    createRoute({
      method: "patch",
      path: "/engagement-modes/{key}",
      tags,
      summary: "Rename, reorder or archive an engagement mode (admins)",
      request: {
        params: z.object({ key: z.string().meta({ param: { name: "key", in: "path" }, example: "joint_project" }) }),
        body: body(ModePatch),
      },
      responses: { 200: json(Mode, "The changed mode"), ...errorResponses },
    }),
    async (c) => c.json(await updateMode(c.get("ctx"), c.req.valid("param").key, c.req.valid("json")), 200),
  );
