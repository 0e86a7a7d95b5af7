import type { PeriodStatus } from "./period-status";

/** Norwegian labels for the enums the UI shows (DOMAIN.md words). */
export const PERIOD_STATUS_LABEL: Record<PeriodStatus, string> = {
  BEHOV: "Behov",
  ONSKE: "Ønske",
  I_KO: "I kø",
  TILBUDT: "Tilbudt",
  AVTALT: "Avtalt",
  PAGAR: "Pågår",
  GJENNOMFORT: "Gjennomført",
  AVBRUTT: "Avbrutt",
};

/** Label of a period status read as a plain string; an unknown value is shown as it is. */
export function periodStatusLabel(status: string): string {
  return (PERIOD_STATUS_LABEL as Record<string, string>)[status] ?? status;
}

export const EMPLOYMENT_TYPE_LABEL = { FAST: "Fast stilling", VIKARIAT: "Vikariat" } as const;
export const LIS_PART_LABEL = { DEL2: "LIS 2", DEL3: "LIS 3" } as const;
export const OFFER_STATUS_LABEL = { TILBUDT: "Tilbudt", AKSEPTERT: "Akseptert", AVSLATT: "Avslått", UTLOPT: "Utløpt", TRUKKET: "Trukket" } as const;
export const INTAKE_PROCEDURE_LABEL = { HELSE_NORD_TILDELING: "Tildeling etter Helse Nords kriterier", EGET_SKJEMA: "Eget innmeldingsskjema" } as const;
export const ALLOCATION_RULE_LABEL = { HELSE_NORD: "Helse Nords kriterier", OUS: "OUS' kriterier", EGEN: "Egen prosedyre" } as const;
