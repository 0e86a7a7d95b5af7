import Link from "next/link";

export const metadata = { title: "Ingen tilgang ennå" };

type Params = Promise<{ via?: string | string[] }>;

/** After a valid HelseID or Entra ID login that matches nobody here: nothing was created. */
export default async function NoAccessPage({ searchParams }: { searchParams: Params }) {
  const via = (await searchParams).via;
  const entra = (Array.isArray(via) ? via[0] : via) === "entra";
  return (
    <main id="hovedinnhold" tabIndex={-1} className="mx-auto max-w-3xl px-4 py-12 focus:outline-none">
      <h1 className="text-3xl font-semibold text-brand-800">Du har ingen tilgang ennå</h1>
      <p className="mt-4 text-slate-800" data-testid="ingen-tilgang">
        {entra
          ? "Du er logget inn hos Entra ID, men kontoen din er ikke koblet til noen person i LIS-koordinering. Du har ingen tilgang ennå — kontakt din lokale koordinator, som kan registrere deg."
          : "Du er logget inn hos HelseID, men HPR-nummeret ditt er ikke registrert i LIS-koordinering. Du har ingen tilgang ennå — kontakt din lokale koordinator, som kan registrere HPR-nummeret ditt."}
      </p>
      <p className="mt-6">
        <Link href="/logg-inn" className="text-brand-700 underline">
          Tilbake til innlogging
        </Link>
      </p>
    </main>
  );
}
