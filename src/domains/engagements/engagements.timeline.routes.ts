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

type Schema = z.ZodTypeAny;
// The four shapes every route here takes: a page of a parent's items, an item added under a parent, an item changed, an item deleted.
const listRoute = <P extends string, O extends Schema>(path: P, tags: string[], summary: string, page: O, description: string) =>
  createRoute({
    method: "get",
    path,
    tags,
    summary,
    request: { params: IdParam, query: CursorQuery },
    responses: { 200: json(page, description), ...errorResponses },
  });
const addRoute = <P extends string, I extends Schema, O extends Schema>(
  path: P,
  tags: string[],
  summary: string,
  input: I,
  item: O,
  description: string,
) =>
  createRoute({
    method: "post",
    path,
    tags,
    summary,
    request: { params: IdParam, body: body(input) },
    responses: { 201: json(item, description), ...errorResponses },
  });
const changeRoute = <P extends string, I extends Schema, O extends Schema>(
  path: P,
  tags: string[],
  summary: string,
  patch: I,
  item: O,
  description: string,
) =>
  createRoute({
    method: "patch",
    path,
    tags,
    summary,
    request: { params: IdParam, body: body(patch) },
    responses: { 200: json(item, description), ...errorResponses },
  });
const deleteRoute = <P extends string>(path: P, tags: string[], summary: string) =>
  createRoute({
    method: "delete",
    path,
    tags,
    summary,
    request: { params: IdParam },
    responses: { 204: { description: "Deleted" }, ...errorResponses },
  });

/** HTTP routes of the timeline (meetings, calls, e-mails, notes) and of tasks (next steps). */
export const timelineRoutes = createRouter()
  .openapi(
    listRoute("/engagements/{id}/activities", timeline, "An engagement's timeline, newest first", Activities, "Activities"),
    async (c) =>
      c.json(
        pageByKey((await activities.ofEngagement(c.get("ctx"), c.req.valid("param").id)).items, newestFirst, c.req.valid("query")),
        200,
      ),
  )
  .openapi(
    addRoute(
      "/engagements/{id}/activities",
      timeline,
      "Record a meeting, call, e-mail or note on an engagement",
      ActivityInput,
      Activity,
      "The new activity",
    ),
    async (c) => c.json(await activities.addToEngagement(c.get("ctx"), c.req.valid("param").id, c.req.valid("json")), 201),
  )
  .openapi(
    listRoute(
      "/companies/{id}/activities",
      timeline,
      "A company's timeline: its own activities and all its engagements', newest first",
      Activities,
      "Activities",
    ),
    async (c) =>
      c.json(pageByKey((await activities.ofCompany(c.get("ctx"), c.req.valid("param").id)).items, newestFirst, c.req.valid("query")), 200),
  )
  .openapi(
    addRoute(
      "/companies/{id}/activities",
      timeline,
      "Record an activity with a company outside any engagement",
      ActivityInput,
      Activity,
      "The new activity",
    ),
    async (c) => c.json(await activities.addToCompany(c.get("ctx"), c.req.valid("param").id, c.req.valid("json")), 201),
  )
  .openapi(
    createRoute({
      method: "get",
      path: "/activities/{id}",
      tags: timeline,
      summary: "An activity",
      request: { params: IdParam },
      responses: { 200: json(Activity, "The activity"), ...errorResponses },
    }),
    async (c) => c.json(await activities.get(c.get("ctx"), c.req.valid("param").id), 200),
  )
  .openapi(changeRoute("/activities/{id}", timeline, "Change an activity", ActivityPatch, Activity, "The changed activity"), async (c) =>
    c.json(await activities.update(c.get("ctx"), c.req.valid("param").id, c.req.valid("json")), 200),
  )
  .openapi(deleteRoute("/activities/{id}", timeline, "Delete an activity"), async (c) => {
    await activities.remove(c.get("ctx"), c.req.valid("param").id);
    return c.body(null, 204);
  })
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
  // After /tasks/mine, which would otherwise read as a task id. Its ETag is what If-Match on PATCH/DELETE compares.
  .openapi(
    createRoute({
      method: "get",
      path: "/tasks/{id}",
      tags: todo,
      summary: "A task",
      request: { params: IdParam },
      responses: { 200: json(Task, "The task"), ...errorResponses },
    }),
    async (c) => c.json(await tasks.one(c.get("ctx"), c.req.valid("param").id), 200),
  )
  .openapi(listRoute("/engagements/{id}/tasks", todo, "An engagement's tasks (open first)", Tasks, "Tasks"), async (c) =>
    c.json(pageByKey((await tasks.ofEngagement(c.get("ctx"), c.req.valid("param").id)).items, openFirst, c.req.valid("query")), 200),
  )
  .openapi(addRoute("/engagements/{id}/tasks", todo, "Add a next step to an engagement", TaskInput, Task, "The new task"), async (c) =>
    c.json(await tasks.create(c.get("ctx"), c.req.valid("param").id, c.req.valid("json")), 201),
  )
  .openapi(
    changeRoute(
      "/tasks/{id}",
      todo,
      "Change a task or mark it done (a done handover task resolves its flag)",
      TaskPatch,
      Task,
      "The changed task",
    ),
    async (c) => c.json(await tasks.update(c.get("ctx"), c.req.valid("param").id, c.req.valid("json")), 200),
  )
  .openapi(deleteRoute("/tasks/{id}", todo, "Delete a task"), async (c) => {
    await tasks.remove(c.get("ctx"), c.req.valid("param").id);
    return c.body(null, 204);
  });
