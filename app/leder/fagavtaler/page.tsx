import { requireRole } from "@/lib/auth/session";
import { listFagavtaler } from "@/lib/server/fagavtaler/list-fagavtaler";
import { FagavtaleList } from "@/components/fagavtaler/fagavtale-list";

export const metadata = { title: "Fagavtaler" };

export default async function LederFagavtalerPage() {
  const actor = await requireRole("LEDER");
  const agreements = await listFagavtaler({ actor, as: "LEDER" });
  return (
    <>
      <h1 className="text-2xl font-semibold">Fagavtaler</h1>
      <p className="mt-2 text-slate-700">Fagavtaler der foretaket ditt er part, med kapasitet per termin. Endringer gjøres av koordinator.</p>
      <FagavtaleList agreements={agreements} />
    </>
  );
}
