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
