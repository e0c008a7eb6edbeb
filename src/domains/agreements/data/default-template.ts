// The built-in draft-agreement template. Organisations replace it with their own (PUT /agreement-template);
// the syntax is described in agreements.template.ts (TEMPLATE_SYNTAX).

export const DEFAULT_AGREEMENT_TEMPLATE = `# {{agreement.kind}}

between **{{ngo.name}}** ("the NGO") and **{{company.name}}** ("the Company")

Partnership: {{engagement.title}}

DRAFT of {{today}}, for discussion between the parties.

## 1. Purpose and goals

{{goals}}

## 2. Responsibilities

### {{ngo.name}} will

{{responsibilities.ngo}}

### {{company.name}} will

{{responsibilities.company}}

## 3. Activities

{{activities}}

## 4. Contribution

{{expectedValue}}

## 5. Monitoring and indicators

The parties meet regularly to review progress against these indicators:

{{indicators}}

## 6. Duration

This agreement runs from {{startDate}} to {{endDate}}. Either party may end it in writing with one month's notice.

## 7. Confidentiality and the safety of survivors

{{confidentiality}}

Neither party discloses information that could identify survivors of trafficking or put them or the NGO's staff at risk. Survivors' stories are used only with their recorded consent, for the channels they agreed to.

## 8. Use of name and logo

{{nameUse}}

## 9. Public statements

{{publicStatements}}

## 10. Signatures

For {{ngo.name}}: ______________________  Date: {{signature.ngo}}

For {{company.name}}: ______________________  Date: {{signature.company}}
`;

/** The built-in template in German: used for a German draft while the organisation has no template of its own. */
export const DEFAULT_AGREEMENT_TEMPLATE_DE = `# {{agreement.kind}}

zwischen **{{ngo.name}}** („die NGO“) und **{{company.name}}** („das Unternehmen“)

Partnerschaft: {{engagement.title}}

ENTWURF vom {{today}}, zur Abstimmung zwischen den Parteien.

## 1. Zweck und Ziele

{{goals}}

## 2. Aufgaben

### {{ngo.name}} übernimmt

{{responsibilities.ngo}}

### {{company.name}} übernimmt

{{responsibilities.company}}

## 3. Aktivitäten

{{activities}}

## 4. Beitrag

{{expectedValue}}

## 5. Begleitung und Indikatoren

Die Parteien treffen sich regelmäßig, um die Fortschritte anhand dieser Indikatoren zu besprechen:

{{indicators}}

## 6. Laufzeit

Diese Vereinbarung gilt vom {{startDate}} bis zum {{endDate}}. Jede Partei kann sie schriftlich mit einer Frist von einem Monat beenden.

## 7. Vertraulichkeit und Schutz der Betroffenen

{{confidentiality}}

Keine Partei gibt Informationen weiter, durch die Betroffene von Menschenhandel erkannt oder sie oder die Mitarbeitenden der NGO gefährdet werden könnten. Geschichten von Betroffenen werden nur mit deren dokumentierter Einwilligung und nur für die vereinbarten Kanäle verwendet.

## 8. Nutzung von Name und Logo

{{nameUse}}

## 9. Öffentliche Äußerungen

{{publicStatements}}

## 10. Unterschriften

Für {{ngo.name}}: ______________________  Datum: {{signature.ngo}}

Für {{company.name}}: ______________________  Datum: {{signature.company}}
`;
