import { customType } from "drizzle-orm/pg-core";

/** Postgres tsvector column (used only in generated columns for full-text search). */
export const tsvector = customType<{ data: string }>({
  dataType() {
    return "tsvector";
  },
});
