import Link from "next/link";

export const metadata = { title: "Ingen tilgang ennå" };

/** After a valid HelseID login whose HPR number is not registered here: nothing was created. */
export default function NoAccessPage() {
  return (
    <main id="hovedinnhold" tabIndex={-1} className="mx-auto max-w-3xl px-4 py-12 focus:outline-none">
      <h1 className="text-3xl font-semibold text-brand-800">Du har ingen tilgang ennå</h1>
      <p className="mt-4 text-slate-800" data-testid="ingen-tilgang">
        Du er logget inn hos HelseID, men HPR-nummeret ditt er ikke registrert i LIS-koordinering. Du har ingen tilgang ennå — kontakt din lokale
        koordinator, som kan registrere HPR-nummeret ditt.
      </p>
      <p className="mt-6">
        <Link href="/logg-inn" className="text-brand-700 underline">
          Tilbake til innlogging
        </Link>
      </p>
    </main>
  );
}
