import { requirePageScope } from "@/lib/server/scope/require-scope";
import { getPlanWorkspace } from "@/lib/server/plans/get-plan-workspace";
import { guardPage } from "@/lib/server/page-guard";
import { PlanPage } from "@/components/plan/plan-page";
import { PlanPrint } from "@/components/plan/plan-print";
import { cache } from "react";
import type { Metadata } from "next";

/** The roles that open another person's plan by employment id; the workspace service scopes it. */
type PlanArea = "LEDER" | "LOKAL_KOORDINATOR";

const BASE: Record<PlanArea, string> = { LEDER: "/leder/planer", LOKAL_KOORDINATOR: "/koordinator/planer" };

/**
 * One workspace load per request: the page and its generateMetadata share it (React cache keys on
 * the primitive arguments), so the title costs no second query and no second access-log entry.
 */
const loadWorkspace = cache(async (area: PlanArea, employmentId: string, view: "page" | "print") => {
  const scope = await requirePageScope("plan:read", area);
  return getPlanWorkspace({ scope, employmentId, view });
});

export type PlanSearchParams = Promise<{ rediger?: string; lagret?: string; fra?: string; til?: string }>;

export async function PlanDetailRoute({ area, params, searchParams }: { area: PlanArea; params: Promise<{ employmentId: string }>; searchParams: PlanSearchParams }) {
  const { employmentId } = await params;
  const { rediger, lagret, fra, til } = await searchParams;
  const ws = await guardPage(loadWorkspace(area, employmentId, "page"));
  return <PlanPage ws={ws} basePath={`${BASE[area]}/${employmentId}`} editing={rediger === "1"} saved={lagret} compare={{ from: fra, to: til }} />;
}

export async function PlanPrintRoute({ area, params }: { area: PlanArea; params: Promise<{ employmentId: string }> }) {
  const { employmentId } = await params;
  const ws = await guardPage(loadWorkspace(area, employmentId, "print"));
  return <PlanPrint ws={ws} basePath={`${BASE[area]}/${employmentId}`} />;
}

/**
 * The tab title of a plan page names whose plan it is ("Gjennomføringsplan – Emma Solheim"). A plan
 * outside the scope gets the plain title; the page itself then answers 404/403.
 */
export async function planMetadata(area: PlanArea, params: Promise<{ employmentId: string }>, view: "page" | "print" = "page"): Promise<Metadata> {
  const base = view === "print" ? "Utskrift av gjennomføringsplan" : "Gjennomføringsplan";
  try {
    const { employmentId } = await params;
    const ws = await loadWorkspace(area, employmentId, view);
    return { title: `${base} – ${ws.employment.lisName}` };
  } catch {
    return { title: base };
  }
}
