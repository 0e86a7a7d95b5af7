import type { TrustSummary } from "@/lib/server/organisations/get-trust-summaries";
import { formatNumber } from "@/lib/format";

/** Key figures per trust as a definition list (reads on a phone without a wide table). */
export function KeyFigures({ trusts, headingLevel = 3 }: { trusts: readonly TrustSummary[]; headingLevel?: 3 | 4 }) {
  const H = headingLevel === 3 ? "h3" : "h4";
  return (
    <div className="mt-3 grid gap-4 sm:grid-cols-2">
      {trusts.map((t) => (
        <section key={t.id} aria-label={t.name} className="rounded border border-slate-300 bg-white p-3">
          <H className="font-semibold break-words">{t.name}</H>
          {t.feUnitName ? <p className="text-sm text-slate-700 break-words">{t.feUnitName}</p> : null}
          <dl className="mt-2 grid grid-cols-[1fr_auto] gap-x-4 gap-y-1 text-sm">
            <dt>LIS ansatt</dt>
            <dd className="text-right">{formatNumber(t.activeLis)}</dd>
            <dt>I fiktiv enhet</dt>
            <dd className="text-right">{formatNumber(t.registeredInFe)}</dd>
            <dt>Planer til godkjenning</dt>
            <dd className="text-right">{formatNumber(t.plansAwaitingApproval)}</dd>
            <dt>Aktive ønsker</dt>
            <dd className="text-right">{formatNumber(t.activeWishes)}</dd>
          </dl>
        </section>
      ))}
    </div>
  );
}
