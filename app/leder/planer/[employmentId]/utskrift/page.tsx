import { requireRole } from "@/lib/auth/session";
import { getPlanWorkspace } from "@/lib/server/plans/get-plan-workspace";
import { guardPage } from "@/lib/server/page-guard";
import { PlanPrint } from "@/components/plan/plan-print";

export const metadata = { title: "Gjennomføringsplan – utskrift" };

export default async function PlanPrintPage({ params }: { params: Promise<{ employmentId: string }> }) {
  const actor = await requireRole("LEDER");
  const { employmentId } = await params;
  const ws = await guardPage(getPlanWorkspace({ actor, employmentId }));
  return <PlanPrint ws={ws} basePath={`/leder/planer/${employmentId}`} />;
}
