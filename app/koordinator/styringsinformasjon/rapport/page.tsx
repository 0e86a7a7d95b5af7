import { requirePageScope } from "@/lib/server/scope/require-scope";
import { getIndicatorPage } from "@/lib/server/indicators/get-indicator-report";
import { guardPage } from "@/lib/server/page-guard";
import { IndicatorReportView } from "@/components/indicators/indicator-report";

export const metadata = { title: "Styringsrapport" };

type Params = Record<string, string | string[] | undefined>;

/** The printable report of the trust or region (`omrade`) the coordinator holds; scoped as the page. */
export default async function StyringsrapportPage({ searchParams }: { searchParams: Promise<Params> }) {
  const scope = await requirePageScope("indicator:read", "LOKAL_KOORDINATOR");
  const params = await searchParams;
  const requestedId = (Array.isArray(params.omrade) ? params.omrade[0] : params.omrade)?.slice(0, 100) ?? null;
  // A trust or region outside the scope is "not found" (404), never an error page.
  const data = await guardPage(getIndicatorPage({ scope, requestedId, now: new Date() }));
  return <IndicatorReportView data={data} basePath="/koordinator/styringsinformasjon" />;
}
