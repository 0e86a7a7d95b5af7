import { requirePageScope } from "@/lib/server/scope/require-scope";
import { getIndicatorPage } from "@/lib/server/indicators/get-indicator-report";
import { guardPage } from "@/lib/server/page-guard";
import { IndicatorPageView } from "@/components/indicators/indicator-page";

export const metadata = { title: "Styringsinformasjon" };

type Params = Record<string, string | string[] | undefined>;

export default async function StyringsinformasjonPage({ searchParams }: { searchParams: Promise<Params> }) {
  const scope = await requirePageScope("indicator:read", "LOKAL_KOORDINATOR");
  const params = await searchParams;
  const requestedId = (Array.isArray(params.omrade) ? params.omrade[0] : params.omrade)?.slice(0, 100) ?? null;
  // A trust or region outside the scope is "not found" (404), never an error page.
  const data = await guardPage(getIndicatorPage({ scope, requestedId, now: new Date() }));
  return <IndicatorPageView data={data} basePath="/koordinator/styringsinformasjon" />;
}
