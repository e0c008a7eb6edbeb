import { BookOpen } from "lucide-react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router-dom";
import type { WordingSuggestion } from "./api";

/**
 * Wording the knowledge hub suggests for one builder step (or one gain): each with the item it comes from, linked,
 * and whose it is; "Use this wording" puts it in the field, where it stays the user's to edit.
 */
export function StepSuggestions({
  suggestions,
  current,
  onUse,
  testId,
  limit = 3,
}: {
  suggestions: WordingSuggestion[];
  current: string;
  onUse: (text: string) => void;
  testId: string;
  limit?: number;
}) {
  const { t } = useTranslation("prospects");
  if (!suggestions.length) return null;
  return (
    <div className="wording-suggestions" data-testid={testId}>
      <p className="small muted">
        <BookOpen size={13} aria-hidden /> {t("builder.wording.title")}
      </p>
      <ul className="plain-list">
        {suggestions.slice(0, limit).map((s) => {
          const inUse = s.text.trim() === current.trim();
          return (
            <li key={`${s.itemId}-${s.gain ?? ""}`} className="wording-suggestion" data-testid="suggestion">
              <span className="small">
                <Link to={`/knowledge/${s.itemId}`} data-testid="suggestion-source">
                  {s.title}
                </Link>{" "}
                <span className="badge">{t(`builder.wording.source.${s.source}`)}</span>
              </span>
              <p className="small muted wording-excerpt">{s.text}</p>
              {inUse ? (
                <span className="small muted">{t("builder.wording.inUse")}</span>
              ) : (
                <span>
                  <button type="button" className="btn btn-sm" onClick={() => onUse(s.text)} data-testid="suggestion-use">
                    {t("builder.wording.use")}
                  </button>
                </span>
              )}
            </li>
          );
        })}
      </ul>
    </div>
  );
}
