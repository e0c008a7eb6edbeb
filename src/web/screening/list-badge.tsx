import { ShieldCheck, ShieldX } from "lucide-react";
import { useTranslation } from "react-i18next";
import type { ListKind } from "./lists-api";

/** "Black list" / "White list" as a coloured badge with an icon (colour is never the only cue). */
export function ListBadge({ list }: { list: ListKind }) {
  const { t } = useTranslation("lists");
  const Icon = list === "black" ? ShieldX : ShieldCheck;
  return (
    <span
      className={`badge ${list === "black" ? "badge-danger" : "badge-success"}`}
      style={{ whiteSpace: "nowrap" }}
      data-testid={`list-badge-${list}`}
    >
      <Icon size={12} aria-hidden /> {t(`kinds.${list}`)}
    </span>
  );
}
