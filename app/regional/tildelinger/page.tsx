import { requirePageScope } from "@/lib/server/scope/require-scope";
import { AllocationsPage } from "@/app/_shared/allocations-page";

export const metadata = { title: "Tildelinger i regionen" };

export default async function RegionalAllocationsPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const scope = await requirePageScope("offer:read", "REGIONAL_KOORDINATOR");
  return (
    <>
      <h1 className="text-2xl font-semibold">Tildelinger i regionen</h1>
      <AllocationsPage scope={scope} params={await searchParams} basePath="/regional/tildelinger" offersCaption="Tilbud om gjennomstrømningsstilling i regionen" />
    </>
  );
}
