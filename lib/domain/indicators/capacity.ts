import { capacityInTerm, termRange, upcomingTerms, type CapacityUnit } from "@/lib/domain/capacity";
import type { Indicator } from "./types";

/** How many terms ahead of today the capacity indicator looks, per unit (two years in each). */
export const INDICATOR_TERM_COUNT: Record<CapacityUnit, number> = { PER_AR: 2, PER_SEMESTER: 4, VARSEMESTER: 2, HOSTSEMESTER: 2 };

export const CAPACITY_INDICATOR: Omit<Indicator<never>, "compute"> = {
  id: "kapasitet",
  title: "Kapasitet mot etterspørsel per fagavtale og termin",
  definition:
    "Per fagavtale (foretaket som hjemmepart) og termin fra inneværende termin og to år frem: avtalt kapasitet, brukt (avtalte, pågående og gjennomførte perioder og aksepterte tilbud som starter i terminen), " +
    "reservert (åpne tilbud), ønsket (ønsker og LIS i kø med ønsket oppstart i terminen). Mangler = brukt + reservert + ønsket ut over kapasiteten; ubrukt = kapasitet som verken er brukt, reservert eller ønsket. " +
    "En periode hører til terminen den starter i, også når den varer inn i neste.",
};

export type CapacityCounts = { used: number; reserved: number; requested: number };
export type CapacityBalance = CapacityCounts & { capacity: number; shortfall: number; unused: number };

/** The balance of one fagavtale in one term. */
export function capacityBalance(capacity: number, counts: CapacityCounts): CapacityBalance {
  const demand = counts.used + counts.reserved + counts.requested;
  return { capacity, ...counts, shortfall: Math.max(0, demand - capacity), unused: Math.max(0, capacity - demand) };
}

/**
 * The terms the indicator shows for one agreement: the unit's terms from today's, those the agreement
 * is valid in (validFrom before the term ends; no validTo, or validTo after the term starts), with the
 * places the agreement gives in each.
 */
export function indicatorTerms(input: { today: Date; unit: CapacityUnit; count: number; validFrom: Date; validTo: Date | null }): { term: string; capacity: number }[] {
  return upcomingTerms(input.today, input.unit, INDICATOR_TERM_COUNT[input.unit])
    .filter((term) => {
      const { start, end } = termRange(term);
      return input.validFrom.getTime() < end.getTime() && (input.validTo === null || input.validTo.getTime() > start.getTime());
    })
    .map((term) => ({ term, capacity: capacityInTerm(input.unit, input.count, term) }));
}
