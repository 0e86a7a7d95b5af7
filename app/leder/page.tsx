import Link from "next/link";
import { requirePageScope } from "@/lib/server/scope/require-scope";
import { listDepartmentLis, logDepartmentLisShown } from "@/lib/server/people/list-department-lis";
import { PlanStandingBadge } from "@/components/plan-standing-badge";
import { EMPLOYMENT_TYPE_LABEL, LIS_PART_LABEL, periodStatusLabel } from "@/lib/domain/labels";
import { compareLeaderActions } from "@/lib/domain/leader-today";
import { formatDay, formatPeriod } from "@/lib/format";

export const metadata = { title: "Leder" };

export default async function LederStartPage() {
  const scope = await requirePageScope("plan:read", "LEDER");
  const departments = await listDepartmentLis({ scope });
  await logDepartmentLisShown(scope, departments);
  return (
    <>
      <h1 className="text-2xl font-semibold">Leder: mine avdelinger</h1>
      <p className="mt-2 text-slate-700">LIS i avdelingene du leder, med det som venter på deg, status for gjennomføringsplanen og spesialiseringsperiodene.</p>
      <TodoList departments={departments} />
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
                              <li key={p.id}>
                                {periodStatusLabel(p.status)}: {p.specialty} ved {p.partner}
                                {p.agreedStart ? `, avtalt ${formatPeriod(p.agreedStart, p.agreedEnd)}` : p.queueDate ? `, i kø fra ${formatDay(p.queueDate)}` : `, ønsket start ${formatDay(p.desiredStart)}`}
                              </li>
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
