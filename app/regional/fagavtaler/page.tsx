import Link from "next/link";
import { requireRole } from "@/lib/auth/session";
import { listFagavtaler } from "@/lib/server/fagavtaler/list-fagavtaler";
import { FagavtaleList } from "@/components/fagavtaler/fagavtale-list";

export const metadata = { title: "Fagavtaler" };

export default async function FagavtalerPage({ searchParams }: { searchParams: Promise<{ lagret?: string }> }) {
  const actor = await requireRole("REGIONAL_KOORDINATOR");
  const [agreements, { lagret }] = await Promise.all([listFagavtaler({ actor, as: "REGIONAL_KOORDINATOR" }), searchParams]);
  return (
    <>
      <h1 className="text-2xl font-semibold">Fagavtaler</h1>
      <p className="mt-2 text-slate-700">
        Fagavtaler der et foretak i regionen er part. Kapasiteten viser brukte plasser
        (aksepterte tilbud og avtalte perioder), reserverte (åpne tilbud) og ledige per termin.
      </p>
      {lagret ? (
        <p role="status" className="mt-4 rounded border border-green-700 bg-green-50 p-3 font-medium text-green-900">
          Fagavtalen er lagret.
        </p>
      ) : null}
      <p className="mt-4">
        <Link href="/regional/fagavtaler/ny" className="rounded bg-brand-700 px-3 py-1.5 font-medium text-white hover:bg-brand-800">
          Ny fagavtale
        </Link>
      </p>
      <FagavtaleList agreements={agreements} editBase="/regional/fagavtaler" />
    </>
  );
}
