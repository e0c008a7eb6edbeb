import type { MiddlewareHandler } from "hono";
import { bodyLimit } from "hono/body-limit";
import { maxUploadBytes } from "../platform/storage.js";
import type { AppEnv } from "./http.js";
import { problem } from "./problem.js";

/**
 * Refuses an upload over PARTNERWISE_MAX_UPLOAD_MB with 413 problem+json before the body is read. The limit is a
 * setting, read per request; the multipart form may carry a little overhead beyond the file.
 */
export const uploadLimit: MiddlewareHandler<AppEnv> = (c, next) =>
  bodyLimit({ maxSize: maxUploadBytes() + 64 * 1024, onError: (cc) => problem(cc, 413, "payload_too_large", `The file is too large: the limit is ${Math.round(maxUploadBytes() / 1024 / 1024)} MB.`) })(c, next);
