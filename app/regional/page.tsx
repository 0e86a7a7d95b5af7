import { requirePageScope } from "@/lib/server/scope/require-scope";
import { getTrustSummaries } from "@/lib/server/organisations/get-trust-summaries";
import { getRegionalToday } from "@/lib/server/today/get-regional-today";
import { RegionalTodayList } from "@/components/today/regional-today-list";
import { KeyFigures } from "@/components/today/key-figures";
import { formatLongDate } from "@/lib/format";

export const metadata = { title: "Regional koordinator – i dag" };

export default async function RegionalStartPage() {
  const scope = await requirePageScope("organisation:read", "REGIONAL_KOORDINATOR");
  const now = new Date();
  const [today, trusts] = await Promise.all([getRegionalToday({ scope, now }), getTrustSummaries({ scope, now })]);
  return (
    <>
      <h1 className="text-2xl font-semibold">Regional koordinator</h1>
      <h2 className="mt-6 text-xl font-semibold">I dag i regionen</h2>
      <p className="mt-2 text-slate-700">{formatLongDate(now)}: konflikter å avgjøre, fagavtaler som snart utløper, planer som mangler og terminer med for få plasser.</p>
      <RegionalTodayList groups={today.groups} />
      <section aria-labelledby="nokkeltall" className="mt-10">
        <h2 id="nokkeltall" className="text-xl font-semibold">
          Nøkkeltall per foretak
        </h2>
        <KeyFigures trusts={trusts} />
      </section>
    </>
  );
}
