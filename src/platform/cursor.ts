// The opaque page cursors of every list (src/server/cursor.ts explains the two kinds): base64url JSON.

export interface Cursor {
  k?: Array<string | number | null>;
  o?: number;
}

export function encodeCursor(c: Cursor): string {
  return Buffer.from(JSON.stringify(c), "utf8").toString("base64url");
}

/** The decoded cursor, or null when it is not one of ours. */
export function decodeCursor(s: string): Cursor | null {
  try {
    const v = JSON.parse(Buffer.from(s, "base64url").toString("utf8")) as Cursor;
    if (v && typeof v === "object" && ((Array.isArray(v.k) && v.k.length <= 8) || (Number.isInteger(v.o) && (v.o as number) >= 0)))
      return v;
  } catch {
    // fall through
  }
  return null;
}
