import Link from "next/link";
import type { PlanWorkRow } from "@/lib/server/plans/list-plan-work";
import { PlanStandingBadge } from "@/components/plan-standing-badge";
import { CellLabel, reflow } from "@/components/reflow-table";
import { SendReminderButton } from "@/components/notifications/send-reminder-button";

/** A work list of plans, each row linking to the plan; with `reminders`, a "Send påminnelse" per row (local coordinator). */
export function PlanWorkTable({ rows, caption, basePath, empty, reminders = false }: { rows: PlanWorkRow[]; caption: string; basePath: string; empty: string; reminders?: boolean }) {
  if (rows.length === 0) return <p className="mt-2">{empty}</p>;
  const columns = ["LIS", "Avdeling", "Spesialitet", "Status", "Mangler", ...(reminders ? ["Påminnelse"] : [])];
  return (
    <table role="table" className={reflow.table}>
      <caption className="sr-only">{caption}</caption>
      <thead role="rowgroup" className={reflow.thead}>
        <tr role="row" className={reflow.headRow}>
          {columns.map((c) => (
            <th key={c} role="columnheader" scope="col" className={reflow.th}>
              {c}
            </th>
          ))}
        </tr>
      </thead>
      <tbody role="rowgroup" className={reflow.tbody}>
        {rows.map((r) => (
          <tr key={r.employmentId} role="row" className={reflow.row}>
            <td role="cell" className={reflow.cell}>
              <CellLabel>LIS</CellLabel>
              <Link href={`${basePath}/${r.employmentId}`} className="font-medium text-brand-800 underline">
                {r.lisName}
              </Link>
            </td>
            <td role="cell" className={reflow.cell}>
              <CellLabel>Avdeling</CellLabel>
              {r.department}
            </td>
            <td role="cell" className={reflow.cell}>
              <CellLabel>Spesialitet</CellLabel>
              {r.specialty}
            </td>
            <td role="cell" className={reflow.cell}>
              <CellLabel>Status</CellLabel>
              <PlanStandingBadge standing={r.standing} />
            </td>
            <td role="cell" className={reflow.cell}>
              <CellLabel>Mangler</CellLabel>
              {r.missing.join(" ") || "–"}
            </td>
            {reminders ? (
              <td role="cell" className={reflow.cell}>
                <CellLabel>Påminnelse</CellLabel>
                <SendReminderButton employmentId={r.employmentId} lisName={r.lisName} />
              </td>
            ) : null}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
