import type { FieldError } from "../shared/app-error.js";

// Unknown body fields are refused, not silently dropped: a client that misspells `expectedMoney` would otherwise
// believe it set it. Rather than rewriting every body schema as strict, the routers' validation hook compares the
// JSON the client sent with what the route's zod schema made of it. Zod objects drop keys they do not know, so a
// key present in the input but missing from the parsed object at the same place is unknown. This follows unions,
// arrays and nested objects exactly as the schema resolved them, and records (`z.record`) keep every key, so
// free-form maps are never flagged. Field-level transforms keep their key; no schema reshapes a body object.

const MAX_UNKNOWN = 20;
const isPlainObject = (v: unknown): v is Record<string, unknown> =>
  !!v && typeof v === "object" && !Array.isArray(v) && Object.getPrototypeOf(v) === Object.prototype;

/** Dotted paths of the fields in `input` that parsing left out of `parsed`. */
export function unknownFields(input: unknown, parsed: unknown, path: string[] = [], found: string[] = []): string[] {
  if (found.length >= MAX_UNKNOWN) return found;
  if (Array.isArray(input) && Array.isArray(parsed)) {
    const n = Math.min(input.length, parsed.length);
    for (let i = 0; i < n; i++) unknownFields(input[i], parsed[i], [...path, String(i)], found);
  } else if (isPlainObject(input) && isPlainObject(parsed)) {
    for (const key of Object.keys(input)) {
      if (!(key in parsed)) found.push([...path, key].join("."));
      else unknownFields(input[key], parsed[key], [...path, key], found);
      if (found.length >= MAX_UNKNOWN) break;
    }
  }
  return found;
}

/** The field errors of unknown fields, in the validation problem's `errors` shape. */
export function unknownFieldErrors(input: unknown, parsed: unknown): FieldError[] {
  return unknownFields(input, parsed).map((path) => ({
    path,
    message: `Unknown field "${path.split(".").pop()}": this request does not take it.`,
    code: "unrecognized_keys",
    params: { field: path },
  }));
}
