import Link from "next/link";

type PagerProps = {
  /** Null when the page was reached by cursor. */
  page: number | null;
  totalPages: number;
  total: number;
  /** The total is the planner's estimate (past the exact-count threshold). */
  totalIsEstimate?: boolean;
  /** Present when the listing has a next page; Next follows it when there is no page number. */
  nextCursor?: string | null;
  basePath: string;
  query: Record<string, string | undefined>;
};

/** Server-rendered pager: keeps the current query and changes only `page` (or `cursor`). */
export function Pagination({ page, totalPages, total, totalIsEstimate = false, nextCursor, basePath, query }: PagerProps) {
  const href = (change: Record<string, string>) => {
    const params = new URLSearchParams();
    for (const [k, v] of Object.entries(query)) if (v && k !== "page" && k !== "cursor") params.set(k, v);
    for (const [k, v] of Object.entries(change)) params.set(k, v);
    return `${basePath}?${params}`;
  };
  const hasNext = nextCursor !== undefined ? nextCursor !== null : page !== null && page < totalPages;
  const nextHref = page !== null ? href({ page: String(page + 1) }) : href({ cursor: nextCursor ?? "" });
  const linkClass = "rounded-md px-3 py-1.5 text-sm ring-1 ring-slate-300 bg-white hover:bg-slate-50";
  const disabledClass = "rounded-md px-3 py-1.5 text-sm text-slate-400 ring-1 ring-slate-200";
  const results = `${totalIsEstimate ? "about " : ""}${total.toLocaleString("en")} ${total === 1 ? "result" : "results"}`;
  return (
    <nav aria-label="Pagination" className="mt-4 flex items-center justify-between text-sm text-slate-600">
      <span>{page !== null ? `Page ${page} of ${totalIsEstimate ? "about " : ""}${totalPages} · ${results}` : results}</span>
      <div className="flex gap-2">
        {page !== null && page > 1 ? <Link className={linkClass} href={href({ page: String(page - 1) })} rel="prev">Previous</Link> : <span className={disabledClass}>Previous</span>}
        {hasNext ? <Link className={linkClass} href={nextHref} rel="next">Next</Link> : <span className={disabledClass}>Next</span>}
      </div>
    </nav>
  );
}
