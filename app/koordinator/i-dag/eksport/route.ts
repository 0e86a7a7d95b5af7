import { requireCapability } from "@/lib/server/scope/require-scope";
import { exportTodayCsv } from "@/lib/server/today/export-today-csv";
import { isoDay, osloToday } from "@/lib/domain/calendar";
import { defineRoute } from "@/lib/server/route-handler";

/** CSV of the local coordinator's "I dag" work list; authenticated and scoped here, not by the layout. */
export const GET = defineRoute(async () => {
  const scope = await requireCapability("plan:read", "LOKAL_KOORDINATOR");
  const now = new Date();
  const { csv } = await exportTodayCsv({ scope, now });
  return new Response(csv, {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="i-dag-${isoDay(osloToday(now))}.csv"`,
      "Cache-Control": "no-store",
    },
  });
});
