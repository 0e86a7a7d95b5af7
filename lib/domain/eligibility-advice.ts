import type { IneligibilityCode } from "./eligibility";

/**
 * What a LIS can do about each reason they cannot be allocated a gjennomstrømningsstilling (issue 10 §1),
 * and whom to ask: `ask` names who helps (the local coordinator is shown by name on Min side).
 */
export type EligibilityAdvice = { todo: string; ask: "LEDER" | "LOKAL_KOORDINATOR"; planLink: boolean };

export const ELIGIBILITY_ADVICE: Record<IneligibilityCode, EligibilityAdvice> = {
  IKKE_FAST_STILLING: {
    todo: "Søk på utlyste LIS-stillinger, eller snakk med lederen din om fast stilling. Tiden din i fiktiv enhet teller likevel som ansiennitet.",
    ask: "LEDER",
    planLink: false,
  },
  FEIL_SPESIALITET: { todo: "Sjekk at ønsket gjelder spesialiteten du er ansatt i. Trekk ønsket og meld et nytt om det er feil.", ask: "LOKAL_KOORDINATOR", planLink: false },
  IKKE_REGISTRERT_I_FE: {
    todo: "Lokal koordinator registrerer deg i fiktiv enhet når gjennomføringsplanen er godkjent. Spør om registreringen om planen alt er godkjent.",
    ask: "LOKAL_KOORDINATOR",
    planLink: false,
  },
  PLAN_IKKE_GYLDIG: { todo: "Gjør ferdig planen med lederen din, signer den begge to, og få den godkjent av lokal koordinator.", ask: "LEDER", planLink: true },
  ONSKE_VED_ANNET_FORETAK: { todo: "Trekk det andre ønsket under «Tilleggsinformasjon» hvis du heller vil stå i kø her.", ask: "LOKAL_KOORDINATOR", planLink: false },
  MANGLER_FAGAVTALE: { todo: "Lokal koordinator vet om en fagavtale er på vei, og kan foreslå et annet foretak med avtale.", ask: "LOKAL_KOORDINATOR", planLink: false },
  MANGLER_FORKUNNSKAP: {
    todo: "Få læringsmålene som mangler vurdert og godkjent. Avtal med lederen din når de kan gjennomføres, og før dem inn i planen.",
    ask: "LEDER",
    planLink: true,
  },
};
