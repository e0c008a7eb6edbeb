import { useTranslation } from "react-i18next";
import { SuggestedKnowledge } from "../knowledge/suggestions";

/**
 * What the knowledge hub holds for this proposal: write-ups, templates and case studies tagged with its engagement
 * modes, or with the need "presenting the cause in business terms" — to borrow wording from, always the user's to edit.
 */
export function ProposalKnowledge({ modes }: { modes: string[] }) {
  const { t } = useTranslation("prospects");
  return (
    <SuggestedKnowledge
      tags={[...modes.map((m) => `mode:${m}`), "presenting"]}
      title={t("builder.knowledge")}
      hint={t("builder.knowledgeHint")}
      testId="proposal-knowledge"
      limit={6}
    />
  );
}
