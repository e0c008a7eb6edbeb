/**
 * "SMS donation line" → "sms_donation_line": a key the engagement-modes API accepts (lower-case letters, digits
 * and _, starting with a letter, 2–60 characters), derived from the label while the user types; "" when none fits.
 */
export function keyFromLabel(label: string): string {
  const k = label
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/ß/g, "ss")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "_")
    .replace(/^[^a-z]+/, "")
    .slice(0, 60)
    .replace(/_+$/, "");
  return k.length >= 2 ? k : "";
}
