import { requireRole } from "@/lib/auth/session";
import { getFagavtaleForm } from "@/lib/server/fagavtaler/get-fagavtale-form";
import { FagavtaleForm } from "@/components/fagavtaler/fagavtale-form";

export const metadata = { title: "Ny fagavtale" };

export default async function NyFagavtalePage() {
  const actor = await requireRole("REGIONAL_KOORDINATOR");
  const form = await getFagavtaleForm({ actor, as: "REGIONAL_KOORDINATOR" });
  return (
    <>
      <h1 className="text-2xl font-semibold">Ny fagavtale</h1>
      <FagavtaleForm as="REGIONAL_KOORDINATOR" values={form.values} homeOptions={form.homeOptions} partnerOptions={form.partnerOptions} specialties={form.specialties} />
    </>
  );
}
