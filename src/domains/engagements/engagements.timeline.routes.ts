import { createRoute, z } from "@hono/zod-openapi";
import { createRouter, errorResponses } from "../../server/http.js";
import { Activity, ActivityInput, ActivityPatch, Task, TaskInput, TaskPatch } from "./engagements.schema.js";
import * as activities from "./engagements.activities.js";
import * as tasks from "./engagements.tasks.js";
import { CursorQuery, pageOf } from "../../shared/pagination.js";
import { pageByKey, type KeyPart } from "../../platform/keyset.js";

const IdParam = z.object({ id: z.string().meta({ param: { name: "id", in: "path" }, example: "5b8a…" }) });
const json = <T extends z.ZodTypeAny>(schema: T, description: string) => ({ content: { "application/json": { schema } }, description });
const body = <T extends z.ZodTypeAny>(schema: T) => ({ content: { "application/json": { schema } }, required: true });
const Activities = pageOf(Activity);
const Tasks = pageOf(Task);
const newestFirst: KeyPart<Activity>[] = [
  { value: (a) => a.occurredOn, desc: true },
  { value: (a) => a.createdAt, desc: true },
  { value: (a) => a.id, desc: true },
];
// Open first, then by due date (undated last), then oldest first.
const openFirst: KeyPart<Task>[] = [
  { value: (t) => t.done },
  { value: (t) => t.dueOn },
  { value: (t) => t.createdAt },
  { value: (t) => t.id },
];
const byDue: KeyPart<Task>[] = openFirst.slice(1);
const timeline = ["Timeline"];
const todo = ["Tasks"];

/** HTTP routes of the timeline (meetings, calls, e-mails, notes) and of tasks (next steps). */
export const timelineRoutes = createRouter()
  .openapi(
    createRoute({
      method: "get",
      path: "/engagements/{id}/activities",
      tags: timeline,
      summary: "An engagement's timeline, newest first",
      request: { params: IdParam, query: CursorQuery },
      responses: { 200: json(Activities, "Activities"), ...errorResponses },
    }),
    async (c) =>
      c.json(
        pageByKey((await activities.ofEngagement(c.get("ctx"), c.req.valid("param").id)).items, newestFirst, c.req.valid("query")),
        200,
      ),
  )
  .openapi(
    createRoute({
      method: "post",
      path: "/engagements/{id}/activities",
      tags: timeline,
      summary: "Record a meeting, call, e-mail or note on an engagement",
      request: { params: IdParam, body: body(ActivityInput) },
      responses: { 201: json(Activity, "The new activity"), ...errorResponses },
    }),
    async (c) => c.json(await activities.addToEngagement(c.get("ctx"), c.req.valid("param").id, c.req.valid("json")), 201),
  )
  .openapi(
    createRoute({
      method: "get",
      path: "/companies/{id}/activities",
      tags: timeline,
      summary: "A company's timeline: its own activities and all its engagements', newest first",
      request: { params: IdParam, query: CursorQuery },
      responses: { 200: json(Activities, "Activities"), ...errorResponses },
    }),
    async (c) =>
      c.json(pageByKey((await activities.ofCompany(c.get("ctx"), c.req.valid("param").id)).items, newestFirst, c.req.valid("query")), 200),
  )
  .openapi(
    createRoute({
      method: "post",
      path: "/companies/{id}/activities",
      tags: timeline,
      summary: "Record an activity with a company outside any engagement",
      request: { params: IdParam, body: body(ActivityInput) },
      responses: { 201: json(Activity, "The new activity"), ...errorResponses },
    }),
    async (c) => c.json(await activities.addToCompany(c.get("ctx"), c.req.valid("param").id, c.req.valid("json")), 201),
  )
  .openapi(
    createRoute({
      method: "patch",
      path: "/activities/{id}",
      tags: timeline,
      summary: "Change an activity",
      request: { params: IdParam, body: body(ActivityPatch) },
      responses: { 200: json(Activity, "The changed activity"), ...errorResponses },
    }),
    async (c) => c.json(await activities.update(c.get("ctx"), c.req.valid("param").id, c.req.valid("json")), 200),
  )
  .openapi(
    createRoute({
      method: "delete",
      path: "/activities/{id}",
      tags: timeline,
      summary: "Delete an activity",
      request: { params: IdParam },
      responses: { 204: { description: "Deleted" }, ...errorResponses },
    }),
    async (c) => {
      await activities.remove(c.get("ctx"), c.req.valid("param").id);
      return c.body(null, 204);
    },
  )
  .openapi(
    createRoute({
      method: "get",
      path: "/tasks/mine",
      tags: todo,
      summary: "My open tasks across the organisation's engagements (overdue first, undated last)",
      request: { query: CursorQuery },
      responses: { 200: json(Tasks, "Open tasks assigned to me"), ...errorResponses },
    }),
    async (c) => c.json(pageByKey((await tasks.mine(c.get("ctx"))).items, byDue, c.req.valid("query")), 200),
  )
  .openapi(
    createRoute({
      method: "get",
      path: "/engagements/{id}/tasks",
      tags: todo,
      summary: "An engagement's tasks (open first)",
      request: { params: IdParam, query: CursorQuery },
      responses: { 200: json(Tasks, "Tasks"), ...errorResponses },
    }),
    async (c) =>
      c.json(pageByKey((await tasks.ofEngagement(c.get("ctx"), c.req.valid("param").id)).items, openFirst, c.req.valid("query")), 200),
  )
  .openapi(
    createRoute({
      method: "post",
      path: "/engagements/{id}/tasks",
      tags: todo,
      summary: "Add a next step to an engagement",
      request: { params: IdParam, body: body(TaskInput) },
      responses: { 201: json(Task, "The new task"), ...errorResponses },
    }),
    async (c) => c.json(await tasks.create(c.get("ctx"), c.req.valid("param").id, c.req.valid("json")), 201),
  )
  .openapi(
    createRoute({
      method: "patch",
      path: "/tasks/{id}",
      tags: todo,
      summary: "Change a task or mark it done (a done handover task resolves its flag)",
      request: { params: IdParam, body: body(TaskPatch) },
      responses: { 200: json(Task, "The changed task"), ...errorResponses },
    }),
    async (c) => c.json(await tasks.update(c.get("ctx"), c.req.valid("param").id, c.req.valid("json")), 200),
  )
  .openapi(
    createRoute({
      method: "delete",
      path: "/tasks/{id}",
      tags: todo,
      summary: "Delete a task",
      request: { params: IdParam },
      responses: { 204: { description: "Deleted" }, ...errorResponses },
    }),
    async (c) => {
      await tasks.remove(c.get("ctx"), c.req.valid("param").id);
      return c.body(null, 204);
    },
  );
