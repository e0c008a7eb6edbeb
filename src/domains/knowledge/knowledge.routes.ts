import { createRoute, z } from "@hono/zod-openapi";
import type { AppDeps } from "../../server/deps.js";
import { download } from "../../server/download.js";
import { createRouter, errorResponses, problemResponse } from "../../server/http.js";
import { uploadLimit } from "../../server/upload-limit.js";
import { pageOf } from "../../shared/pagination.js";
import {
  KnowledgeFile,
  KnowledgeInput,
  KnowledgeItem,
  KnowledgeListQuery,
  KnowledgePatch,
  KnowledgeSummary,
  KnowledgeVersion,
  PublicKnowledgeItem,
} from "./knowledge.schema.js";
import * as knowledge from "./knowledge.service.js";

const IdParam = z.object({ id: z.string().meta({ param: { name: "id", in: "path" }, example: "5b8a…" }) });
const FileParams = z.object({
  id: z.string().meta({ param: { name: "id", in: "path" }, example: "5b8a…" }),
  fileId: z.string().meta({ param: { name: "fileId", in: "path" }, example: "0c1d…" }),
});
const binary = (description: string) => ({
  description,
  content: { "application/octet-stream": { schema: { type: "string" as const, format: "binary" } } },
});
const FileForm = z.object({
  file: z
    .custom<File>(
      (v) => typeof v === "object" && v !== null && typeof (v as Blob).arrayBuffer === "function",
      "Attach the image or document as the form field `file`.",
    )
    .meta({
      type: "string",
      format: "binary",
      description: "An image (PNG, JPEG, WebP), PDF, text or office document, up to PARTNERWISE_MAX_UPLOAD_MB (default 10 MB)",
    } as never),
});
const json = <T extends z.ZodTypeAny>(schema: T, description: string) => ({ content: { "application/json": { schema } }, description });
const body = <T extends z.ZodTypeAny>(schema: T) => ({ content: { "application/json": { schema } }, required: true });
const tags = ["Knowledge hub"];
const Items = z.object({ items: z.array(KnowledgeSummary) });
const SuggestedQuery = z.object({
  tags: z
    .string()
    .max(2000)
    .optional()
    .transform((s) =>
      s
        ? s
            .split(",")
            .map((x) => x.trim())
            .filter(Boolean)
        : [],
    )
    .meta({
      description: "Comma-separated tags, e.g. an engagement's `mode:<key>,stage:<stage>` or an assessment gap's need",
      type: "string",
    } as never),
});

/** The knowledge hub inside the active organisation: its own items, its networks' and public ones. */
export const knowledgeRoutes = createRouter()
  .openapi(
    createRoute({
      method: "get",
      path: "/knowledge",
      tags,
      summary: "Knowledge items the organisation may read: full-text search in each item's language, filters by tag, kind, language, scope",
      request: { query: KnowledgeListQuery },
      responses: { 200: json(pageOf(KnowledgeSummary), "A page of items (best match first when searching)"), ...errorResponses },
    }),
    async (c) => c.json(await knowledge.list(c.get("ctx"), c.req.valid("query")), 200),
  )
  .openapi(
    createRoute({
      method: "post",
      path: "/knowledge",
      tags,
      summary: "Write a knowledge item (private; shared with a network or public by an admin)",
      request: { body: body(KnowledgeInput) },
      responses: { 201: json(KnowledgeItem, "The new item"), ...errorResponses },
    }),
    async (c) => c.json(await knowledge.create(c.get("ctx"), c.req.valid("json")), 201),
  )
  .openapi(
    createRoute({
      method: "get",
      path: "/knowledge/suggested",
      tags,
      summary: "Items suggested in context: those carrying any of the given tags, most matching first",
      request: { query: SuggestedQuery },
      responses: { 200: json(Items, "Suggested items"), ...errorResponses },
    }),
    async (c) => c.json(await knowledge.suggested(c.get("ctx"), c.req.valid("query").tags), 200),
  )
  .openapi(
    createRoute({
      method: "get",
      path: "/knowledge/{id}",
      tags,
      summary: "Read a knowledge item",
      request: { params: IdParam },
      responses: { 200: json(KnowledgeItem, "The item"), ...errorResponses },
    }),
    async (c) => c.json(await knowledge.get(c.get("ctx"), c.req.valid("param").id), 200),
  )
  .openapi(
    createRoute({
      method: "patch",
      path: "/knowledge/{id}",
      tags,
      summary: "Change a knowledge item (a new version); a network's coordinators curate its network items",
      request: { params: IdParam, body: body(KnowledgePatch) },
      responses: { 200: json(KnowledgeItem, "The changed item"), ...errorResponses },
    }),
    async (c) => c.json(await knowledge.update(c.get("ctx"), c.req.valid("param").id, c.req.valid("json")), 200),
  )
  .openapi(
    createRoute({
      method: "delete",
      path: "/knowledge/{id}",
      tags,
      summary: "Delete one of the organisation's knowledge items",
      request: { params: IdParam },
      responses: { 204: { description: "Deleted" }, ...errorResponses },
    }),
    async (c) => {
      await knowledge.remove(c.get("ctx"), c.req.valid("param").id);
      return c.body(null, 204);
    },
  )
  .openapi(
    createRoute({
      method: "get",
      path: "/knowledge/{id}/versions",
      tags,
      summary: "A knowledge item's saved versions, newest first",
      request: { params: IdParam },
      responses: { 200: json(z.object({ items: z.array(KnowledgeVersion) }), "The versions"), ...errorResponses },
    }),
    async (c) => c.json(await knowledge.versions(c.get("ctx"), c.req.valid("param").id), 200),
  )
  .openapi(
    createRoute({
      method: "get",
      path: "/knowledge/{id}/backlinks",
      tags,
      summary: 'Items that link to this one ("linked from"), among those the caller may read',
      request: { params: IdParam },
      responses: { 200: json(Items, "Items linking here"), ...errorResponses },
    }),
    async (c) => c.json(await knowledge.backlinks(c.get("ctx"), c.req.valid("param").id), 200),
  )
  .openapi(
    createRoute({
      method: "post",
      path: "/knowledge/{id}/files",
      tags,
      summary: "Attach an image or a document to an item (those who may change it)",
      description:
        "Stored privately in the owning organisation's file storage; the content must match its type. Readers of the item may read it; the files of public items are served on the network's public pages.",
      middleware: [uploadLimit] as const,
      request: { params: IdParam, body: { content: { "multipart/form-data": { schema: FileForm } }, required: true } },
      responses: { 201: json(KnowledgeFile, "The stored file"), 413: problemResponse("File too large"), ...errorResponses },
    }),
    async (c) => {
      const f = c.req.valid("form").file;
      const bytes = new Uint8Array(await f.arrayBuffer());
      return c.json(
        await knowledge.addFile(c.get("ctx"), c.req.valid("param").id, { filename: f.name || "file", type: f.type, bytes }),
        201,
      );
    },
  )
  .openapi(
    createRoute({
      method: "get",
      path: "/knowledge/{id}/files",
      tags,
      summary: "An item's images and attachments",
      request: { params: IdParam },
      responses: { 200: json(z.object({ items: z.array(KnowledgeFile) }), "The files"), ...errorResponses },
    }),
    async (c) => c.json(await knowledge.files(c.get("ctx"), c.req.valid("param").id), 200),
  )
  .openapi(
    createRoute({
      method: "get",
      path: "/knowledge/{id}/files/{fileId}",
      tags,
      summary: "Download one of an item's files (whoever may read the item)",
      request: { params: FileParams },
      responses: { 200: binary("The file"), ...errorResponses },
    }),
    async (c) => {
      const p = c.req.valid("param");
      const { file, bytes } = await knowledge.readFile(c.get("ctx"), p.id, p.fileId);
      return download(bytes, file.contentType, file.filename);
    },
  )
  .openapi(
    createRoute({
      method: "delete",
      path: "/knowledge/{id}/files/{fileId}",
      tags,
      summary: "Remove one of an item's files",
      request: { params: FileParams },
      responses: { 204: { description: "Removed" }, ...errorResponses },
    }),
    async (c) => {
      const p = c.req.valid("param");
      await knowledge.removeFile(c.get("ctx"), p.id, p.fileId);
      return c.body(null, 204);
    },
  )
  .openapi(
    createRoute({
      method: "get",
      path: "/knowledge/{id}/related",
      tags,
      summary: "Items related to this one (sharing its tags)",
      request: { params: IdParam },
      responses: { 200: json(Items, "Related items"), ...errorResponses },
    }),
    async (c) => c.json(await knowledge.related(c.get("ctx"), c.req.valid("param").id), 200),
  );

/** Public knowledge items, without sign-in. Mounted at /api. */
export function publicKnowledgeRoutes(deps: AppDeps) {
  return createRouter().openapi(
    createRoute({
      method: "get",
      path: "/public/knowledge/{id}",
      tags,
      summary: "Read a public knowledge item (no sign-in); 404 for any item that is not public",
      request: { params: IdParam },
      responses: {
        200: json(PublicKnowledgeItem, "The public item"),
        404: problemResponse("No public item with this id"),
        422: problemResponse("Invalid id"),
      },
    }),
    async (c) => c.json(await knowledge.getPublic(deps.database.db, c.req.valid("param").id), 200),
  );
}
