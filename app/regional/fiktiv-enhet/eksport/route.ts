import { getActor } from "@/lib/auth/session";
import { hasRole } from "@/lib/server/auth/load-actor";
import { exportFeRegistryCsv } from "@/lib/server/fe/export-fe-registry-csv";
import { parseRegistryFilter } from "@/lib/server/fe/registry-filter";
import { isoDay, osloToday } from "@/lib/domain/calendar";

/** CSV of the regional coordinator's region's fiktive enheter; authenticated and scoped here, not by the layout. */
export async function GET(request: Request): Promise<Response> {
  const actor = await getActor();
  if (!actor) return new Response("Du må logge inn.", { status: 401 });
  if (!hasRole(actor, "REGIONAL_KOORDINATOR")) return new Response("Du har ikke tilgang til dette.", { status: 403 });
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
}
