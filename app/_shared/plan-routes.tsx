import { requirePageScope } from "@/lib/server/scope/require-scope";
import { getPlanWorkspace } from "@/lib/server/plans/get-plan-workspace";
import { guardPage } from "@/lib/server/page-guard";
import { PlanPage } from "@/components/plan/plan-page";
import { PlanPrint } from "@/components/plan/plan-print";

/** The roles that open another person's plan by employment id; the workspace service scopes it. */
type PlanArea = "LEDER" | "LOKAL_KOORDINATOR";

const BASE: Record<PlanArea, string> = { LEDER: "/leder/planer", LOKAL_KOORDINATOR: "/koordinator/planer" };

export type PlanSearchParams = Promise<{ rediger?: string; lagret?: string; fra?: string; til?: string }>;

export async function PlanDetailRoute({ area, params, searchParams }: { area: PlanArea; params: Promise<{ employmentId: string }>; searchParams: PlanSearchParams }) {
  const scope = await requirePageScope("plan:read", area);
  const { employmentId } = await params;
  const { rediger, lagret, fra, til } = await searchParams;
  const ws = await guardPage(getPlanWorkspace({ scope, employmentId }));
  return <PlanPage ws={ws} basePath={`${BASE[area]}/${employmentId}`} editing={rediger === "1"} saved={lagret} compare={{ from: fra, to: til }} />;
}

export async function PlanPrintRoute({ area, params }: { area: PlanArea; params: Promise<{ employmentId: string }> }) {
  const scope = await requirePageScope("plan:read", area);
  const { employmentId } = await params;
  const ws = await guardPage(getPlanWorkspace({ scope, employmentId }));
  return <PlanPrint ws={ws} basePath={`${BASE[area]}/${employmentId}`} />;
}
