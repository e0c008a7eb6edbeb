// A synthetic import file for the `ngo-business-engagement` questionnaire: deterministic (seeded), shaped after
// the brief's figures (about 11% with dedicated staff, 78% recognising risks, 67% with joint activities), with a
// few unanswered cells. Invented answers, no real organisation: for tests, the benchmark and the example report.

const REGIONS = ["western", "northern", "southern", "central_eastern", "south_eastern"];
const MODES = ["in_kind", "financial", "employment", "joint_project", "business_practice", "expertise"];
const SIZES = ["local", "sme", "large"];
const OBSTACLES = ["motivating_company", "business_language", "initial_distrust", "contact_turnover", "short_term"];
const FACTORS = ["time_patience", "equity", "clear_goals", "signed_agreement", "active_partner", "transparency", "public_acknowledgement"];
const NEEDS = ["knowledge", "selection", "presentation", "initiation", "risk", "sustaining"];
const QUOTES = [
  "Trust took two years; the first project was small on purpose.",
  "The company wanted visibility we could not give without risking our clients' safety.",
  "A signed memorandum kept the partnership alive when our contact person left.",
];

export const SAMPLE_COLUMNS = [
  "respondent",
  "org_region",
  "org_scope",
  "targets_private_sector",
  "strategic_plan_mentions",
  "dedicated_staff",
  "cooperated_other_ngos",
  "aware_ppp_other_fields",
  "recognises_risks",
  "applies_ethical_screening",
  "has_black_list",
  "joint_activities",
  "engagement_modes",
  "enterprise_sizes",
  "cooperation_rated_positive",
  "sure_to_continue",
  "reported_publicly",
  "obstacles",
  "success_factors",
  "capacity_needs",
  "quote",
];

/** A small seeded generator (mulberry32), so the file is the same on every run. */
function rng(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Rows of answers (cells as the file holds them), `n` respondents. */
export function sampleRows(n: number, seed = 2013): string[][] {
  const r = rng(seed);
  const yn = (p: number, blank = 0.04) => (r() < blank ? "" : r() < p ? "yes" : "no");
  const some = (options: string[], p: number) => options.filter(() => r() < p).join(";");
  return Array.from({ length: n }, (_, i) => {
    const joint = yn(0.67, 0);
    return [
      `Respondent ${i + 1}`,
      REGIONS[Math.floor(r() * REGIONS.length)],
      r() < 0.7 ? "national" : "international",
      yn(0.8),
      yn(0.45),
      yn(0.11),
      yn(0.25),
      yn(0.3),
      yn(0.78),
      yn(0.81),
      yn(0.3),
      joint,
      joint === "yes" ? some(MODES, 0.4) : "",
      joint === "yes" ? some(SIZES, 0.5) : "",
      joint === "yes" ? yn(0.7) : "",
      joint === "yes" ? yn(0.3) : "",
      joint === "yes" ? "yes" : yn(0.5),
      some(OBSTACLES, 0.45),
      some(FACTORS, 0.4),
      some(NEEDS, 0.5),
      r() < 0.2 ? QUOTES[Math.floor(r() * QUOTES.length)] : "",
    ];
  });
}

const csvCell = (v: string) => (/[",\n;]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v);

/** The import file as CSV text. */
export function sampleCsv(n: number, seed = 2013): string {
  return [SAMPLE_COLUMNS, ...sampleRows(n, seed)].map((row) => row.map(csvCell).join(",")).join("\n") + "\n";
}
