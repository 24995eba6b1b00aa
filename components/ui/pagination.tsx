import Link from "next/link";

/** Server-rendered pager: keeps the current query and changes only `page`. */
export function Pagination({ page, totalPages, total, basePath, query }: { page: number; totalPages: number; total: number; basePath: string; query: Record<string, string | undefined> }) {
  const href = (p: number) => {
    const params = new URLSearchParams();
    for (const [k, v] of Object.entries(query)) if (v) params.set(k, v);
    params.set("page", String(p));
    return `${basePath}?${params}`;
  };
  const linkClass = "rounded-md px-3 py-1.5 text-sm ring-1 ring-slate-300 bg-white hover:bg-slate-50";
  const disabledClass = "rounded-md px-3 py-1.5 text-sm text-slate-400 ring-1 ring-slate-200";
  return (
    <nav aria-label="Pagination" className="mt-4 flex items-center justify-between text-sm text-slate-600">
      <span>
        Page {page} of {totalPages} · {total} {total === 1 ? "result" : "results"}
      </span>
      <div className="flex gap-2">
        {page > 1 ? <Link className={linkClass} href={href(page - 1)} rel="prev">Previous</Link> : <span className={disabledClass}>Previous</span>}
        {page < totalPages ? <Link className={linkClass} href={href(page + 1)} rel="next">Next</Link> : <span className={disabledClass}>Next</span>}
      </div>
    </nav>
  );
}
