import { Link } from "@remix-run/react";
import { isValidElement, useId, type ReactNode } from "react";
import { pageLinks } from "./pagination";

export function PageHeading({ children, caption }: { children: ReactNode; caption?: ReactNode }) {
  return (
    <>
      {caption ? <span className="caption">{caption}</span> : null}
      <h1 className="heading-l">{children}</h1>
    </>
  );
}

export function NotificationBanner({
  children,
  title = "Important",
  variant = "info",
}: {
  children: ReactNode;
  title?: string;
  variant?: "info" | "success";
}) {
  return (
    <div
      className={`banner banner--${variant}`}
      role={variant === "success" ? "status" : "region"}
      aria-labelledby="banner-title"
    >
      <div className="banner__header">
        <h2 className="banner__title" id="banner-title">
          {variant === "success" ? "Success" : title}
        </h2>
      </div>
      <div className="banner__content">{children}</div>
    </div>
  );
}

/** The colours a tag comes in; a table of state colours is typed with this. */
export type TagColour = "blue" | "green" | "red" | "yellow" | "grey" | "purple";

export function Tag({ children, colour = "blue" }: { children: ReactNode; colour?: TagColour }) {
  return <strong className={`tag tag--${colour}`}>{children}</strong>;
}

export type SummaryRow = {
  key: ReactNode;
  value: ReactNode;
  action?: { href: string; label: string; hiddenText: string };
};

export function SummaryList({ rows }: { rows: SummaryRow[] }) {
  return (
    <dl className="summary-list">
      {rows.map((row, i) => (
        <div className="summary-list__row" key={i}>
          <dt className="summary-list__key">{row.key}</dt>
          <dd className="summary-list__value">{row.value}</dd>
          {row.action ? (
            <dd className="summary-list__actions">
              <Link to={row.action.href}>
                {row.action.label}
                <span className="visually-hidden"> {row.action.hiddenText}</span>
              </Link>
            </dd>
          ) : null}
        </div>
      ))}
    </dl>
  );
}

/** A cell across several columns, such as "fewer than 5, so hidden" in place of a row's numbers. Never right-aligned. */
export type SpanningCell = { span: number; content: ReactNode };
export type TableCell = ReactNode | SpanningCell;

function isSpanning(cell: TableCell): cell is SpanningCell {
  return typeof cell === "object" && cell !== null && !isValidElement(cell) && "span" in cell;
}

/**
 * The one data table: a caption, column headers with scope, the first cell of
 * each row as its row header, numeric columns right-aligned. On a narrow
 * screen a table scrolls sideways inside its own box (the page never does, even
 * at 320px), so the box is a labelled region keyboard users can focus and scroll.
 *
 * `stacked` tables instead read as one block per row on a narrow screen (below
 * 40em): the row header, then each cell with its column's name before it, so
 * nothing is cut off and nothing hides off to the side. Use it for tables
 * people read on a phone. Column names come from `head` (text), or `labels`
 * when a header is not plain text.
 */
export function Table({
  caption,
  head,
  rows,
  numeric = [],
  stacked = false,
  labels,
  fit = false,
}: {
  caption: ReactNode;
  head: ReactNode[];
  rows: TableCell[][];
  /** Column indexes to right-align. */
  numeric?: number[];
  /** One block per row on a narrow screen. */
  stacked?: boolean;
  /** Column names for stacked rows, where `head` is not plain text. */
  labels?: string[];
  /** Many number columns: smaller headings that wrap, narrow cells, so it fits the page. */
  fit?: boolean;
}) {
  const id = useId();
  const labelOf = (column: number): string | undefined => {
    if (!stacked) return undefined;
    const label = labels?.[column] ?? head[column];
    return typeof label === "string" ? label : undefined;
  };
  return (
    <div className="table-wrapper" role="region" aria-labelledby={`${id}-caption`} tabIndex={0}>
      <table className={`table${stacked ? " table--stacked" : ""}${fit ? " table--fit" : ""}`}>
        <caption className="table__caption" id={`${id}-caption`}>
          {caption}
        </caption>
        <thead>
          <tr>
            {head.map((cell, i) => (
              <th scope="col" key={i} className={numeric.includes(i) ? "numeric" : undefined}>
                {cell}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row, r) => {
            let column = 0;
            return (
              <tr key={r}>
                {row.map((cell, i) => {
                  const at = column;
                  column += isSpanning(cell) ? cell.span : 1;
                  if (i === 0)
                    return (
                      <th scope="row" key={i}>
                        {isSpanning(cell) ? cell.content : cell}
                      </th>
                    );
                  if (isSpanning(cell))
                    return (
                      <td key={i} colSpan={cell.span} data-label={labelOf(at)}>
                        {cell.content}
                      </td>
                    );
                  return (
                    <td
                      key={i}
                      className={numeric.includes(at) ? "numeric" : undefined}
                      data-label={labelOf(at)}
                    >
                      {cell}
                    </td>
                  );
                })}
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}

function PageLink({ to, rel }: { to: string; rel: "prev" | "next" }) {
  return (
    <li>
      <Link to={to} rel={rel}>
        {rel === "prev" ? "Previous" : "Next"}
        <span className="visually-hidden"> page</span>
      </Link>
    </li>
  );
}

/** Page links that keep the rest of the query string (filters); nothing when there is one page. */
export function Pagination({
  page,
  pageCount,
  search,
}: {
  page: number;
  pageCount: number;
  search: string;
}) {
  const links = pageLinks(page, pageCount, search);
  if (!links) return null;
  return (
    <nav className="pagination" aria-label="Pages">
      <ul className="pagination__list">
        {links.previous ? <PageLink to={links.previous} rel="prev" /> : null}
        <li aria-current="page" className="pagination__current">
          Page {links.page} of {links.pageCount}
        </li>
        {links.next ? <PageLink to={links.next} rel="next" /> : null}
      </ul>
    </nav>
  );
}

export function BackLink({ to, children = "Back" }: { to: string; children?: ReactNode }) {
  return (
    <Link to={to} className="back-link">
      {children}
    </Link>
  );
}

export function InsetText({ children }: { children: ReactNode }) {
  return <div className="inset-text">{children}</div>;
}

export function WarningText({ children }: { children: ReactNode }) {
  return (
    <div className="warning-text">
      <span className="warning-text__icon" aria-hidden="true">
        !
      </span>
      <strong className="warning-text__text">
        <span className="visually-hidden">Warning: </span>
        {children}
      </strong>
    </div>
  );
}
