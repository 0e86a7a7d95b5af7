import { formatDay, formatInclusiveEnd, formatPeriod } from "@/lib/format";
import { PERIOD_STATUS_LABEL } from "./labels";
import type { PeriodStatus } from "./period-status";

export type PeriodLineInput = {
  status: string;
  specialty: string;
  partner: string;
  desiredStart: Date;
  queueDate: Date | null;
  agreedStart: Date | null;
  /** Exclusive, as stored. */
  agreedEnd: Date | null;
};

/**
 * One line about a spesialiseringsperiode, written one way wherever a list names it (issue 14 §6):
 * agreed and completed periods with their inclusive dates, one in progress with the day it ends, a
 * queued wish with its queue date, otherwise the desired start. "Pågår: Plastikkirurgi ved Helse Bergen,
 * til og med 31.07.2027".
 */
export function periodLineText(p: PeriodLineInput): string {
  const label = PERIOD_STATUS_LABEL[p.status as PeriodStatus] ?? p.status;
  const what = `${label}: ${p.specialty} ved ${p.partner}`;
  if (p.agreedStart && p.agreedEnd) {
    if (p.status === "PAGAR") return `${what}, til og med ${formatInclusiveEnd(p.agreedEnd)} (startet ${formatDay(p.agreedStart)})`;
    return `${what}, ${formatPeriod(p.agreedStart, p.agreedEnd)}`;
  }
  if (p.queueDate) return `${what}, i kø fra ${formatDay(p.queueDate)}`;
  return `${what}, ønsket start ${formatDay(p.desiredStart)}`;
}
