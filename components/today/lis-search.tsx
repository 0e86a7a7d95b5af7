import Link from "next/link";
import type { Page } from "@/lib/domain/pagination";
import type { LisHit } from "@/lib/server/today/search-lis";
import { PaginationNav } from "@/components/pagination-nav";
import { formatNumber } from "@/lib/format";

/** A GET search form by name, and its hits with links to the plan and the fiktiv enhet. */
export function LisSearch({ basePath, q, raw, hits, minLength }: { basePath: string; q: string | null; raw: string; hits: Page<LisHit> | null; minLength: number }) {
  return (
    <section aria-labelledby="sok" className="mt-10">
      <h2 id="sok" className="text-xl font-semibold">
        Søk etter LIS i foretaket
      </h2>
      <form method="get" action={basePath} role="search" className="mt-3 flex flex-wrap items-end gap-3">
        <div className="min-w-0 flex-1">
          <label htmlFor="sok-navn" className="block font-medium">
            Navn
          </label>
          <input id="sok-navn" name="q" type="search" defaultValue={raw} maxLength={100} autoComplete="off" className="mt-1 w-full rounded border border-slate-500 px-3 py-2" aria-describedby="sok-hjelp" />
          <p id="sok-hjelp" className="mt-1 text-sm text-slate-700">
            Begynnelsen av fornavn eller etternavn, minst {minLength} tegn.
          </p>
        </div>
        <button type="submit" className="rounded bg-brand-700 px-4 py-2 font-medium text-white hover:bg-brand-800">
          Søk
        </button>
      </form>
      {raw && !q ? <p className="mt-3" role="status">Skriv minst {minLength} tegn for å søke.</p> : null}
      {hits ? (
        <>
          <p className="mt-3" role="status">
            {hits.total === 0 ? `Ingen LIS i foretaket har et navn som begynner med «${q}».` : `${formatNumber(hits.total)} treff på «${q}».`}
          </p>
          <ul className="mt-2 divide-y divide-slate-200 rounded border border-slate-300 bg-white">
            {hits.items.map((h) => (
              <li key={h.employmentId} className="p-3">
                <p className="font-medium break-words">{h.name}</p>
                <p className="text-sm text-slate-700 break-words">
                  {h.specialty}, {h.department}
                </p>
                <p className="mt-1 flex flex-wrap gap-x-4 text-sm">
                  <Link href={`/koordinator/planer/${encodeURIComponent(h.employmentId)}`} className="text-brand-800 underline">
                    Gjennomføringsplan<span className="sr-only"> for {h.name}</span>
                  </Link>
                  {h.inFe ? (
                    <Link href={`/koordinator/fiktiv-enhet?q=${encodeURIComponent(h.name)}`} className="text-brand-800 underline">
                      Fiktiv enhet<span className="sr-only"> – {h.name}</span>
                    </Link>
                  ) : (
                    <span className="text-slate-700">Ikke i fiktiv enhet</span>
                  )}
                </p>
              </li>
            ))}
          </ul>
          <PaginationNav page={hits} basePath={basePath} query={`?q=${encodeURIComponent(q ?? "")}`} label="Sider med treff" />
        </>
      ) : null}
    </section>
  );
}
