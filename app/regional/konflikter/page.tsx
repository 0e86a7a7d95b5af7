import { requirePageScope } from "@/lib/server/scope/require-scope";
import { listConflicts } from "@/lib/server/conflicts/list-conflicts";
import { ConflictList } from "@/components/conflicts/conflict-list";

export const metadata = { title: "Samtidskonflikter" };

export default async function RegionalConflictsPage() {
  const scope = await requirePageScope("conflict:read", "REGIONAL_KOORDINATOR");
  const conflicts = await listConflicts({ scope });
  return (
    <>
      <h1 className="text-2xl font-semibold">Samtidskonflikter i regionen</h1>
      <p className="mt-2 text-slate-700">
        Forsøk først å løse konflikten på avdelingsnivå med de lokale koordinatorene; løft den ellers til fagsjefene. Hvert steg lagres med hvem, når, utfall og begrunnelse.
      </p>
      <ConflictList conflicts={conflicts} />
    </>
  );
}
