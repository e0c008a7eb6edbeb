import type { UseQueryResult } from "@tanstack/react-query";
import type { ReactNode } from "react";
import type { Page } from "../lib/api";
import { ErrorState } from "./states";
import { Pagination, SkeletonRows } from "./table-parts";
import { scrollRegion } from "./scroll-region";

/**
 * A server-paged list as every list page shows it: the error with a retry, the caller's empty state when the
 * page has no rows (not while a placeholder page is shown), else the table — skeleton rows while the first
 * page loads, one row per item — inside a named, focusable scroll region, with previous/next below.
 */
export function PagedTable<T>({
  query,
  label,
  testId,
  tableClassName,
  head,
  cols,
  row,
  empty,
  onOffset,
  skeletonRows,
}: {
  query: Pick<UseQueryResult<Page<T>>, "data" | "error" | "isFetching" | "isPlaceholderData" | "refetch">;
  /** The table's caption and the scroll region's name. */
  label: string;
  testId: string;
  tableClassName?: string;
  /** The header cells (th / SortHeader). */
  head: ReactNode;
  cols: number;
  /** One <tr> per item, with its key. */
  row: (item: T) => ReactNode;
  /** Shown instead of the table when there are no rows (e.g. an EmptyState in a card). */
  empty: ReactNode;
  onOffset: (offset: number) => void;
  skeletonRows?: number;
}) {
  const { data } = query;
  if (query.error) return <ErrorState error={query.error} onRetry={() => void query.refetch()} />;
  if (data && data.total === 0 && !query.isPlaceholderData) return <>{empty}</>;
  return (
    <>
      <div {...scrollRegion(label)} className="table-wrap" aria-busy={query.isFetching}>
        <table className={tableClassName ? `table ${tableClassName}` : "table"} data-testid={testId}>
          <caption className="sr-only">{label}</caption>
          <thead>
            <tr>{head}</tr>
          </thead>
          <tbody>{!data ? <SkeletonRows cols={cols} rows={skeletonRows} /> : data.items.map(row)}</tbody>
        </table>
      </div>
      {data && <Pagination total={data.total} limit={data.limit} offset={data.offset} onOffset={onOffset} />}
    </>
  );
}
