// Whom to approach: the fit score of a prospect, factor by factor. Pure and browser-safe, so the web app
// explains a score with the same definitions the server computes it with (docs/prospects.md).

export const FIT_FACTORS = ["sector", "screening", "relations", "csr", "size", "location", "peers"] as const;
export type FitFactorKey = (typeof FIT_FACTORS)[number];
export type FitWeights = Record<FitFactorKey, number>;

/** Default weights: they sum to 100, so with them a factor's points are its share of the score. */
export const DEFAULT_WEIGHTS: FitWeights = { sector: 25, screening: 20, relations: 15, csr: 10, size: 10, location: 10, peers: 10 };

export const GOALS = ["awareness", "practice", "support"] as const;
export type Goal = (typeof GOALS)[number];

/**
 * Sectors an awareness campaign (a hotline, posters, staff trained to spot victims) reaches victims through,
 * when the organisation names none: accommodation and food (I), transport (H), employment agencies (78),
 * travel agencies (79). Changing practice targets the sectors on the organisation's sector-risk list instead.
 */
export const AWARENESS_SECTORS = ["I", "H", "78", "79"] as const;

export const COMPANY_SIZES = ["local", "sme", "large"] as const;

/** What the fit score knows about one company. */
export interface FitInput {
  naceCode: string | null;
  /** The NACE section letter of naceCode (A–U), when known. */
  naceSection: string | null;
  country: string;
  sizeClass: string | null;
  csrPolicyUrl: string | null;
  /** The latest screening decision, or null when never decided. */
  decision: string | null;
  /** The risk score (0–100) of the latest screening, decided or draft. */
  riskScore: number | null;
  /** This organisation's own black/white list entry for the company. */
  ownList: "black" | "white" | null;
  activeContacts: number;
  endedEngagements: number;
  /** Entries other network members shared about the company. */
  peerWhite: number;
  peerBlack: number;
  /** Network members that chose to share that they engage this company. */
  peersEngaged: number;
  /** Network members that published to a shared network a case study of their partnership with this company. */
  peerCaseStudies: number;
}

export interface FitSettings {
  goal: Goal;
  /** Sections or NACE codes; empty = derived from the goal. */
  focusSectors: readonly string[];
  /** Resolved countries (the organisation's own when it named none). */
  countries: readonly string[];
  sizes: readonly string[];
  weights: FitWeights;
  /** NACE codes of the organisation's sector-risk list (for goal "practice"). */
  riskSectors: readonly string[];
}

export interface FitFactor {
  key: FitFactorKey;
  /** weight × value, one decimal. */
  points: number;
  weight: number;
  /** How far the factor speaks for (1) or against (−1) approaching this company. */
  value: number;
  /** A stable code for the reason; the web app says it in the user's language from code and params. */
  code: string;
  params: Record<string, string | number>;
  /** The reason in English (for API clients). */
  reason: string;
}

export interface Fit {
  /** 0–100: the sum of the factors' points over the sum of the weights. */
  score: number;
  factors: FitFactor[];
  /** Set when the organisation should not approach the company (rejected or on its own black list). */
  doNotApproach: boolean;
}

/** True when a NACE code lies in a focus entry (a section letter, or a code and everything below it). */
export function inSector(naceCode: string | null, section: string | null, focus: string): boolean {
  if (/^[A-U]$/.test(focus)) return section === focus;
  return (
    !!naceCode && (naceCode === focus || naceCode.startsWith(focus.length === 2 ? `${focus}.` : focus) || naceCode === focus.slice(0, 2))
  );
}

function sectorFactor(i: FitInput, s: FitSettings): Omit<FitFactor, "key" | "points" | "weight"> {
  if (!i.naceCode && !i.naceSection)
    return { value: 0, code: "sector_unknown", params: {}, reason: "The company's sector is not recorded." };
  const code = i.naceCode ?? i.naceSection ?? "";
  if (s.focusSectors.length) {
    const hit = s.focusSectors.find((f) => inSector(i.naceCode, i.naceSection, f));
    return hit
      ? {
          value: 1,
          code: "sector_focus",
          params: { sector: code, focus: hit },
          reason: `Sector ${code} is one your work focuses on (${hit}).`,
        }
      : { value: 0, code: "sector_outside_focus", params: { sector: code }, reason: `Sector ${code} is outside the sectors you focus on.` };
  }
  if (s.goal === "awareness") {
    const hit = AWARENESS_SECTORS.find((f) => inSector(i.naceCode, i.naceSection, f));
    return hit
      ? {
          value: 1,
          code: "sector_reaches_victims",
          params: { sector: code },
          reason: `Sector ${code} meets victims and travellers, where an awareness campaign reaches them.`,
        }
      : {
          value: 0.3,
          code: "sector_general",
          params: { sector: code },
          reason: `Sector ${code} can support a campaign, but rarely meets victims.`,
        };
  }
  if (s.goal === "practice") {
    const hit = s.riskSectors.find((f) => inSector(i.naceCode, i.naceSection, f));
    return hit
      ? {
          value: 1,
          code: "sector_at_risk",
          params: { sector: code },
          reason: `Sector ${code} is on your sector-risk list: changing its practice matters most.`,
        }
      : { value: 0.2, code: "sector_low_risk", params: { sector: code }, reason: `Sector ${code} is not on your sector-risk list.` };
  }
  return { value: 0.5, code: "sector_any", params: { sector: code }, reason: `Companies of any sector (${code}) can support survivors.` };
}

function screeningFactor(i: FitInput): Omit<FitFactor, "key" | "points" | "weight"> {
  if (i.ownList === "black") return { value: -1, code: "own_black_list", params: {}, reason: "The company is on your black list." };
  if (i.decision === "rejected")
    return { value: -1, code: "screening_rejected", params: {}, reason: "Your screening rejected the company." };
  if (i.decision === "approved")
    return { value: 1, code: "screening_approved", params: {}, reason: "Your screening approved the company." };
  if (i.decision === "approved_with_conditions")
    return { value: 0.5, code: "screening_conditions", params: {}, reason: "Approved with conditions: check them before approaching." };
  if (i.decision === "engage_to_reform")
    return { value: 0.25, code: "screening_reform", params: {}, reason: "Engage to reform: a partnership only to change its practice." };
  if (i.ownList === "white") return { value: 0.75, code: "own_white_list", params: {}, reason: "The company is on your white list." };
  if (i.riskScore !== null && i.riskScore >= 50)
    return {
      value: -0.5,
      code: "screening_high_risk",
      params: { risk: Math.round(i.riskScore) },
      reason: `An open screening found a high risk (${Math.round(i.riskScore)}/100).`,
    };
  return { value: 0, code: "screening_none", params: {}, reason: "Not screened yet: screen the company before approaching it." };
}

function relationsFactor(i: FitInput): Omit<FitFactor, "key" | "points" | "weight"> {
  const value = Math.min(1, (i.activeContacts > 0 ? 0.6 : 0) + (i.endedEngagements > 0 ? 0.4 : 0));
  const params = { contacts: i.activeContacts, engagements: i.endedEngagements };
  if (!value) return { value, code: "relations_none", params, reason: "No known contact and no earlier engagement." };
  return {
    value,
    code: "relations_known",
    params,
    reason: `${i.activeContacts} known contact(s), ${i.endedEngagements} earlier engagement(s).`,
  };
}

function peersFactor(i: FitInput): Omit<FitFactor, "key" | "points" | "weight"> {
  const value = Math.max(-1, Math.min(1, i.peerWhite * 0.5 + i.peerCaseStudies * 0.5 - i.peerBlack));
  const params = { white: i.peerWhite, black: i.peerBlack, engaged: i.peersEngaged, caseStudies: i.peerCaseStudies };
  if (i.peerBlack) return { value, code: "peers_black", params, reason: `${i.peerBlack} network member(s) black-listed the company.` };
  if (i.peerWhite && i.peerCaseStudies)
    return {
      value,
      code: "peers_white_case_studies",
      params,
      reason: `${i.peerWhite} network member(s) white-listed the company; ${i.peerCaseStudies} shared a case study of a partnership with it.`,
    };
  if (i.peerWhite) return { value, code: "peers_white", params, reason: `${i.peerWhite} network member(s) white-listed the company.` };
  if (i.peerCaseStudies)
    return {
      value,
      code: "peers_case_studies",
      params,
      reason: `${i.peerCaseStudies} network member(s) shared a case study of a partnership with the company.`,
    };
  if (i.peersEngaged)
    return { value: 0, code: "peers_engaged", params, reason: `${i.peersEngaged} network member(s) engage the company: coordinate first.` };
  return { value: 0, code: "peers_none", params, reason: "Nothing shared about the company in your networks." };
}

/** The fit score of one company for one organisation, with every factor's points and reason. */
export function fitScore(i: FitInput, s: FitSettings): Fit {
  const parts: Record<FitFactorKey, Omit<FitFactor, "key" | "points" | "weight">> = {
    sector: sectorFactor(i, s),
    screening: screeningFactor(i),
    relations: relationsFactor(i),
    csr: i.csrPolicyUrl
      ? { value: 1, code: "csr_policy", params: {}, reason: "The company publishes a CSR or human-rights policy." }
      : { value: 0, code: "csr_none", params: {}, reason: "No public CSR policy recorded." },
    size: !i.sizeClass
      ? { value: 0, code: "size_unknown", params: {}, reason: "The company's size is not recorded." }
      : s.sizes.includes(i.sizeClass)
        ? { value: 1, code: "size_fits", params: { size: i.sizeClass }, reason: `Its size (${i.sizeClass}) is one you look for.` }
        : { value: 0, code: "size_other", params: { size: i.sizeClass }, reason: `Its size (${i.sizeClass}) is not one you look for.` },
    location: s.countries.includes(i.country)
      ? { value: 1, code: "location_fits", params: { country: i.country }, reason: `It is in ${i.country}, where you work.` }
      : {
          value: 0,
          code: "location_other",
          params: { country: i.country },
          reason: `It is in ${i.country}, outside the countries you work in.`,
        },
    peers: peersFactor(i),
  };
  const factors = FIT_FACTORS.map((key) => {
    const weight = s.weights[key];
    return { key, weight, points: Math.round(weight * parts[key].value * 10) / 10, ...parts[key] };
  });
  const total = FIT_FACTORS.reduce((n, k) => n + s.weights[k], 0);
  const sum = factors.reduce((n, f) => n + f.points, 0);
  const score = total > 0 ? Math.max(0, Math.min(100, Math.round((100 * sum) / total))) : 0;
  return { score, factors, doNotApproach: i.ownList === "black" || i.decision === "rejected" };
}

// ---- Proposals ----------------------------------------------------------------------------------

/** What a company gains, in the terms businesses use (the proposal's "what you gain" step). */
export const GAIN_KEYS = ["reputation", "staff_engagement", "supply_chain_risk", "due_diligence", "cleaner_sector"] as const;
export type GainKey = (typeof GAIN_KEYS)[number];

export interface ProposalActivity {
  what: string;
  /** A day (YYYY-MM-DD) or null. */
  when: string | null;
  result: string;
}

/** The content of a proposal, step by step. Strings are plain text (never markup). */
export interface ProposalContent {
  problem: string;
  partnership: string;
  companyGains: Array<{ key: GainKey; text: string }>;
  ngoGains: string;
  activities: ProposalActivity[];
  visibility: string;
  budget: { amount: number | null; currency: string | null; inKind: string };
  confidentiality: string;
  /** Survivors' stories quoted in the proposal: each needs a consent covering partner materials for this company. */
  storyIds: string[];
}
