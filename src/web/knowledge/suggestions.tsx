import { BookOpen } from "lucide-react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router-dom";
import { useKnowledgeSuggested } from "./api";

/**
 * Knowledge items suggested in context: those tagged with the engagement's modes or its stage, most matching first,
 * the reader's language before the other.
 */
export function KnowledgeSuggestions({ modes, stage }: { modes: string[]; stage: string }) {
  const { t } = useTranslation("knowledge");
  return (
    <SuggestedKnowledge
      tags={[...modes.map((m) => `mode:${m}`), `stage:${stage}`]}
      title={t("suggested.title")}
      testId="knowledge-suggestions"
      limit={5}
    />
  );
}

/** A card of the items carrying any of the tags, the reader's language first; a proposal or an engagement shows one. */
export function SuggestedKnowledge({
  tags,
  title,
  hint,
  testId,
  limit,
}: {
  tags: string[];
  title: string;
  hint?: string;
  testId: string;
  limit: number;
}) {
  const { t, i18n } = useTranslation("knowledge");
  const q = useKnowledgeSuggested(tags);
  const lang = i18n.language.startsWith("de") ? "de" : "en";
  const items = [...(q.data?.items ?? [])].sort((a, b) => Number(b.language === lang) - Number(a.language === lang)).slice(0, limit);
  return (
    <section className="card" aria-labelledby={`${testId}-title`} data-testid={testId}>
      <div className="card-header">
        <h2 id={`${testId}-title`}>
          <BookOpen size={15} aria-hidden /> {title}
        </h2>
      </div>
      <div className="card-body">
        {hint && <p className="small muted">{hint}</p>}
        {!q.data ? (
          <p className="muted small">{t("loading", { ns: "common" })}</p>
        ) : items.length === 0 ? (
          <p className="muted small">{t("suggested.none")}</p>
        ) : (
          <ul className="stack" style={{ gap: 8, listStyle: "none", margin: 0, padding: 0 }}>
            {items.map((k) => (
              <li key={k.id}>
                <Link to={`/knowledge/${k.id}`} data-testid="knowledge-suggestion">
                  {k.title}
                </Link>
                <div className="small muted">
                  {t(`kinds.${k.kind}`)} · {k.language.toUpperCase()}
                </div>
              </li>
            ))}
          </ul>
        )}
      </div>
    </section>
  );
}
