import { z } from "zod";

/** Query parameters shared by every list endpoint. */
export const PageQuery = z.object({
  limit: z.coerce.number().int().min(1).max(500).default(50),
  offset: z.coerce.number().int().min(0).default(0),
  cursor: z.string().max(2000).optional().meta({ description: "The previous page's nextCursor" }),
});
export type PageQuery = z.infer<typeof PageQuery>;

/** The paging parameters of a list that pages by keyset only (no offset): `limit` and `cursor`. */
export const CursorQuery = PageQuery.pick({ limit: true, cursor: true });
export type CursorQuery = z.infer<typeof CursorQuery>;

/** The envelope of every list response. */
export function pageOf<T extends z.ZodTypeAny>(item: T) {
  return z.object({
    items: z.array(item),
    total: z.number().int(),
    limit: z.number().int(),
    offset: z.number().int(),
    nextCursor: z.string().nullable().optional().meta({ description: "Pass as `cursor` for the next page; null on the last page" }),
  });
}

/** `updatedSince` of the lists clients sync: only rows changed at or after this instant. */
// (SyncQuery, below, is the query of the organisation-wide change lists: GET /screenings, GET /agreements.)
export const UpdatedSince = z.iso
  .datetime({ offset: true })
  .optional()
  .meta({ description: "Only rows changed at or after this instant (ISO 8601), for syncing; sort by updatedAt" });

/** The query of an organisation-wide change list: keyset pages, oldest change first, optionally since an instant. */
export const SyncQuery = CursorQuery.extend({ updatedSince: UpdatedSince });
export type SyncQuery = z.infer<typeof SyncQuery>;
