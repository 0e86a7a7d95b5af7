import Link from "next/link";
import { requirePageScope } from "@/lib/server/scope/require-scope";
import { guardPage } from "@/lib/server/page-guard";
import { getFagavtaleForm } from "@/lib/server/fagavtaler/get-fagavtale-form";
import { listFagavtaler } from "@/lib/server/fagavtaler/list-fagavtaler";
import { FagavtaleForm } from "@/components/fagavtaler/fagavtale-form";
import { FagavtaleList } from "@/components/fagavtaler/fagavtale-list";
import { formatDateTime } from "@/lib/format";

/** Coordinators who maintain fagavtaler: local (own trust as home party) and regional (the region). */
type Manager = "LOKAL_KOORDINATOR" | "REGIONAL_KOORDINATOR";

const BASE: Record<Manager, string> = { LOKAL_KOORDINATOR: "/koordinator/fagavtaler", REGIONAL_KOORDINATOR: "/regional/fagavtaler" };
const SCOPE_TEXT: Record<Manager, string> = {
  LOKAL_KOORDINATOR: "Fagavtaler der foretaket ditt er part. Du kan endre avtaler der foretaket ditt er hjemmepart.",
  REGIONAL_KOORDINATOR: "Fagavtaler der et foretak i regionen er part.",
};

export async function FagavtaleIndexPage({ as, searchParams }: { as: Manager; searchParams: Promise<{ lagret?: string }> }) {
  const scope = await requirePageScope("fagavtale:read", as);
  const [agreements, { lagret }] = await Promise.all([listFagavtaler({ scope }), searchParams]);
  return (
    <>
      <h1 className="text-2xl font-semibold">Fagavtaler</h1>
      <p className="mt-2 text-slate-700">
        {SCOPE_TEXT[as]} Kapasiteten viser brukte plasser (aksepterte tilbud og avtalte perioder), reserverte (åpne tilbud) og ledige per
        termin.
      </p>
      {lagret ? (
        <p role="status" className="mt-4 rounded border border-green-700 bg-green-50 p-3 font-medium text-green-900">
          Fagavtalen er lagret.
        </p>
      ) : null}
      <p className="mt-4">
        <Link href={`${BASE[as]}/ny`} className="rounded bg-brand-700 px-3 py-1.5 font-medium text-white hover:bg-brand-800">
          Ny fagavtale
        </Link>
      </p>
      <FagavtaleList agreements={agreements} editBase={BASE[as]} />
    </>
  );
}

export async function FagavtaleEditPage({ as, params }: { as: Manager; params: Promise<{ id: string }> }) {
  const scope = await requirePageScope("fagavtale:manage", as);
  const { id } = await params;
  const form = await guardPage(getFagavtaleForm({ scope, id }));
  return (
    <>
      <h1 className="text-2xl font-semibold">Endre fagavtale</h1>
      <p className="mt-2 text-slate-700">Hver endring lagres som en ny versjon med begrunnelse.</p>
      <FagavtaleForm as={as} values={form.values} homeOptions={form.homeOptions} partnerOptions={form.partnerOptions} specialties={form.specialties} />
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

export async function FagavtaleNewPage({ as }: { as: Manager }) {
  const scope = await requirePageScope("fagavtale:manage", as);
  const form = await getFagavtaleForm({ scope });
  return (
    <>
      <h1 className="text-2xl font-semibold">Ny fagavtale</h1>
      <FagavtaleForm as={as} values={form.values} homeOptions={form.homeOptions} partnerOptions={form.partnerOptions} specialties={form.specialties} />
    </>
  );
}
