import type { CatalogueContent } from "../catalogue.schema.js";

// The built-in default catalogue: what an organisation uses when its network has published none, and what a
// network coordinator starts a first draft from. Criteria restate what NGOs named in the 2014 network survey
// (docs: DOMAIN.md "Ethical screening and risk"); the supply-chain questions follow the seven themes of the
// KnowTheChain forced-labour benchmark. Guidance says what evidence to look for and where.

export const DEFAULT_CATALOGUE: CatalogueContent = {
  criteria: [
    {
      key: "labour_rights_record",
      title: "Human and labour rights record",
      group: "core",
      kind: "weighted",
      weight: 4,
      guidance:
        "Look for court rulings, labour-inspectorate findings, fines and settlements of the last five years about unpaid wages, unsafe work, union-busting or abuse of migrant and agency workers — in the company and its main subsidiaries. " +
        "Where: the company pages of the Business & Human Rights Resource Centre (business-humanrights.org), national labour-inspection and court databases, trade-union statements, investigative journalism, and the company's own annual or sustainability report (large EU companies report under the CSRD). " +
        "Meets: no credible allegation, or allegations remedied openly (what was paid back, what changed). Does not meet: credible recent findings with no remedy. Link every source you used.",
    },
    {
      key: "no_child_forced_trafficked_labour",
      title: "No child, forced or trafficked labour",
      group: "core",
      kind: "hard_exclusion",
      weight: 5,
      guidance:
        "The company must not use child labour (ILO Conventions 138 and 182), forced labour (ILO Convention 29 and its 2014 Protocol) or trafficked workers in its own operations, nor knowingly accept them among its direct suppliers. " +
        "Indicators to ask about: workers' passports or ID kept by the employer or agency, recruitment fees and debts paid off through work, wages withheld or paid to a third party, employer-controlled housing, threats, no freedom to leave, excessive compulsory overtime. " +
        "Where: the US DOL List of Goods Produced by Child Labor or Forced Labor (the goods/country signal below uses it), US CBP withhold release orders, the UFLPA Entity List, media and NGO reports, labour-inspection findings, and your own casework (never record survivors' data here). " +
        "A known case that the company is actively and verifiably remedying is a candidate for 'engage to reform' rather than approval: answer 'does not meet' and decide accordingly.",
    },
    {
      key: "non_discrimination",
      title: "Non-discrimination and equal-opportunity policy",
      group: "core",
      kind: "weighted",
      weight: 2,
      guidance:
        "Look for a written equal-opportunity and anti-discrimination policy covering sex, ethnic origin, migrant status, religion, disability, age and sexual orientation, and for evidence that it is applied: gender pay-gap reporting (mandatory for larger employers in several European countries), diversity figures, a grievance channel. " +
        "Where: the careers and policy pages of the website, the annual or sustainability report, decisions of equality bodies and labour courts, recurring complaints on employer-review sites. " +
        "Small local businesses often have no written policy: answer 'unknown', talk to them and note what they say.",
    },
    {
      key: "transparent_ownership_funds",
      title: "Transparent ownership and origin of funds",
      group: "core",
      kind: "weighted",
      weight: 4,
      guidance:
        "Identify who ultimately owns and controls the company and where its money comes from. " +
        "Where: the national business register and beneficial-ownership register (access in the EU may need a stated legitimate interest), OpenCorporates and OpenOwnership, annual accounts filed with the register, press coverage of ownership changes. " +
        "Warning signs: owners hidden behind offshore companies or nominees; cash-intensive business with no visible revenue; frequent changes of name, seat or directors; a donation offered in cash or through a third party. " +
        "Meets: owners identifiable and accounts public (or provided on request).",
    },
    {
      key: "no_crime_political_links",
      title: "No links to organised crime or a hidden political agenda",
      group: "core",
      kind: "hard_exclusion",
      weight: 5,
      guidance:
        "Check the company, its owners and directors against sanctions and law-enforcement lists (watchlist hits appear as signals), whether owners are politically exposed persons, criminal proceedings, and investigative reporting (e.g. OCCRP and national investigative outlets). " +
        "Ask whether the partnership could serve a party-political or electoral purpose: donations timed with elections, owners holding or seeking office, expectations of public endorsement. " +
        "Does not meet: credible links to organised crime, corruption convictions, or a partnership whose evident purpose is political promotion. A possible watchlist match is resolved here: record why it is or is not the same company.",
    },
    {
      key: "csr_policy_aligned",
      title: "Public CSR policy aligned with our mission",
      group: "core",
      kind: "weighted",
      weight: 2,
      guidance:
        "Look for a public CSR or human-rights policy that refers to the UN Guiding Principles or OECD Guidelines and names forced labour, trafficking or modern slavery; a modern-slavery statement where the law requires one (UK Modern Slavery Act statement registry, Australian register); sign-off by the board and a date within the last two years. " +
        "Compare stated commitments with what the company actually does. Meets: a public policy consistent with the fight against trafficking. Unknown: none found yet — ask for it.",
    },
    {
      key: "ngo_collaboration_history",
      title: "History with other NGOs",
      group: "core",
      kind: "weighted",
      weight: 1,
      guidance:
        "Ask which NGOs the company has worked with and, with its consent, contact one or two: were commitments kept, was the NGO's independence respected, did the cooperation end well? " +
        "Where: partner lists in CSR reports, the NGOs' own annual reports, your network (entries other members shared appear as signals). " +
        "Meets: good experiences. Does not meet: broken promises, or a partnership used only for publicity. No previous NGO partner is 'not applicable', not a failure.",
    },
    {
      key: "no_contradiction_of_message",
      title: "No contradiction of our campaign's message",
      group: "core",
      kind: "hard_exclusion",
      weight: 5,
      guidance:
        "Would this partnership undercut what we say in public? Examples: advertising that sexualises or commodifies people; a travel or hospitality business known to tolerate sexual exploitation; a recruitment agency charging workers fees; a platform hosting escort advertising. " +
        "Where: the company's advertising and social media, products and services, press coverage; ask the colleagues who run the campaign. Does not meet: a direct contradiction the public would notice.",
    },
    {
      key: "excluded_sector",
      title: "Not active in an excluded sector",
      group: "core",
      kind: "hard_exclusion",
      weight: 5,
      guidance:
        "The catalogue lists sectors we do not partner with (by default tobacco, alcohol and adult entertainment). The company's NACE code and tags are checked automatically and a signal appears on a match. " +
        "Confirm the company's real activities from its website and register entry, including major subsidiaries and brands. Meets: not active in an excluded sector (answering 'meets' sets a mistaken sector signal aside — say why in the notes).",
    },
    {
      key: "survivor_safety",
      title: "Respect for survivors' safety and confidentiality",
      group: "core",
      kind: "weighted",
      weight: 3,
      guidance:
        "Will the company accept our rules: no identifiable images or stories of survivors without informed consent; no survivor stories in commercial advertising; our approval of all communication about the partnership; a low public profile where our work or locations must stay hidden? " +
        "Ask directly and record the answer; look at how the company presented causes in past campaigns. Does not meet: insists on survivor stories for marketing, or on publicity that would expose our work.",
    },
    {
      key: "genuine_intent",
      title: "Genuine intent, not mainly publicity",
      group: "core",
      kind: "weighted",
      weight: 2,
      guidance:
        "Look for signs of a lasting contribution rather than a one-off image boost: budget and staff time offered, willingness to agree goals, a monitoring plan and reporting, openness to uncomfortable findings, a named internal owner. " +
        "Warning signs: the first questions are about the logo and the press release; pressure for a quick announcement; earlier cause campaigns that quietly stopped.",
    },
    {
      key: "shared_values",
      title: "Shared values",
      group: "core",
      kind: "weighted",
      weight: 1,
      guidance:
        "Do the public statements of the company's leadership (interviews, speeches, social media) and its culture fit ours — respect for workers, migrants and gender equality? Note concrete statements with links rather than impressions.",
    },
    {
      key: "sc_commitment_governance",
      title: "Supply chain: commitment and governance",
      group: "supply_chain",
      theme: "commitment_governance",
      kind: "weighted",
      weight: 3,
      guidance:
        "Is there a supplier code of conduct that prohibits forced labour, trafficking and recruitment fees paid by workers, approved by the board, with a named executive responsible, built into supplier contracts and explained to buying staff and suppliers? " +
        "Evidence: the policy and code, the modern-slavery or due-diligence statement, the governance section of the annual report, training figures.",
    },
    {
      key: "sc_traceability_risk",
      title: "Supply chain: traceability and risk assessment",
      group: "supply_chain",
      theme: "traceability_risk_assessment",
      kind: "weighted",
      weight: 3,
      guidance:
        "Does the company know its suppliers beyond the first tier, down to raw materials, and publish a supplier list (e.g. on Open Supply Hub)? Has it assessed forced-labour risk by commodity and country of origin — the goods/country signal shows the DOL-listed combinations — and acted on the results? " +
        "Evidence: published supplier list, risk-assessment summary, reports under due-diligence laws where they apply (German LkSG, French duty of vigilance, EU CSDDD).",
    },
    {
      key: "sc_purchasing_practices",
      title: "Supply chain: purchasing practices",
      group: "supply_chain",
      theme: "purchasing_practices",
      kind: "weighted",
      weight: 2,
      guidance:
        "Does the company avoid buying practices that push suppliers to exploit workers — last-minute orders and changes, prices below the cost of legal wages, penalties that shift all risk to suppliers? " +
        "Evidence: responsible-purchasing commitments (e.g. ACT, Better Buying), lead-time and payment-term policies, prices that ring-fence labour costs, long-term supplier relationships.",
    },
    {
      key: "sc_recruitment_fees",
      title: "Supply chain: recruitment (no fees paid by workers)",
      group: "supply_chain",
      theme: "recruitment",
      kind: "weighted",
      weight: 3,
      guidance:
        "Does the company apply the Employer Pays Principle — no worker pays recruitment fees or related costs — in its own operations and its supply chain, know which labour agencies are used, and repay fees it finds? " +
        "Evidence: the policy, the list of recruitment agencies used, amounts reimbursed to workers, agency audits; reference: ILO General Principles and Operational Guidelines for Fair Recruitment.",
    },
    {
      key: "sc_worker_voice",
      title: "Supply chain: worker voice",
      group: "supply_chain",
      theme: "worker_voice",
      kind: "weighted",
      weight: 2,
      guidance:
        "Can workers — including migrant and agency workers — raise concerns and organise without retaliation: freedom of association, grievance channels in their languages that they trust, engagement with unions and worker organisations? " +
        "Evidence: collective agreements, grievance statistics and outcomes, worker-driven programmes that go beyond a hotline.",
    },
    {
      key: "sc_monitoring",
      title: "Supply chain: monitoring",
      group: "supply_chain",
      theme: "monitoring",
      kind: "weighted",
      weight: 2,
      guidance:
        "Are suppliers monitored beyond announced social audits — unannounced visits, confidential worker interviews away from the workplace, checks for forced-labour indicators — and are results disclosed? " +
        "Evidence: description of the audit programme, findings and corrective-action statistics, involvement of unions or NGOs in verification.",
    },
    {
      key: "sc_remedy",
      title: "Supply chain: remedy",
      group: "supply_chain",
      theme: "remedy",
      kind: "weighted",
      weight: 3,
      guidance:
        "When forced labour is found, does the company make sure workers get remedy — fees and back wages repaid, support and safe return or alternative employment, cooperation with NGOs and unions — and can it show examples? " +
        "Evidence: published cases, grievance outcomes, reimbursement data. No known case is not evidence of remedy.",
    },
  ],
  excludedSectors: [
    { key: "tobacco", label: "Tobacco", naceCodes: ["01.15", "12", "46.35", "47.26"], tags: ["tobacco"] },
    {
      key: "alcohol",
      label: "Alcoholic beverages",
      naceCodes: ["11.01", "11.02", "11.03", "11.04", "11.05", "11.06"],
      tags: ["alcohol", "brewery", "distillery"],
    },
    {
      key: "adult_entertainment",
      label: "Adult entertainment",
      naceCodes: [],
      tags: ["adult entertainment", "escort", "strip club", "erotic"],
    },
  ],
};
