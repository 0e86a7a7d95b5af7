import { requireCapability } from "@/lib/server/scope/require-scope";
import { exportIndicatorCsv } from "@/lib/server/indicators/export-indicator-csv";
import { defineRoute } from "@/lib/server/route-handler";

/** CSV of one indicator table (`tabell`) of a trust or region (`omrade`) the coordinator holds; scoped here, not by the layout. */
export const GET = defineRoute(async (request: Request) => {
  const scope = await requireCapability("indicator:read", "LOKAL_KOORDINATOR");
  const url = new URL(request.url);
  const { csv, filename } = await exportIndicatorCsv({ scope, scopeId: url.searchParams.get("omrade"), tableId: url.searchParams.get("tabell"), now: new Date() });
  return new Response(csv, {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="${filename}"`,
      "Cache-Control": "no-store",
    },
  });
});
