import { capacityInTerm, termRange, upcomingTerms, type CapacityUnit } from "@/lib/domain/capacity";

/**
 * Forecast of the need for spesialiseringsperioder (seed 002 tiltak 19; issue 13 §5): simple and
 * honest. Per specialty and semester, the LIS expected to start a period against the places the
 * fagavtaler give. Nothing is extrapolated: the need is only what plans, wishes and queues say today.
 */

/** How many semesters the forecast covers: today's and the three after it. */
export const FORECAST_TERM_COUNT = 4;

export const FORECAST_INDICATOR = {
  id: "prognose",
  title: "Prognose: behov for spesialiseringsperioder mot avtalt kapasitet",
  definition:
    "Per spesialitet og semester (vår: januar–juni, høst: juli–desember), inneværende semester og de tre neste. Behovet er antall LIS foretaket er hovedarbeidsgiver for, som ventes å starte en spesialiseringsperiode i semesteret, " +
    "hver LIS talt én gang per spesialitet og semester etter den sikreste kilden: først avtalte, pågående og gjennomførte perioder (avtalt oppstart), så ønsker, LIS i kø og tilbudte perioder (ønsket oppstart), " +
    "så behov og planlagte spesialiseringsperioder i gjeldende godkjente gjennomføringsplan som ennå ikke er meldt som ønske (planlagt oppstart). " +
    "Et ønske eller en plan med oppstart som allerede er passert, regnes i inneværende semester; en periode hører til semesteret den starter i. " +
    "Kapasiteten er summen av plassene i fagavtalene foretaket er hjemmepart i og som gjelder i semesteret; en fagavtale med plasser per år regnes med halvparten i hvert semester. " +
    "Mangler = behov ut over kapasiteten; ledig = kapasitet ut over behovet. Prognosen fremskriver ikke nye LIS eller nye planer.",
} as const;

/** Where a LIS's expected need comes from, surest first (the order each LIS is counted by). */
export type ForecastSource = "agreed" | "wished" | "planned";

/** The SQL aggregate's row: LIS per specialty, term and source (each LIS once per specialty and term). */
export type ForecastDemand = { specialty: string; term: string; agreed: number; wished: number; planned: number };

/** A fagavtale's places, as the forecast reads them. */
export type ForecastAgreement = { specialty: string; unit: CapacityUnit; count: number; validFrom: Date; validTo: Date | null };

export type ForecastRow = { specialty: string; term: string; agreed: number; wished: number; planned: number; need: number; capacity: number; shortfall: number; unused: number };

/** The semesters the forecast covers from `today` (an Oslo calendar date). */
export function forecastTerms(today: Date): string[] {
  return upcomingTerms(today, "PER_SEMESTER", FORECAST_TERM_COUNT);
}

/** The first day of the forecast and its exclusive end: the SQL counts starts in between. */
export function forecastWindow(terms: readonly string[]): { start: Date; end: Date } {
  return { start: termRange(terms[0]!).start, end: termRange(terms[terms.length - 1]!).end };
}

/** The places one fagavtale gives in one semester: none outside its validity, half a yearly agreement's places. */
export function forecastCapacity(agreement: Omit<ForecastAgreement, "specialty">, term: string): number {
  const { start, end } = termRange(term);
  const valid = agreement.validFrom.getTime() < end.getTime() && (agreement.validTo === null || agreement.validTo.getTime() > start.getTime());
  if (!valid) return 0;
  if (agreement.unit === "PER_AR") return agreement.count / 2;
  return capacityInTerm(agreement.unit, agreement.count, term);
}

/**
 * One row per specialty (that has a need or an agreement) and forecast term, sorted by specialty (as
 * given by `compare`) and term: the need from the demand rows against the summed capacity.
 */
export function buildForecast(input: { terms: readonly string[]; demand: readonly ForecastDemand[]; agreements: readonly ForecastAgreement[]; compare: (a: string, b: string) => number }): ForecastRow[] {
  const specialties = [...new Set([...input.demand.map((d) => d.specialty), ...input.agreements.map((a) => a.specialty)])].sort(input.compare);
  return specialties.flatMap((specialty) =>
    input.terms.map((term) => {
      const d = input.demand.find((x) => x.specialty === specialty && x.term === term);
      const agreed = d?.agreed ?? 0;
      const wished = d?.wished ?? 0;
      const planned = d?.planned ?? 0;
      const need = agreed + wished + planned;
      const capacity = input.agreements.filter((a) => a.specialty === specialty).reduce((sum, a) => sum + forecastCapacity(a, term), 0);
      return { specialty, term, agreed, wished, planned, need, capacity, shortfall: Math.max(0, need - capacity), unused: Math.max(0, capacity - need) };
    }),
  );
}
