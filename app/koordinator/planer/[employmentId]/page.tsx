import { planMetadata, PlanDetailRoute, type PlanSearchParams } from "@/app/_shared/plan-routes";

export function generateMetadata({ params }: { params: Promise<{ employmentId: string }> }) {
  return planMetadata("LOKAL_KOORDINATOR", params);
}

export default function Page({ params, searchParams }: { params: Promise<{ employmentId: string }>; searchParams: PlanSearchParams }) {
  return <PlanDetailRoute area="LOKAL_KOORDINATOR" params={params} searchParams={searchParams} />;
}
