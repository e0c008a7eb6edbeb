// The risks the brief names for NGO–business partnerships against trafficking: every organisation's
// catalogue starts with these and edits them freely. Likelihood and impact are starting suggestions (1–5).

export interface SeedRisk {
  key: string;
  title: string;
  description: string;
  suggestedMitigation: string;
  defaultLikelihood: number;
  defaultImpact: number;
}

export const DEFAULT_RISK_CATALOGUE: readonly SeedRisk[] = [
  {
    key: "reputational_spillover",
    title: "Reputational spillover",
    description:
      "A scandal at the company (labour abuse, corruption, environmental harm) damages the NGO's reputation and the trust of survivors and donors.",
    suggestedMitigation: "Screen before approaching and re-screen on schedule; agree an exit clause; monitor news about the company.",
    defaultLikelihood: 2,
    defaultImpact: 4,
  },
  {
    key: "pr_over_change",
    title: "Company seeks PR more than change",
    description: "The company uses the partnership mainly for its image, without the changes or contributions agreed.",
    suggestedMitigation: "Agree measurable indicators and commitments; tie public statements to results; review at check-ins.",
    defaultLikelihood: 3,
    defaultImpact: 3,
  },
  {
    key: "story_misuse",
    title: "Misuse of survivors' stories",
    description: "Survivors' testimonies or images are used for commercial ends or beyond what they consented to.",
    suggestedMitigation:
      "Share stories only under recorded consent for the channel; agree public statement terms; review partner materials before publication.",
    defaultLikelihood: 2,
    defaultImpact: 5,
  },
  {
    key: "exposure",
    title: "Exposure of survivors or staff",
    description:
      "Publicity or shared information threatens the confidentiality and safety of survivors or of staff who keep a low profile.",
    suggestedMitigation:
      "Confidentiality clause; anonymise by default; agree who may say what publicly; keep locations and names out of shared material.",
    defaultLikelihood: 2,
    defaultImpact: 5,
  },
  {
    key: "value_gap",
    title: "Value gap",
    description:
      "The partners' values diverge (e.g. on labour rights, sex work, migration), or the company's practice contradicts the NGO's mission.",
    suggestedMitigation: "Discuss values and red lines before agreeing; write them into the agreement; name an exit route.",
    defaultLikelihood: 2,
    defaultImpact: 3,
  },
  {
    key: "funder_dependence",
    title: "Dependence on one funder",
    description:
      "The NGO comes to rely on this company's money or services, which weakens its independence and leaves it exposed if the partner leaves.",
    suggestedMitigation: "Cap the share of income from one partner; diversify funding; plan for the end of the partnership.",
    defaultLikelihood: 2,
    defaultImpact: 4,
  },
  {
    key: "conflict_of_interest",
    title: "Conflict of interest",
    description:
      "Personal or financial ties between staff, board members and the company, or the company's interest in the NGO's advocacy, bias decisions.",
    suggestedMitigation: "Declare interests; let someone without ties decide; record decisions and reasons.",
    defaultLikelihood: 1,
    defaultImpact: 3,
  },
  {
    key: "contact_turnover",
    title: "Partner's contact turnover",
    description: "The company's contact person leaves and promises and continuity are lost.",
    suggestedMitigation: "Keep at least two active contacts at the company; record commitments in the agreement; hand over early.",
    defaultLikelihood: 3,
    defaultImpact: 3,
  },
];
