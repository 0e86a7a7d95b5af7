import { PlanPrintRoute } from "@/app/_shared/plan-routes";

export const metadata = { title: "Gjennomføringsplan – utskrift" };

export default function Page({ params }: { params: Promise<{ employmentId: string }> }) {
  return <PlanPrintRoute area="LOKAL_KOORDINATOR" params={params} />;
}
