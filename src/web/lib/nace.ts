import nace from "../../domains/companies/data/nace-rev2.json";

/** NACE Rev. 2 section letters (A–U), and each division's section. Labels come from the translations (companies:nace.X). */
export const NACE_SECTIONS = Object.keys(nace.sections);
const DIVISIONS = nace.divisions as unknown as Record<string, [string, string]>;
export const NACE_DIVISIONS = Object.keys(DIVISIONS);

/** The section letter of a code ("49.41" → "H"). */
export function naceSection(code: string | null | undefined): string | null {
  if (!code) return null;
  if (/^[A-U]$/.test(code)) return code;
  return DIVISIONS[code.slice(0, 2)]?.[0] ?? null;
}

/** The English label of a NACE division ("49" or "49.41" → "Land transport and transport via pipelines"), or null. */
export function naceDivisionLabel(code: string | null | undefined): string | null {
  return code ? (DIVISIONS[code.slice(0, 2)]?.[1] ?? null) : null;
}
