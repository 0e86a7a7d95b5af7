import { requirePageScope } from "@/lib/server/scope/require-scope";
import { listOwnOffers } from "@/lib/server/allocation/list-own-offers";
import { RespondForm } from "@/components/allocation/respond-form";
import { formatDateTime, formatDay, formatInclusiveEnd } from "@/lib/format";
import { OFFER_STATUS_LABEL, periodStatusLabel } from "@/lib/domain/labels";

export const metadata = { title: "Mine tilbud" };

export default async function OffersPage() {
  const scope = await requirePageScope("offer:read", "LIS");
  const { offers, agreed } = await listOwnOffers({ scope });
  return (
    <>
      <h1 className="text-2xl font-semibold">Tilbud og avtalte spesialiseringsperioder</h1>
      <section aria-labelledby="tilbud" className="mt-6">
        <h2 id="tilbud" className="text-xl font-semibold">
          Tilbud om gjennomstrømningsstilling
        </h2>
        {offers.length === 0 ? <p className="mt-2">Du har ingen tilbud.</p> : null}
        <ul className="mt-3 space-y-4">
          {offers.map((o) => (
            <li key={o.id} className="rounded border border-slate-400 bg-white p-4">
              <h3 className="text-lg font-semibold">
                {o.specialty}: {o.department}, {o.organisation}
              </h3>
              <p>
                Start {formatDay(o.startDate)} · {o.durationMonths} måneder · status <strong>{OFFER_STATUS_LABEL[o.status]}</strong>
              </p>
              <p className="text-sm text-slate-800">
                Tilbudt {formatDateTime(o.offeredAt)} · svarfrist {formatDateTime(o.deadline)}
                {o.respondedAt ? ` · besvart ${formatDateTime(o.respondedAt)}` : ""}
              </p>
              <RespondForm offerId={o.id} place={`${o.specialty}, ${o.department}, ${o.organisation}`} canRespond={o.can.respond} />
            </li>
          ))}
        </ul>
      </section>
      <section aria-labelledby="avtalt" className="mt-8">
        <h2 id="avtalt" className="text-xl font-semibold">
          Avtalte spesialiseringsperioder
        </h2>
        {agreed.length === 0 ? (
          <p className="mt-2">Du har ingen avtalte perioder.</p>
        ) : (
          <table className="mt-3 w-full border-collapse bg-white text-left text-sm">
            <caption className="sr-only">Avtalte spesialiseringsperioder</caption>
            <thead>
              <tr className="border-b border-slate-400">
                <th scope="col" className="p-2">Sted</th>
                <th scope="col" className="p-2">Spesialitet</th>
                <th scope="col" className="p-2">Fra</th>
                <th scope="col" className="p-2">Til og med</th>
                <th scope="col" className="p-2">Status</th>
                <th scope="col" className="p-2">Permisjon fra hjemmestilling</th>
              </tr>
            </thead>
            <tbody>
              {agreed.map((p) => (
                <tr key={p.id} className="border-b border-slate-200">
                  <th scope="row" className="p-2 font-medium">
                    {p.arena}, {p.organisation}
                  </th>
                  <td className="p-2">{p.specialty}</td>
                  <td className="p-2">{formatDay(p.agreedStart)}</td>
                  <td className="p-2">{formatInclusiveEnd(p.agreedEnd)}</td>
                  <td className="p-2">{periodStatusLabel(p.status)}</td>
                  <td className="p-2">{p.leaveAutomatic ? "Automatisk" : "–"}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>
    </>
  );
}
