import { ArrowDown, ArrowUp, ArrowUpDown, ChevronLeft, ChevronRight } from "lucide-react";
import { useTranslation } from "react-i18next";
import { formatNumber } from "../lib/format";

/** A clickable column header for server-side sorting ("name" ascending, "-name" descending). */
export function SortHeader({
  label,
  field,
  sort,
  onSort,
  className,
}: {
  label: string;
  field: string;
  sort: string | undefined;
  onSort: (s: string) => void;
  className?: string;
}) {
  const { t } = useTranslation();
  const dir = sort === field ? "ascending" : sort === `-${field}` ? "descending" : "none";
  const next = dir === "ascending" ? `-${field}` : field;
  return (
    <th scope="col" aria-sort={dir} className={className}>
      <button type="button" className="sort-button" onClick={() => onSort(next)} title={t("table.sortBy", { column: label })}>
        {label}
        {dir === "ascending" ? (
          <ArrowUp size={13} aria-hidden />
        ) : dir === "descending" ? (
          <ArrowDown size={13} aria-hidden />
        ) : (
          <ArrowUpDown size={13} aria-hidden style={{ opacity: 0.45 }} />
        )}
      </button>
    </th>
  );
}

/** "1–50 of 1,234" with previous/next buttons. */
export function Pagination({
  total,
  limit,
  offset,
  onOffset,
}: {
  total: number;
  limit: number;
  offset: number;
  onOffset: (o: number) => void;
}) {
  const { t } = useTranslation();
  const from = total === 0 ? 0 : offset + 1;
  const to = Math.min(offset + limit, total);
  return (
    <nav className="table-footer" aria-label={t("table.pagination")}>
      <span>{t("table.range", { from: formatNumber(from), to: formatNumber(to), total: formatNumber(total) })}</span>
      <span className="row">
        <button type="button" className="btn btn-sm" disabled={offset === 0} onClick={() => onOffset(Math.max(0, offset - limit))}>
          <ChevronLeft size={14} aria-hidden /> {t("table.previous")}
        </button>
        <button type="button" className="btn btn-sm" disabled={offset + limit >= total} onClick={() => onOffset(offset + limit)}>
          {t("table.next")} <ChevronRight size={14} aria-hidden />
        </button>
      </span>
    </nav>
  );
}

/** Placeholder rows while a page loads. */
export function SkeletonRows({ cols, rows = 8 }: { cols: number; rows?: number }) {
  return (
    <>
      {Array.from({ length: rows }, (_, i) => (
        <tr key={i} aria-hidden>
          {Array.from({ length: cols }, (_, j) => (
            <td key={j}>
              <div className="skeleton" style={{ width: j === 0 ? "70%" : "50%" }} />
            </td>
          ))}
        </tr>
      ))}
    </>
  );
}
