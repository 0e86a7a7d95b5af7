import { requirePageScope } from "@/lib/server/scope/require-scope";
import { listLeaderPlanWork, logPlanWorkRowsShown } from "@/lib/server/plans/list-plan-work";
import { PlanWorkTable } from "@/components/plan/plan-work-table";

export const metadata = { title: "Gjennomføringsplaner" };

export default async function LederPlanerPage() {
  const scope = await requirePageScope("plan:read", "LEDER");
  const { needsAction, all } = await listLeaderPlanWork({ scope });
  await logPlanWorkRowsShown(scope, all);
  return (
    <>
      <h1 className="text-2xl font-semibold">Gjennomføringsplaner</h1>
      <p className="mt-2 text-slate-700">Planene til LIS i avdelingene du leder. Du lager og signerer planen sammen med LIS.</p>
      <section aria-labelledby="trenger-deg" className="mt-8">
        <h2 id="trenger-deg" className="text-xl font-semibold">
          Trenger handling fra deg
        </h2>
        <PlanWorkTable rows={needsAction} caption="Planer som trenger handling fra deg" basePath="/leder/planer" empty="Ingen planer venter på deg." />
      </section>
      <section aria-labelledby="alle" className="mt-8">
        <h2 id="alle" className="text-xl font-semibold">
          Alle LIS i avdelingene dine
        </h2>
        <PlanWorkTable rows={all} caption="Alle LIS i avdelingene dine" basePath="/leder/planer" empty="Ingen LIS er ansatt i avdelingene dine nå." />
      </section>
    </>
  );
}
