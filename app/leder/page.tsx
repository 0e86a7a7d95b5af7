import Link from "next/link";
import { requirePageScope } from "@/lib/server/scope/require-scope";
import { listDepartmentLis, logDepartmentLisShown } from "@/lib/server/people/list-department-lis";
import { PlanStandingBadge } from "@/components/plan-standing-badge";
import { EMPLOYMENT_TYPE_LABEL, LIS_PART_LABEL } from "@/lib/domain/labels";

export const metadata = { title: "Leder" };

export default async function LederStartPage() {
  const scope = await requirePageScope("plan:read", "LEDER");
  const departments = await listDepartmentLis({ scope });
  await logDepartmentLisShown(scope, departments);
  return (
    <>
      <h1 className="text-2xl font-semibold">Leder: mine avdelinger</h1>
      <p className="mt-2 text-slate-700">LIS i avdelingene du leder, med status for gjennomføringsplanen.</p>
      {departments.map((d) => (
        <section key={d.id} aria-labelledby={`avd-${d.id}`} className="mt-8">
          <h2 id={`avd-${d.id}`} className="text-xl font-semibold">
            {d.name}, {d.organisation}
          </h2>
          {d.lis.length === 0 ? (
            <p className="mt-2">Ingen LIS er ansatt i avdelingen nå.</p>
          ) : (
            <table className="mt-3 w-full border-collapse bg-white text-left text-sm">
              <caption className="sr-only">LIS i {d.name}</caption>
              <thead>
                <tr className="border-b border-slate-400">
                  <th scope="col" className="p-2">Navn</th>
                  <th scope="col" className="p-2">Spesialitet</th>
                  <th scope="col" className="p-2">Stilling</th>
                  <th scope="col" className="p-2">Gjennomføringsplan</th>
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
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </section>
      ))}
    </>
  );
}
