import { formatDay } from "@/lib/format";
import type { VacancyRanking } from "@/lib/server/allocation/list-vacancy-rankings";

/** Why each candidate stands where they do, for coordinators. */
export function VacancyRankings({ vacancies }: { vacancies: VacancyRanking[] }) {
  if (vacancies.length === 0) return <p className="mt-2">Ingen åpne stillinger med kandidater fra ditt ansvarsområde.</p>;
  return (
    <>
      {vacancies.map((v) => (
        <section key={v.id} aria-labelledby={`rangering-${v.id}`} className="mt-6 rounded border border-slate-400 bg-white p-4">
          <h3 id={`rangering-${v.id}`} className="text-lg font-semibold">
            {v.title}, start {formatDay(v.startDate)} ({v.posts} {v.posts === 1 ? "stilling" : "stillinger"})
          </h3>
          {v.conflict ? <p className="mt-1 font-medium">Kriteriene avgjør ikke øverste plass: samtidskonflikt.</p> : null}
          <ol className="mt-2 space-y-2">
            {v.ranked.map((r) => (
              <li key={r.candidate.id}>
                <p className="font-medium">
                  Nr. {r.rank} av {v.total}: {r.candidate.personName}, {r.candidate.sendingOrganisationName}
                </p>
                <ul className="list-disc pl-5 text-sm">
                  {r.reasons.map((reason) => (
                    <li key={reason}>{reason}</li>
                  ))}
                </ul>
              </li>
            ))}
          </ol>
          {v.ineligible.map((c) => (
            <p key={c.candidate.id} className="mt-2 text-sm">
              <strong>{c.candidate.personName}</strong> kan ikke tildeles: {c.reasons.join(" ")}
            </p>
          ))}
        </section>
      ))}
    </>
  );
}
