import type { Ctx } from "../../platform/context.js";
import { inTransaction } from "../../platform/context.js";
import type { Db } from "../../platform/db.js";
import { checkUpload, deleteOrgFile, readOrgFile, saveOrgFile } from "../../platform/storage.js";
import { AppError, notFound } from "../../shared/app-error.js";
import { audit } from "../audit/audit.service.js";
import { requireRole } from "../auth/guard.js";
import { roleAtLeast } from "../auth/roles.js";
import { BUILT_IN_ITEMS, BUILT_IN_REVIEWED_ON } from "./knowledge.built-in.js";
import type { KnowledgeScope } from "./knowledge.constants.js";
import { beforeKnowledgeSave } from "./knowledge.hooks.js";
import * as repo from "./knowledge.repo.js";
import { fileHref, linkedItemIds } from "./knowledge.rules.js";
import type {
  KnowledgeFile,
  KnowledgeInput,
  KnowledgeItem,
  KnowledgeListQuery,
  KnowledgePatch,
  KnowledgeSummary,
  KnowledgeVersion,
  PublicKnowledgeItem,
} from "./knowledge.schema.js";
import { plainExcerpt } from "./knowledge.text.js";

const reader = (ctx: Ctx): repo.Reader => ({ orgId: ctx.orgId, userId: ctx.user.id });
const today = () => new Date().toISOString().slice(0, 10);
const ref = (id: string | null, name: string | null) => (id ? { id, name: name ?? "" } : null);

function toSummary(ctx: Ctx, r: repo.SummaryRow): KnowledgeSummary {
  return {
    id: r.id,
    kind: r.kind,
    title: r.title,
    excerpt: plainExcerpt(r.head),
    language: r.language,
    scope: r.scope,
    status: r.status,
    network: ref(r.networkId, r.networkName),
    tags: r.tags,
    builtIn: r.builtInKey !== null,
    organization: ref(r.organizationId, r.orgName),
    own: r.organizationId === ctx.orgId,
    author: ref(r.createdBy, r.authorName ?? "(former user)"),
    reviewedOn: r.reviewedOn,
    version: r.version,
    updatedAt: r.updatedAt.toISOString(),
  };
}

function toFile(f: repo.FileRow, uploaderName: string | null): KnowledgeFile {
  return {
    id: f.id,
    filename: f.filename,
    contentType: f.contentType,
    size: f.size,
    sha256: f.sha256,
    url: fileHref(f.itemId, f.id),
    uploadedBy: ref(f.uploadedBy, uploaderName ?? "(former user)"),
    createdAt: f.createdAt.toISOString(),
  };
}

async function toItem(ctx: Ctx, r: repo.ItemRow): Promise<KnowledgeItem> {
  const [canEdit, files, links] = await Promise.all([
    mayEdit(ctx, r),
    repo.filesOf(ctx.db, r.id),
    repo.visibleTitles(ctx.db, reader(ctx), linkedItemIds(r.body)),
  ]);
  return {
    ...toSummary(ctx, { ...r, head: r.body }),
    body: r.body,
    networkId: r.networkId,
    createdAt: r.createdAt.toISOString(),
    canEdit,
    files: files.map(({ f, uploaderName }) => toFile(f, uploaderName)),
    links,
  };
}

/** Whether the caller may change the item: their organisation's (members: private items and drafts; admins: shared ones), or a coordinator curating their network's items. */
async function mayEdit(ctx: Ctx, r: repo.KnowledgeRow): Promise<boolean> {
  if (r.builtInKey !== null) return false;
  if (r.organizationId === ctx.orgId && roleAtLeast(ctx.role, r.scope === "private" || r.status === "draft" ? "member" : "admin"))
    return true;
  return r.scope === "network" && r.networkId !== null && (await repo.coordinates(ctx.db, ctx.user.id, r.networkId));
}

/**
 * Refuses a scope the caller may not give: network needs a network of the organisation's (an admin shares) or one
 * the user coordinates; public needs an admin (and, when a network is named, one of the organisation's).
 */
async function assertScope(ctx: Ctx, scope: KnowledgeScope, networkId: string | null): Promise<void> {
  if (scope === "private") return;
  if (scope === "network" && !networkId) {
    throw new AppError("validation", "An item shared with a network names the network.", {
      errors: [{ path: "networkId", message: "Choose the network to share it with." }],
    });
  }
  if (networkId) {
    const [member, coordinator] = await Promise.all([
      repo.orgInNetwork(ctx.db, ctx.orgId, networkId),
      repo.coordinates(ctx.db, ctx.user.id, networkId),
    ]);
    if (!member && !coordinator) {
      throw new AppError("validation", "Your organisation is not a member of that network.", {
        errors: [{ path: "networkId", message: "Not one of your organisation's networks." }],
      });
    }
    if (scope === "network" && coordinator) return;
  }
  if (!roleAtLeast(ctx.role, "admin")) {
    throw new AppError("forbidden", `Sharing an item beyond the organisation needs the admin role or higher; you are ${ctx.role}.`);
  }
}

async function load(ctx: Ctx, id: string, opts: { lock?: boolean } = {}): Promise<repo.ItemRow> {
  const row = await repo.findVisible(ctx.db, reader(ctx), id, opts);
  if (!row) throw notFound("Knowledge item");
  return row;
}

/** Writes an item of the caller's organisation, with its first version. */
export async function create(ctx: Ctx, input: KnowledgeInput): Promise<KnowledgeItem> {
  requireRole(ctx, "member");
  const networkId = input.scope === "private" ? null : input.networkId;
  await assertScope(ctx, input.scope, networkId);
  return inTransaction(ctx, async (tx) => {
    const row = await repo.insertItem(tx.db, ctx.orgId, {
      kind: input.kind,
      scope: input.scope,
      networkId,
      language: input.language,
      title: input.title,
      body: input.body,
      tags: input.tags,
      reviewedOn: input.reviewedOn ?? today(),
      createdBy: ctx.user.id,
      updatedBy: ctx.user.id,
    });
    await repo.insertVersion(tx.db, row, ctx.user.id);
    await audit(tx, {
      action: "create",
      entityType: "knowledge_item",
      entityId: row.id,
      summary: `Wrote knowledge item ${row.title}`,
      details: { scope: row.scope, networkId, language: row.language, kind: row.kind },
    });
    return toItem(tx, await load(tx, row.id));
  });
}

/** The items the caller may read: searched in each item's own language, filtered by tags, kind, language, scope. */
export async function list(ctx: Ctx, q: KnowledgeListQuery) {
  const { rows, total } = await repo.listItems(ctx.db, reader(ctx), q);
  return { items: rows.map((r) => toSummary(ctx, r)), total, limit: q.limit, offset: q.offset };
}

/** One item (404 for another organisation's private item). */
export async function get(ctx: Ctx, id: string): Promise<KnowledgeItem> {
  return toItem(ctx, await load(ctx, id));
}

/** Changes an item and records the new version; a coordinator curating another organisation's item may only withdraw it from the network. */
export async function update(ctx: Ctx, id: string, patch: KnowledgePatch): Promise<KnowledgeItem> {
  requireRole(ctx, "member");
  return inTransaction(ctx, async (tx) => {
    const before = await load(tx, id, { lock: true });
    if (!(await mayEdit(tx, before))) {
      throw new AppError(
        "forbidden",
        before.builtInKey ? "Built-in items cannot be changed; copy one to adapt it." : "You may not change this item.",
      );
    }
    await repo.claimItemVersion(tx, id);
    const own = before.organizationId === ctx.orgId;
    const scope = patch.scope ?? before.scope;
    const networkId = scope === "private" ? null : patch.networkId !== undefined ? patch.networkId : before.networkId;
    if (scope !== before.scope || networkId !== before.networkId) {
      if (own) await assertScope(tx, scope, networkId);
      else if (scope !== "private")
        throw new AppError("forbidden", "A coordinator may withdraw another organisation's item from the network, not share it elsewhere.");
    }
    const given = Object.fromEntries(Object.entries(patch).filter(([k, v]) => v !== undefined && k !== "networkId" && k !== "scope"));
    if (patch.title !== undefined || patch.body !== undefined)
      await beforeKnowledgeSave(tx, before, { title: patch.title ?? before.title, body: patch.body ?? before.body });
    const version = before.version + 1;
    await repo.updateItem(tx.db, id, { ...given, scope, networkId, version, updatedBy: ctx.user.id, updatedAt: new Date() });
    const after = (await repo.findById(tx.db, id))!;
    await repo.insertVersion(tx.db, after, ctx.user.id);
    await audit(own ? tx : { ...tx, orgId: before.organizationId! }, {
      action: "update",
      entityType: "knowledge_item",
      entityId: id,
      summary: own ? `Changed knowledge item ${after.title}` : `A network coordinator changed knowledge item ${after.title}`,
      details: { fields: Object.keys(patch), scope, networkId, version },
    });
    return toItem(tx, after);
  });
}

/** Deletes one of the organisation's items (with its versions and files). */
export async function remove(ctx: Ctx, id: string): Promise<void> {
  requireRole(ctx, "member");
  const keys = await inTransaction(ctx, async (tx) => {
    const before = await load(tx, id, { lock: true });
    if (before.organizationId !== ctx.orgId || !(await mayEdit(tx, before)))
      throw new AppError("forbidden", "You may not delete this item.");
    await repo.claimItemVersion(tx, id);
    const files = await repo.fileKeysOf(tx.db, id);
    await repo.deleteItem(tx.db, id);
    await audit(tx, { action: "delete", entityType: "knowledge_item", entityId: id, summary: `Deleted knowledge item ${before.title}` });
    return files;
  });
  for (const f of keys) await deleteOrgFile(f.organizationId, f.storageKey);
}

// ---- Images and attachments --------------------------------------------------------------------------

/**
 * Attaches an image or a document to an item the caller may change. Checked like every upload (size, accepted
 * type, content matching it); stored in the owning organisation's file storage; audited there.
 */
export async function addFile(ctx: Ctx, id: string, file: { filename: string; type: string; bytes: Uint8Array }): Promise<KnowledgeFile> {
  requireRole(ctx, "member");
  const item = await load(ctx, id);
  if (!(await mayEdit(ctx, item))) throw new AppError("forbidden", "You may not change this item.");
  const contentType = checkUpload(file.bytes, file.filename, file.type);
  const filename = file.filename.replace(/[\u0000-\u001f\u007f/\\"]/g, "_").slice(0, 255) || "file";
  const owner = item.organizationId!;
  const saved = await saveOrgFile(owner, "knowledge", file.bytes);
  try {
    const row = await inTransaction(ctx, async (tx) => {
      const locked = await load(tx, id, { lock: true });
      const f = await repo.insertFile(tx.db, {
        organizationId: owner,
        itemId: locked.id,
        filename,
        contentType,
        size: saved.size,
        sha256: saved.sha256,
        storageKey: saved.key,
        uploadedBy: ctx.user.id,
      });
      await audit(owner === ctx.orgId ? tx : { ...tx, orgId: owner }, {
        action: "update",
        entityType: "knowledge_item",
        entityId: locked.id,
        summary: `Attached ${filename} to knowledge item ${locked.title}`,
        details: { fileId: f.id, size: saved.size, sha256: saved.sha256, contentType },
      });
      return f;
    });
    return toFile(row, ctx.user.name);
  } catch (err) {
    await deleteOrgFile(owner, saved.key);
    throw err;
  }
}

/** An item's files (whoever may read the item). */
export async function files(ctx: Ctx, id: string): Promise<{ items: KnowledgeFile[] }> {
  const item = await load(ctx, id);
  return { items: (await repo.filesOf(ctx.db, item.id)).map(({ f, uploaderName }) => toFile(f, uploaderName)) };
}

/** A file's bytes, for whoever may read its item (404 otherwise: another organisation's private item). */
export async function readFile(ctx: Ctx, id: string, fileId: string): Promise<{ file: repo.FileRow; bytes: Buffer }> {
  const item = await load(ctx, id);
  const f = await repo.findFile(ctx.db, item.id, fileId);
  if (!f) throw notFound("File");
  return { file: f, bytes: await readOrgFile(f.organizationId, f.storageKey) };
}

/** Removes a file from an item the caller may change. */
export async function removeFile(ctx: Ctx, id: string, fileId: string): Promise<void> {
  requireRole(ctx, "member");
  const f = await inTransaction(ctx, async (tx) => {
    const item = await load(tx, id, { lock: true });
    const f = await repo.findFile(tx.db, item.id, fileId);
    if (!f) throw notFound("File");
    if (!(await mayEdit(tx, item))) throw new AppError("forbidden", "You may not change this item.");
    await repo.deleteFile(tx.db, item.id, f.id);
    await audit(f.organizationId === ctx.orgId ? tx : { ...tx, orgId: f.organizationId }, {
      action: "update",
      entityType: "knowledge_item",
      entityId: item.id,
      summary: `Removed ${f.filename} from knowledge item ${item.title}`,
      details: { fileId: f.id },
    });
    return f;
  });
  await deleteOrgFile(f.organizationId, f.storageKey);
}

/** Items the caller may read that link to this one ("linked from"). */
export async function backlinks(ctx: Ctx, id: string, limit = 20): Promise<{ items: KnowledgeSummary[] }> {
  const item = await load(ctx, id);
  return { items: (await repo.backlinks(ctx.db, reader(ctx), item.id, limit)).map((r) => toSummary(ctx, r)) };
}

/** An item's saved versions, newest first. */
export async function versions(ctx: Ctx, id: string): Promise<{ items: KnowledgeVersion[] }> {
  const item = await load(ctx, id);
  const rows = await repo.versionsOf(ctx.db, item.id);
  return {
    items: rows.map(({ v, editorName }) => ({
      version: v.version,
      title: v.title,
      body: v.body,
      language: v.language,
      scope: v.scope,
      tags: v.tags,
      editedBy: ref(v.editedBy, editorName ?? "(former user)"),
      createdAt: v.createdAt.toISOString(),
    })),
  };
}

/** Items related to one: those the caller may read sharing most of its tags. */
export async function related(ctx: Ctx, id: string, limit = 6): Promise<{ items: KnowledgeSummary[] }> {
  const item = await load(ctx, id);
  return { items: (await repo.relatedItems(ctx.db, reader(ctx), item, limit)).map((r) => toSummary(ctx, r)) };
}

/** Items suggested in context: those carrying any of the tags (an engagement's mode and stage, an assessment gap's need). */
export async function suggested(ctx: Ctx, tags: string[], limit = 6): Promise<{ items: KnowledgeSummary[] }> {
  return { items: (await repo.itemsTaggedAny(ctx.db, reader(ctx), tags, limit)).map((r) => toSummary(ctx, r)) };
}

/**
 * Items an organisation may read carrying a tag, for another domain's page (an assessment gap's need): the
 * organisation's own, its networks' (as the user reads them) and public ones; most recently changed first.
 */
export async function taggedForOrg(
  db: Db,
  who: { orgId: string; userId: string },
  tag: string,
  limit = 6,
): Promise<Array<{ id: string; title: string; kind: KnowledgeSummary["kind"]; language: KnowledgeSummary["language"] }>> {
  const rows = await repo.itemsTaggedAny(db, who, [tag], limit);
  return rows.map((r) => ({ id: r.id, title: r.title, kind: r.kind, language: r.language }));
}

function toPublic(r: repo.ItemRow): PublicKnowledgeItem {
  return {
    id: r.id,
    kind: r.kind,
    title: r.title,
    body: r.body,
    language: r.language,
    tags: r.tags,
    organization: r.orgName,
    reviewedOn: r.reviewedOn,
    updatedAt: r.updatedAt.toISOString(),
  };
}

/** A published public item for anyone (no sign-in); 404 for every other item. */
export async function getPublic(db: Db, id: string): Promise<PublicKnowledgeItem> {
  const row = await repo.findPublic(db, id);
  if (!row) throw notFound("Knowledge item");
  return toPublic(row);
}

/**
 * Stores the built-in items (engagement modes and the worked example, English and German) and keeps their text in
 * step with the shipped one; run at every start. Built-in items belong to no organisation and are public.
 */
export async function seedBuiltIns(db: Db): Promise<number> {
  const have = await repo.builtInKeys(db);
  let added = 0;
  await db.transaction(async (tx) => {
    const t = tx as unknown as Db;
    for (const b of BUILT_IN_ITEMS) {
      const content = { kind: b.kind, language: b.language, title: b.title, body: b.body, tags: b.tags };
      if (have.has(b.key)) {
        await repo.updateBuiltIn(t, b.key, content);
        continue;
      }
      const row = await repo.insertItem(t, null, {
        ...content,
        builtInKey: b.key,
        scope: "public",
        status: "published",
        reviewedOn: BUILT_IN_REVIEWED_ON,
      });
      await repo.insertVersion(t, row, null);
      added++;
    }
  });
  return added;
}

/** The network a public page names, by slug or id; 404 for an unknown one. */
async function publicNetwork(db: Db, networkRef: string) {
  const net = await repo.findNetworkByRef(db, networkRef);
  if (!net) throw notFound("Network");
  return net;
}

/** A network's public knowledge (no sign-in): its name and the public items it shows; 404 for an unknown network. */
export async function publicListing(db: Db, networkRef: string, q: { q?: string; language?: "en" | "de" }) {
  const net = await publicNetwork(db, networkRef);
  const rows = await repo.listPublic(db, net.id, { ...q, limit: 200 });
  return {
    network: net,
    items: rows.map((r) => ({
      id: r.id,
      kind: r.kind,
      title: r.title,
      excerpt: plainExcerpt(r.head),
      language: r.language,
      organization: r.orgName,
    })),
  };
}

/**
 * One public item on a network's public pages; 404 unless it is public and shown by that network. `publicLinks`:
 * the items its body links to that the same pages show (links to any other item are rendered as plain text).
 */
export async function publicItemOfNetwork(db: Db, networkRef: string, id: string) {
  const net = await publicNetwork(db, networkRef);
  const row = await repo.findPublicOfNetwork(db, net.id, id);
  if (!row) throw notFound("Knowledge item");
  const [publicLinks, fileRows] = await Promise.all([
    repo.publicIdsOfNetwork(db, net.id, linkedItemIds(row.body)),
    repo.filesOf(db, row.id),
  ]);
  return { network: net, item: toPublic(row), publicLinks, files: fileRows.map(({ f }) => f) };
}

/** A file of a public item shown by the network's public pages (no sign-in); 404 for any other file. */
export async function publicFile(db: Db, networkRef: string, id: string, fileId: string): Promise<{ file: repo.FileRow; bytes: Buffer }> {
  const net = await publicNetwork(db, networkRef);
  const row = await repo.findPublicOfNetwork(db, net.id, id);
  const f = row && (await repo.findFile(db, row.id, fileId));
  if (!f) throw notFound("File");
  return { file: f, bytes: await readOrgFile(f.organizationId, f.storageKey) };
}
