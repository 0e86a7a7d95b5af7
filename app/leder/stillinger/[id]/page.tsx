import Link from "next/link";
import { candidateCardFacts } from "@/lib/domain/candidate-card";
import { requirePageScope } from "@/lib/server/scope/require-scope";
import { guardPage } from "@/lib/server/page-guard";
import { getVacancy, VACANCY_PAGE_SIZE, type VacancyView } from "@/lib/server/allocation/get-vacancy";
import { PickForm } from "@/components/allocation/pick-form";
import { WithdrawVacancyForm } from "@/components/allocation/withdraw-vacancy-form";
import { ReceiptHost } from "@/components/form/confirm-step";
import { formatDateTime, formatDay } from "@/lib/format";
import { OFFER_STATUS_LABEL, labelOf } from "@/lib/domain/labels";
import { termLabel } from "@/lib/domain/capacity";
import { ConflictList } from "@/components/conflicts/conflict-list";

export const metadata = { title: "Kandidater til gjennomstrømningsstilling" };

/** What the leader is told about a samtidskonflikt over the top place, by how it stands. */
const STANDING_NOTE: Record<VacancyView["standing"]["kind"], string> = {
  TIE: "Når du velger en av kandidatene, opprettes en samtidskonflikt som regional koordinator avgjør.",
  UNDECIDED: "Konflikten er sendt til regional koordinator og de lokale koordinatorene. Du kan tilby plassen når den er avgjort.",
  DECIDED: "Konflikten er avgjort; kandidaten som fikk plassen står som førstevalg.",
  CLEAR: "Konflikten er avgjort, men kandidaten som fikk plassen står ikke lenger på listen; kandidaten øverst står som førstevalg.",
};

/** `?vis=40`: how many candidates to show; anything else shows the first page. */
function shownFrom(raw: string | string[] | undefined): number {
  const n = Number(Array.isArray(raw) ? raw[0] : raw);
  return Number.isInteger(n) && n > 0 ? n : VACANCY_PAGE_SIZE;
}

export default async function VacancyPage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<{ vis?: string | string[] }> }) {
  const scope = await requirePageScope("vacancy:manage", "LEDER");
  const { id } = await params;
  const { vis } = await searchParams;
  const v = await guardPage(getVacancy({ scope, vacancyId: id, shown: shownFrom(vis) }));
  const more = v.ranking.rankedTotal > v.ranking.ranked.length || v.ranking.ineligibleTotal > v.ranking.ineligible.length;
  return (
    <>
      <p>
        <Link href="/leder/stillinger" className="text-brand-700 underline">
          Tilbake til stillingene
        </Link>
      </p>
      <h1 className="mt-2 text-2xl font-semibold">
        {v.specialty}: {v.department}, {v.organisation}
      </h1>
      <p className="mt-2 text-slate-800">
        Start {formatDay(v.startDate)} · {v.durationMonths} måneder · {v.posts} {v.posts === 1 ? "stilling" : "stillinger"} ({v.postsTaken} tilbudt eller besatt) · ønsket start innenfor ± {v.startWindowDays} dager ·
        rangering etter {v.policyName} · loddtrekning ved likhet
      </p>
      <p className="mt-1 text-sm text-slate-800">
        Står kandidater likt etter alle kriteriene, avgjør en loddtrekning rekkefølgen. Trekningen er fast for denne stillingen, så listen blir den samme hver gang den vises.
      </p>

      {v.status === "TRUKKET" ? (
        <div role="note" className="mt-4 rounded border-2 border-slate-700 bg-slate-50 p-4 text-slate-900" data-testid="stilling-trukket">
          <h2 className="font-semibold">Trukket</h2>
          <p className="mt-1">
            Stillingen er trukket{v.withdrawal ? ` ${formatDateTime(v.withdrawal.at)}${v.withdrawal.byName ? ` av ${v.withdrawal.byName}` : ""}` : ""} og kan ikke lenger tildeles.
          </p>
          {v.withdrawal?.reason ? <p className="mt-1">Begrunnelse: {v.withdrawal.reason}</p> : null}
        </div>
      ) : null}

      <section aria-labelledby="kapasitet" className="mt-6">
        <h2 id="kapasitet" className="text-xl font-semibold">
          Kapasitet i fagavtalene
        </h2>
        <table className="mt-3 w-full border-collapse bg-white text-left text-sm">
          <caption className="sr-only">Kapasitet per fagavtale for terminen stillingen starter i</caption>
          <thead>
            <tr className="border-b border-slate-400">
              <th scope="col" className="p-2">Avgivende foretak</th>
              <th scope="col" className="p-2">Termin</th>
              <th scope="col" className="p-2">Kapasitet</th>
              <th scope="col" className="p-2">Brukt</th>
              <th scope="col" className="p-2">Reservert (åpne tilbud)</th>
              <th scope="col" className="p-2">Ledig</th>
            </tr>
          </thead>
          <tbody>
            {v.capacity.map((c) => (
              <tr key={c.fagavtaleId} className="border-b border-slate-200" data-testid={`kapasitet-${c.fagavtaleId}`}>
                <th scope="row" className="p-2 font-medium">{c.homeOrganisation}</th>
                <td className="p-2">{termLabel(c.term)}</td>
                <td className="p-2">{c.capacity}</td>
                <td className="p-2">{c.used}</td>
                <td className="p-2">{c.reserved}</td>
                <td className="p-2">{c.free}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>

      {v.ranking.conflict ? (
        <div role="note" className="mt-6 rounded border-2 border-amber-700 bg-amber-50 p-4 text-slate-900">
          <h2 className="font-semibold">Samtidskonflikt</h2>
          <p className="mt-1">{v.ranking.conflict.facts.explanation}</p>
          <p className="mt-1">{STANDING_NOTE[v.standing.kind]}</p>
        </div>
      ) : null}

      <section aria-labelledby="kandidater" className="mt-8">
        <h2 id="kandidater" className="text-xl font-semibold">
          Rangerte kandidater
        </h2>
        {v.ranking.rankedTotal > 0 ? (
          <p className="mt-1 text-sm text-slate-800">
            Viser {v.ranking.ranked.length} av {v.ranking.rankedTotal} {v.ranking.rankedTotal === 1 ? "kandidat" : "kandidater"}.
          </p>
        ) : null}
        <ReceiptHost>
          {v.ranking.ranked.length === 0 ? (
            <p className="mt-2">Ingen aktuelle kandidater har ønsket start i dette tidsrommet.</p>
          ) : (
            <ol className="mt-3 space-y-4">
              {v.ranking.ranked.map((r) => (
                <li key={r.candidate.id} className="rounded border border-slate-400 bg-white p-4" aria-labelledby={`kandidat-${r.candidate.id}`}>
                  <h3 id={`kandidat-${r.candidate.id}`} className="text-lg font-semibold">
                    {r.rank}. {r.candidate.personName}, {r.candidate.sendingOrganisationName}
                    {r.isTop ? " (øverst)" : ""}
                  </h3>
                  <p className="text-sm text-slate-800">Ønsket start {formatDay(r.candidate.desiredStart)}</p>
                  <p className="text-sm text-slate-800">{sentence(candidateCardFacts(r.candidate, v.startDate))}</p>
                  <h4 className="mt-2 text-sm font-semibold">Hvorfor denne plasseringen</h4>
                  <ul className="list-disc pl-5 text-sm">
                    {r.reasons.map((reason) => (
                      <li key={reason}>{reason}</li>
                    ))}
                  </ul>
                  {v.can.pick ? (
                    <div className="mt-3">
                      <PickForm vacancyId={v.id} periodId={r.candidate.id} name={r.candidate.personName} needsReason={r.needsReason} conflict={v.standing.kind === "TIE"} />
                    </div>
                  ) : null}
                </li>
              ))}
            </ol>
          )}
        </ReceiptHost>
      </section>

      {more ? (
        <p className="mt-4">
          <Link href={`/leder/stillinger/${v.id}?vis=${v.ranking.shown + VACANCY_PAGE_SIZE}#kandidater`} className="text-brand-700 underline">
            Vis flere kandidater
          </Link>
        </p>
      ) : null}

      {v.ranking.ineligible.length > 0 ? (
        <section aria-labelledby="ikke-aktuelle" className="mt-8">
          <h2 id="ikke-aktuelle" className="text-xl font-semibold">
            Kan ikke tildeles
          </h2>
          <p className="mt-1 text-sm text-slate-800">
            Viser {v.ranking.ineligible.length} av {v.ranking.ineligibleTotal}.
          </p>
          <ul className="mt-3 space-y-3">
            {v.ranking.ineligible.map((c) => (
              <li key={c.candidate.id} className="rounded border border-slate-400 bg-white p-4">
                <p className="font-semibold">
                  {c.candidate.personName}, {c.candidate.sendingOrganisationName}
                </p>
                <ul className="list-disc pl-5 text-sm">
                  {c.reasons.map((reason) => (
                    <li key={reason}>{reason}</li>
                  ))}
                </ul>
              </li>
            ))}
          </ul>
        </section>
      ) : null}

      {v.conflicts.length > 0 ? (
        <section aria-labelledby="konflikter" className="mt-8">
          <h2 id="konflikter" className="text-xl font-semibold">
            Samtidskonflikter for stillingen
          </h2>
          <ConflictList conflicts={v.conflicts} nested />
        </section>
      ) : null}

      <section aria-labelledby="tilbud" className="mt-8">
        <h2 id="tilbud" className="text-xl font-semibold">
          Tilbud
        </h2>
        {v.offers.length === 0 ? (
          <p className="mt-2">Ingen tilbud er sendt.</p>
        ) : (
          <table className="mt-3 w-full border-collapse bg-white text-left text-sm">
            <caption className="sr-only">Tilbud for stillingen</caption>
            <thead>
              <tr className="border-b border-slate-400">
                <th scope="col" className="p-2">LIS</th>
                <th scope="col" className="p-2">Stilling nr.</th>
                <th scope="col" className="p-2">Plass i rangeringen</th>
                <th scope="col" className="p-2">Status</th>
                <th scope="col" className="p-2">Sendt</th>
                <th scope="col" className="p-2">Svarfrist</th>
                <th scope="col" className="p-2">Begrunnelse for avvik</th>
              </tr>
            </thead>
            <tbody>
              {v.offers.map((o) => (
                <tr key={o.id} className="border-b border-slate-200">
                  <th scope="row" className="p-2 font-medium">{o.personName}</th>
                  <td className="p-2">{o.postNumber}</td>
                  <td className="p-2">{o.rankAtOffer}</td>
                  <td className="p-2">{labelOf(OFFER_STATUS_LABEL, o.status)}</td>
                  <td className="p-2">{formatDateTime(o.offeredAt)}</td>
                  <td className="p-2">{formatDateTime(o.deadline)}</td>
                  <td className="p-2">{o.deviationReason ?? "–"}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>

      <ReceiptHost headingLevel={2}>
        {v.can.withdraw ? (
          <section aria-labelledby="trekk" className="mt-8">
            <h2 id="trekk" className="text-xl font-semibold">
              Trekk stillingen
            </h2>
            <p className="mt-1 text-slate-800">Et akseptert tilbud gjøres ikke om; stillingen kan bare trekkes mens ingen har akseptert.</p>
            <WithdrawVacancyForm vacancyId={v.id} openOffers={v.openOffers} />
          </section>
        ) : null}
      </ReceiptHost>
    </>
  );
}

/** "A, b og c." */
function sentence(parts: string[]): string {
  if (parts.length === 0) return "";
  const text = parts.length === 1 ? parts[0]! : `${parts.slice(0, -1).join(", ")} og ${parts.at(-1)}`;
  return `${text}.`;
}
