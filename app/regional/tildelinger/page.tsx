import { requirePageScope } from "@/lib/server/scope/require-scope";
import { listAllocations } from "@/lib/server/allocation/list-allocations";
import { AllocationTable } from "@/components/allocation/allocation-table";
import { listVacancyRankings } from "@/lib/server/allocation/list-vacancy-rankings";
import { VacancyRankings } from "@/components/allocation/vacancy-rankings";

export const metadata = { title: "Tildelinger i regionen" };

export default async function RegionalAllocationsPage() {
  const scope = await requirePageScope("offer:read", "REGIONAL_KOORDINATOR");
  const [rows, rankings] = await Promise.all([listAllocations({ scope }), listVacancyRankings({ scope })]);
  return (
    <>
      <h1 className="text-2xl font-semibold">Tildelinger i regionen</h1>
      <h2 className="mt-8 text-xl font-semibold">Tilbud</h2>
      <AllocationTable rows={rows} caption="Tilbud om gjennomstrømningsstilling i regionen" />
      <h2 className="mt-10 text-xl font-semibold">Åpne stillinger og rangering</h2>
      <VacancyRankings vacancies={rankings} />
    </>
  );
}
