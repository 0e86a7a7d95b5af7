import { LoginOutcome } from "@/components/login-outcome";

export const metadata = { title: "Ingen tilgang ennå" };

type Params = Promise<{ via?: string | string[] }>;

/** After a valid HelseID or Entra ID login that matches nobody here: nothing was created. */
export default async function NoAccessPage({ searchParams }: { searchParams: Params }) {
  const via = (await searchParams).via;
  const entra = (Array.isArray(via) ? via[0] : via) === "entra";
  return (
    <LoginOutcome title="Du har ingen tilgang ennå" testId="ingen-tilgang">
      {entra
        ? "Du er logget inn hos Entra ID, men kontoen din er ikke koblet til noen person i LIS-koordinering. Du har ingen tilgang ennå — kontakt din lokale koordinator, som kan registrere deg."
        : "Du er logget inn hos HelseID, men HPR-nummeret ditt er ikke registrert i LIS-koordinering. Du har ingen tilgang ennå — kontakt din lokale koordinator, som kan registrere HPR-nummeret ditt."}
    </LoginOutcome>
  );
}
