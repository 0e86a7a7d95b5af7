import { planMetadata, PlanPrintRoute } from "@/app/_shared/plan-routes";

export function generateMetadata({ params }: { params: Promise<{ employmentId: string }> }) {
  return planMetadata("LEDER", params, "print");
}

export default function Page({ params }: { params: Promise<{ employmentId: string }> }) {
  return <PlanPrintRoute area="LEDER" params={params} />;
}
