import { formatDateTime, formatDay } from "@/lib/format";
import { OFFER_STATUS_LABEL } from "@/lib/domain/labels";
import type { AllocationRow } from "@/lib/server/allocation/list-allocations";

export function AllocationTable({ rows, caption }: { rows: AllocationRow[]; caption: string }) {
  if (rows.length === 0) return <p className="mt-4">Ingen tilbud ennå.</p>;
  return (
    <table className="w-full border-collapse bg-white text-left text-sm">
      <caption className="sr-only">{caption}</caption>
      <thead>
        <tr className="border-b border-slate-400">
          <th scope="col" className="p-2">LIS</th>
          <th scope="col" className="p-2">Hjemmeforetak</th>
          <th scope="col" className="p-2">Mottakende avdeling</th>
          <th scope="col" className="p-2">Start</th>
          <th scope="col" className="p-2">Status</th>
          <th scope="col" className="p-2">Plass i rangeringen</th>
          <th scope="col" className="p-2">Svarfrist / besvart</th>
          <th scope="col" className="p-2">Å gjøre</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((r) => (
          <tr key={r.id} className="border-b border-slate-200">
            <th scope="row" className="p-2 font-medium">{r.lis}</th>
            <td className="p-2">{r.homeOrganisation}</td>
            <td className="p-2">
              {r.receiving} ({r.specialty})
            </td>
            <td className="p-2">
              {formatDay(r.startDate)}, {r.durationMonths} mnd
            </td>
            <td className="p-2">{OFFER_STATUS_LABEL[r.status]}</td>
            <td className="p-2">
              {r.rankAtOffer}
              {r.deviationReason ? ` (avvik: ${r.deviationReason})` : ""}
            </td>
            <td className="p-2">{r.respondedAt ? formatDateTime(r.respondedAt) : formatDateTime(r.deadline)}</td>
            <td className="p-2">
              {r.status === "AKSEPTERT" ? "Oppdater fiktiv enhet med avtalt periode; permisjon fra hjemmestillingen er automatisk." : r.status === "TILBUDT" ? "Venter på svar fra LIS." : "–"}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
