import Link from "next/link";
import { formatDay } from "@/lib/format";
import type { OpenOfferLine, QueuePosition } from "@/lib/server/allocation/get-queue-position";
import { periodStatusLabel } from "@/lib/domain/labels";
import { aheadFromOwnTrustText } from "@/lib/domain/queue-standing";

/** "Min plass i køen": the LIS's position for each active wish and an estimate of when a place could come. */
export function QueuePositionView({ positions, headingLevel = 2, offers = [] }: { positions: QueuePosition[]; headingLevel?: 2 | 3; offers?: OpenOfferLine[] }) {
  const Heading = headingLevel === 3 ? "h3" : "h2";
  // An open offer counts as an active wish: it is answered under "Tilbud", not waited for in the queue.
  const offerList =
    offers.length > 0 ? (
      <ul className="mt-4 space-y-2">
        {offers.map((o) => (
          <li key={o.id} className="rounded border border-slate-400 bg-white p-4">
            Du har et åpent tilbud om gjennomstrømningsstilling: {o.place}, med start {formatDay(o.startDate)}. Svarfrist <strong>{formatDay(o.deadline)}</strong>.{" "}
            <Link href="/lis/tilbud" className="text-brand-800 underline">
              Svar under Tilbud
            </Link>
            .
          </li>
        ))}
      </ul>
    ) : null;
  if (positions.length === 0 && offers.length > 0) return offerList;
  if (positions.length === 0) return <p className="mt-4">Du har ingen aktive ønsker om spesialiseringsperiode.</p>;
  return (
    <>
      {offerList}
      {positions.map((p) => (
        <section key={p.periodId} aria-labelledby={`ko-${p.periodId}`} className="mt-6 rounded border border-slate-400 bg-white p-4">
          <Heading id={`ko-${p.periodId}`} className="text-xl font-semibold">
            {p.specialty}: {p.arena}, {p.receiving}
          </Heading>
          <p className="mt-1 text-slate-800">
            Ønsket start {formatDay(p.desiredStart)} · status {periodStatusLabel(p.status)}
          </p>
          {p.eligible && p.position ? (
            <>
              <p className="mt-3 text-lg">
                Du er <strong>nr. {p.position}</strong> av {p.total} kandidater med ønsket start i samme tidsrom.
              </p>
              <p className="mt-1">
                {aheadFromOwnTrustText(p.aheadFromOwnTrust)} Fagavtalen gir {p.capacityText}.
              </p>
              <p className="mt-1">
                {p.estimate ? (
                  <>
                    Anslag: en plass kan tidligst komme <strong>{p.estimate}</strong>.
                  </>
                ) : (
                  "Det er ikke ledig kapasitet i fagavtalen de nærmeste terminene."
                )}{" "}
                Anslaget bygger på kapasiteten per termin og køen foran deg, og er ikke et løfte.
              </p>
              {p.inConflict ? <p className="mt-1">Du står likt med en kandidat fra et annet foretak. En samtidskonflikt avgjøres av regional koordinator.</p> : null}
              {p.conflictDecidedFor ? (
                <p className="mt-1">
                  {p.position === 1 ? "Samtidskonflikten om plassen øverst er avgjort av regional koordinator i din favør." : `Samtidskonflikten om plassen øverst er avgjort av regional koordinator til fordel for ${p.conflictDecidedFor}.`}
                </p>
              ) : null}
              <details className="mt-2">
                <summary className="cursor-pointer font-medium text-brand-700 underline">Hvorfor står jeg her?</summary>
                <ul className="mt-1 list-disc pl-5">
                  {p.reasons.map((r) => (
                    <li key={r}>{r}</li>
                  ))}
                </ul>
              </details>
            </>
          ) : (
            <>
              <p className="mt-3">Du kan ikke tildeles plass nå:</p>
              <ul className="mt-1 list-disc pl-5">
                {p.ineligibleReasons.map((r) => (
                  <li key={r}>{r}</li>
                ))}
              </ul>
            </>
          )}
        </section>
      ))}
    </>
  );
}
