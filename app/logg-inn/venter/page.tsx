import { LoginOutcome } from "@/components/login-outcome";

export const metadata = { title: "Venter på bekreftelse" };

/** After a valid Entra ID login whose directory id is not linked yet but whose verified e-mail matched a person (decision 0021). */
export default function WaitingForLinkPage() {
  return (
    <LoginOutcome title="Venter på bekreftelse fra koordinator" testId="venter-pa-bekreftelse">
      Du er logget inn hos Entra ID, og e-postadressen din passer med en person i LIS-koordinering. Før du får tilgang, må en koordinator i helseforetaket ditt
      bekrefte at Entra ID-kontoen er din. Du er ikke logget inn ennå. Prøv igjen når koordinatoren har bekreftet koblingen, eller kontakt din lokale
      koordinator.
    </LoginOutcome>
  );
}
