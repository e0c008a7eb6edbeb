import { searchKey } from "../../shared/text-fold.js";

/** Cuts a person's name (each word of it, also accent-less), e-mail and phone out of a text. */
export function redact(text: string, person: { name: string; email: string | null; phone: string | null }): string {
  const terms = new Set<string>();
  for (const w of [...person.name.split(/[^\p{L}\p{N}'-]+/u), ...searchKey([person.name]).split(" ")]) if (w.length >= 2) terms.add(w);
  for (const v of [person.name, person.email, person.phone, person.phone?.replace(/\D/g, "")])
    if (v && v.trim().length >= 2) terms.add(v.trim());
  let out = text;
  for (const t of [...terms].sort((a, b) => b.length - a.length)) {
    const escaped = t.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
    out = out.replace(new RegExp(`(?<![\\p{L}\\p{N}])${escaped}(?![\\p{L}\\p{N}])`, "giu"), "[removed]");
  }
  return out;
}
