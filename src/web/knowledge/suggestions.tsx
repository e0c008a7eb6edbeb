import { BookOpen } from "lucide-react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router-dom";
import { useKnowledgeSuggested } from "./api";

/**
 * Knowledge items suggested in context: those tagged with the engagement's modes or its stage, most matching first,
 * the reader's language before the other.
 */
export function KnowledgeSuggestions({ modes, stage }: { modes: string[]; stage: string }) {
  const { t, i18n } = useTranslation("knowledge");
  const tags = [...modes.map((m) => `mode:${m}`), `stage:${stage}`];
  const q = useKnowledgeSuggested(tags);
  const lang = i18n.language.startsWith("de") ? "de" : "en";
  const items = [...(q.data?.items ?? [])].sort((a, b) => Number(b.language === lang) - Number(a.language === lang)).slice(0, 5);
  return (
    <section className="card" aria-labelledby="kn-suggested-title" data-testid="knowledge-suggestions">
      <div className="card-header">
        <h2 id="kn-suggested-title">
          <BookOpen size={15} aria-hidden /> {t("suggested.title")}
        </h2>
      </div>
      <div className="card-body">
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
