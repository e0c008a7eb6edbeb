// The built-in questionnaire `ngo-business-engagement`: SurveyJS JSON that re-creates the instrument of the
// 2013 survey of 27 anti-trafficking NGOs our product brief is built on (docs/assessment.md). The question ids,
// types, options and conditions are a contract: imports, reports and capacity profiles read them. Pages follow
// the sections of the brief's report. Texts are ours, in English (default) and German.

type Text = { default: string; de: string };
const t = (en: string, de: string): Text => ({ default: en, de });
const choice = (value: string, en: string, de: string) => ({ value, text: t(en, de) });

/** A yes/no question: answers are the strings "yes" and "no" (as in the import file). */
const yesNo = (name: string, en: string, de: string, extra: Record<string, unknown> = {}) => ({
  type: "boolean",
  name,
  title: t(en, de),
  renderAs: "radio",
  valueTrue: "yes",
  valueFalse: "no",
  labelTrue: t("Yes", "Ja"),
  labelFalse: t("No", "Nein"),
  ...extra,
});

export const NGO_BUSINESS_ENGAGEMENT_KEY = "ngo-business-engagement";
/** Bumped whenever the definition below changes; a round keeps the version it was opened with. */
export const NGO_BUSINESS_ENGAGEMENT_VERSION = 1;

export const OBSTACLES = [
  choice(
    "motivating_company",
    "Motivating a company to touch a topic associated with crime and suffering",
    "Ein Unternehmen dazu zu bewegen, sich mit einem Thema zu befassen, das mit Verbrechen und Leid verbunden ist",
  ),
  choice("business_language", "Not speaking the language of business", "Die Sprache der Wirtschaft nicht zu sprechen"),
  choice("initial_distrust", "Initial distrust on both sides", "Anfängliches Misstrauen auf beiden Seiten"),
  choice(
    "contact_turnover",
    "Turnover of the company's contact people, breaking promises and continuity",
    "Wechsel der Ansprechpersonen im Unternehmen, der Zusagen und Kontinuität bricht",
  ),
  choice(
    "short_term",
    "Short-term engagements that never become long-term partnerships",
    "Kurzfristige Engagements, aus denen nie langfristige Partnerschaften werden",
  ),
];

export const SUCCESS_FACTORS = [
  choice("time_patience", "Time and patience to build trust", "Zeit und Geduld, um Vertrauen aufzubauen"),
  choice("equity", "Equity between the partners from the start", "Gleichberechtigung der Partner von Anfang an"),
  choice(
    "clear_goals",
    "Clear goals, responsibilities, implementation and monitoring plan",
    "Klare Ziele, Zuständigkeiten, Umsetzungs- und Monitoringplan",
  ),
  choice(
    "signed_agreement",
    "A signed agreement or memorandum of understanding",
    "Eine unterzeichnete Vereinbarung oder Absichtserklärung",
  ),
  choice("active_partner", "The company treated as an active partner", "Das Unternehmen als aktiver Partner behandelt"),
  choice("transparency", "Transparency and information sharing", "Transparenz und Austausch von Informationen"),
  choice("public_acknowledgement", "Public acknowledgement of the partner", "Öffentliche Anerkennung des Partners"),
];

export const CAPACITY_NEEDS = [
  choice("knowledge", "Knowledge of engagement modes and good practice", "Wissen über Formen der Zusammenarbeit und gute Praxis"),
  choice("selection", "Selecting the right companies to approach", "Die richtigen Unternehmen für eine Ansprache auswählen"),
  choice(
    "presentation",
    "Presenting the organisation and the cause in terms a business values",
    "Die Organisation und das Anliegen so darstellen, wie ein Unternehmen es schätzt",
  ),
  choice(
    "initiation",
    "Starting the conversation: getting attention and motivating a partner",
    "Das Gespräch beginnen: Aufmerksamkeit gewinnen und einen Partner motivieren",
  ),
  choice("risk", "A risk-mitigation strategy", "Eine Strategie zur Risikominderung"),
  choice(
    "sustaining",
    "Sustaining the relationship into a lasting partnership",
    "Die Beziehung zu einer dauerhaften Partnerschaft entwickeln",
  ),
];

const JOINT = "{joint_activities} = 'yes'";

export const ngoBusinessEngagement = {
  title: t("NGO–business engagement against human trafficking", "Zusammenarbeit von NGOs und Unternehmen gegen Menschenhandel"),
  description: t(
    "This assessment asks how your organisation works with businesses. Answer for your organisation as a whole; leave out what you cannot answer.",
    "Diese Erhebung fragt, wie Ihre Organisation mit Unternehmen zusammenarbeitet. Antworten Sie für die Organisation als Ganzes; lassen Sie aus, was Sie nicht beantworten können.",
  ),
  showQuestionNumbers: "off",
  pages: [
    {
      name: "organisation",
      title: t("Your organisation", "Ihre Organisation"),
      elements: [
        {
          type: "radiogroup",
          name: "org_region",
          title: t("Where in Europe does your organisation work?", "In welcher Region Europas arbeitet Ihre Organisation?"),
          isRequired: true,
          choices: [
            choice("western", "Western Europe", "Westeuropa"),
            choice("northern", "Northern Europe", "Nordeuropa"),
            choice("southern", "Southern Europe", "Südeuropa"),
            choice("central_eastern", "Central and Eastern Europe", "Mittel- und Osteuropa"),
            choice("south_eastern", "South-Eastern Europe", "Südosteuropa"),
          ],
        },
        {
          type: "radiogroup",
          name: "org_scope",
          title: t("Is your organisation national or international?", "Arbeitet Ihre Organisation national oder international?"),
          isRequired: true,
          choices: [choice("national", "National", "National"), choice("international", "International", "International")],
        },
      ],
    },
    {
      name: "goals_roles",
      title: t("Goals and roles", "Ziele und Rollen"),
      elements: [
        yesNo(
          "targets_private_sector",
          "Does your organisation target the private sector as a key group?",
          "Spricht Ihre Organisation die Privatwirtschaft als wichtige Zielgruppe an?",
          {
            description: t(
              "For example: companies as donors, employers of survivors, partners in campaigns.",
              "Zum Beispiel: Unternehmen als Spender, Arbeitgeber von Betroffenen, Partner in Kampagnen.",
            ),
          },
        ),
        yesNo(
          "strategic_plan_mentions",
          "Does your strategic plan mention engagement with businesses?",
          "Erwähnt Ihr Strategieplan die Zusammenarbeit mit Unternehmen?",
        ),
      ],
    },
    {
      name: "resources_perceptions",
      title: t("Resources and perceptions", "Ressourcen und Wahrnehmungen"),
      elements: [
        yesNo(
          "dedicated_staff",
          "Is a staff member dedicated to business engagement?",
          "Ist eine Mitarbeiterin oder ein Mitarbeiter eigens für die Zusammenarbeit mit Unternehmen zuständig?",
          {
            description: t(
              "Part-time counts; occasional help by anyone does not.",
              "Teilzeit zählt; gelegentliche Hilfe irgendeiner Person nicht.",
            ),
          },
        ),
        yesNo(
          "cooperated_other_ngos",
          "Have you cooperated with other NGOs or consumer initiatives to involve businesses?",
          "Haben Sie mit anderen NGOs oder Verbraucherinitiativen zusammengearbeitet, um Unternehmen einzubeziehen?",
        ),
        yesNo(
          "aware_ppp_other_fields",
          "Have you followed or heard of public-private partnerships by NGOs in other fields?",
          "Haben Sie öffentlich-private Partnerschaften von NGOs in anderen Bereichen verfolgt oder davon gehört?",
        ),
        yesNo(
          "recognises_risks",
          "Do you see risks in partnering with businesses?",
          "Sehen Sie Risiken in Partnerschaften mit Unternehmen?",
          {
            description: t(
              "For example: reputational spillover, misuse of survivors' stories, exposure that threatens confidentiality.",
              "Zum Beispiel: Rufschäden, Missbrauch der Geschichten Betroffener, öffentliche Aufmerksamkeit, die die Vertraulichkeit gefährdet.",
            ),
          },
        ),
      ],
    },
    {
      name: "ethical_screening",
      title: t("Ethical screening", "Ethische Prüfung"),
      elements: [
        yesNo(
          "applies_ethical_screening",
          "Do you check companies against ethical criteria before partnering?",
          "Prüfen Sie Unternehmen vor einer Partnerschaft anhand ethischer Kriterien?",
        ),
        yesNo(
          "has_black_list",
          "Do you keep a black list of companies you do not work with?",
          "Führen Sie eine schwarze Liste von Unternehmen, mit denen Sie nicht zusammenarbeiten?",
        ),
      ],
    },
    {
      name: "experiences",
      title: t("Experiences", "Erfahrungen"),
      elements: [
        yesNo(
          "joint_activities",
          "Have you carried out joint activities with businesses?",
          "Haben Sie gemeinsame Aktivitäten mit Unternehmen durchgeführt?",
        ),
        {
          type: "checkbox",
          name: "engagement_modes",
          title: t("In which ways have businesses engaged with you?", "In welcher Form haben sich Unternehmen bei Ihnen engagiert?"),
          description: t("Choose all that apply.", "Wählen Sie alles Zutreffende."),
          choices: [
            choice("in_kind", "In-kind donations", "Sachspenden"),
            choice("financial", "Financial donations", "Geldspenden"),
            choice("employment", "Employment and reintegration of survivors", "Beschäftigung und Wiedereingliederung Betroffener"),
            choice("joint_project", "Joint projects and campaigns", "Gemeinsame Projekte und Kampagnen"),
            choice("business_practice", "Changing business practice", "Veränderung der Geschäftspraxis"),
            choice("expertise", "Expertise from the business", "Fachwissen aus dem Unternehmen"),
          ],
        },
        {
          type: "checkbox",
          name: "enterprise_sizes",
          title: t("What size were the enterprises?", "Wie groß waren die Unternehmen?"),
          description: t("Choose all that apply.", "Wählen Sie alles Zutreffende."),
          choices: [
            choice("local", "Local businesses", "Lokale Betriebe"),
            choice("sme", "Small and medium-sized enterprises", "Kleine und mittlere Unternehmen"),
            choice("large", "Large companies", "Großunternehmen"),
          ],
        },
        yesNo(
          "cooperation_rated_positive",
          "Do you rate the results of the cooperation positively?",
          "Bewerten Sie die Ergebnisse der Zusammenarbeit positiv?",
          { visibleIf: JOINT },
        ),
        yesNo(
          "sure_to_continue",
          "Are you sure the cooperation will continue?",
          "Sind Sie sicher, dass die Zusammenarbeit fortgesetzt wird?",
          { visibleIf: JOINT },
        ),
        yesNo(
          "reported_publicly",
          "Have you reported your business collaborations publicly?",
          "Haben Sie öffentlich über Ihre Zusammenarbeit mit Unternehmen berichtet?",
          {
            description: t(
              "In annual reports, on your website or at events.",
              "In Jahresberichten, auf Ihrer Website oder bei Veranstaltungen.",
            ),
          },
        ),
      ],
    },
    {
      name: "obstacles",
      title: t("Obstacles", "Hindernisse"),
      elements: [
        {
          type: "checkbox",
          name: "obstacles",
          title: t("Which obstacles have you met?", "Auf welche Hindernisse sind Sie gestoßen?"),
          description: t("Choose all that apply.", "Wählen Sie alles Zutreffende."),
          choices: OBSTACLES,
        },
      ],
    },
    {
      name: "success_factors",
      title: t("Success factors", "Erfolgsfaktoren"),
      elements: [
        {
          type: "checkbox",
          name: "success_factors",
          title: t("What made your partnerships work?", "Was hat Ihre Partnerschaften gelingen lassen?"),
          description: t("Choose all that apply.", "Wählen Sie alles Zutreffende."),
          choices: SUCCESS_FACTORS,
        },
      ],
    },
    {
      name: "capacity_needs",
      title: t("Capacity needs", "Kapazitätsbedarf"),
      elements: [
        {
          type: "checkbox",
          name: "capacity_needs",
          title: t("Where would capacity building help you most?", "Wo würde Ihnen Kapazitätsaufbau am meisten helfen?"),
          description: t("Choose all that apply.", "Wählen Sie alles Zutreffende."),
          choices: CAPACITY_NEEDS,
        },
        {
          type: "comment",
          name: "quote",
          title: t("Anything you would like to share in your own words?", "Möchten Sie etwas in eigenen Worten mitteilen?"),
          description: t(
            "A coordinator may quote it in the network's report, without naming your organisation, only after approving it.",
            "Eine Koordinatorin oder ein Koordinator kann es im Bericht des Netzwerks zitieren – ohne Ihre Organisation zu nennen und erst nach Freigabe.",
          ),
          maxLength: 2000,
        },
      ],
    },
  ],
};

/** Built-in questionnaires by key. */
export const BUILT_IN_TEMPLATES: Record<string, { version: number; definition: unknown }> = {
  [NGO_BUSINESS_ENGAGEMENT_KEY]: { version: NGO_BUSINESS_ENGAGEMENT_VERSION, definition: ngoBusinessEngagement },
};
