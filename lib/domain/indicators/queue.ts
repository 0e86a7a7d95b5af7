import type { Indicator } from "./types";

/**
 * The smallest group whose waiting times (median, percentile, longest) a table shows (decision 0025):
 * below it a median or a longest wait is, or nearly is, one person's. Counts are shown at any size.
 */
export const SMALL_GROUP_LIMIT = 5;
/** What a suppressed time reads on the page, in print, in snapshots and in the CSV. */
export const SUPPRESSED_CELL = "skjult";

/** Whole days of a group's time, or SUPPRESSED_CELL for a group of 1 to SMALL_GROUP_LIMIT − 1 (an empty group has none: null). */
export function groupDays(size: number, value: number | null): number | null | typeof SUPPRESSED_CELL {
  if (size > 0 && size < SMALL_GROUP_LIMIT) return SUPPRESSED_CELL;
  return wholeDays(value);
}

/** One group of the queue's SQL aggregate (lib/server/indicators/load-indicator-facts.ts); specialty and receiving null = all. */
export type QueueTimeGroup = { specialty: string | null; receiving: string | null; agreed: number; medianDays: number | null; p90Days: number | null };
export type WaitingGroup = { specialty: string | null; receiving: string | null; waiting: number; medianDays: number | null; longestDays: number | null };

export const QUEUE_TIME_INDICATOR: Omit<Indicator<never>, "compute"> = {
  id: "ko-tid",
  title: "Tid fra registrering i fiktiv enhet til avtalt periode",
  definition:
    "For hver spesialiseringsperiode som er avtalt, pågår eller er gjennomført: antall dager fra LIS-ens registreringsdato i fiktiv enhet (ansiennitetsdatoen) til avtalt oppstart. " +
    "Median og 90-persentil (lineært interpolert, avrundet til hele dager) per spesialitet og mottakende foretak. En LIS med to perioder teller med begge. " +
    `Tidene vises som «skjult» for grupper med færre enn ${SMALL_GROUP_LIMIT} perioder, så ingen enkeltpersons ventetid kan leses ut av tabellen.`,
};

export const WAITING_INDICATOR: Omit<Indicator<never>, "compute"> = {
  id: "venter-na",
  title: "LIS som venter nå",
  definition:
    "LIS med et aktivt ønske i dag (ønske, i kø eller tilbudt), per spesialitet og mottakende foretak, og hvor lenge de har ventet: dager fra registreringsdatoen i fiktiv enhet til i dag (median og lengste). " +
    `Tidene vises som «skjult» for grupper med færre enn ${SMALL_GROUP_LIMIT} LIS, så ingen enkeltpersons ventetid kan leses ut av tabellen.`,
};

/** Rounded to whole days for display and snapshots (half up); null stays null. */
export function wholeDays(value: number | null): number | null {
  return value === null ? null : Math.round(value);
}
