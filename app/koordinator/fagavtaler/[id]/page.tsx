import { notFound } from "next/navigation";
import { requireRole } from "@/lib/auth/session";
import { getFagavtaleForm } from "@/lib/server/fagavtaler/get-fagavtale-form";
import { FagavtaleForm } from "@/components/fagavtaler/fagavtale-form";
import { AppError } from "@/lib/server/errors";
import { formatDateTime } from "@/lib/format";

export const metadata = { title: "Endre fagavtale" };

export default async function EndreFagavtalePage({ params }: { params: Promise<{ id: string }> }) {
  const actor = await requireRole("LOKAL_KOORDINATOR");
  const { id } = await params;
  const form = await getFagavtaleForm({ actor, as: "LOKAL_KOORDINATOR", id }).catch((error: unknown) => {
    if (error instanceof AppError && error.code === "NOT_FOUND") notFound();
    throw error;
  });
  return (
    <>
      <h1 className="text-2xl font-semibold">Endre fagavtale</h1>
      <p className="mt-2 text-slate-700">Hver endring lagres som en ny versjon med begrunnelse.</p>
      <FagavtaleForm as="LOKAL_KOORDINATOR" values={form.values} homeOptions={form.homeOptions} partnerOptions={form.partnerOptions} specialties={form.specialties} />
      <section aria-labelledby="historikk" className="mt-10">
        <h2 id="historikk" className="text-xl font-semibold">
          Versjoner
        </h2>
        {form.history.length === 0 ? (
          <p className="mt-2">Ingen registrerte endringer ennå (versjon {form.values.version}).</p>
        ) : (
          <ol className="mt-2 space-y-1">
            {form.history.map((h) => (
              <li key={h.version}>
                Versjon {h.version}, {formatDateTime(h.changedAt)}, {h.changedBy}: {h.reason || "–"}
              </li>
            ))}
          </ol>
        )}
      </section>
    </>
  );
}
