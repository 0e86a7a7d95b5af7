import Link from "next/link";
import type { Page } from "@/lib/domain/pagination";
import { formatNumber } from "@/lib/format";

/**
 * Previous/next links for a server-rendered list; `query` is the current filter's query string ("" or "?…").
 * `param` names the page number in the query ("side" unless a page shows two paginated lists); `hash` is
 * an anchor to land on.
 */
export function PaginationNav({ page, basePath, query, label, param = "side", hash = "" }: { page: Page<unknown>; basePath: string; query: string; label: string; param?: string; hash?: string }) {
  if (page.pageCount <= 1) return null;
  const href = (n: number) => {
    const params = new URLSearchParams(query.replace(/^\?/, ""));
    params.set(param, String(n));
    return `${basePath}?${params.toString()}${hash}`;
  };
  const link = "rounded border border-brand-700 bg-white px-3 py-1.5 text-sm font-medium text-brand-800 hover:bg-brand-50";
  return (
    <nav aria-label={label} className="mt-4 flex flex-wrap items-center gap-3">
      {page.page > 1 ? (
        <Link href={href(page.page - 1)} className={link} rel="prev">
          Forrige side
        </Link>
      ) : null}
      <p aria-current="page">
        Side {page.page} av {page.pageCount} (viser {formatNumber(page.from)}–{formatNumber(page.to)} av {formatNumber(page.total)})
      </p>
      {page.page < page.pageCount ? (
        <Link href={href(page.page + 1)} className={link} rel="next">
          Neste side
        </Link>
      ) : null}
    </nav>
  );
}
