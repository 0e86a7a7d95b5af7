import { LoginOutcome } from "@/components/login-outcome";

export const metadata = { title: "Innloggingen ble avvist" };

const REASON_TEXT: Record<string, string> = {
  sikkerhetsniva:
    "Innloggingen din hadde for lavt sikkerhetsnivå. LIS-koordinering inneholder personopplysninger og krever et høyere sikkerhetsnivå (for eksempel BankID). Logg inn på nytt med en sterkere metode.",
  "mangler-hpr": "HelseID sendte ikke noe HPR-nummer for deg. Bare helsepersonell med HPR-nummer kan logge inn med HelseID her.",
  ugyldig: "Svaret fra innloggingstjenesten kunne ikke bekreftes, så du ble ikke logget inn. Prøv igjen.",
  "mangler-oid": "Entra ID sendte ikke noen gyldig katalog-ID for deg, så du ble ikke logget inn.",
  "feil-tenant": "Entra ID-kontoen din tilhører en annen organisasjon enn den LIS-koordinering er satt opp for.",
  utlopt: "Innloggingen tok for lang tid eller ble startet i et annet vindu. Prøv igjen.",
  utilgjengelig: "Innloggingstjenesten svarer ikke akkurat nå. Prøv igjen om litt.",
};

type Params = Promise<{ grunn?: string | string[] }>;

export default async function RefusedPage({ searchParams }: { searchParams: Params }) {
  const raw = (await searchParams).grunn;
  const reason = Array.isArray(raw) ? raw[0] : raw;
  return (
    <LoginOutcome title="Innloggingen ble avvist" testId="innlogging-avvist">
      {(reason && REASON_TEXT[reason]) ?? REASON_TEXT.ugyldig}
    </LoginOutcome>
  );
}
