import { formatDateTime, formatDay } from "@/lib/format";
import type { ConflictView } from "@/lib/server/conflicts/list-conflicts";
import { DecideForm } from "./decide-form";
import { CONFLICT_LEVEL_LABEL, CONFLICT_STATUS_LABEL, CONFLICT_STEP_LABEL, labelOf, roleInSentence } from "@/lib/domain/labels";


/** Samtidskonflikter with their facts and history; whoever may decide one (the service's `can`) also gets the decision form. */
export function ConflictList({ conflicts, nested = false }: { conflicts: ConflictView[]; nested?: boolean }) {
  const Title = nested ? "h3" : "h2";
  const Sub = nested ? "h4" : "h3";
  if (conflicts.length === 0) return <p className="mt-4">Ingen samtidskonflikter.</p>;
  return (
    <>
      {conflicts.map((c) => (
        <section key={c.id} aria-labelledby={`konflikt-${c.id}`} className="mt-8 rounded border border-slate-400 bg-white p-4">
          <Title id={`konflikt-${c.id}`} className="text-xl font-semibold">
            {c.vacancy.specialty}, {c.vacancy.department} {c.vacancy.organisation}: start {formatDay(c.vacancy.startDate)}
          </Title>
          <p className="mt-1 text-slate-800">
            Status: <strong>{CONFLICT_STATUS_LABEL[c.status]}</strong> · {CONFLICT_LEVEL_LABEL[c.level]} · opprettet {formatDateTime(c.openedAt)}
          </p>
          <p className="mt-2 text-slate-800">{c.facts.explanation}</p>
          <table className="mt-3 w-full border-collapse text-left text-sm">
            <caption className="sr-only">Fakta om kandidatene i konflikten</caption>
            <thead>
              <tr className="border-b border-slate-400">
                <th scope="col" className="p-2">Kandidat</th>
                <th scope="col" className="p-2">Foretak</th>
                <th scope="col" className="p-2">Foretakets prioritering</th>
                <th scope="col" className="p-2">Registrert i fiktiv enhet</th>
                <th scope="col" className="p-2">Ventetid ved start</th>
                <th scope="col" className="p-2">Progresjon ved start</th>
              </tr>
            </thead>
            <tbody>
              {c.facts.candidates.map((f) => (
                <tr key={f.id} className="border-b border-slate-200">
                  <th scope="row" className="p-2 font-medium">
                    {f.personName}
                    {c.resolvedPeriodId === f.id ? " (fikk plassen)" : ""}
                  </th>
                  <td className="p-2">{f.organisationName}</td>
                  <td className="p-2">{f.sendingRank ? `Nr. ${f.sendingRank}` : "Ikke prioritert"}</td>
                  <td className="p-2">{f.waitingSince ? formatDay(new Date(`${f.waitingSince}T00:00:00Z`)) : "–"}</td>
                  <td className="p-2">{f.waitingMonths ?? "–"} mnd</td>
                  <td className="p-2">{f.progressMonths ?? "–"} mnd i spesialiseringen</td>
                </tr>
              ))}
            </tbody>
          </table>
          <Sub className="mt-4 font-semibold">Historikk</Sub>
          <ol className="mt-2 list-decimal pl-5">
            {c.steps.map((s) => (
              <li key={s.id} className="mt-1">
                <strong>{labelOf(CONFLICT_STEP_LABEL, s.kind)}</strong> ({labelOf(CONFLICT_LEVEL_LABEL, s.level)}) {formatDateTime(s.at)} av {s.by ?? "systemet"}
                {s.byRole ? `, ${roleInSentence(s.byRole)}` : ""}: {s.outcome} Begrunnelse: {s.reason}
              </li>
            ))}
          </ol>
          {c.can.decide ? (
            <DecideForm conflictId={c.id} canEscalate={c.can.escalate} candidates={c.candidates.map((x) => ({ periodId: x.periodId, label: `${x.name} (${x.organisation})` }))} />
          ) : null}
        </section>
      ))}
    </>
  );
}
