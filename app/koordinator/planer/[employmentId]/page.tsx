import { PlanDetailRoute, type PlanSearchParams } from "@/app/_shared/plan-routes";

export const metadata = { title: "Gjennomføringsplan" };

export default function Page({ params, searchParams }: { params: Promise<{ employmentId: string }>; searchParams: PlanSearchParams }) {
  return <PlanDetailRoute area="LOKAL_KOORDINATOR" params={params} searchParams={searchParams} />;
}
