import { requireRole } from "@/lib/auth/session";
import { listAllocations } from "@/lib/server/allocation/list-allocations";
import { AllocationTable } from "@/components/allocation/allocation-table";
import { listVacancyRankings } from "@/lib/server/allocation/list-vacancy-rankings";
import { VacancyRankings } from "@/components/allocation/vacancy-rankings";

export const metadata = { title: "Tildelinger i regionen" };

export default async function RegionalAllocationsPage() {
  const actor = await requireRole("REGIONAL_KOORDINATOR");
  const [rows, rankings] = await Promise.all([listAllocations({ actor, as: "REGIONAL_KOORDINATOR" }), listVacancyRankings({ actor, as: "REGIONAL_KOORDINATOR" })]);
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
