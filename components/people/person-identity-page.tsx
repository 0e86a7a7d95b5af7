import type { PersonIdentityPageData } from "@/lib/server/people/list-person-identities";
import { ActionForm } from "@/components/fe/action-form";
import { updatePersonIdentityForm } from "@/lib/actions/people/update-person-identity";
import { decideEntraLinkForm } from "@/lib/actions/people/decide-entra-link";
import { formatDateTime } from "@/lib/format";

/**
 * "Personer og innlogging" (issue 12 §5, decision 0021): the coordinator finds a person in their scope
 * and edits the HPR number (HelseID) and Entra ID directory id, and confirms or rejects pending Entra
 * link requests. Local coordinators see their trust, regional coordinators their region.
 */
export function PersonIdentityPage({ role, base, data: { query, requests, decided, found, limit } }: { role: "LOKAL_KOORDINATOR" | "REGIONAL_KOORDINATOR"; base: string; data: PersonIdentityPageData }) {
  const where = role === "LOKAL_KOORDINATOR" ? "i foretaket ditt" : "i regionen din";
  return (
    <>
      <h1 className="text-2xl font-semibold">Personer og innlogging</h1>
      <p className="mt-2 text-slate-700">
        Her registrerer du HPR-nummer (for innlogging med HelseID) og Entra ID-katalog-ID for personer {where}, og bekrefter nye Entra ID-koblinger. Alle
        endringer logges.
      </p>

      <section aria-labelledby="koblinger" className="mt-8">
        <h2 id="koblinger" className="text-xl font-semibold">
          Entra ID-koblinger som venter
        </h2>
        {requests.length === 0 ? (
          <p className="mt-2">Ingen koblinger venter på bekreftelse.</p>
        ) : (
          <ul className="mt-3 space-y-3" data-testid="entra-koblinger">
            {requests.map((r) => (
              <li key={r.id} className="rounded border border-slate-300 bg-white p-4">
                <p className="font-medium">{r.person.name}</p>
                <p className="text-sm text-slate-700">
                  Logget inn med Entra ID {formatDateTime(r.createdAt)} som {r.nameInToken ?? "ukjent navn"} ({r.email}). Katalog-ID: <code className="break-all">{r.objectId}</code>
                </p>
                <p className="mt-1 text-sm text-slate-700">Bekreft bare hvis du vet at kontoen tilhører {r.person.name}.</p>
                <div className="mt-2 flex flex-wrap gap-3">
                  <ActionForm action={decideEntraLinkForm} idPrefix={`bekreft-${r.id}-`} hidden={{ requestId: r.id, decision: "BEKREFT" }} submitLabel={`Bekreft kobling for ${r.person.name}`} />
                  <ActionForm
                    action={decideEntraLinkForm}
                    idPrefix={`avvis-${r.id}-`}
                    hidden={{ requestId: r.id, decision: "AVVIS" }}
                    submitLabel={`Avvis kobling for ${r.person.name}`}
                    buttonClassName="rounded border border-slate-500 bg-white px-3 py-1.5 font-medium text-slate-900 hover:bg-slate-100 focus-visible:outline-2 focus-visible:outline-offset-2"
                  />
                </div>
              </li>
            ))}
          </ul>
        )}
        {decided.length > 0 ? (
          <>
            <h3 className="mt-6 font-semibold">Behandlet siste uke</h3>
            <ul className="mt-2 space-y-1 text-sm" data-testid="entra-behandlet">
              {decided.map((d) => (
                <li key={d.id}>
                  {d.person.name}: {d.status === "BEKREFTET" ? "kobling bekreftet" : "kobling avvist"}
                  {d.decidedBy ? ` av ${d.decidedBy.name}` : ""}
                  {d.decidedAt ? ` ${formatDateTime(d.decidedAt)}` : ""} (katalog-ID <code className="break-all">{d.objectId}</code>)
                </li>
              ))}
            </ul>
          </>
        ) : null}
      </section>

      <section aria-labelledby="finn-person" className="mt-10">
        <h2 id="finn-person" className="text-xl font-semibold">
          Finn person
        </h2>
        <form method="get" action={base} className="mt-3 flex flex-wrap items-end gap-3" role="search">
          <div>
            <label htmlFor="sok" className="block font-medium">
              Navn, e-post eller HPR-nummer
            </label>
            <input id="sok" name="sok" type="search" defaultValue={query} className="mt-1 w-72 max-w-full rounded border border-slate-500 px-2 py-1" />
          </div>
          <button type="submit" className="rounded bg-brand-700 px-3 py-1.5 font-medium text-white hover:bg-brand-800 focus-visible:outline-2 focus-visible:outline-offset-2">
            Søk
          </button>
        </form>
        {query.length > 0 && query.length < 2 ? <p className="mt-3">Skriv minst to tegn.</p> : null}
        {query.length >= 2 && found.items.length === 0 ? <p className="mt-3">Fant ingen personer {where} som passer med «{query}».</p> : null}
        {found.total > found.items.length ? (
          <p className="mt-3 text-sm text-slate-700">
            Viser de {limit} første av {found.total}. Skriv mer av navnet for å finne færre.
          </p>
        ) : null}
        <ul className="mt-3 space-y-3" data-testid="personer">
          {found.items.map((p) => (
            <li key={p.id} className="rounded border border-slate-300 bg-white p-4">
              <p className="font-medium">{p.name}</p>
              <p className="text-sm text-slate-700">{p.email}</p>
              <ActionForm
                action={updatePersonIdentityForm}
                idPrefix={`id-${p.id}-`}
                hidden={{ personId: p.id }}
                className="mt-2 space-y-2"
                fields={[
                  { name: "hprNumber", label: `HPR-nummer for ${p.name}`, defaultValue: p.hprNumber ?? "", hint: "4–9 sifre. La feltet stå tomt for å fjerne." },
                  { name: "entraObjectId", label: `Entra ID-katalog-ID for ${p.name}`, defaultValue: p.entraObjectId ?? "", hint: "Objekt-ID (GUID) fra Entra ID. La feltet stå tomt for å fjerne." },
                ]}
                submitLabel={`Lagre for ${p.name}`}
              />
            </li>
          ))}
        </ul>
      </section>
    </>
  );
}
