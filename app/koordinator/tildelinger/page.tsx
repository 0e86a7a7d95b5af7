import { requirePageScope } from "@/lib/server/scope/require-scope";
import { listAllocations } from "@/lib/server/allocation/list-allocations";
import { AllocationTable } from "@/components/allocation/allocation-table";
import { listVacancyRankings } from "@/lib/server/allocation/list-vacancy-rankings";
import { VacancyRankings } from "@/components/allocation/vacancy-rankings";

export const metadata = { title: "Tildelinger" };

export default async function LocalAllocationsPage() {
  const scope = await requirePageScope("offer:read", "LOKAL_KOORDINATOR");
  const [rows, rankings] = await Promise.all([listAllocations({ scope }), listVacancyRankings({ scope })]);
  return (
    <>
      <h1 className="text-2xl font-semibold">Tildelinger til LIS i ditt foretak</h1>
      <p className="mt-2 text-slate-700">Tilbud om gjennomstrømningsstilling til LIS fra ditt foretak. Aksepterte tilbud skal registreres i fiktiv enhet.</p>
      <h2 className="mt-8 text-xl font-semibold">Tilbud</h2>
      <AllocationTable rows={rows} caption="Tilbud til LIS i ditt foretak" />
      <h2 className="mt-10 text-xl font-semibold">Åpne stillinger og rangering</h2>
      <VacancyRankings vacancies={rankings} />
    </>
  );
}
