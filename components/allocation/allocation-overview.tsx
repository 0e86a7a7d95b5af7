import Link from "next/link";
import { formatDay, formatNumber } from "@/lib/format";
import { OFFER_STATUS_LABEL } from "@/lib/domain/labels";
import { OFFER_STATUSES } from "@/lib/domain/offer-status";
import type { Page } from "@/lib/domain/pagination";
import { allocationFilterQuery, type AllocationFilter } from "@/lib/domain/allocation-filter";
import type { AllocationRow, VacancyAllocationSummary } from "@/lib/server/allocation/list-allocations";
import type { VacancyRanking } from "@/lib/server/allocation/list-vacancy-rankings";
import { PaginationNav } from "@/components/pagination-nav";
import { AllocationTable } from "./allocation-table";
import { VacancyRankings } from "./vacancy-rankings";

/** The query parameter of the vacancy summary's page number (the offers list uses "side"). */
export const SUMMARY_PAGE_PARAM = "stillingsside";

/** Column headings of the per-vacancy counts: an overdue open offer is counted as expired. */
const COUNT_HEADING: Record<(typeof OFFER_STATUSES)[number], string> = { TILBUDT: "Åpne", AKSEPTERT: "Akseptert", AVSLATT: "Avslått", UTLOPT: "Utløpt", TRUKKET: "Trukket" };

/**
 * An allocations page at any size: a summary per vacancy (paginated), the offers list filtered by status
 * or vacancy (paginated), and the ranking of one chosen vacancy only.
 */
export function AllocationOverview({
  basePath,
  summaries,
  offers,
  filter,
  chosen,
  offersCaption,
}: {
  basePath: string;
  summaries: Page<VacancyAllocationSummary>;
  offers: Page<AllocationRow>;
  filter: AllocationFilter;
  chosen: { summary: VacancyAllocationSummary | null; rankings: VacancyRanking[] } | null;
  offersCaption: string;
}) {
  const vacancyHref = (id: string) => `${basePath}?stilling=${encodeURIComponent(id)}#tilbud`;
  // Paging one list keeps the other list's page.
  const withPage = (param: string, page: number) => {
    const q = new URLSearchParams(allocationFilterQuery(filter).slice(1));
    if (page > 1) q.set(param, String(page));
    const text = q.toString();
    return text ? `?${text}` : "";
  };
  return (
    <>
      <section aria-labelledby="per-stilling" className="mt-8">
        <h2 id="per-stilling" className="text-xl font-semibold">
          Tilbud per stilling
        </h2>
        {summaries.total === 0 ? (
          <p className="mt-2">Ingen tilbud ennå.</p>
        ) : (
          <>
            <div className="mt-4 overflow-x-auto">
              <table className="w-full border-collapse bg-white text-left text-sm">
                <caption className="sr-only">Tilbud per stilling</caption>
                <thead>
                  <tr className="border-b border-slate-400">
                    <th scope="col" className="p-2">Stilling</th>
                    <th scope="col" className="p-2">Periode</th>
                    <th scope="col" className="p-2">Plasser</th>
                    {OFFER_STATUSES.map((s) => (
                      <th key={s} scope="col" className="p-2">
                        {COUNT_HEADING[s]}
                      </th>
                    ))}
                  </tr>
                </thead>
                <tbody>
                  {summaries.items.map((v) => (
                    <tr key={v.vacancyId} className="border-b border-slate-200">
                      <th scope="row" className="p-2 font-medium">
                        <Link href={vacancyHref(v.vacancyId)} className="text-brand-800 underline">
                          {v.specialty}, {v.department}, {v.organisation}
                        </Link>
                      </th>
                      <td className="p-2">
                        {formatDay(v.startDate)}, {v.durationMonths} mnd
                      </td>
                      <td className="p-2">{v.posts}</td>
                      {OFFER_STATUSES.map((s) => (
                        <td key={s} className="p-2">
                          {formatNumber(v.offers[s])}
                        </td>
                      ))}
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
            <PaginationNav page={summaries} basePath={basePath} query={withPage("side", offers.page)} label="Sider i oversikten per stilling" param={SUMMARY_PAGE_PARAM} hash="#per-stilling" />
          </>
        )}
      </section>

      <section aria-labelledby="tilbud" className="mt-10">
        <h2 id="tilbud" className="text-xl font-semibold">
          Tilbud
        </h2>
        {chosen?.summary ? (
          <p className="mt-2">
            Viser tilbud for {chosen.summary.specialty}, {chosen.summary.department}, {chosen.summary.organisation}, start {formatDay(chosen.summary.startDate)}.{" "}
            <Link href={`${basePath}${allocationFilterQuery({ ...filter, vacancyId: undefined })}#tilbud`} className="underline">
              Vis tilbud for alle stillinger
            </Link>
          </p>
        ) : null}
        <form method="get" action={`${basePath}#tilbud`} aria-label="Filtrer tilbud" className="mt-4 flex flex-wrap items-end gap-4 rounded border border-slate-300 bg-white p-4">
          <div>
            <label htmlFor="tilbud-status" className="block font-medium">
              Status
            </label>
            <select id="tilbud-status" name="status" defaultValue={filter.status ?? ""} className="mt-1 block rounded border border-slate-500 bg-white px-2 py-1.5">
              <option value="">Alle</option>
              {OFFER_STATUSES.map((s) => (
                <option key={s} value={s}>
                  {OFFER_STATUS_LABEL[s]}
                </option>
              ))}
            </select>
          </div>
          {filter.vacancyId ? <input type="hidden" name="stilling" value={filter.vacancyId} /> : null}
          <button type="submit" className="rounded bg-brand-700 px-3 py-1.5 font-medium text-white hover:bg-brand-800">
            Filtrer
          </button>
        </form>
        {offers.total === 0 ? (
          <p className="mt-4">{filter.status || filter.vacancyId ? "Ingen tilbud med dette filteret." : "Ingen tilbud ennå."}</p>
        ) : (
          <>
            <div className="mt-4 overflow-x-auto">
              <AllocationTable rows={offers.items} caption={offersCaption} />
            </div>
            <PaginationNav page={offers} basePath={basePath} query={withPage(SUMMARY_PAGE_PARAM, summaries.page)} label="Sider med tilbud" hash="#tilbud" />
          </>
        )}
      </section>

      <section aria-labelledby="rangering" className="mt-10">
        <h2 id="rangering" className="text-xl font-semibold">
          Rangering
        </h2>
        {chosen ? (
          chosen.rankings.length > 0 ? (
            <VacancyRankings vacancies={chosen.rankings} />
          ) : (
            <p className="mt-2">Stillingen er ikke åpen lenger, eller har ingen kandidater fra ditt ansvarsområde.</p>
          )
        ) : (
          <p className="mt-2">Velg en stilling i oversikten over for å se rangeringen av kandidatene og tilbudene til den.</p>
        )}
      </section>
    </>
  );
}
