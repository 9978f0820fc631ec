// The one pager: every paged list (mentors, offers, search results, the audit
// trail) reads `?page=` with `pageNumber`, clamps it with `pageWindow` (a page
// past the end shows the last page) and draws its links from `pageLinks`.
// Lists ranked in memory page with `pageOf`; lists read from the database pass
// the window's `skip` and `take` to their query.

/** Links stop at this page, so a hand-typed huge number cannot ask for an absurd offset. */
export const MAX_PAGE = 10_000;

/** A `?page=` value as a page number: 1 for anything that is not a whole number from 1 to MAX_PAGE. */
export function pageNumber(raw: string | null | undefined): number {
  const n = Number(raw);
  return Number.isInteger(n) && n >= 1 && n <= MAX_PAGE ? n : 1;
}

/** The page asked for in `?page=`. */
export function pageFromUrl(url: URL): number {
  return pageNumber(url.searchParams.get("page"));
}

export type PageWindow = {
  page: number;
  pageCount: number;
  total: number;
  skip: number;
  take: number;
};

/** Which rows page `requested` shows out of `total`: always at least one page, never past the last. */
export function pageWindow(total: number, requested: number, size: number): PageWindow {
  const pageCount = Math.max(1, Math.ceil(total / size));
  const page = Math.min(Math.max(1, Math.floor(requested) || 1), pageCount);
  return { page, pageCount, total, skip: (page - 1) * size, take: size };
}

/** One page of `items`; a page past the end shows the last page. */
export function pageOf<T>(items: readonly T[], page: number, size: number) {
  const window = pageWindow(items.length, page, size);
  return {
    items: items.slice(window.skip, window.skip + window.take),
    page: window.page,
    pageCount: window.pageCount,
    total: window.total,
  };
}

export type PageLinks = {
  page: number;
  pageCount: number;
  previous: string | null;
  next: string | null;
};

/** The previous and next links for a page, keeping the rest of the query string (the filters). Null when there is one page. */
export function pageLinks(page: number, pageCount: number, search: string): PageLinks | null {
  if (pageCount <= 1) return null;
  const hrefFor = (p: number) => {
    const params = new URLSearchParams(search);
    params.set("page", String(p));
    return `?${params.toString()}`;
  };
  return {
    page,
    pageCount,
    previous: page > 1 ? hrefFor(page - 1) : null,
    next: page < pageCount ? hrefFor(page + 1) : null,
  };
}
