import { SearchX, type LucideIcon } from "lucide-react";
import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { EmptyState } from "./states";

/**
 * What a list page shows instead of an empty table: with filters set, "nothing matches" and a button that
 * clears them; without, the list's own empty state and its first actions (create, import). The texts are the
 * namespace's list.noMatchTitle/Body and list.emptyTitle/Body, so every list says it the same way.
 */
export function ListEmpty({
  ns,
  icon,
  filtered,
  onClear,
  actions,
}: {
  ns: string;
  icon: LucideIcon;
  filtered: boolean;
  onClear: () => void;
  actions?: ReactNode;
}) {
  const { t } = useTranslation(ns);
  return (
    <div className="card">
      {filtered ? (
        <EmptyState
          icon={SearchX}
          title={t("list.noMatchTitle")}
          action={
            <button type="button" className="btn" onClick={onClear}>
              {t("common:filters.clearAll")}
            </button>
          }
        >
          {t("list.noMatchBody")}
        </EmptyState>
      ) : (
        <EmptyState icon={icon} title={t("list.emptyTitle")} action={actions}>
          {t("list.emptyBody")}
        </EmptyState>
      )}
    </div>
  );
}
