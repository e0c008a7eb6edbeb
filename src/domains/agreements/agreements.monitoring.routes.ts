import { createRoute, z } from "@hono/zod-openapi";
import { createRouter, errorResponses } from "../../server/http.js";
import { CursorQuery, pageOf } from "../../shared/pagination.js";
import { pageByKey } from "../../platform/keyset.js";
import { fileResponse } from "../imports/exports.writer.js";
import { streamDownload } from "../../server/download.js";
import * as commitments from "./agreements.commitments.js";
import { exportCommitments } from "./agreements.commitments.export.js";
import "./agreements.ical.js";
import { addCheckIn, getMonitoring, listCheckIns, putSchedule, removeCheckIn } from "./agreements.monitoring.js";
import {
  CheckIn,
  CheckInInput,
  Commitment,
  CommitmentExportQuery,
  CommitmentInput,
  CommitmentListQuery,
  CommitmentPatch,
  Monitoring,
  ScheduleInput,
} from "./agreements.schema.js";

const param = (name: string) => z.string().meta({ param: { name, in: "path" }, example: "5b8a…" });
const IdParam = z.object({ id: param("id") });
const json = <T extends z.ZodTypeAny>(schema: T, description: string) => ({ content: { "application/json": { schema } }, description });
const body = <T extends z.ZodTypeAny>(schema: T) => ({ content: { "application/json": { schema } }, required: true });

/** Commitments (who promised what by when), check-ins and monitoring schedules. */
export const monitoringRoutes = createRouter()
  .openapi(
    createRoute({
      method: "get",
      path: "/commitments",
      tags: ["Commitments"],
      summary: "Commitments across all engagements, by due date (dashboard: ?overdue=true)",
      description: "Overdue: status open and the due day is before today (UTC).",
      request: { query: CommitmentListQuery },
      responses: { 200: json(pageOf(Commitment), "A page of commitments"), ...errorResponses },
    }),
    async (c) => c.json(await commitments.list(c.get("ctx"), c.req.valid("query")), 200),
  )
  .openapi(
    createRoute({
      method: "get",
      path: "/commitments/export",
      tags: ["Commitments"],
      summary: "Download commitments as CSV or XLSX (the list's filters)",
      request: { query: CommitmentExportQuery },
      responses: { 200: fileResponse, ...errorResponses },
    }),
    async (c) => streamDownload(await exportCommitments(c.get("ctx"), c.req.valid("query"))),
  )
  .openapi(
    createRoute({
      method: "get",
      path: "/commitments/{id}",
      tags: ["Commitments"],
      summary: "Get a commitment",
      request: { params: IdParam },
      responses: { 200: json(Commitment, "The commitment"), ...errorResponses },
    }),
    async (c) => c.json(await commitments.get(c.get("ctx"), c.req.valid("param").id), 200),
  )
  .openapi(
    createRoute({
      method: "patch",
      path: "/commitments/{id}",
      tags: ["Commitments"],
      summary: "Change a commitment or its status (done records when)",
      request: { params: IdParam, body: body(CommitmentPatch) },
      responses: { 200: json(Commitment, "The changed commitment"), ...errorResponses },
    }),
    async (c) => c.json(await commitments.update(c.get("ctx"), c.req.valid("param").id, c.req.valid("json")), 200),
  )
  .openapi(
    createRoute({
      method: "delete",
      path: "/commitments/{id}",
      tags: ["Commitments"],
      summary: "Delete a commitment",
      request: { params: IdParam },
      responses: { 204: { description: "Deleted" }, ...errorResponses },
    }),
    async (c) => {
      await commitments.remove(c.get("ctx"), c.req.valid("param").id);
      return c.body(null, 204);
    },
  )
  .openapi(
    createRoute({
      method: "get",
      path: "/engagements/{id}/commitments",
      tags: ["Commitments"],
      summary: "An engagement's commitments: open ones first, by due date",
      request: { params: IdParam, query: CursorQuery },
      responses: { 200: json(pageOf(Commitment), "The commitments"), ...errorResponses },
    }),
    async (c) =>
      c.json(
        pageByKey(
          (await commitments.ofEngagement(c.get("ctx"), c.req.valid("param").id)).items,
          [{ value: (x) => x.status !== "open" }, { value: (x) => x.dueOn }, { value: (x) => x.createdAt }, { value: (x) => x.id }],
          c.req.valid("query"),
        ),
        200,
      ),
  )
  .openapi(
    createRoute({
      method: "post",
      path: "/engagements/{id}/commitments",
      tags: ["Commitments"],
      summary: "Record who promised what by when",
      description: "party ngo names a member (userId); party company names a contact of the engagement's company (contactId).",
      request: { params: IdParam, body: body(CommitmentInput) },
      responses: { 201: json(Commitment, "The new commitment"), ...errorResponses },
    }),
    async (c) => c.json(await commitments.create(c.get("ctx"), c.req.valid("param").id, c.req.valid("json")), 201),
  )
  .openapi(
    createRoute({
      method: "get",
      path: "/engagements/{id}/check-ins",
      tags: ["Monitoring"],
      summary: "An engagement's check-ins, newest first, with indicator values",
      request: { params: IdParam, query: CursorQuery },
      responses: { 200: json(pageOf(CheckIn), "The check-ins"), ...errorResponses },
    }),
    async (c) =>
      c.json(
        pageByKey(
          (await listCheckIns(c.get("ctx"), c.req.valid("param").id)).items,
          [
            { value: (x) => x.occurredOn, desc: true },
            { value: (x) => x.createdAt, desc: true },
            { value: (x) => x.id, desc: true },
          ],
          c.req.valid("query"),
        ),
        200,
      ),
  )
  .openapi(
    createRoute({
      method: "post",
      path: "/engagements/{id}/check-ins",
      tags: ["Monitoring"],
      summary: "Record a check-in: date, notes, indicator values",
      request: { params: IdParam, body: body(CheckInInput) },
      responses: { 201: json(CheckIn, "The new check-in"), ...errorResponses },
    }),
    async (c) => c.json(await addCheckIn(c.get("ctx"), c.req.valid("param").id, c.req.valid("json")), 201),
  )
  .openapi(
    createRoute({
      method: "delete",
      path: "/engagements/{id}/check-ins/{checkInId}",
      tags: ["Monitoring"],
      summary: "Delete a check-in",
      request: { params: z.object({ id: param("id"), checkInId: param("checkInId") }) },
      responses: { 204: { description: "Deleted" }, ...errorResponses },
    }),
    async (c) => {
      const p = c.req.valid("param");
      await removeCheckIn(c.get("ctx"), p.id, p.checkInId);
      return c.body(null, 204);
    },
  )
  .openapi(
    createRoute({
      method: "get",
      path: "/engagements/{id}/monitoring",
      tags: ["Monitoring"],
      summary: "The monitoring schedule, expected and missed check-ins, next due date",
      description:
        "Code-of-conduct engagements (mode business_practice) expect a check-in every 90 days from the agreement's start unless their schedule says otherwise. A check-in within ±toleranceDays of an expected date meets it; each check-in meets one date; a date whose window closed without one is missed.",
      request: { params: IdParam },
      responses: { 200: json(Monitoring, "Schedule and status"), ...errorResponses },
    }),
    async (c) => c.json(await getMonitoring(c.get("ctx"), c.req.valid("param").id), 200),
  )
  .openapi(
    createRoute({
      method: "put",
      path: "/engagements/{id}/monitoring",
      tags: ["Monitoring"],
      summary: "Set the engagement's monitoring schedule (or switch it off)",
      request: { params: IdParam, body: body(ScheduleInput) },
      responses: { 200: json(Monitoring, "Schedule and status"), ...errorResponses },
    }),
    async (c) => c.json(await putSchedule(c.get("ctx"), c.req.valid("param").id, c.req.valid("json")), 200),
  );
