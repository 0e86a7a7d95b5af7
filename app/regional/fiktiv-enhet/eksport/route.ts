import { getActor } from "@/lib/auth/session";
import { hasRole } from "@/lib/server/auth/load-actor";
import { exportFeRegistryCsv } from "@/lib/server/fe/export-fe-registry-csv";
import { parseRegistryFilter } from "@/lib/server/fe/registry-filter";
import { isoDay, osloToday } from "@/lib/domain/calendar";
import { AppError, forbidden } from "@/lib/server/errors";
import { defineRoute } from "@/lib/server/route-handler";

/** CSV of the regional coordinator's region's fiktive enheter; authenticated and scoped here, not by the layout. */
export const GET = defineRoute(async (request) => {
  const actor = await getActor();
  if (!actor) throw new AppError("UNAUTHENTICATED", "Du må logge inn for å laste ned listen.");
  if (!hasRole(actor, "REGIONAL_KOORDINATOR")) throw forbidden();
  const filter = parseRegistryFilter(new URL(request.url).searchParams);
  const csv = await exportFeRegistryCsv({ actor, as: "REGIONAL_KOORDINATOR", filter });
  const day = isoDay(osloToday(new Date()));
  return new Response(csv, {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="fiktiv-enhet-region-${day}.csv"`,
      "Cache-Control": "no-store",
    },
  });
});
