import { requireRole } from "@/lib/auth/session";
import { getTrustSummaries } from "@/lib/server/organisations/get-trust-summaries";
import { TrustSummaryTable } from "@/components/trust-summary-table";

export const metadata = { title: "Regional koordinator" };

export default async function RegionalStartPage() {
  const actor = await requireRole("REGIONAL_KOORDINATOR");
  const trusts = await getTrustSummaries({ actor, scope: "region" });
  return (
    <>
      <h1 className="text-2xl font-semibold">Regional koordinator</h1>
      <p className="mt-2 text-slate-700">Oversikt over foretakene i regionen: LIS, fiktive enheter og køer.</p>
      <TrustSummaryTable trusts={trusts} caption="Foretak i regionen" />
    </>
  );
}
