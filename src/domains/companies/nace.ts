import nace from "./data/nace-rev2.json" with { type: "json" };

export const NACE_SECTIONS = nace.sections as Record<string, string>;
export const NACE_DIVISIONS = nace.divisions as unknown as Record<string, [string, string]>;

/** The section letter of a NACE code ("49.41" → "H", "C" → "C"), or null if unknown. */
export function naceSection(code: string): string | null {
  if (/^[A-U]$/.test(code)) return code;
  return NACE_DIVISIONS[code.slice(0, 2)]?.[0] ?? null;
}

/** The label of a NACE code at the finest level we ship (section or division). */
export function naceLabel(code: string): string | null {
  if (/^[A-U]$/.test(code)) return NACE_SECTIONS[code] ?? null;
  return NACE_DIVISIONS[code.slice(0, 2)]?.[1] ?? null;
}
