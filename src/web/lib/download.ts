import { ApiError, type FieldError } from "./api";

// Files the API makes on request (reports, drafts) are fetched here rather than followed as links: a link's failed
// download is cancelled by the browser without a word, while a fetched one can say why in the page.

/** The file name of a Content-Disposition header (RFC 6266: filename* first), or the fallback. */
function fileNameOf(disposition: string | null, fallback: string): string {
  if (!disposition) return fallback;
  const star = /filename\*=UTF-8''([^;]+)/i.exec(disposition);
  if (star) {
    try {
      return decodeURIComponent(star[1]!);
    } catch {
      /* fall through to the plain name */
    }
  }
  return /filename="?([^";]+)"?/i.exec(disposition)?.[1] ?? fallback;
}

/** Downloads `url` as a file; rejects with ApiError (the problem+json answer, or status 0 "network"). */
export async function downloadFile(url: string, fallbackName: string): Promise<void> {
  let res: Response;
  try {
    res = await fetch(url, { credentials: "same-origin" });
  } catch {
    throw new ApiError(0, "network", "");
  }
  if (!res.ok) {
    let p: Record<string, unknown> = {};
    try {
      p = (await res.json()) as Record<string, unknown>;
    } catch {
      /* not problem+json */
    }
    throw new ApiError(
      res.status,
      typeof p.code === "string" ? p.code : `http_${res.status}`,
      typeof p.detail === "string" ? p.detail : res.statusText,
      Array.isArray(p.errors) ? (p.errors as FieldError[]) : [],
      p,
    );
  }
  saveBlob(await res.blob(), fileNameOf(res.headers.get("Content-Disposition"), fallbackName));
}

/** Saves bytes made or fetched in the page as a file named `filename` (the one way the web app hands over a file). */
export function saveBlob(blob: Blob, filename: string): void {
  const href = URL.createObjectURL(blob);
  const a = document.createElement("a");
  a.href = href;
  a.download = filename;
  document.body.append(a);
  a.click();
  a.remove();
  // Revoked later: the browser reads the object URL after the click returns.
  setTimeout(() => URL.revokeObjectURL(href), 60_000);
}
