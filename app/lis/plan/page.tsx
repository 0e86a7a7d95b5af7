import { requirePageScope } from "@/lib/server/scope/require-scope";
import { getOwnPlanEmployment } from "@/lib/server/plans/get-own-plan-employment";
import { getPlanWorkspace } from "@/lib/server/plans/get-plan-workspace";
import { guardPage } from "@/lib/server/page-guard";
import { PlanPage } from "@/components/plan/plan-page";

export const metadata = { title: "Min gjennomføringsplan" };

export default async function LisPlanPage({ searchParams }: { searchParams: Promise<{ rediger?: string; lagret?: string; fra?: string; til?: string }> }) {
  const scope = await requirePageScope("plan:read", "LIS");
  const { rediger, lagret, fra, til } = await searchParams;
  const employment = await getOwnPlanEmployment({ scope });
  if (!employment) {
    return (
      <>
        <h1 className="text-2xl font-semibold">Min gjennomføringsplan</h1>
        <p className="mt-2">Du har ikke noe aktivt arbeidsforhold som LIS.</p>
      </>
    );
  }
  const ws = await guardPage(getPlanWorkspace({ scope, employmentId: employment.id }));
  return <PlanPage ws={ws} basePath="/lis/plan" editing={rediger === "1"} saved={lagret} compare={{ from: fra, to: til }} />;
}
