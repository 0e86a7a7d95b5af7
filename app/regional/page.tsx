import { requirePageScope } from "@/lib/server/scope/require-scope";
import { getTrustSummaries } from "@/lib/server/organisations/get-trust-summaries";
import { TrustSummaryTable } from "@/components/trust-summary-table";

export const metadata = { title: "Regional koordinator" };

export default async function RegionalStartPage() {
  const scope = await requirePageScope("organisation:read", "REGIONAL_KOORDINATOR");
  const trusts = await getTrustSummaries({ scope });
  return (
    <>
      <h1 className="text-2xl font-semibold">Regional koordinator</h1>
      <p className="mt-2 text-slate-700">Oversikt over foretakene i regionen: LIS, fiktive enheter og køer.</p>
      <TrustSummaryTable trusts={trusts} caption="Foretak i regionen" />
    </>
  );
}
