import { createRoute, z } from "@hono/zod-openapi";
import { createRouter, errorResponses, problemResponse } from "../../server/http.js";
import { CursorQuery, pageOf } from "../../shared/pagination.js";
import { pageByKey, type KeyPart } from "../../platform/keyset.js";
import {
  Contact,
  ContactExport,
  ContactInput,
  ContactListQuery,
  ContactPatch,
  EmploymentInput,
  EraseInput,
  LeaveInput,
  LeaveResult,
} from "./contacts.schema.js";
import * as contacts from "./contacts.service.js";
import { eraseContact, exportContact } from "./contacts.gdpr.js";

const IdParam = z.object({ id: z.string().meta({ param: { name: "id", in: "path" }, example: "5b8a…" }) });
const json = <T extends z.ZodTypeAny>(schema: T, description: string) => ({ content: { "application/json": { schema } }, description });
const body = <T extends z.ZodTypeAny>(schema: T) => ({ content: { "application/json": { schema } }, required: true });
const tags = ["Contacts"];

/** HTTP routes of contacts: people at companies, their employment history and their data rights. */
export const contactsRoutes = createRouter()
  .openapi(
    createRoute({
      method: "get",
      path: "/contacts",
      tags,
      summary: "List, filter and search contacts",
      request: { query: ContactListQuery },
      responses: { 200: json(pageOf(Contact), "A page of contacts"), ...errorResponses },
    }),
    async (c) => c.json(await contacts.list(c.get("ctx"), c.req.valid("query")), 200),
  )
  .openapi(
    createRoute({
      method: "post",
      path: "/contacts",
      tags,
      summary: "Create a contact (optionally working at a company)",
      request: { body: body(ContactInput) },
      responses: { 201: json(Contact, "The new contact"), ...errorResponses },
    }),
    async (c) => c.json(await contacts.create(c.get("ctx"), c.req.valid("json")), 201),
  )
  .openapi(
    createRoute({
      method: "get",
      path: "/contacts/{id}",
      tags,
      summary: "Get a contact",
      request: { params: IdParam },
      responses: { 200: json(Contact, "The contact"), ...errorResponses },
    }),
    async (c) => c.json(await contacts.get(c.get("ctx"), c.req.valid("param").id), 200),
  )
  .openapi(
    createRoute({
      method: "patch",
      path: "/contacts/{id}",
      tags,
      summary: "Change a contact",
      request: { params: IdParam, body: body(ContactPatch) },
      responses: { 200: json(Contact, "The changed contact"), ...errorResponses },
    }),
    async (c) => c.json(await contacts.update(c.get("ctx"), c.req.valid("param").id, c.req.valid("json")), 200),
  )
  .openapi(
    createRoute({
      method: "delete",
      path: "/contacts/{id}",
      tags,
      summary: "Delete a contact and its employment history",
      request: { params: IdParam },
      responses: { 204: { description: "Deleted" }, ...errorResponses },
    }),
    async (c) => {
      await contacts.remove(c.get("ctx"), c.req.valid("param").id);
      return c.body(null, 204);
    },
  )
  .openapi(
    createRoute({
      method: "post",
      path: "/contacts/{id}/employments",
      tags,
      summary: "Record that a contact (also) works at a company",
      request: { params: IdParam, body: body(EmploymentInput) },
      responses: {
        201: json(Contact, "The contact with the new employment"),
        409: problemResponse("They already work at this company"),
        ...errorResponses,
      },
    }),
    async (c) => c.json(await contacts.join(c.get("ctx"), c.req.valid("param").id, c.req.valid("json")), 201),
  )
  .openapi(
    createRoute({
      method: "post",
      path: "/contacts/{id}/leave",
      tags,
      summary: "Record that a contact left a company (and maybe joined another)",
      description:
        "Ends the employment on `leftOn` (history is kept), clears the person as that company's primary contact, and reports the companies that now have no active contact, so someone can find a new one.",
      request: { params: IdParam, body: body(LeaveInput) },
      responses: {
        200: json(LeaveResult, "The contact and the companies that need a new contact"),
        409: problemResponse("They work at no company now, or already work at the company they join"),
        ...errorResponses,
      },
    }),
    async (c) => c.json(await contacts.leave(c.get("ctx"), c.req.valid("param").id, c.req.valid("json")), 200),
  )
  .openapi(
    createRoute({
      method: "get",
      path: "/companies/{id}/contacts",
      tags,
      summary: "People who work (first) or worked at a company",
      request: { params: IdParam, query: CursorQuery },
      responses: { 200: json(pageOf(Contact), "Active contacts first, then former ones, by name"), ...errorResponses },
    }),
    async (c) => {
      const companyId = c.req.valid("param").id;
      const { items } = await contacts.atCompany(c.get("ctx"), companyId);
      const activeHere = (x: Contact) => x.employments.some((e) => e.companyId === companyId && e.active);
      const keys: KeyPart<Contact>[] = [{ value: (x) => !activeHere(x) }, { value: (x) => x.name, text: true }, { value: (x) => x.id }];
      return c.json(pageByKey(items, keys, c.req.valid("query")), 200);
    },
  )
  .openapi(
    createRoute({
      method: "get",
      path: "/contacts/{id}/export",
      tags,
      summary: "Download everything held about a person (GDPR access/portability; admins)",
      request: { params: IdParam },
      responses: { 200: json(ContactExport, "A JSON file (Content-Disposition: attachment)"), ...errorResponses },
    }),
    async (c) => {
      const id = c.req.valid("param").id;
      const data = await exportContact(c.get("ctx"), id);
      return c.json(data, 200, {
        "Content-Disposition": `attachment; filename="contact-${data.contact.id}.json"`,
        "Cache-Control": "no-store",
      });
    },
  )
  .openapi(
    createRoute({
      method: "post",
      path: "/contacts/{id}/erase",
      tags,
      summary: "Erase a person on request (GDPR Art. 17; admins)",
      description: "Deletes the contact, its employment history and references to it. The audit log keeps the id and the reason only.",
      request: { params: IdParam, body: body(EraseInput) },
      responses: { 204: { description: "Erased" }, ...errorResponses },
    }),
    async (c) => {
      await eraseContact(c.get("ctx"), c.req.valid("param").id, c.req.valid("json").reason);
      return c.body(null, 204);
    },
  );
