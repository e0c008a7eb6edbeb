import { BUILT_IN_WORDING } from "./knowledge.built-in-wording.js";
import type { KnowledgeKind, KnowledgeLanguage } from "./knowledge.constants.js";

// The items Partnerwise ships with: our own write-up of every engagement mode and an anonymised worked example,
// in English and German. Written for this product from the project's domain brief (a 2014 survey of European
// anti-trafficking NGOs and their work with companies); not copied from any publication. Built-in items are
// public and read-only; an organisation copies one to adapt it.

/** When the built-in texts were last checked. */
export const BUILT_IN_REVIEWED_ON = "2026-12-06";

export interface BuiltInItem {
  key: string;
  kind: KnowledgeKind;
  language: KnowledgeLanguage;
  title: string;
  tags: string[];
  body: string;
}

const pair = (
  key: string,
  kind: KnowledgeKind,
  tags: string[],
  en: { title: string; body: string },
  de: { title: string; body: string },
): BuiltInItem[] => [
  { key: `${key}.en`, kind, language: "en", tags, ...en },
  { key: `${key}.de`, kind, language: "de", tags, ...de },
];

export const BUILT_IN_ITEMS: BuiltInItem[] = [
  ...pair(
    "mode.in_kind_donation",
    "engagement_mode",
    ["knowledge", "approach", "mode:in_kind_donation", "stage:approaching"],
    {
      title: "Engagement mode: in-kind donations",
      body: `A company gives what it already has instead of money: its products, services, space or reach.

## What it looks like
- free medical or dental care for survivors at a partner clinic;
- hosting for a website or a hotline, telephone minutes, free advertising space or air time;
- venues for trainings and events, transport, food and hygiene supplies for a shelter;
- a cause-related product whose sales carry the campaign's message.

## Why it works
It is the easiest way in. A company can say yes without a budget line, and the people who decide are often the ones who run the service. Many lasting partnerships started with a small in-kind gift that was acknowledged well.

## Watch out for
- **Fit with the message**: a gift from a company whose products contradict the campaign does more harm than good. Screen first.
- **Confidentiality**: a clinic or transport provider may learn who the survivors are; agree in writing how that is protected.
- **Dependency**: know what happens when the gift stops.

## First steps
1. List what you need in kind, with rough values (it makes the gift visible in reports).
2. Look for companies whose everyday business covers one of those needs.
3. Ask for one concrete thing, for a defined period, and say how you will thank them publicly.`,
    },
    {
      title: "Engagement-Form: Sachspenden",
      body: `Ein Unternehmen gibt, was es ohnehin hat, statt Geld: Produkte, Dienstleistungen, Räume oder Reichweite.

## Wie das aussieht
- kostenlose ärztliche oder zahnärztliche Versorgung von Betroffenen in einer Partnerpraxis;
- Hosting für Website oder Hotline, Telefonminuten, kostenlose Anzeigenflächen oder Sendezeit;
- Räume für Schulungen und Veranstaltungen, Fahrdienste, Lebensmittel und Hygieneartikel für eine Schutzwohnung;
- ein Produkt, dessen Verkauf die Botschaft der Kampagne trägt.

## Warum es funktioniert
Es ist der leichteste Einstieg. Ein Unternehmen kann zusagen, ohne ein Budget freizugeben, und oft entscheiden die Menschen, die den Dienst selbst verantworten. Viele dauerhafte Partnerschaften begannen mit einer kleinen Sachspende, für die sich die Organisation gut bedankt hat.

## Worauf zu achten ist
- **Passt es zur Botschaft?** Eine Spende von einem Unternehmen, dessen Produkte der Kampagne widersprechen, schadet mehr als sie nützt. Erst prüfen.
- **Vertraulichkeit**: Eine Praxis oder ein Fahrdienst erfährt womöglich, wer die Betroffenen sind; schriftlich vereinbaren, wie das geschützt wird.
- **Abhängigkeit**: Wissen, was passiert, wenn die Spende endet.

## Erste Schritte
1. Auflisten, was als Sachleistung gebraucht wird, mit groben Werten (so wird die Spende in Berichten sichtbar).
2. Unternehmen suchen, deren Tagesgeschäft einen dieser Bedarfe deckt.
3. Um eine konkrete Sache für einen festen Zeitraum bitten und sagen, wie die öffentliche Würdigung aussieht.`,
    },
  ),
  ...pair(
    "mode.financial_donation",
    "engagement_mode",
    ["knowledge", "presenting", "mode:financial_donation", "stage:approaching"],
    {
      title: "Engagement mode: financial donations",
      body: `A company funds the organisation's work: a one-off grant, a yearly contribution, or money raised together with its customers and staff.

## What it looks like
- a grant for a defined project, such as a hotline's night shifts or a field team's vehicle;
- redirecting the company's gift budget (for example the New Year presents to clients) to the NGO;
- an SMS donation line or a round-up at the checkout, run through the company's channels;
- matching what the company's employees give.

## Why it works
Money is flexible, and companies are used to giving it. A clear proposal with activities, results and a budget speaks the language of business.

## Watch out for
- **Where the money comes from**: ask for transparent origins; in some countries funds can hide political agendas or links to organised crime.
- **PR over substance**: if the company mostly wants the logo on your material, agree what acknowledgement is fair and what is not on offer (survivors' stories never are without consent).
- **One-off gifts**: most engagements stay small and single. Plan the follow-up before the first payment arrives.

## First steps
1. Write the project as a company reads it: problem, activities, results, budget, what the partner gets.
2. Run the ethical screening before the conversation goes far.
3. Agree reporting in the agreement and send the impact report on time.`,
    },
    {
      title: "Engagement-Form: Geldspenden",
      body: `Ein Unternehmen finanziert die Arbeit der Organisation: als einmalige Förderung, als jährlichen Beitrag oder mit Geld, das es gemeinsam mit Kundschaft und Belegschaft sammelt.

## Wie das aussieht
- eine Förderung für ein bestimmtes Vorhaben, etwa die Nachtschichten einer Hotline oder das Fahrzeug eines mobilen Teams;
- das Geschenkbudget des Unternehmens (zum Beispiel die Neujahrsgeschenke an Kunden) wird der Organisation gewidmet;
- eine SMS-Spendennummer oder Aufrunden an der Kasse über die Kanäle des Unternehmens;
- das Unternehmen verdoppelt die Spenden seiner Beschäftigten.

## Warum es funktioniert
Geld ist flexibel, und Unternehmen sind es gewohnt, Geld zu geben. Ein klarer Projektvorschlag mit Aktivitäten, Ergebnissen und Budget spricht die Sprache der Wirtschaft.

## Worauf zu achten ist
- **Herkunft des Geldes**: Auf nachvollziehbare Herkunft bestehen; in manchen Ländern können Mittel politische Ziele oder Verbindungen zur organisierten Kriminalität verdecken.
- **PR statt Inhalt**: Will das Unternehmen vor allem sein Logo auf Ihren Materialien, vereinbaren, welche Würdigung angemessen ist und was nicht angeboten wird (Geschichten von Betroffenen nie ohne Einwilligung).
- **Einmalige Spenden**: Die meisten Engagements bleiben klein und einmalig. Das Folgegespräch planen, bevor die erste Zahlung eingeht.

## Erste Schritte
1. Das Vorhaben so beschreiben, wie ein Unternehmen es liest: Problem, Aktivitäten, Ergebnisse, Budget, Nutzen für den Partner.
2. Die ethische Prüfung abschließen, bevor das Gespräch weit gediehen ist.
3. Berichtspflichten in der Vereinbarung festhalten und den Wirkungsbericht pünktlich schicken.`,
    },
  ),
  ...pair(
    "mode.employment_reintegration",
    "engagement_mode",
    ["knowledge", "sustaining", "mode:employment_reintegration", "stage:negotiating"],
    {
      title: "Engagement mode: employment and reintegration of survivors",
      body: `A company helps trafficked persons back into work: with training, a protected job, or support to start their own business.

## What it looks like
- vocational training or an apprenticeship place kept for survivors referred by the NGO;
- a protected job with a mentor who knows the situation, and working hours that leave room for counselling or court dates;
- coaching, a small loan or equipment to start a business.

## Why it works
Work is often what decides whether someone stays safe. For the company it is concrete and close to its everyday business, and it builds trust on both sides.

## Watch out for
- **Safety and confidentiality first**: only the people who must know learn a colleague's history; agree this in writing.
- **Dignity**: the person is an employee, not a campaign. Their story is not the company's to tell.
- **Support on both sides**: name who at the NGO the company calls when something goes wrong.

## First steps
1. Agree the number of places, the support the NGO gives and who the contacts are.
2. Prepare the line managers, not only the HR department.
3. Check in regularly during the first months and record what you learn.`,
    },
    {
      title: "Engagement-Form: Beschäftigung und Wiedereingliederung Betroffener",
      body: `Ein Unternehmen hilft Betroffenen von Menschenhandel zurück in Arbeit: mit Ausbildung, einem geschützten Arbeitsplatz oder Unterstützung beim Gründen.

## Wie das aussieht
- ein Ausbildungs- oder Praktikumsplatz, der für von der Organisation vermittelte Betroffene freigehalten wird;
- ein geschützter Arbeitsplatz mit einer Ansprechperson, die Bescheid weiß, und Arbeitszeiten, die Beratung und Gerichtstermine zulassen;
- Coaching, ein Kleinkredit oder Ausstattung für eine eigene Existenz.

## Warum es funktioniert
Arbeit entscheidet oft darüber, ob jemand in Sicherheit bleibt. Für das Unternehmen ist das konkret und nah am eigenen Geschäft, und es schafft Vertrauen auf beiden Seiten.

## Worauf zu achten ist
- **Sicherheit und Vertraulichkeit zuerst**: Nur wer es wissen muss, erfährt die Vorgeschichte einer Kollegin oder eines Kollegen; das schriftlich vereinbaren.
- **Würde**: Die Person ist Beschäftigte, keine Kampagne. Ihre Geschichte erzählt nicht das Unternehmen.
- **Unterstützung auf beiden Seiten**: Festlegen, wen das Unternehmen bei der Organisation anruft, wenn etwas schiefgeht.

## Erste Schritte
1. Zahl der Plätze, Unterstützung durch die Organisation und Ansprechpersonen vereinbaren.
2. Die direkten Vorgesetzten vorbereiten, nicht nur die Personalabteilung.
3. In den ersten Monaten regelmäßig nachfragen und festhalten, was man lernt.`,
    },
  ),
  ...pair(
    "mode.joint_project",
    "engagement_mode",
    ["knowledge", "presenting", "mode:joint_project", "stage:agreed"],
    {
      title: "Engagement mode: joint projects and campaigns",
      body: `The NGO and the company run something together, as partners who share responsibility: most often a campaign to raise awareness of trafficking.

## What it looks like
- a poster, film or social-media campaign carried on the company's channels (shops, packaging, bills, stations);
- training the company's customer-facing staff to recognise signs of trafficking (hotel receptions, drivers, bank clerks);
- events and exhibitions organised together.

## Why it works
The company's reach carries the message far beyond the NGO's own, and the company becomes visible as a responsible actor.

## Watch out for
- **Equity from the start**: agree goals, roles, who decides on the content, and the budget before anything is printed.
- **The message stays the NGO's**: nothing that blames or exposes survivors; no images that could identify anyone.
- **Measure it**: define in advance what counts as success (calls to the hotline, staff trained, reach).

## First steps
1. Write a one-page concept: aim, audience, channels, who does what, timeline.
2. Put it in a memorandum of understanding with a monitoring plan.
3. Acknowledge the partner publicly when the campaign runs and in the annual report.`,
    },
    {
      title: "Engagement-Form: gemeinsame Projekte und Kampagnen",
      body: `Organisation und Unternehmen machen etwas gemeinsam, als Partner mit geteilter Verantwortung: meistens eine Kampagne, die auf Menschenhandel aufmerksam macht.

## Wie das aussieht
- eine Plakat-, Film- oder Social-Media-Kampagne über die Kanäle des Unternehmens (Filialen, Verpackungen, Rechnungen, Bahnhöfe);
- Schulung der Beschäftigten mit Kundenkontakt, damit sie Anzeichen von Menschenhandel erkennen (Hotelrezeption, Fahrerinnen und Fahrer, Bankschalter);
- gemeinsam organisierte Veranstaltungen und Ausstellungen.

## Warum es funktioniert
Die Reichweite des Unternehmens trägt die Botschaft weit über die eigene hinaus, und das Unternehmen zeigt sich als verantwortlicher Akteur.

## Worauf zu achten ist
- **Gleichberechtigung von Anfang an**: Ziele, Rollen, wer über Inhalte entscheidet und das Budget vereinbaren, bevor etwas gedruckt wird.
- **Die Botschaft bleibt die der Organisation**: nichts, was Betroffene beschuldigt oder bloßstellt; keine Bilder, die jemanden erkennbar machen.
- **Wirkung messen**: Vorher festlegen, was als Erfolg zählt (Anrufe bei der Hotline, geschulte Beschäftigte, Reichweite).

## Erste Schritte
1. Ein einseitiges Konzept schreiben: Ziel, Zielgruppe, Kanäle, wer was macht, Zeitplan.
2. Es in einer Absichtserklärung (MoU) mit einem Monitoringplan festhalten.
3. Den Partner öffentlich würdigen, während die Kampagne läuft und im Jahresbericht.`,
    },
  ),
  ...pair(
    "mode.business_practice",
    "engagement_mode",
    ["knowledge", "risk", "mode:business_practice", "stage:active"],
    {
      title: "Engagement mode: changing business practice",
      body: `The NGO works with a company on how it does business: labour conditions, transparency of its supply chain, a code of conduct, training of its staff.

## What it looks like
- a code of conduct against the sexual exploitation of children, signed by a travel or IT company and built into staff training;
- mapping a supply chain for forced or child labour and agreeing steps to remedy what is found;
- checking recruitment agencies and labour conditions at suppliers.

## Why it matters
This is where the biggest change is possible, and sometimes an NGO engages a company precisely because its supply chain has a problem, to reform it. That is a conditional, monitored engagement, not an endorsement.

## Watch out for
- **It is the hardest mode.** Codes of conduct have failed where the company lost interest or nobody enforced them.
- **Constant monitoring**: agree indicators, reporting and what happens when commitments are missed.
- **Reputational risk**: make clear in public that the partnership is about reform, not a seal of approval.

## First steps
1. Record the screening decision as "engage to reform", with its conditions.
2. Agree a plan with milestones and indicators in the agreement.
3. Check in on a fixed schedule and log every missed commitment.`,
    },
    {
      title: "Engagement-Form: Geschäftspraktiken verändern",
      body: `Die Organisation arbeitet mit einem Unternehmen daran, wie es wirtschaftet: Arbeitsbedingungen, Transparenz der Lieferkette, ein Verhaltenskodex, Schulung der Beschäftigten.

## Wie das aussieht
- ein Verhaltenskodex gegen die sexuelle Ausbeutung von Kindern, unterzeichnet von einem Reise- oder IT-Unternehmen und in die Schulung der Beschäftigten eingebaut;
- die Lieferkette auf Zwangs- und Kinderarbeit untersuchen und Schritte vereinbaren, um Gefundenes zu beheben;
- Personalvermittler und Arbeitsbedingungen bei Zulieferern prüfen.

## Warum es wichtig ist
Hier ist die größte Veränderung möglich, und manchmal spricht eine Organisation ein Unternehmen gerade deshalb an, weil seine Lieferkette ein Problem hat, um es zu beheben. Das ist ein Engagement unter Auflagen und mit Kontrolle, keine Auszeichnung.

## Worauf zu achten ist
- **Es ist die schwierigste Form.** Verhaltenskodizes sind gescheitert, wo das Unternehmen das Interesse verlor oder niemand sie durchsetzte.
- **Ständiges Monitoring**: Indikatoren, Berichte und Folgen verpasster Zusagen vereinbaren.
- **Reputationsrisiko**: Öffentlich klarstellen, dass es um Veränderung geht, nicht um ein Gütesiegel.

## Erste Schritte
1. Die Prüfentscheidung als „Engagement zur Veränderung“ mit ihren Auflagen festhalten.
2. Einen Plan mit Meilensteinen und Indikatoren in der Vereinbarung festlegen.
3. In festen Abständen nachhalten und jede verpasste Zusage dokumentieren.`,
    },
  ),
  ...pair(
    "mode.business_expertise",
    "engagement_mode",
    ["knowledge", "sustaining", "mode:business_expertise", "stage:active"],
    {
      title: "Engagement mode: expertise from the business",
      body: `Company staff lend the NGO skills it rarely has in-house: marketing, long-term planning, finance, results-based management, IT.

## What it looks like
- a marketing team helps design a campaign or the annual report;
- a manager coaches the NGO's leadership on a strategic plan — including how the NGO will work with business;
- pro-bono legal, accounting or IT support;
- a workshop on measuring results and reporting them in terms funders understand.

## Why it works
It builds the NGO's capacity where it is weakest, and it lets company staff meet the cause in person, which often leads to more.

## Watch out for
- **The NGO stays in charge** of its work and decisions; advice is advice.
- **Confidential information**: staff who help with files or systems sign a confidentiality agreement.
- **Time is a gift too**: record the hours and their value, and thank the people who gave them.

## First steps
1. Name one capacity gap (the assessment helps) and the skill that would close it.
2. Ask for a limited assignment with a clear result.
3. Share what changed with the company afterwards.`,
    },
    {
      title: "Engagement-Form: Fachwissen aus dem Unternehmen",
      body: `Beschäftigte des Unternehmens bringen Fähigkeiten ein, die der Organisation selten zur Verfügung stehen: Marketing, langfristige Planung, Finanzen, wirkungsorientierte Steuerung, IT.

## Wie das aussieht
- ein Marketingteam hilft bei einer Kampagne oder beim Jahresbericht;
- eine Führungskraft begleitet die Leitung der Organisation bei einem Strategieplan — auch dabei, wie die Organisation mit Unternehmen arbeiten will;
- unentgeltliche Unterstützung bei Recht, Buchhaltung oder IT;
- ein Workshop dazu, wie man Ergebnisse misst und so berichtet, dass Geldgeber sie verstehen.

## Warum es funktioniert
Es stärkt die Organisation dort, wo sie am schwächsten ist, und die Beschäftigten des Unternehmens lernen das Anliegen persönlich kennen — daraus entsteht oft mehr.

## Worauf zu achten ist
- **Die Organisation behält die Verantwortung** für ihre Arbeit und Entscheidungen; Rat bleibt Rat.
- **Vertrauliche Informationen**: Wer bei Akten oder Systemen hilft, unterschreibt eine Vertraulichkeitsvereinbarung.
- **Zeit ist auch eine Spende**: Stunden und ihren Wert festhalten und den Menschen danken, die sie gegeben haben.

## Erste Schritte
1. Eine Lücke benennen (die Selbsteinschätzung hilft) und die Fähigkeit, die sie schließt.
2. Um einen begrenzten Auftrag mit klarem Ergebnis bitten.
3. Dem Unternehmen danach zeigen, was sich verändert hat.`,
    },
  ),
  ...pair(
    "example.mobile_operator",
    "case_study",
    ["knowledge", "approach", "sustaining", "mode:financial_donation", "mode:in_kind_donation", "mode:joint_project", "sector:J"],
    {
      title: "Worked example: a mobile operator strengthens a hotline",
      body: `An anonymised example of a partnership that worked, told in our own words.

## How it started
A mobile network operator approached an anti-trafficking NGO — the company took the first step, as it often does.

## What they agreed
Together they wrote a project proposal with three aims:
1. strengthen the NGO's hotline and its mobile field team;
2. buy a vehicle for urgent field work;
3. build a national network of psychotherapists trained to work with trafficked persons.

The proposal named activities and results: the vehicle bought, two trainings held, a nationwide network of therapists in place.

## What each side gave
- **The company**: money, technical help and services, and its staff's time. It did not interfere in how the NGO delivered the work. Its whole staff knew the project, because the company redirected its New Year gift budget to it, and it ran an SMS donation line for its customers.
- **The NGO**: the expertise, the delivery and the reporting.

## What each side gained
- **The company**: visibility and a socially responsible image, carried by media coverage, printed materials and a PR agency.
- **The NGO**: more capacity to reach people in danger, and a public that understands trafficking better.

## Why it worked
- clear goals and results written down before the work started;
- equity: the company as an active partner that respected the NGO's independence;
- people on both sides knew and cared about the project;
- generous public acknowledgement of the partner.

## Questions for your own organisation
- Which company in your country could strengthen a service you already run?
- What would you write in the proposal as activities and measurable results?
- How would you thank the partner in public without exposing anyone you protect?`,
    },
    {
      title: "Praxisbeispiel: Ein Mobilfunkanbieter stärkt eine Hotline",
      body: `Ein anonymisiertes Beispiel einer gelungenen Partnerschaft, in eigenen Worten erzählt.

## Wie es begann
Ein Mobilfunkanbieter ging auf eine Organisation gegen Menschenhandel zu — der erste Schritt kam vom Unternehmen, wie so oft.

## Was vereinbart wurde
Gemeinsam schrieben sie einen Projektvorschlag mit drei Zielen:
1. die Hotline der Organisation und ihr mobiles Team stärken;
2. ein Fahrzeug für dringende Einsätze anschaffen;
3. ein landesweites Netz von Psychotherapeutinnen und -therapeuten aufbauen, die für die Arbeit mit Betroffenen geschult sind.

Der Vorschlag nannte Aktivitäten und Ergebnisse: das Fahrzeug gekauft, zwei Schulungen durchgeführt, ein landesweites Netz von Therapeutinnen und Therapeuten aufgebaut.

## Was jede Seite gab
- **Das Unternehmen**: Geld, technische Hilfe und Dienstleistungen sowie die Zeit seiner Beschäftigten. Es mischte sich nicht in die Umsetzung ein. Die ganze Belegschaft kannte das Projekt, weil das Unternehmen sein Budget für Neujahrsgeschenke dafür verwendete, und es richtete eine SMS-Spendennummer für seine Kundschaft ein.
- **Die Organisation**: das Fachwissen, die Umsetzung und die Berichte.

## Was jede Seite gewann
- **Das Unternehmen**: Sichtbarkeit und das Bild eines sozial verantwortlichen Unternehmens, getragen von Medienberichten, Drucksachen und einer PR-Agentur.
- **Die Organisation**: mehr Kraft, gefährdete Menschen zu erreichen, und eine Öffentlichkeit, die Menschenhandel besser versteht.

## Warum es funktionierte
- klare Ziele und Ergebnisse, schriftlich festgehalten, bevor die Arbeit begann;
- Gleichberechtigung: das Unternehmen als aktiver Partner, der die Unabhängigkeit der Organisation respektierte;
- Menschen auf beiden Seiten kannten das Projekt, und es lag ihnen am Herzen;
- großzügige öffentliche Würdigung des Partners.

## Fragen an die eigene Organisation
- Welches Unternehmen in Ihrem Land könnte einen Dienst stärken, den Sie bereits anbieten?
- Was würden Sie als Aktivitäten und messbare Ergebnisse in den Vorschlag schreiben?
- Wie würden Sie dem Partner öffentlich danken, ohne jemanden bloßzustellen, den Sie schützen?`,
    },
  ), // The proposal builder's suggested wording, per engagement mode and sector (knowledge.built-in-wording.ts).
  ...BUILT_IN_WORDING,
];
