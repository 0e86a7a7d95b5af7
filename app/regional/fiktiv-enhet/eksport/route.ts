import { requireCapability } from "@/lib/server/scope/require-scope";
import { AppError, ERROR_STATUS } from "@/lib/server/errors";
import { exportFeRegistryCsv } from "@/lib/server/fe/export-fe-registry-csv";
import { parseRegistryFilter } from "@/lib/server/fe/registry-filter";
import { isoDay, osloToday } from "@/lib/domain/calendar";

/** CSV of the regional coordinator's region's fiktive enheter; authenticated and scoped here, not by the layout. */
export async function GET(request: Request): Promise<Response> {
  let scope;
  try {
    scope = await requireCapability("fe:read", "REGIONAL_KOORDINATOR");
  } catch (error) {
    if (error instanceof AppError) return new Response(error.message, { status: ERROR_STATUS[error.code] });
    throw error;
  }
  const filter = parseRegistryFilter(new URL(request.url).searchParams);
  const csv = await exportFeRegistryCsv({ scope, filter });
  const day = isoDay(osloToday(new Date()));
  return new Response(csv, {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="fiktiv-enhet-region-${day}.csv"`,
      "Cache-Control": "no-store",
    },
  });
}
