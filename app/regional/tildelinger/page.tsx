import { requireRole } from "@/lib/auth/session";
import { listAllocations } from "@/lib/server/allocation/list-allocations";
import { AllocationTable } from "@/components/allocation/allocation-table";

export const metadata = { title: "Tildelinger i regionen" };

export default async function RegionalAllocationsPage() {
  const actor = await requireRole("REGIONAL_KOORDINATOR");
  const rows = await listAllocations({ actor, as: "REGIONAL_KOORDINATOR" });
  return (
    <>
      <h1 className="text-2xl font-semibold">Tildelinger i regionen</h1>
      <AllocationTable rows={rows} caption="Tilbud om gjennomstrømningsstilling i regionen" />
    </>
  );
}
