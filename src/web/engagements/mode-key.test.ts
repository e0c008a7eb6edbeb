import { describe, expect, it } from "vitest";
import { ModeInput } from "../../domains/engagements/engagements.schema";
import { keyFromLabel } from "./mode-key";

describe("keyFromLabel", () => {
  it("turns a label into a key the API accepts", () => {
    const cases: Array<[string, string]> = [
      ["SMS donation line", "sms_donation_line"],
      ["Sachspende für Frauenhäuser", "sachspende_fur_frauenhauser"],
      ["Straßenfest", "strassenfest"],
      ["  2025 – Pro-bono Beratung!  ", "pro_bono_beratung"],
      ["Ça va", "ca_va"],
    ];
    for (const [label, key] of cases) {
      expect(keyFromLabel(label)).toBe(key);
      expect(ModeInput.safeParse({ key, label }).success).toBe(true);
    }
  });

  it("gives nothing when no valid key can be made, and stays within 60 characters", () => {
    expect(keyFromLabel("")).toBe("");
    expect(keyFromLabel("x")).toBe("");
    expect(keyFromLabel("2025")).toBe("");
    expect(keyFromLabel("Безопасная работа")).toBe("");
    const long = keyFromLabel("a ".repeat(80));
    expect(long.length).toBeLessThanOrEqual(60);
    expect(long.endsWith("_")).toBe(false);
    expect(ModeInput.safeParse({ key: long, label: "x" }).success).toBe(true);
  });
});
