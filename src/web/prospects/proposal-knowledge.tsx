import { BookOpen } from "lucide-react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router-dom";
import { useKnowledgeSuggested } from "../knowledge/api";

/**
 * What the knowledge hub holds for this proposal: write-ups, templates and case studies tagged with its engagement
 * modes, or with the need "presenting the cause in business terms" — to borrow wording from, always the user's to edit.
 */
export function ProposalKnowledge({ modes }: { modes: string[] }) {
  const { t } = useTranslation("prospects");
  const { t: tk } = useTranslation("knowledge");
  const q = useKnowledgeSuggested([...modes.map((m) => `mode:${m}`), "presenting"]);
  const items = (q.data?.items ?? []).slice(0, 6);
  return (
    <section className="card" aria-labelledby="proposal-knowledge-title" data-testid="proposal-knowledge">
      <div className="card-header">
        <h2 id="proposal-knowledge-title">
          <BookOpen size={16} aria-hidden /> {t("builder.knowledge")}
        </h2>
      </div>
      <div className="card-body">
        <p className="small muted">{t("builder.knowledgeHint")}</p>
        {items.length ? (
          <ul className="plain-list">
            {items.map((k) => (
              <li key={k.id}>
                <Link to={`/knowledge/${k.id}`}>{k.title}</Link> <span className="small muted">({tk(`kinds.${k.kind}`)})</span>
              </li>
            ))}
          </ul>
        ) : (
          <p className="muted small">{q.isPending && modes.length ? t("common:loading") : t("builder.knowledgeNone")}</p>
        )}
      </div>
    </section>
  );
}
