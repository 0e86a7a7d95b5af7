import Link from "next/link";

export const metadata = { title: "Venter på bekreftelse" };

/** After a valid Entra ID login whose directory id is not linked yet but whose verified e-mail matched a person (decision 0021). */
export default function WaitingForLinkPage() {
  return (
    <main id="hovedinnhold" tabIndex={-1} className="mx-auto max-w-3xl px-4 py-12 focus:outline-none">
      <h1 className="text-3xl font-semibold text-brand-800">Venter på bekreftelse fra koordinator</h1>
      <p className="mt-4 text-slate-800" data-testid="venter-pa-bekreftelse">
        Du er logget inn hos Entra ID, og e-postadressen din passer med en person i LIS-koordinering. Før du får tilgang, må en koordinator i helseforetaket
        ditt bekrefte at Entra ID-kontoen er din. Du er ikke logget inn ennå. Prøv igjen når koordinatoren har bekreftet koblingen, eller kontakt din
        lokale koordinator.
      </p>
      <p className="mt-6">
        <Link href="/logg-inn" className="text-brand-700 underline">
          Tilbake til innlogging
        </Link>
      </p>
    </main>
  );
}
