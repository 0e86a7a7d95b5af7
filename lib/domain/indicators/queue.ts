import type { Indicator } from "./types";

/** One group of the queue's SQL aggregate (lib/server/indicators/load-indicator-facts.ts); specialty and receiving null = all. */
export type QueueTimeGroup = { specialty: string | null; receiving: string | null; agreed: number; medianDays: number | null; p90Days: number | null };
export type WaitingGroup = { specialty: string | null; receiving: string | null; waiting: number; medianDays: number | null; longestDays: number | null };

export const QUEUE_TIME_INDICATOR: Omit<Indicator<never>, "compute"> = {
  id: "ko-tid",
  title: "Tid fra registrering i fiktiv enhet til avtalt periode",
  definition:
    "For hver spesialiseringsperiode som er avtalt, pågår eller er gjennomført: antall dager fra LIS-ens registreringsdato i fiktiv enhet (ansiennitetsdatoen) til avtalt oppstart. " +
    "Median og 90-persentil (lineært interpolert, avrundet til hele dager) per spesialitet og mottakende foretak. En LIS med to perioder teller med begge.",
};

export const WAITING_INDICATOR: Omit<Indicator<never>, "compute"> = {
  id: "venter-na",
  title: "LIS som venter nå",
  definition:
    "LIS med et aktivt ønske i dag (ønske, i kø eller tilbudt), per spesialitet og mottakende foretak, og hvor lenge de har ventet: dager fra registreringsdatoen i fiktiv enhet til i dag (median og lengste).",
};

/** Rounded to whole days for display and snapshots (half up); null stays null. */
export function wholeDays(value: number | null): number | null {
  return value === null ? null : Math.round(value);
}
