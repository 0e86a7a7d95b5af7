import "server-only";
import type { AccessScope } from "@/lib/domain/access-scope";
import { toCsv } from "@/lib/domain/csv";
import { formatCell } from "@/lib/domain/indicators";
import { formatNumber } from "@/lib/format";
import { notFound } from "@/lib/server/errors";
import { computeIndicatorReport, resolveIndicatorScope } from "./get-indicator-report";

/**
 * One indicator table of a trust or region the person holds, as the existing safe CSV (nb-NO numbers,
 * `;`, BOM, formula-safe). The scope id is checked against the person's own scopes; the rows are
 * aggregates (no person is named, small groups' waiting times are hidden), so no access-log row is
 * written (decision 0025).
 */
export async function exportIndicatorCsv(options: { scope: AccessScope; scopeId: string | null; tableId: string | null; now: Date }): Promise<{ csv: string; filename: string }> {
  const { chosen } = await resolveIndicatorScope(options.scope, options.scopeId);
  const report = await computeIndicatorReport({ scope: chosen, now: options.now });
  const table = report.tables.find((t) => t.id === options.tableId);
  if (!table) throw notFound("Fant ikke denne tabellen.");
  const csv = toCsv(
    table.columns.map((c) => c.label),
    table.rows.map((row) => row.map((cell, i) => (cell === null ? "" : formatCell(cell, table.columns[i]!.kind, formatNumber)))),
  );
  return { csv, filename: `${table.id}-${report.computedFor}.csv` };
}
