import { requireRole } from "@/lib/auth/session";
import { getPlanWorkspace } from "@/lib/server/plans/get-plan-workspace";
import { guardPage } from "@/lib/server/page-guard";
import { PlanPage } from "@/components/plan/plan-page";

export const metadata = { title: "Gjennomføringsplan" };

export default async function PlanDetailPage({
  params,
  searchParams,
}: {
  params: Promise<{ employmentId: string }>;
  searchParams: Promise<{ rediger?: string; lagret?: string; fra?: string; til?: string }>;
}) {
  const actor = await requireRole("LEDER");
  const { employmentId } = await params;
  const { rediger, lagret, fra, til } = await searchParams;
  const ws = await guardPage(getPlanWorkspace({ actor, employmentId }));
  return <PlanPage ws={ws} basePath={`/leder/planer/${employmentId}`} editing={rediger === "1"} saved={lagret} compare={{ from: fra, to: til }} />;
}
