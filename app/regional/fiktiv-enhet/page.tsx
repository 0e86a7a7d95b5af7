import { requirePageScope } from "@/lib/server/scope/require-scope";
import { listFeRegistryPage, registryFilterOptions } from "@/lib/server/fe/list-fe-registry";
import { logRegistryRowsShown } from "@/lib/server/fe/log-registry-rows";
import { parseRegistryFilter, filterQueryString } from "@/lib/server/fe/registry-filter";
import { RegistryTable } from "@/components/fe/registry-table";
import { RegistryFilterForm } from "@/components/fe/registry-filter";
import { parsePageNumber } from "@/lib/domain/pagination";
import { PaginationNav } from "@/components/pagination-nav";

export const metadata = { title: "Fiktive enheter i regionen" };

const BASE = "/regional/fiktiv-enhet";

export default async function RegionalFiktivEnhetPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const scope = await requirePageScope("fe:read", "REGIONAL_KOORDINATOR");
  const params = await searchParams;
  const filter = parseRegistryFilter(params);
  // Filtered, sorted, counted and paginated in SQL; only the page's rows are loaded (issue 9 §3).
  const [page, { specialties, organisations }] = await Promise.all([
    listFeRegistryPage({ scope, filter, page: parsePageNumber(params.side) }),
    registryFilterOptions(scope),
  ]);
  await logRegistryRowsShown(scope, page);
  return (
    <>
      <h1 className="text-2xl font-semibold">Fiktive enheter i regionen</h1>
      <p className="mt-2 text-slate-700">Alle LIS registrert i helseforetakenes fiktive enheter, med ønsker, avtalte perioder og om de kan tildeles gjennomstrømningsstilling.</p>
      <RegistryFilterForm basePath={BASE} filter={filter} specialties={specialties} organisations={organisations} />
      <p className="mt-3">
        <a href={`${BASE}/eksport${filterQueryString(filter)}`} className="underline" download>
          Last ned som CSV (Excel)
        </a>
      </p>
      <RegistryTable rows={page.items} total={page.total} basePath={BASE} filter={filter} showOrganisation caption="LIS i fiktive enheter" />
      <PaginationNav page={page} basePath={BASE} query={filterQueryString(filter)} label="Sider i registeret" />
    </>
  );
}
