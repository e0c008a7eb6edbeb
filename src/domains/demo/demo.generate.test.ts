import { describe, expect, it } from "vitest";
import { foldText } from "../../shared/text-fold.js";
import { generateRegister } from "./demo.generate.js";
import { NGO_1, NGO_2 } from "./demo.story.js";

describe("demo register generator", () => {
  it("is deterministic and differs between the two NGOs", () => {
    expect(generateRegister(NGO_1)).toEqual(generateRegister(NGO_1));
    expect(generateRegister(NGO_2).companies[5].name).not.toBe(generateRegister(NGO_1).companies[NGO_1.heroes.length].name);
  });

  it("builds a plausible register: unique names, NACE labels, sizes spread, accents", () => {
    const { companies } = generateRegister(NGO_1);
    expect(companies).toHaveLength(200);
    expect(new Set(companies.map((c) => foldText(c.name))).size).toBe(200);
    expect(companies.every((c) => c.naceLabel && c.website?.startsWith("https://www.") && c.name.endsWith(c.legalForm))).toBe(true);
    for (const size of ["local", "sme", "large"]) expect(companies.filter((c) => c.sizeClass === size).length).toBeGreaterThan(45);
    expect(new Set(companies.map((c) => c.country)).size).toBeGreaterThan(12);
    expect(companies.filter((c) => /[^\x20-\x7e]/.test(c.name)).length).toBeGreaterThan(20);
  });

  it("keeps contacts, jobs and primary contacts consistent", () => {
    const { companies, contacts, employments } = generateRegister(NGO_1);
    for (const e of employments) {
      expect(e.startedDaysAgo).toBeGreaterThan(0);
      if (e.endedDaysAgo !== null) expect(e.endedDaysAgo).toBeLessThan(e.startedDaysAgo);
    }
    companies.forEach((c, i) => {
      if (c.primaryContact === null) return;
      expect(employments.some((e) => e.company === i && e.contact === c.primaryContact && e.endedDaysAgo === null)).toBe(true);
    });
    // A contact's address is at the company they work for now (or last worked for).
    contacts.forEach((p, i) => {
      const jobs = employments.filter((e) => e.contact === i);
      const current = jobs.find((e) => e.endedDaysAgo === null) ?? jobs[jobs.length - 1];
      expect(companies[current.company].website).toContain(p.email.split("@")[1]);
    });
  });
});
