import { requirePageScope } from "@/lib/server/scope/require-scope";
import { AllocationsPage } from "@/app/_shared/allocations-page";

export const metadata = { title: "Tildelinger" };

export default async function LocalAllocationsPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const scope = await requirePageScope("offer:read", "LOKAL_KOORDINATOR");
  return (
    <>
      <h1 className="text-2xl font-semibold">Tildelinger til LIS i ditt foretak</h1>
      <p className="mt-2 text-slate-700">Tilbud om gjennomstrømningsstilling til LIS fra ditt foretak. Aksepterte tilbud skal registreres i fiktiv enhet.</p>
      <AllocationsPage scope={scope} params={await searchParams} basePath="/koordinator/tildelinger" offersCaption="Tilbud til LIS i ditt foretak" />
    </>
  );
}
