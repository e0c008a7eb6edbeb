import { AlertTriangle } from "lucide-react";
import { useTranslation } from "react-i18next";
import type { WatchlistChange, WatchlistCheck } from "../../domains/watchlists/watchlists.schema";
import { formatNumber } from "../lib/format";

/**
 * What a screening checked: every list with the version screened against, the matching engine and the
 * threshold — or, loudly, that no list was loaded and so nothing was checked.
 */
export function CheckedLists({ checked, testId = "checked-lists" }: { checked: WatchlistCheck | null | undefined; testId?: string }) {
  const { t } = useTranslation("watchlists");
  if (!checked) {
    return (
      <p className="small muted" style={{ margin: 0 }} data-testid={testId} data-state="unrecorded">
        {t("checked.unrecorded")}
      </p>
    );
  }
  if (checked.noLists) {
    return (
      <div className="alert alert-warning" role="alert" data-testid={testId} data-state="none">
        <AlertTriangle size={15} aria-hidden /> {t("checked.none", { engine: checked.engine })}
      </div>
    );
  }
  const lists = checked.lists
    .map((l) => t("checked.list", { name: l.name, version: l.version, n: formatNumber(l.entityCount) }))
    .join(", ");
  return (
    <p className="small muted" style={{ margin: 0 }} data-testid={testId} data-state="checked">
      {t("checked.lists", { lists, engine: checked.engine, threshold: formatNumber(checked.threshold) })}
    </p>
  );
}

/** What changed since a result was made (engine or list versions), as one sentence. */
export function useChangesText() {
  const { t } = useTranslation("watchlists");
  return (changes: WatchlistChange[]) =>
    changes
      .map((c) =>
        c.kind === "engine"
          ? t("changes.engine", { from: c.from, to: c.to })
          : c.kind === "unrecorded"
            ? t("changes.unrecorded")
            : t(`changes.${c.kind}`, { name: c.name, from: c.from, to: c.to }),
      )
      .join("; ");
}
