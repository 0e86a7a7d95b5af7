import { requirePageScope } from "@/lib/server/scope/require-scope";
import { getTrustSummaries } from "@/lib/server/organisations/get-trust-summaries";
import { TrustSummaryTable } from "@/components/trust-summary-table";

export const metadata = { title: "Lokal koordinator" };

export default async function KoordinatorStartPage() {
  const scope = await requirePageScope("organisation:read", "LOKAL_KOORDINATOR");
  const trusts = await getTrustSummaries({ scope });
  return (
    <>
      <h1 className="text-2xl font-semibold">Lokal koordinator</h1>
      <p className="mt-2 text-slate-700">Nøkkeltall for foretaket ditt: LIS, fiktiv enhet og planer som venter på deg.</p>
      <TrustSummaryTable trusts={trusts} caption="Mitt foretak" />
    </>
  );
}
