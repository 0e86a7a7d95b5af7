import type { AccessLogItem } from "@/lib/server/access-log/list-access-log";
import { formatDateTime } from "@/lib/format";

/** The reads of the LIS's data by others, newest first (issue 11 §9). */
export function AccessLogTable({ items, caption }: { items: readonly AccessLogItem[]; caption: string }) {
  return (
    <table className="mt-3 w-full border-collapse bg-white text-left text-sm">
      <caption className="sr-only">{caption}</caption>
      <thead>
        <tr className="border-b border-slate-400">
          <th scope="col" className="p-2">
            Når
          </th>
          <th scope="col" className="p-2">
            Hvem
          </th>
          <th scope="col" className="p-2">
            I rollen
          </th>
          <th scope="col" className="p-2">
            Hva
          </th>
        </tr>
      </thead>
      <tbody>
        {items.map((item) => (
          <tr key={item.id} className="border-b border-slate-200 align-top">
            <td className="p-2 whitespace-nowrap">
              <time dateTime={item.at.toISOString()}>{formatDateTime(item.at)}</time>
            </td>
            <th scope="row" className="p-2 font-medium">
              {item.viewerName}
            </th>
            <td className="p-2">{item.viewerRoleLabel}</td>
            <td className="p-2">{item.description}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
