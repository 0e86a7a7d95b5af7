import type { AccessLogItem } from "@/lib/server/access-log/list-access-log";
import { formatDateTime } from "@/lib/format";
import { CellLabel, reflow } from "@/components/reflow-table";

const COLUMNS = ["Når", "Hvem", "I rollen", "Hva"] as const;

/** The reads of the LIS's data by others, newest first (issue 11 §9); cards on a phone (WCAG 1.4.10). */
export function AccessLogTable({ items, caption }: { items: readonly AccessLogItem[]; caption: string }) {
  return (
    <table role="table" className={reflow.table}>
      <caption className="sr-only">{caption}</caption>
      <thead role="rowgroup" className={reflow.thead}>
        <tr role="row" className={reflow.headRow}>
          {COLUMNS.map((c) => (
            <th key={c} role="columnheader" scope="col" className={reflow.th}>
              {c}
            </th>
          ))}
        </tr>
      </thead>
      <tbody role="rowgroup" className={reflow.tbody}>
        {items.map((item) => (
          <tr key={item.id} role="row" className={reflow.row}>
            <td role="cell" className={reflow.cell}>
              <CellLabel>{COLUMNS[0]}</CellLabel>
              <time dateTime={item.at.toISOString()}>{formatDateTime(item.at)}</time>
            </td>
            <th role="rowheader" scope="row" className={`${reflow.cell} font-medium`}>
              <CellLabel>{COLUMNS[1]}</CellLabel>
              {item.viewerName}
            </th>
            <td role="cell" className={reflow.cell}>
              <CellLabel>{COLUMNS[2]}</CellLabel>
              {item.viewerRoleLabel}
            </td>
            <td role="cell" className={reflow.cell}>
              <CellLabel>{COLUMNS[3]}</CellLabel>
              {item.description}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
