import { requirePageScope } from "@/lib/server/scope/require-scope";
import { filterRegistry, listFeRegistry } from "@/lib/server/fe/list-fe-registry";
import { parseRegistryFilter, filterQueryString } from "@/lib/server/fe/registry-filter";
import { RegistryTable } from "@/components/fe/registry-table";
import { RegistryFilterForm } from "@/components/fe/registry-filter";
import { paginate, parsePageNumber } from "@/lib/domain/pagination";
import { PaginationNav } from "@/components/pagination-nav";
import { compareNb } from "@/lib/format";

export const metadata = { title: "Fiktive enheter i regionen" };

const BASE = "/regional/fiktiv-enhet";

export default async function RegionalFiktivEnhetPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const scope = await requirePageScope("fe:read", "REGIONAL_KOORDINATOR");
  const params = await searchParams;
  const filter = parseRegistryFilter(params);
  const all = await listFeRegistry({ scope });
  const rows = filterRegistry(all, filter);
  const page = paginate(rows, parsePageNumber(params.side));
  const specialties = [...new Map(all.map((r) => [r.specialtyId, { id: r.specialtyId, name: r.specialty }])).values()].sort((a, b) => compareNb(a.name, b.name));
  const organisations = [...new Map(all.map((r) => [r.organisationId, { id: r.organisationId, name: r.organisation }])).values()].sort((a, b) =>
    compareNb(a.name, b.name),
  );
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
