import { Pencil, Share2, Trash2 } from "lucide-react";
import { useTranslation } from "react-i18next";
import type { ListEntry } from "./lists-api";

/**
 * The icon buttons of one list entry: edit, and — where the place offers them — share and remove. The lists page and
 * the company card use it, so an entry's actions read and are labelled the same everywhere.
 */
export function ListEntryActions({
  entry,
  onEdit,
  onShare,
  onRemove,
}: {
  entry: ListEntry;
  onEdit: (e: ListEntry) => void;
  /** Absent where sharing is not offered (not an admin, or the company card). */
  onShare?: (e: ListEntry) => void;
  /** Absent where removing is not offered (the company card). */
  onRemove?: (e: ListEntry) => void;
}) {
  const { t } = useTranslation("lists");
  const name = entry.companyName;
  return (
    <span className="lists-actions">
      <button
        type="button"
        className="btn btn-ghost btn-icon btn-sm"
        onClick={() => onEdit(entry)}
        aria-label={t("page.editOf", { name })}
        title={t("common:actions.edit")}
        data-testid="list-edit"
      >
        <Pencil size={15} aria-hidden />
      </button>
      {onShare && (
        <button
          type="button"
          className="btn btn-ghost btn-icon btn-sm"
          onClick={() => onShare(entry)}
          aria-label={t("page.shareOf", { name })}
          title={t("page.shareAction")}
          data-testid="list-share"
        >
          <Share2 size={15} aria-hidden />
        </button>
      )}
      {onRemove && (
        <button
          type="button"
          className="btn btn-ghost btn-icon btn-sm"
          onClick={() => onRemove(entry)}
          aria-label={t("page.removeOf", { name })}
          title={t("common:actions.remove")}
          data-testid="list-remove"
        >
          <Trash2 size={15} aria-hidden />
        </button>
      )}
    </span>
  );
}
