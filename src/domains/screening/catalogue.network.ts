import { AppError, notFound } from "../../shared/app-error.js";
import { userNames } from "../companies/companies.repo.js";
import { findNetwork, userOrgsInNetwork } from "../networks/networks.repo.js";
import { isCoordinator, type NetworkCtx } from "../networks/networks.service.js";
import type { CatalogueContent, NetworkCatalogueVersion, NetworkDraftInput } from "./catalogue.schema.js";
import { hashOf } from "./catalogue.service.js";
import {
  deleteNetworkDraft,
  insertNetworkDraft,
  latestPublished,
  networkDraft,
  networkVersionPage,
  nextNetworkVersion,
  publishNetworkDraft,
  updateNetworkDraft,
  type CatalogueVersionRow,
} from "./catalogue.repo.js";
import { DEFAULT_CATALOGUE } from "./data/criteria.js";

// A network's catalogue: coordinators edit one draft and publish it as a new immutable version; members'
// organisations then build on the latest published version. Visible to coordinators and to users whose
// organisation is in the network; drafts only to coordinators.

async function relation(ctx: NetworkCtx, networkId: string) {
  const net = await findNetwork(ctx.db, networkId);
  if (!net) throw notFound("Network");
  const coordinator = await isCoordinator(ctx.db, ctx.user.id, net.id);
  if (!coordinator && (await userOrgsInNetwork(ctx.db, ctx.user.id, net.id)).length === 0) throw notFound("Network");
  return { net, coordinator };
}

async function asCoordinator(ctx: NetworkCtx, networkId: string) {
  const r = await relation(ctx, networkId);
  if (!r.coordinator) throw new AppError("forbidden", "Only a coordinator of this network can edit its screening catalogue.");
  return r;
}

async function toVersions(ctx: NetworkCtx, rows: CatalogueVersionRow[]): Promise<NetworkCatalogueVersion[]> {
  const names = await userNames(
    ctx.db,
    rows.flatMap((r) => [r.createdBy, r.publishedBy]),
  );
  const ref = (id: string | null) => (id ? { id, name: names.get(id) ?? "(former user)" } : null);
  return rows.map((r) => ({
    id: r.id,
    networkId: r.networkId!,
    version: r.version,
    status: r.status,
    criteria: (r.content as CatalogueContent).criteria,
    excludedSectors: r.content.excludedSectors,
    note: r.note,
    createdBy: ref(r.createdBy),
    createdAt: r.createdAt.toISOString(),
    publishedBy: ref(r.publishedBy),
    publishedAt: r.publishedAt?.toISOString() ?? null,
  }));
}

/** The network's latest published catalogue, its draft (coordinators), and the default when nothing is published. */
export async function networkCatalogue(ctx: NetworkCtx, networkId: string) {
  const { net, coordinator } = await relation(ctx, networkId);
  const published = await latestPublished(ctx.db, net.id);
  const draft = coordinator ? await networkDraft(ctx.db, net.id) : undefined;
  const [p, d] = await Promise.all([published ? toVersions(ctx, [published]) : [], draft ? toVersions(ctx, [draft]) : []]);
  return { networkId: net.id, published: p[0] ?? null, draft: d[0] ?? null, builtinDefault: published ? null : DEFAULT_CATALOGUE };
}

/** The network's published versions (and the draft, for coordinators), newest first. */
export async function networkVersions(ctx: NetworkCtx, networkId: string, page: { limit: number; offset: number }) {
  const { net, coordinator } = await relation(ctx, networkId);
  const { rows, total } = await networkVersionPage(ctx.db, net.id, { withDraft: coordinator, ...page });
  return { items: await toVersions(ctx, rows), total, ...page };
}

/** Opens a draft copied from the latest published version (or the default); returns the open draft if there is one. */
export async function openDraft(ctx: NetworkCtx, networkId: string): Promise<NetworkCatalogueVersion> {
  const { net } = await asCoordinator(ctx, networkId);
  return ctx.db.transaction(async (txDb) => {
    const tx = { ...ctx, db: txDb as unknown as NetworkCtx["db"] };
    await findNetwork(tx.db, net.id, { lock: true });
    const existing = await networkDraft(tx.db, net.id);
    if (existing) return (await toVersions(tx, [existing]))[0];
    const from = await latestPublished(tx.db, net.id);
    const content = (from?.content as CatalogueContent | undefined) ?? DEFAULT_CATALOGUE;
    const row = await insertNetworkDraft(tx.db, net.id, {
      version: await nextNetworkVersion(tx.db, net.id),
      content,
      baseVersionId: from?.id ?? null,
      contentHash: hashOf(content),
      createdBy: ctx.user.id,
    });
    return (await toVersions(tx, [row]))[0];
  });
}

/** Replaces the draft's criteria and excluded sectors (opening a draft when there is none). Published versions never change. */
export async function saveDraft(ctx: NetworkCtx, networkId: string, input: NetworkDraftInput): Promise<NetworkCatalogueVersion> {
  const { net } = await asCoordinator(ctx, networkId);
  await openDraft(ctx, net.id);
  const content: CatalogueContent = { criteria: input.criteria, excludedSectors: input.excludedSectors };
  const row = await updateNetworkDraft(ctx.db, net.id, { content, note: input.note, contentHash: hashOf(content), createdBy: ctx.user.id });
  if (!row) throw new AppError("conflict", "The draft was published or discarded meanwhile; open a new draft.");
  return (await toVersions(ctx, [row]))[0];
}

/** Discards the open draft. */
export async function discardDraft(ctx: NetworkCtx, networkId: string): Promise<void> {
  const { net } = await asCoordinator(ctx, networkId);
  if (!(await deleteNetworkDraft(ctx.db, net.id))) throw notFound("Draft");
}

/** Publishes the open draft as the network's new catalogue version; from now on it is immutable. */
export async function publishDraft(ctx: NetworkCtx, networkId: string): Promise<NetworkCatalogueVersion> {
  const { net } = await asCoordinator(ctx, networkId);
  const row = await publishNetworkDraft(ctx.db, net.id, ctx.user.id);
  if (!row) throw notFound("Draft");
  return (await toVersions(ctx, [row]))[0];
}
