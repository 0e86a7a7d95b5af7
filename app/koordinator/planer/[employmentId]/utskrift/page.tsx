import { planMetadata, PlanPrintRoute } from "@/app/_shared/plan-routes";

export function generateMetadata({ params }: { params: Promise<{ employmentId: string }> }) {
  return planMetadata("LOKAL_KOORDINATOR", params, "print");
}

export default function Page({ params }: { params: Promise<{ employmentId: string }> }) {
  return <PlanPrintRoute area="LOKAL_KOORDINATOR" params={params} />;
}
