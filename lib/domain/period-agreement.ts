import { addDays, addMonths, isoDay } from "./calendar";
import { capacityByTerm, type AgreedPeriodLike, type CapacityUseLike } from "./capacity-usage";
import { capacityInTerm, termLabel, termOf, type CapacityUnit } from "./capacity";
import { NORMERT_TID_MAX_MONTHS, monthsText } from "./rules";

/**
 * Recording an agreement with a partner that has its own procedure (issue 14 §1; seed 000 §OUS and
 * §St. Olavs step 3: the LIS and the receiving leader agree a start date, and the local coordinator
 * updates the fiktiv enhet). Pure: the service loads the LIS's other agreed periods and the fagavtale's
 * places under a row lock and writes what this allows.
 *
 * The person types an inclusive "til og med" end (issue 14 §6); the period stores it exclusive.
 */

export type OtherAgreedPeriod = { id: string; start: Date; endExclusive: Date; what: string };

export type AgreementInput = {
  periodId: string;
  agreedStart: Date;
  /** The last day of the period (inclusive), as typed. */
  agreedEndInclusive: Date;
  /** The day the receiving side agreed it. */
  agreedOn: Date;
  /** Today in Oslo (a calendar date at UTC midnight). */
  today: Date;
  otherAgreed: readonly OtherAgreedPeriod[];
  capacity: { unit: CapacityUnit; count: number; uses: readonly CapacityUseLike[]; periods: readonly AgreedPeriodLike[] };
};

export type AgreementCheck =
  | { ok: true; agreedStart: Date; agreedEnd: Date; term: string }
  | { ok: false; code: "VALIDATION" | "CONFLICT"; message: string; fieldErrors: Record<string, string[]> };

export const AGREEMENT_END_BEFORE_START = "Siste dag må være etter startdatoen.";
export const AGREEMENT_TOO_LONG = `En spesialiseringsperiode kan vare høyst ${monthsText(NORMERT_TID_MAX_MONTHS)}.`;
export const AGREEMENT_DAY_IN_FUTURE = "Datoen avtalen ble gjort, kan ikke være fram i tid.";
export const AGREEMENT_DAY_AFTER_START = "Avtalen må være gjort før perioden starter (eller samme dag).";

const fmt = (d: Date) => isoDay(d).split("-").reverse().join(".");

/** The span a person reads: "01.02.2027–31.07.2027" (inclusive end). */
export function inclusiveSpan(start: Date, endExclusive: Date): string {
  return `${fmt(start)}–${fmt(addDays(endExclusive, -1))}`;
}

/** Whether two half-open [start, end) spans share a day. */
export function overlaps(a: { start: Date; endExclusive: Date }, b: { start: Date; endExclusive: Date }): boolean {
  return a.start < b.endExclusive && b.start < a.endExclusive;
}

/**
 * Every field problem at once (HOUSE-STYLE 6), then the LIS's other agreed periods (no overlap, as the
 * database's Spesialiseringsperiode_no_overlap), then the fagavtale's capacity in the term the period
 * starts in (the period itself not counted twice when it already holds a place).
 */
export function checkPeriodAgreement(input: AgreementInput): AgreementCheck {
  const fieldErrors: Record<string, string[]> = {};
  const add = (field: string, message: string) => (fieldErrors[field] ??= []).push(message);
  const agreedStart = input.agreedStart;
  const agreedEnd = addDays(input.agreedEndInclusive, 1);
  if (agreedEnd <= addDays(agreedStart, 1)) add("agreedEnd", AGREEMENT_END_BEFORE_START);
  else if (agreedEnd > addMonths(agreedStart, NORMERT_TID_MAX_MONTHS)) add("agreedEnd", AGREEMENT_TOO_LONG);
  if (input.agreedOn > input.today) add("agreedOn", AGREEMENT_DAY_IN_FUTURE);
  else if (input.agreedOn > agreedStart) add("agreedOn", AGREEMENT_DAY_AFTER_START);
  if (Object.keys(fieldErrors).length) {
    return { ok: false, code: "VALIDATION", message: Object.values(fieldErrors)[0]![0]!, fieldErrors };
  }

  const clash = input.otherAgreed.find((o) => o.id !== input.periodId && overlaps({ start: agreedStart, endExclusive: agreedEnd }, o));
  if (clash) {
    const message = `Perioden overlapper en annen avtalt spesialiseringsperiode for LIS-en: ${clash.what}, ${inclusiveSpan(clash.start, clash.endExclusive)}.`;
    return { ok: false, code: "CONFLICT", message, fieldErrors: { agreedStart: [message] } };
  }

  const { unit, count } = input.capacity;
  const term = termOf(agreedStart, unit);
  const capacity = capacityInTerm(unit, count, term);
  const [status] = capacityByTerm({
    unit,
    count,
    terms: [term],
    uses: input.capacity.uses,
    periods: input.capacity.periods.filter((p) => p.id !== input.periodId),
  });
  if (status!.used + status!.reserved >= capacity) {
    const message =
      capacity === 0
        ? `Fagavtalen gir ingen plasser for ${termLabel(term)}. Velg en startdato i et semester avtalen gir plass i.`
        : `Kapasiteten i fagavtalen er brukt opp for ${termLabel(term)} (${capacity} plass${capacity === 1 ? "" : "er"}, ${status!.used} brukt og ${status!.reserved} reservert).`;
    return { ok: false, code: "CONFLICT", message, fieldErrors: { agreedStart: [message] } };
  }
  return { ok: true, agreedStart, agreedEnd, term };
}

/**
 * A partner with its own procedure, where an agreement is recorded here rather than made by an offer in
 * the app: one with its own intake form, or a trust outside the home trust's region (seed 000 §OUS,
 * §St. Olavs, §Helse Vest). Inside the region, Helse Nord allocates through offers.
 */
export function agreesOutsideApp(input: { intakeProcedure: string; partnerRegionId: string | null; homeRegionId: string | null }): boolean {
  return input.intakeProcedure === "EGET_SKJEMA" || input.partnerRegionId !== input.homeRegionId;
}
