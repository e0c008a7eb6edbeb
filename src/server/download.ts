// File download answers: attachment with an ASCII filename (and a UTF-8 one when the name is not ASCII), never
// cached, never sniffed, sandboxed if a browser opens it inline anyway. Every route that hands over a file answers
// through here: bytes made in memory (download) or an export streamed page by page (streamDownload).

function contentDisposition(filename: string): string {
  const ascii = filename.replace(/[^\x20-\x7e]/g, "_").replace(/["\\]/g, "_");
  // RFC 6266: filename* only when the plain name had to be changed.
  return ascii === filename
    ? `attachment; filename="${ascii}"`
    : `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(filename)}`;
}

function fileHeaders(contentType: string, filename: string): Record<string, string> {
  return {
    "Content-Type": contentType,
    "Content-Disposition": contentDisposition(filename),
    "Cache-Control": "private, no-store",
    "X-Content-Type-Options": "nosniff",
    "Content-Security-Policy": "sandbox; default-src 'none'",
  };
}

/** The bytes as a download named `filename`. */
export function download(bytes: Uint8Array, contentType: string, filename: string): Response {
  return new Response(new Uint8Array(bytes), {
    status: 200,
    headers: { ...fileHeaders(contentType, filename), "Content-Length": String(bytes.byteLength) },
  });
}

/** An export file streamed as a download (X-Row-Count: the rows in it). */
export function streamDownload(f: {
  filename: string;
  contentType: string;
  rowCount: number;
  stream: ReadableStream<Uint8Array>;
}): Response {
  return new Response(f.stream, {
    status: 200,
    headers: { ...fileHeaders(f.contentType, f.filename), "X-Row-Count": String(f.rowCount) },
  });
}
