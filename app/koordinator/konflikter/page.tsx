import { requirePageScope } from "@/lib/server/scope/require-scope";
import { listConflicts } from "@/lib/server/conflicts/list-conflicts";
import { ConflictList } from "@/components/conflicts/conflict-list";

export const metadata = { title: "Samtidskonflikter" };

export default async function LocalConflictsPage() {
  const scope = await requirePageScope("conflict:read", "LOKAL_KOORDINATOR");
  const conflicts = await listConflicts({ scope });
  return (
    <>
      <h1 className="text-2xl font-semibold">Samtidskonflikter</h1>
      <p className="mt-2 text-slate-700">Konflikter der kandidater fra ditt foretak står likt med kandidater fra andre foretak. Regional koordinator avgjør i samarbeid med deg.</p>
      <ConflictList conflicts={conflicts} />
    </>
  );
}
