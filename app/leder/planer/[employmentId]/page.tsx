import { planMetadata, PlanDetailRoute, type PlanSearchParams } from "@/app/_shared/plan-routes";

export function generateMetadata({ params }: { params: Promise<{ employmentId: string }> }) {
  return planMetadata("LEDER", params);
}

export default function Page({ params, searchParams }: { params: Promise<{ employmentId: string }>; searchParams: PlanSearchParams }) {
  return <PlanDetailRoute area="LEDER" params={params} searchParams={searchParams} />;
}
