import type { MiddlewareHandler } from "hono";
import { bodyLimit } from "hono/body-limit";
import { maxUploadBytes } from "../platform/storage.js";
import type { AppEnv } from "./http.js";
import { problem } from "./problem.js";

// The multipart form may carry a little overhead beyond the file (field names, boundaries, small text fields).
const FORM_OVERHEAD = 256 * 1024;

/**
 * A route-level upload limit: refuses a request whose body is over `maxBytes()` (read per request, as settings
 * are) with 413 problem+json before the body is read. Every multipart route uses one of these; the input guard
 * leaves such routes' bodies to it (every other body is limited to 1 MB there).
 */
export function uploadLimitOf(maxBytes: () => number, setting?: string): MiddlewareHandler<AppEnv> {
  return (c, next) => {
    const max = maxBytes();
    const mb = Math.round((max / 1024 / 1024) * 10) / 10;
    return bodyLimit({
      maxSize: max + FORM_OVERHEAD,
      onError: (cc) =>
        problem(cc, 413, "payload_too_large", `The file is too large: the limit is ${mb} MB${setting ? ` (${setting})` : ""}.`, {
          maximumBytes: max,
        }),
    })(c, next);
  };
}

/** Evidence files, signed agreements, batch lists and other documents: PARTNERWISE_MAX_UPLOAD_MB. */
export const uploadLimit = uploadLimitOf(maxUploadBytes, "PARTNERWISE_MAX_UPLOAD_MB");
