import { describe, expect, it } from "vitest";
import { redact } from "./redact.js";

describe("redact", () => {
  const person = { name: "Jürgen Schäfer", email: "j.schaefer@example.org", phone: "+49 30 1234567" };

  it("removes the name, each of its words, its accent-less spellings, the e-mail and the phone", () => {
    expect(redact("Jürgen Schäfer wrote from j.schaefer@example.org", person)).toBe("[removed] wrote from [removed]");
    expect(redact("Call juergen or Herr SCHAFER on +49 30 1234567 / 49301234567", person)).toBe(
      "Call [removed] or Herr [removed] on [removed] / [removed]",
    );
  });

  it("leaves other words alone, including ones that merely contain a name", () => {
    expect(redact("Jürgensen asked on 2025-05-02", person)).toBe("Jürgensen asked on 2025-05-02");
    expect(redact("no personal data", { name: "A", email: null, phone: null })).toBe("no personal data");
  });
});
