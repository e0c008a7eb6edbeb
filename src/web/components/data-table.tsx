import type { UseQueryResult } from "@tanstack/react-query";
import type { MouseEvent, ReactNode } from "react";
import { Link, useNavigate } from "react-router-dom";
import type { Page } from "../lib/api";
import { scrollRegion } from "./scroll-region";
import { ErrorState } from "./states";
import { Pagination, SkeletonRows, SortHeader } from "./table-parts";

/** One column of a DataTable: its header, how a row shows in it, and optionally the field it sorts by. */
export interface Column<T> {
  id: string;
  header: string;
  cell: (row: T) => ReactNode;
  /** The server's sort field ("name" sorts ascending, "-name" descending). */
  sort?: string;
  /** On both the header and the cells (widths, alignment, hiding on small screens). */
  className?: string;
  /** The cell is a link to the row's page (rowHref): the row's name, reachable by keyboard. */
  link?: boolean;
  /** A header that is read but not shown (e.g. an actions column). */
  headerHidden?: boolean;
}

type PageQuery<T> = Pick<UseQueryResult<Page<T>>, "data" | "error" | "isFetching" | "isPlaceholderData" | "refetch">;

interface DataTableProps<T> {
  columns: Column<T>[];
  /** The table's caption and the scroll region's name. */
  label: string;
  testId: string;
  rowKey: (row: T) => string;
  rowTestId?: string;
  /** A server page (with pagination below) … */
  query?: PageQuery<T>;
  onOffset?: (offset: number) => void;
  /** … or the rows themselves (undefined while loading). */
  rows?: T[];
  /** The current sort and how to change it, for the columns with `sort`. */
  sort?: string;
  onSort?: (sort: string) => void;
  /** Shown instead of the table when there are no rows. */
  empty: ReactNode;
  /** Where a row leads: the `link` column links there, and a click anywhere on the row goes there. */
  rowHref?: (row: T) => string;
  rowClassName?: (row: T) => string | undefined;
  tableClassName?: string;
  skeletonRows?: number;
}

/**
 * A list as every list page shows it, from a column configuration: sortable headers, skeleton rows while the first
 * page loads, the error with a retry, the caller's empty state, rows that link to their page, inside a named,
 * focusable scroll region (so a wide table scrolls on its own, by keyboard too), with previous/next below.
 */
export function DataTable<T>({
  columns,
  label,
  testId,
  rowKey,
  rowTestId,
  query,
  onOffset,
  rows,
  sort,
  onSort,
  empty,
  rowHref,
  rowClassName,
  tableClassName,
  skeletonRows,
}: DataTableProps<T>) {
  const navigate = useNavigate();
  const data = query ? query.data : rows ? { items: rows, total: rows.length, limit: rows.length, offset: 0 } : undefined;
  if (query?.error) return <ErrorState error={query.error} onRetry={() => void query.refetch()} />;
  if (data && data.total === 0 && !query?.isPlaceholderData) return <>{empty}</>;

  const onRowClick = (row: T) => (e: MouseEvent<HTMLTableRowElement>) => {
    if (!rowHref) return;
    // Controls and links in the row do their own thing; a selection of text is not a click.
    if ((e.target as Element).closest("a, button, input, select, textarea, label, summary")) return;
    if (window.getSelection()?.toString()) return;
    const href = rowHref(row);
    if (e.metaKey || e.ctrlKey) window.open(href, "_blank", "noopener");
    else navigate(href);
  };

  return (
    <>
      <div {...scrollRegion(label)} className="table-wrap" aria-busy={query?.isFetching}>
        <table className={tableClassName ? `table ${tableClassName}` : "table"} data-testid={testId}>
          <caption className="sr-only">{label}</caption>
          <thead>
            <tr>
              {columns.map((c) =>
                c.sort && onSort ? (
                  <SortHeader key={c.id} label={c.header} field={c.sort} sort={sort} onSort={onSort} className={c.className} />
                ) : (
                  <th key={c.id} scope="col" className={c.className}>
                    {c.headerHidden ? <span className="sr-only">{c.header}</span> : c.header}
                  </th>
                ),
              )}
            </tr>
          </thead>
          <tbody>
            {!data ? (
              <SkeletonRows cols={columns.length} rows={skeletonRows} />
            ) : (
              data.items.map((row) => {
                const href = rowHref?.(row);
                const extra = rowClassName?.(row);
                return (
                  <tr
                    key={rowKey(row)}
                    data-testid={rowTestId}
                    className={[href ? "row-link" : "", extra ?? ""].join(" ").trim() || undefined}
                    onClick={href ? onRowClick(row) : undefined}
                  >
                    {columns.map((c) => (
                      <td key={c.id} className={c.className}>
                        {c.link && href ? (
                          <Link to={href} className="cell-main">
                            {c.cell(row)}
                          </Link>
                        ) : (
                          c.cell(row)
                        )}
                      </td>
                    ))}
                  </tr>
                );
              })
            )}
          </tbody>
        </table>
      </div>
      {query?.data && onOffset && (
        <Pagination total={query.data.total} limit={query.data.limit} offset={query.data.offset} onOffset={onOffset} />
      )}
    </>
  );
}
