import { requirePageScope } from "@/lib/server/scope/require-scope";
import { rescope } from "@/lib/domain/access-scope";
import { getTrustSummaries } from "@/lib/server/organisations/get-trust-summaries";
import { getLocalToday } from "@/lib/server/today/get-local-today";
import { searchLis, searchText, SEARCH_MIN_LENGTH } from "@/lib/server/today/search-lis";
import { parsePageNumber } from "@/lib/domain/pagination";
import { TodayList } from "@/components/today/today-list";
import { KeyFigures } from "@/components/today/key-figures";
import { LisSearch } from "@/components/today/lis-search";
import { formatLongDate, formatNumber } from "@/lib/format";

export const metadata = { title: "Lokal koordinator – i dag" };

type Params = Record<string, string | string[] | undefined>;

export default async function KoordinatorStartPage({ searchParams }: { searchParams: Promise<Params> }) {
  const scope = await requirePageScope("plan:read", "LOKAL_KOORDINATOR");
  const orgScope = rescope(scope, "organisation:read", "LOKAL_KOORDINATOR");
  const params = await searchParams;
  const raw = (Array.isArray(params.q) ? params.q[0] : params.q)?.slice(0, 100) ?? "";
  const q = searchText(raw);
  const now = new Date();
  const [today, trusts, hits] = await Promise.all([
    getLocalToday({ scope, now }),
    orgScope ? getTrustSummaries({ scope: orgScope, now }) : Promise.resolve([]),
    q ? searchLis({ scope, q, page: parsePageNumber(params.side), now }) : Promise.resolve(null),
  ]);
  return (
    <>
      <h1 className="text-2xl font-semibold">Lokal koordinator</h1>
      <h2 id="i-dag" className="mt-6 text-xl font-semibold">
        I dag ({formatNumber(today.total)})
      </h2>
      <p className="mt-2 text-slate-700">
        {formatLongDate(now)}: {today.total === 0 ? "ingen saker venter på deg eller dine LIS." : `${formatNumber(today.total)} saker venter, de mest hastende først.`}
      </p>
      <p className="mt-2">
        <a href="/koordinator/i-dag/eksport" className="text-brand-800 underline" download>
          Last ned arbeidslisten (CSV)
        </a>
      </p>
      <TodayList groups={today.groups} headingLevel={3} />
      <LisSearch basePath="/koordinator" q={q} raw={raw} hits={hits} minLength={SEARCH_MIN_LENGTH} />
      <section aria-labelledby="nokkeltall" className="mt-10">
        <h2 id="nokkeltall" className="text-xl font-semibold">
          Nøkkeltall
        </h2>
        <KeyFigures trusts={trusts} />
      </section>
    </>
  );
}
