import { requirePageScope } from "@/lib/server/scope/require-scope";
import { getOwnPlanEmployment } from "@/lib/server/plans/get-own-plan-employment";
import { getPlanWorkspace } from "@/lib/server/plans/get-plan-workspace";
import { guardPage } from "@/lib/server/page-guard";
import { PlanPrint } from "@/components/plan/plan-print";
import { notFound } from "next/navigation";

export const metadata = { title: "Gjennomføringsplan – utskrift" };

export default async function LisPlanPrintPage() {
  const scope = await requirePageScope("plan:read", "LIS");
  const employment = await getOwnPlanEmployment({ scope });
  if (!employment) notFound();
  const ws = await guardPage(getPlanWorkspace({ scope, employmentId: employment.id }));
  return <PlanPrint ws={ws} basePath="/lis/plan" />;
}
