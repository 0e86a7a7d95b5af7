import type { AccessScope } from "@/lib/domain/access-scope";
import { loadAllocationOverview } from "@/lib/server/allocation/list-allocations";
import { AllocationOverview } from "@/components/allocation/allocation-overview";

/** The body of both allocations pages: the scope decides whose offers (offerWhere). */
export async function AllocationsPage({ scope, params, basePath, offersCaption }: { scope: AccessScope; params: Record<string, string | string[] | undefined>; basePath: string; offersCaption: string }) {
  const { filter, summaries, offers, chosen } = await loadAllocationOverview({ scope, params });
  return <AllocationOverview basePath={basePath} summaries={summaries} offers={offers} filter={filter} chosen={chosen} offersCaption={offersCaption} />;
}
