import type { PeriodStatus } from "./period-status";
import type { Role } from "./roles";

/**
 * Norwegian labels for every enum the UI shows (DOMAIN.md words), in one place. Pages and components
 * take their words from here; a value read as a plain string goes through `labelOf`.
 */
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

export const ROLE_LABEL: Record<Role, string> = {
  LIS: "LIS",
  LEDER: "Leder",
  LOKAL_KOORDINATOR: "Lokal koordinator",
  REGIONAL_KOORDINATOR: "Regional koordinator",
};

export const EMPLOYMENT_TYPE_LABEL = { FAST: "Fast stilling", VIKARIAT: "Vikariat" } as const;
export const LIS_PART_LABEL = { DEL2: "LIS 2", DEL3: "LIS 3" } as const;
export const PLAN_STATUS_LABEL = {
  UTKAST: "Utkast",
  TIL_GODKJENNING: "Til godkjenning",
  RETURNERT: "Returnert",
  GODKJENT: "Godkjent",
  ERSTATTET: "Erstattet",
  FORKASTET: "Forkastet",
} as const;
export const PLAN_PERIOD_KIND_LABEL = { HJEMME: "Eget helseforetak", SPESIALISERINGSPERIODE: "Spesialiseringsperiode" } as const;
/** The FE registry's plan filter (lib/server/fe/list-fe-registry.ts `planBucket`). */
export const PLAN_BUCKET_LABEL = { gyldig: "Gyldig", utloper: "Utløper snart", utlopt: "Utløpt", mangler: "Mangler godkjent plan" } as const;
export const OFFER_STATUS_LABEL = { TILBUDT: "Tilbudt", AKSEPTERT: "Akseptert", AVSLATT: "Avslått", UTLOPT: "Utløpt", TRUKKET: "Trukket" } as const;
export const VACANCY_STATUS_LABEL = { APEN: "Åpen", BESATT: "Besatt", TRUKKET: "Trukket" } as const;
export const CONFLICT_STATUS_LABEL = { APEN: "Åpen", ESKALERT: "Løftet til fagsjefene", LOST: "Avgjort" } as const;
export const CONFLICT_LEVEL_LABEL = { AVDELING: "Avdelingsnivå", FAGSJEF: "Fagsjefnivå" } as const;
export const CONFLICT_STEP_LABEL = { OPPRETTET: "Opprettet", VURDERING: "Vurdering", ESKALERT: "Løftet", AVGJORT: "Avgjort" } as const;
export const CAPACITY_UNIT_LABEL = { PER_AR: "per år", PER_SEMESTER: "per semester", VARSEMESTER: "per vårsemester", HOSTSEMESTER: "per høstsemester" } as const;
export const INTAKE_PROCEDURE_LABEL = { HELSE_NORD_TILDELING: "Tildeling etter Helse Nords kriterier", EGET_SKJEMA: "Eget innmeldingsskjema" } as const;
export const ALLOCATION_RULE_LABEL = { HELSE_NORD: "Helse Nords kriterier", OUS: "OUS' kriterier", EGEN: "Egen prosedyre" } as const;
export const YES_NO_LABEL = { ja: "Ja", nei: "Nei" } as const;

/** The label of a value read as a plain string; an unknown value is shown as it is. */
export function labelOf(labels: Readonly<Record<string, string>>, value: string): string {
  return labels[value] ?? value;
}

/** A role inside a sentence: "leder", "lokal koordinator", but "LIS". */
export function roleInSentence(role: string): string {
  const label = labelOf(ROLE_LABEL, role);
  return label === label.toUpperCase() ? label : label.charAt(0).toLocaleLowerCase("nb") + label.slice(1);
}

/** Label of a period status read as a plain string. */
export function periodStatusLabel(status: string): string {
  return labelOf(PERIOD_STATUS_LABEL, status);
}
