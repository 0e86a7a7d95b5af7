import { requirePageScope } from "@/lib/server/scope/require-scope";
import { listFagavtaler } from "@/lib/server/fagavtaler/list-fagavtaler";
import { FagavtaleList } from "@/components/fagavtaler/fagavtale-list";

export const metadata = { title: "Fagavtaler" };

export default async function LederFagavtalerPage() {
  const scope = await requirePageScope("fagavtale:read", "LEDER");
  const agreements = await listFagavtaler({ scope });
  return (
    <>
      <h1 className="text-2xl font-semibold">Fagavtaler</h1>
      <p className="mt-2 text-slate-700">
        Fagavtaler for avdelingen din: der avdelingen tar imot LIS, og der foretaket sender LIS i avdelingens spesialitet. Med kapasitet per termin. Endringer
        gjøres av koordinator.
      </p>
      <FagavtaleList agreements={agreements} />
    </>
  );
}
