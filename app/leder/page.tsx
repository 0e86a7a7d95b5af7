import { PeriodGoals } from "@/components/period/period-goals";
import { periodLineText } from "@/lib/domain/period-line";
import Link from "next/link";
import { requirePageScope } from "@/lib/server/scope/require-scope";
import { listDepartmentLis, logDepartmentLisShown } from "@/lib/server/people/list-department-lis";
import { PlanStandingBadge } from "@/components/plan-standing-badge";
import { EMPLOYMENT_TYPE_LABEL, LIS_PART_LABEL, periodStatusLabel } from "@/lib/domain/labels";
import { compareLeaderActions } from "@/lib/domain/leader-today";
import { formatDay, formatPeriod } from "@/lib/format";
import { getReceivingOverview, type ReceivingAgreement } from "@/lib/server/fagavtaler/get-receiving-overview";
import { termLabel } from "@/lib/domain/capacity";

export const metadata = { title: "Leder" };

export default async function LederStartPage() {
  const scope = await requirePageScope("plan:read", "LEDER");
  const departments = await listDepartmentLis({ scope });
  const receiving = await getReceivingOverview({ scope: await requirePageScope("fagavtale:read", "LEDER") });
  await logDepartmentLisShown(scope, departments);
  return (
    <>
      <h1 className="text-2xl font-semibold">Leder: mine avdelinger</h1>
      <p className="mt-2 text-slate-700">LIS i avdelingene du leder, med det som venter på deg, status for gjennomføringsplanen og spesialiseringsperiodene.</p>
      <TodoList departments={departments} />
      {receiving.length > 0 ? <Receiving agreements={receiving} /> : null}
      {departments.map((d) => (
        <section key={d.id} aria-labelledby={`avd-${d.id}`} className="mt-8">
          <h2 id={`avd-${d.id}`} className="text-xl font-semibold">
            {d.name}, {d.organisation}
          </h2>
          {d.lis.length === 0 ? (
            <p className="mt-2">Ingen LIS er ansatt i avdelingen nå.</p>
          ) : (
            <div className="mt-3 overflow-x-auto">
              <table className="w-full border-collapse bg-white text-left text-sm">
                <caption className="sr-only">LIS i {d.name}</caption>
                <thead>
                  <tr className="border-b border-slate-400">
                    <th scope="col" className="p-2">Navn</th>
                    <th scope="col" className="p-2">Spesialitet</th>
                    <th scope="col" className="p-2">Stilling</th>
                    <th scope="col" className="p-2">Gjennomføringsplan</th>
                    <th scope="col" className="p-2">Spesialiseringsperioder</th>
                  </tr>
                </thead>
                <tbody>
                  {d.lis.map((l) => (
                    <tr key={l.employmentId} className="border-b border-slate-200">
                      <td className="p-2">
                        <Link href={`/leder/planer/${l.employmentId}`} className="text-brand-800 underline">
                          {l.name}
                        </Link>
                      </td>
                      <td className="p-2">{l.specialty}</td>
                      <td className="p-2">
                        {LIS_PART_LABEL[l.part]}, {EMPLOYMENT_TYPE_LABEL[l.type].toLocaleLowerCase("nb")}
                      </td>
                      <td className="p-2">
                        <PlanStandingBadge standing={l.plan} />
                      </td>
                      <td className="p-2">
                        {l.periods.length === 0 ? (
                          "Ingen"
                        ) : (
                          <ul className="space-y-1">
                            {l.periods.map((p) => (
                              <li key={p.id}>{periodLineText(p)}</li>
                            ))}
                          </ul>
                        )}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
        </section>
      ))}
    </>
  );
}

type Departments = Awaited<ReturnType<typeof listDepartmentLis>>;

/** "Dette venter på deg" (issue 10 §2): every action needed from the leader, most urgent first, linking to where it is done. */
function TodoList({ departments }: { departments: Departments }) {
  const items = departments
    .flatMap((d) => d.lis.flatMap((l) => l.actions.map((action, i) => ({ key: `${l.employmentId}-${i}`, lis: l, department: d.name, action }))))
    .sort(compareLeaderActions);
  return (
    <section aria-labelledby="venter-pa-deg" className="mt-6 rounded border border-slate-300 bg-white p-4">
      <h2 id="venter-pa-deg" className="text-xl font-semibold">
        Dette venter på deg{items.length > 0 ? ` (${items.length})` : ""}
      </h2>
      {items.length === 0 ? (
        <p className="mt-2">Ingenting venter på deg nå.</p>
      ) : (
        <ul className="mt-3 space-y-2" data-testid="leder-oppgaver">
          {items.map(({ key, lis, department, action }) => (
            <li key={key} className={`border-l-4 pl-3 ${action.days !== null && action.days < 0 ? "border-red-700" : "border-amber-700"}`}>
              <p>
                <span className="font-medium">{lis.name}</span> ({department}): {action.text}
                {action.dueText ? <span className={action.days !== null && action.days < 0 ? " font-medium text-red-800" : ""}> {action.deadline ? `Frist ${formatDay(action.deadline)}, ${action.dueText}.` : `Skjemaet ${action.dueText}.`}</span> : null}
              </p>
              <p className="text-sm">
                <Link href={action.where === "PLAN" ? `/leder/planer/${lis.employmentId}` : "/leder/innmeldingsskjema"} className="text-brand-800 underline">
                  {action.where === "PLAN" ? `Gå til planen for ${lis.name}` : `Gå til innmeldingsskjemaene`}
                </Link>
              </p>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

/** Issue 10 §3: the receiving side — capacity and candidates waiting per term, and who is coming in. */
function Receiving({ agreements }: { agreements: ReceivingAgreement[] }) {
  return (
    <section aria-labelledby="mottak" className="mt-8">
      <h2 id="mottak" className="text-xl font-semibold">
        Mottak av LIS i avdelingen
      </h2>
      <p className="mt-1 text-sm text-slate-700">
        Per fagavtale der avdelingen din er læringsarena: kapasitet per termin, hvor mange som venter i kø med ønsket start i terminen, og LIS med avtalt periode.{" "}
        <Link href="/leder/stillinger" className="text-brand-800 underline">
          Lys ut eller se gjennomstrømningsstillinger
        </Link>
      </p>
      {agreements.map((a) => (
        <div key={a.id} className="mt-4 rounded border border-slate-300 bg-white p-4">
          <h3 className="font-semibold">
            {a.specialty}: LIS fra {a.home} ({a.department})
          </h3>
          <div className="mt-2 overflow-x-auto">
            <table className="w-full border-collapse text-left text-sm">
              <caption className="sr-only">
                Kapasitet og kø per termin, {a.specialty} fra {a.home}
              </caption>
              <thead>
                <tr className="border-b border-slate-400">
                  <th scope="col" className="p-2">Termin</th>
                  <th scope="col" className="p-2">Plasser</th>
                  <th scope="col" className="p-2">Brukt</th>
                  <th scope="col" className="p-2">Reservert</th>
                  <th scope="col" className="p-2">Ledig</th>
                  <th scope="col" className="p-2">Venter i kø</th>
                </tr>
              </thead>
              <tbody>
                {a.terms.map((t) => (
                  <tr key={t.term} className="border-b border-slate-200">
                    <th scope="row" className="p-2 font-normal">{termLabel(t.term)}</th>
                    <td className="p-2">{t.capacity}</td>
                    <td className="p-2">{t.used}</td>
                    <td className="p-2">{t.reserved}</td>
                    <td className={`p-2 ${t.free === 0 ? "font-medium text-red-800" : ""}`}>{t.free}</td>
                    <td className="p-2">{t.waiting}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          {a.incoming.length === 0 ? (
            <p className="mt-2 text-sm">Ingen LIS har avtalt periode her ennå.</p>
          ) : (
            <>
              <h4 className="mt-3 text-sm font-semibold">Kommer eller er her nå</h4>
              <ul className="mt-1 space-y-1 text-sm">
                {a.incoming.map((p) => (
                  <li key={p.id}>
                    {p.name}: {formatPeriod(p.agreedStart, p.agreedEnd)} ({periodStatusLabel(p.status).toLocaleLowerCase("nb")})
                    <PeriodGoals periodId={p.id} goals={p.goals} canMark={p.status === "PAGAR"} title={`Læringsmål for ${p.name}`} saveLabel={`Lagre læringsmål for ${p.name}`} />
                  </li>
                ))}
              </ul>
              {a.incomingTotal > a.incoming.length ? <p className="text-sm">… og {a.incomingTotal - a.incoming.length} til.</p> : null}
            </>
          )}
        </div>
      ))}
    </section>
  );
}
