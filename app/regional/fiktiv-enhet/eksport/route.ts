import { requireCapability } from "@/lib/server/scope/require-scope";
import { streamFeRegistryCsv } from "@/lib/server/fe/export-fe-registry-csv";
import { parseRegistryFilter } from "@/lib/server/fe/registry-filter";
import { isoDay, osloToday } from "@/lib/domain/calendar";
import { defineRoute } from "@/lib/server/route-handler";

/** CSV of the regional coordinator's region's fiktive enheter; authenticated and scoped here, not by the layout. */
export const GET = defineRoute(async (request) => {
  const scope = await requireCapability("fe:read", "REGIONAL_KOORDINATOR");
  const filter = parseRegistryFilter(new URL(request.url).searchParams);
  const csv = streamFeRegistryCsv({ scope, filter });
  const day = isoDay(osloToday(new Date()));
  return new Response(csv, {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="fiktiv-enhet-region-${day}.csv"`,
      "Cache-Control": "no-store",
    },
  });
});
