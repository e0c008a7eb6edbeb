import type { KnowledgeKind, KnowledgeLanguage } from "./knowledge.constants.js";
import { WORDING_HEADINGS, GAIN_HEADINGS, type WordingGain } from "./knowledge.wording.js";

// The proposal builder's suggested wording, shipped as built-in templates of the knowledge hub: one per engagement
// mode (the partnership), one per NACE section where trafficking is documented (the problem) and a general one (every
// step). Written for Partnerwise from the practice described in the domain brief (the engagement modes, what made
// partnerships work, the worked example); every suggestion is a starting point the user edits. An organisation copies
// one to adapt it; its own and its networks' templates are suggested before these.
// Placeholders: {company}, {ngo}, {country}, {sector}.

type Lang = KnowledgeLanguage;
/** The shape of a built-in item (knowledge.built-in.ts), declared here so the two modules do not import each other. */
interface BuiltInItem {
  key: string;
  kind: KnowledgeKind;
  language: KnowledgeLanguage;
  title: string;
  tags: string[];
  body: string;
}
type Text = Record<Lang, string>;

/** The problem in the company's context, by NACE section (others fall back to "default"). */
const PROBLEM_BY_SECTION: Record<string, Text> = {
  I: {
    en: "Hotels, restaurants and short-stay rentals are places where victims of trafficking for sexual and labour exploitation are moved, housed and sometimes employed. Staff at reception, in housekeeping and in kitchens are often the only outsiders who see them. {company} can make its premises a place where exploitation is recognised and reported, not a place where it goes unnoticed.",
    de: "Hotels, Gaststätten und Kurzzeitvermietungen sind Orte, an denen Betroffene von Menschenhandel zur sexuellen Ausbeutung und Arbeitsausbeutung untergebracht, weitergereicht und manchmal beschäftigt werden. Beschäftigte an der Rezeption, im Housekeeping und in der Küche sind oft die einzigen Außenstehenden, die sie sehen. {company} kann seine Häuser zu Orten machen, an denen Ausbeutung erkannt und gemeldet wird, statt unbemerkt zu bleiben.",
  },
  H: {
    en: "Traffickers move people by bus, train, air and road freight. Drivers, conductors, cabin crew and station staff see victims in transit, often at the moment they could still be helped. {company} can equip its people to recognise the signs and to know whom to call.",
    de: "Menschenhändler bringen Menschen mit Bus, Bahn, Flugzeug und Lkw an ihren Bestimmungsort. Fahrpersonal, Zugbegleitung, Kabinenpersonal und Beschäftigte an Bahnhöfen sehen Betroffene unterwegs – oft in dem Moment, in dem ihnen noch geholfen werden kann. {company} kann seine Beschäftigten befähigen, die Anzeichen zu erkennen und zu wissen, wen sie anrufen.",
  },
  C: {
    en: "Forced labour hides in supply chains: in raw materials, in subcontracted production and in agency work. Buyers, regulators and consumers increasingly expect manufacturers such as {company} to know who makes their goods and under which conditions, and to act on what they find.",
    de: "Zwangsarbeit versteckt sich in Lieferketten: in Rohstoffen, in ausgelagerter Fertigung und in Leiharbeit. Abnehmer, Aufsichtsbehörden und Verbraucher erwarten zunehmend, dass Hersteller wie {company} wissen, wer ihre Waren unter welchen Bedingungen herstellt, und dass sie handeln, wenn sie etwas finden.",
  },
  F: {
    en: "Construction relies on long chains of subcontractors and on recruited workers, where debt bondage, withheld wages and confiscated documents are documented risks. {company} can set standards on its sites that subcontractors and recruiters must meet.",
    de: "Das Baugewerbe stützt sich auf lange Ketten von Subunternehmen und angeworbenen Arbeitskräften; Schuldknechtschaft, einbehaltene Löhne und einbehaltene Ausweise sind dort belegte Risiken. {company} kann auf seinen Baustellen Standards setzen, die Subunternehmen und Vermittler einhalten müssen.",
  },
  A: {
    en: "Seasonal work in agriculture is among the sectors where labour exploitation is found most often in Europe: recruitment fees, substandard housing and wages below the law. {company} can make fair recruitment and decent conditions a visible part of how it sources.",
    de: "Saisonarbeit in der Landwirtschaft gehört zu den Bereichen, in denen Arbeitsausbeutung in Europa am häufigsten festgestellt wird: Vermittlungsgebühren, menschenunwürdige Unterkünfte und Löhne unter dem gesetzlichen Niveau. {company} kann faire Anwerbung und gute Arbeitsbedingungen zu einem sichtbaren Teil seines Einkaufs machen.",
  },
  N: {
    en: "Employment and service agencies stand between workers and the companies that use their work. Where recruitment fees, housing and transport are bundled, workers can become dependent. {company} can show that its recruitment is fair and checked.",
    de: "Personal- und Dienstleistungsagenturen stehen zwischen den Arbeitskräften und den Unternehmen, die ihre Arbeit nutzen. Wo Vermittlungsgebühren, Unterkunft und Transport gebündelt werden, können Abhängigkeiten entstehen. {company} kann zeigen, dass seine Vermittlung fair ist und überprüft wird.",
  },
  G: {
    en: "Retailers sell goods whose production can involve forced or child labour far up the chain, and customers ask where products come from. {company} can use its buying power and its reach to customers to reduce that risk and to inform.",
    de: "Händler verkaufen Waren, bei deren Herstellung weit oben in der Lieferkette Zwangs- oder Kinderarbeit vorkommen kann, und Kundinnen und Kunden fragen, woher Produkte stammen. {company} kann seine Einkaufsmacht und seine Reichweite nutzen, um dieses Risiko zu senken und zu informieren.",
  },
  J: {
    en: "Trafficking is advertised, arranged and paid for online and by phone. Telecom and technology companies such as {company} reach millions of people and can bring help within reach: a hotline, a donation line, a safer platform.",
    de: "Menschenhandel wird online und per Telefon angebahnt, vermittelt und bezahlt. Telekommunikations- und Technologieunternehmen wie {company} erreichen Millionen Menschen und können Hilfe erreichbar machen: eine Hotline, eine Spendennummer, eine sicherere Plattform.",
  },
  default: {
    en: "Trafficking in human beings happens in {country} too, for sexual exploitation, forced labour and criminal activities. Every company employs people, buys goods and services and has a voice; {company} can use each of them to prevent exploitation and to support those who escaped it.",
    de: "Menschenhandel gibt es auch in {country}: zur sexuellen Ausbeutung, zur Arbeitsausbeutung und zur Ausnutzung strafbarer Handlungen. Jedes Unternehmen beschäftigt Menschen, kauft Waren und Dienstleistungen ein und hat eine Stimme; {company} kann jede davon nutzen, um Ausbeutung vorzubeugen und Betroffene zu unterstützen.",
  },
};

/** The proposed partnership, by engagement mode (the organisation's mode keys; others fall back to "other"). */
const PARTNERSHIP_BY_MODE: Record<string, Text> = {
  in_kind_donation: {
    en: "{company} provides goods or services that {ngo} needs to support survivors — for example accommodation, transport, medical care, food and hygiene supplies, air time or print space — on an agreed schedule and value.",
    de: "{company} stellt Sach- oder Dienstleistungen bereit, die {ngo} für die Unterstützung Betroffener braucht – etwa Unterkunft, Transport, medizinische Versorgung, Lebensmittel und Hygieneartikel, Sendezeit oder Anzeigenfläche – nach einem vereinbarten Plan und Wert.",
  },
  financial_donation: {
    en: "{company} funds a defined part of {ngo}'s work for an agreed period, with activities and results reported back; staff can join in, for example by redirecting a gift budget or through a donation campaign.",
    de: "{company} finanziert einen festgelegten Teil der Arbeit von {ngo} für einen vereinbarten Zeitraum; über Aktivitäten und Ergebnisse wird berichtet. Beschäftigte können sich beteiligen, etwa indem ein Geschenkbudget umgewidmet wird oder über eine Spendenaktion.",
  },
  employment_reintegration: {
    en: "{company} offers survivors supported paths into work — vocational training, internships or protected jobs — with {ngo} preparing candidates, advising the company's managers and staying in contact throughout.",
    de: "{company} bietet Betroffenen begleitete Wege in Arbeit – Berufsausbildung, Praktika oder geschützte Arbeitsplätze –; {ngo} bereitet die Kandidatinnen und Kandidaten vor, berät die Führungskräfte des Unternehmens und bleibt durchgehend im Kontakt.",
  },
  joint_project: {
    en: "{company} and {ngo} run a joint project or awareness campaign as co-responsible partners, with shared goals, a joint plan and clear roles for each side.",
    de: "{company} und {ngo} führen als gleichberechtigte Partner ein gemeinsames Projekt oder eine Sensibilisierungskampagne durch – mit gemeinsamen Zielen, einem gemeinsamen Plan und klaren Rollen für beide Seiten.",
  },
  business_practice: {
    en: "{company} works with {ngo} to reduce the risk of trafficking in its operations and supply chain: training staff to recognise the signs, a code of conduct with its suppliers and recruiters, and a monitoring plan that both sides review.",
    de: "{company} arbeitet mit {ngo} daran, das Risiko von Menschenhandel in seinem Betrieb und seiner Lieferkette zu senken: Schulung der Beschäftigten, damit sie die Anzeichen erkennen, ein Verhaltenskodex mit Lieferanten und Vermittlern und ein Monitoringplan, den beide Seiten gemeinsam prüfen.",
  },
  business_expertise: {
    en: "{company} lends its expertise — for example marketing, planning, finance or technology — to strengthen {ngo}'s work, through staff time with agreed goals and a named contact on each side.",
    de: "{company} bringt seine Fachkenntnis ein – etwa in Marketing, Planung, Finanzen oder Technik –, um die Arbeit von {ngo} zu stärken: durch Arbeitszeit von Beschäftigten mit vereinbarten Zielen und je einer festen Ansprechperson auf beiden Seiten.",
  },
  other: {
    en: "{company} and {ngo} agree on a partnership with clear goals, responsibilities and a plan for implementation and monitoring.",
    de: "{company} und {ngo} vereinbaren eine Partnerschaft mit klaren Zielen, Zuständigkeiten und einem Plan für Umsetzung und Monitoring.",
  },
};

/** What the company gains, in business terms. */
const GAIN_TEXT: Record<WordingGain, Text> = {
  reputation: {
    en: "Reputation and visibility: public acknowledgement by {ngo} in its annual report, on its website and at events, as agreed with {company}.",
    de: "Ansehen und Sichtbarkeit: öffentliche Anerkennung durch {ngo} im Jahresbericht, auf der Website und bei Veranstaltungen, wie mit {company} vereinbart.",
  },
  staff_engagement: {
    en: "Staff engagement: employees who take part in a cause they can see, which strengthens motivation and loyalty.",
    de: "Engagement der Beschäftigten: Mitarbeitende, die sich für eine sichtbare Sache einsetzen – das stärkt Motivation und Bindung.",
  },
  supply_chain_risk: {
    en: "Lower risk in operations and supply chain: staff and suppliers who recognise exploitation early, before it becomes a legal, operational or reputational incident.",
    de: "Geringeres Risiko in Betrieb und Lieferkette: Beschäftigte und Lieferanten, die Ausbeutung früh erkennen, bevor daraus ein rechtlicher, betrieblicher oder Reputationsschaden wird.",
  },
  due_diligence: {
    en: "Meeting due-diligence expectations: documented steps against forced labour and trafficking that customers, investors and regulators increasingly ask for.",
    de: "Erfüllung von Sorgfaltspflichten: dokumentierte Schritte gegen Zwangsarbeit und Menschenhandel, wie sie Kunden, Investoren und Aufsichtsbehörden zunehmend erwarten.",
  },
  cleaner_sector: {
    en: "A cleaner sector: fair competitors and a level playing field, where exploitation is not a cost advantage.",
    de: "Eine sauberere Branche: faire Wettbewerber und gleiche Bedingungen, in denen Ausbeutung kein Kostenvorteil ist.",
  },
};

const NGO_GAINS: Text = {
  en: "{ngo} gains resources and capacity for its work with survivors, and a partner who helps more people understand trafficking.",
  de: "{ngo} gewinnt Mittel und Kapazität für die Arbeit mit Betroffenen und einen Partner, der dazu beiträgt, dass mehr Menschen Menschenhandel verstehen.",
};

const VISIBILITY: Text = {
  en: "{ngo} acknowledges {company}'s contribution in its annual report and on its website, and at an event if both agree. Any public statement about the partnership is agreed in writing beforehand.",
  de: "{ngo} würdigt den Beitrag von {company} im Jahresbericht und auf der Website und, wenn beide zustimmen, bei einer Veranstaltung. Jede öffentliche Aussage über die Partnerschaft wird vorher schriftlich abgestimmt.",
};

const CONFIDENTIALITY: Text = {
  en: "The safety of the people {ngo} supports comes first. No survivor is named, pictured or quoted without their informed, written consent for that use; {company} receives no personal data about them, and {ngo} alone decides how it works with them.",
  de: "Die Sicherheit der Menschen, die {ngo} unterstützt, hat Vorrang. Keine betroffene Person wird ohne ihre informierte, schriftliche Einwilligung für genau diese Verwendung genannt, abgebildet oder zitiert; {company} erhält keine personenbezogenen Daten über sie, und allein {ngo} entscheidet, wie mit ihnen gearbeitet wird.",
};

const MODE_NAMES: Record<string, Text> = {
  in_kind_donation: { en: "in-kind donations", de: "Sachspenden" },
  financial_donation: { en: "financial donations", de: "Geldspenden" },
  employment_reintegration: { en: "employment and reintegration", de: "Beschäftigung und Wiedereingliederung" },
  joint_project: { en: "joint projects and campaigns", de: "gemeinsame Projekte und Kampagnen" },
  business_practice: { en: "changing business practice", de: "Veränderung der Geschäftspraxis" },
  business_expertise: { en: "business expertise", de: "Fachwissen aus dem Unternehmen" },
};

const SECTOR_NAMES: Record<string, Text> = {
  I: { en: "hotels and restaurants", de: "Hotels und Gastronomie" },
  H: { en: "transport", de: "Verkehr und Transport" },
  C: { en: "manufacturing", de: "Herstellung" },
  F: { en: "construction", de: "Baugewerbe" },
  A: { en: "agriculture", de: "Landwirtschaft" },
  N: { en: "employment and service agencies", de: "Personal- und Dienstleistungsagenturen" },
  G: { en: "retail and wholesale", de: "Handel" },
  J: { en: "telecoms and technology", de: "Telekommunikation und Technologie" },
};

const INTRO: Text = {
  en: "Suggested wording for the proposal builder. Each section below named after a builder step is offered in that step; {company}, {ngo}, {country} and {sector} are filled in for the company. Copy this item to adapt it for your organisation.",
  de: "Formulierungsvorschläge für den Angebotsassistenten. Jeder Abschnitt, der nach einem Schritt des Assistenten benannt ist, wird in diesem Schritt angeboten; {company}, {ngo}, {country} und {sector} werden für das Unternehmen ausgefüllt. Kopieren Sie diesen Eintrag, um ihn für Ihre Organisation anzupassen.",
};

const section = (step: keyof typeof WORDING_HEADINGS, lang: Lang, text: string) => `## ${WORDING_HEADINGS[step][lang]}\n\n${text}`;

const wordingPair = (key: string, tags: string[], title: Text, sections: (lang: Lang) => string[]): BuiltInItem[] =>
  (["en", "de"] as const).map((language) => ({
    key: `wording.${key}.${language}`,
    kind: "template" as const,
    language,
    title: title[language],
    tags: ["presenting", ...tags],
    body: [INTRO[language], ...sections(language)].join("\n\n"),
  }));

/** Built-in wording templates, English and German. */
export const BUILT_IN_WORDING: BuiltInItem[] = [
  ...wordingPair("general", [], { en: "Proposal wording: every step", de: "Angebotsvorlage: alle Schritte" }, (l) => [
    section("problem", l, PROBLEM_BY_SECTION.default[l]),
    section("partnership", l, PARTNERSHIP_BY_MODE.other[l]),
    `${section("gains", l, "")}${(Object.keys(GAIN_TEXT) as WordingGain[]).map((g) => `### ${GAIN_HEADINGS[g][l]}\n\n${GAIN_TEXT[g][l]}`).join("\n\n")}`,
    section("ngoGains", l, NGO_GAINS[l]),
    section("visibility", l, VISIBILITY[l]),
    section("confidentiality", l, CONFIDENTIALITY[l]),
  ]),
  ...Object.entries(MODE_NAMES).flatMap(([mode, name]) =>
    wordingPair(`mode.${mode}`, [`mode:${mode}`], { en: `Proposal wording: ${name.en}`, de: `Angebotsvorlage: ${name.de}` }, (l) => [
      section("partnership", l, PARTNERSHIP_BY_MODE[mode][l]),
    ]),
  ),
  ...Object.entries(SECTOR_NAMES).flatMap(([s, name]) =>
    wordingPair(
      `sector.${s}`,
      [`sector:${s}`],
      { en: `Proposal wording: the problem in ${name.en}`, de: `Angebotsvorlage: das Problem in ${name.de}` },
      (l) => [section("problem", l, PROBLEM_BY_SECTION[s][l])],
    ),
  ),
];
