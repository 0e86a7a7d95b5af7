import { requireRole } from "@/lib/auth/session";
import { listAllocations } from "@/lib/server/allocation/list-allocations";
import { AllocationTable } from "@/components/allocation/allocation-table";

export const metadata = { title: "Tildelinger" };

export default async function LocalAllocationsPage() {
  const actor = await requireRole("LOKAL_KOORDINATOR");
  const rows = await listAllocations({ actor, as: "LOKAL_KOORDINATOR" });
  return (
    <>
      <h1 className="text-2xl font-semibold">Tildelinger til LIS i ditt foretak</h1>
      <p className="mt-2 text-slate-700">Tilbud om gjennomstrømningsstilling til LIS fra ditt foretak. Aksepterte tilbud skal registreres i fiktiv enhet.</p>
      <AllocationTable rows={rows} caption="Tilbud til LIS i ditt foretak" />
    </>
  );
}
