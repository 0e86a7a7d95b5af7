import type { TrustSummary } from "@/lib/server/organisations/get-trust-summaries";
import { formatNumber } from "@/lib/format";

export function TrustSummaryTable({ trusts, caption }: { trusts: TrustSummary[]; caption: string }) {
  return (
    <table className="mt-3 w-full border-collapse bg-white text-left text-sm">
      <caption className="mb-2 text-left font-medium">{caption}</caption>
      <thead>
        <tr className="border-b border-slate-400">
          <th scope="col" className="p-2">Foretak</th>
          <th scope="col" className="p-2 text-right">LIS ansatt</th>
          <th scope="col" className="p-2 text-right">I fiktiv enhet</th>
          <th scope="col" className="p-2 text-right">Planer til godkjenning</th>
          <th scope="col" className="p-2 text-right">Aktive ønsker</th>
        </tr>
      </thead>
      <tbody>
        {trusts.map((t) => (
          <tr key={t.id} className="border-b border-slate-200">
            <th scope="row" className="p-2 font-normal">
              {t.name}
              {t.feUnitName ? <span className="block text-xs text-slate-700">{t.feUnitName}</span> : null}
            </th>
            <td className="p-2 text-right">{formatNumber(t.activeLis)}</td>
            <td className="p-2 text-right">{formatNumber(t.registeredInFe)}</td>
            <td className="p-2 text-right">{formatNumber(t.plansAwaitingApproval)}</td>
            <td className="p-2 text-right">{formatNumber(t.activeWishes)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
