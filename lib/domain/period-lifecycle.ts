import { addDays, addMonths } from "./calendar";
import { capacityByTerm, type AgreedPeriodLike, type CapacityUseLike } from "./capacity-usage";
import { capacityInTerm, termLabel, termOf, type CapacityUnit } from "./capacity";
import { NORMERT_TID_MAX_MONTHS } from "./rules";
import { AGREEMENT_END_BEFORE_START, AGREEMENT_TOO_LONG, inclusiveSpan, overlaps, type OtherAgreedPeriod } from "./period-agreement";
import type { PeriodStatus } from "./period-status";

/**
 * The life of an agreed spesialiseringsperiode (issue 14 §2; seed 001: a period may be moved for
 * lovfestet fravær or the employer's unforeseen circumstances; seed 000: learning goals not reached in
 * normert tid give a new period and a plan revision). Pure: the services pass today (Oslo) and what they
 * loaded under the fagavtale's row lock.
 */

/** The three agreed states follow from the dates: agreed before its start, in progress, completed after its end. */
export type AgreedState = Extract<PeriodStatus, "AVTALT" | "PAGAR" | "GJENNOMFORT">;

/** The state an agreed period is in on `today` (start inclusive, stored end exclusive). */
export function agreedStateOn(period: { agreedStart: Date; agreedEnd: Date }, today: Date): AgreedState {
  if (today < period.agreedStart) return "AVTALT";
  if (today < period.agreedEnd) return "PAGAR";
  return "GJENNOMFORT";
}

/** Why an agreed period is moved, cut short or extended (seed 001 and seed 000). */
export const PERIOD_CHANGE_REASONS = ["LOVFESTET_FRAVAER", "ARBEIDSGIVER", "LAERINGSMAL", "ANNET"] as const;
export type PeriodChangeReason = (typeof PERIOD_CHANGE_REASONS)[number];
export const PERIOD_CHANGE_REASON_LABEL: Record<PeriodChangeReason, string> = {
  LOVFESTET_FRAVAER: "Lovfestet fravær (for eksempel foreldrepermisjon eller sykdom)",
  ARBEIDSGIVER: "Uforutsette forhold hos arbeidsgiver",
  LAERINGSMAL: "Læringsmålene ble ikke nådd i normert tid",
  ANNET: "Annet",
};
/** The short form used in sentences and on the record. */
export const PERIOD_CHANGE_REASON_SHORT: Record<PeriodChangeReason, string> = {
  LOVFESTET_FRAVAER: "lovfestet fravær",
  ARBEIDSGIVER: "uforutsette forhold hos arbeidsgiver",
  LAERINGSMAL: "læringsmål ikke nådd i normert tid",
  ANNET: "annet",
};

export const CHANGE_NOT_AGREED = "Bare en avtalt, pågående eller gjennomført periode kan flyttes eller endres.";
export const CHANGE_NOTHING = "Datoene er de samme som før. Endre start eller siste dag, eller avbryt.";
export const CHANGE_START_STARTED = "Perioden har startet; startdatoen kan ikke flyttes. Endre siste dag hvis perioden blir kortere eller lengre.";
export const CHANGE_START_IN_PAST = "En avtalt periode kan ikke flyttes til en dato som er passert.";
export const CHANGE_LEARNING_GOALS_HINT =
  "Når læringsmålene ikke nås i normert tid, avtales en ny periode og planen revideres. Husk å revidere gjennomføringsplanen.";

export type PeriodChangeInput = {
  periodId: string;
  status: string;
  current: { agreedStart: Date; agreedEnd: Date };
  newStart: Date;
  /** The new last day (inclusive), as typed. */
  newEndInclusive: Date;
  today: Date;
  otherAgreed: readonly OtherAgreedPeriod[];
  capacity: { unit: CapacityUnit; count: number; uses: readonly CapacityUseLike[]; periods: readonly AgreedPeriodLike[] };
};

export type PeriodChangeCheck =
  | { ok: true; agreedStart: Date; agreedEnd: Date; state: AgreedState; fromTerm: string; toTerm: string; kind: "FLYTTET" | "FORKORTET" | "FORLENGET" }
  | { ok: false; code: "VALIDATION" | "CONFLICT"; message: string; fieldErrors: Record<string, string[]> };

const fail = (code: "VALIDATION" | "CONFLICT", field: string, message: string): PeriodChangeCheck => ({ ok: false, code, message, fieldErrors: { [field]: [message] } });

/**
 * Moving an agreed period that has not started (a new start and end), or changing the last day of one in
 * progress or completed (cut short, extended, or corrected). Re-checks what an agreement checks: a
 * sensible length, no overlap with the LIS's other agreed periods, and a free place in the fagavtale's
 * capacity when the start moves to another term (the period itself not counted twice).
 */
export function checkPeriodChange(input: PeriodChangeInput): PeriodChangeCheck {
  if (!["AVTALT", "PAGAR", "GJENNOMFORT"].includes(input.status)) return fail("CONFLICT", "agreedStart", CHANGE_NOT_AGREED);
  const agreedStart = input.newStart;
  const agreedEnd = addDays(input.newEndInclusive, 1);
  const { current } = input;
  if (agreedStart.getTime() === current.agreedStart.getTime() && agreedEnd.getTime() === current.agreedEnd.getTime()) {
    return fail("VALIDATION", "agreedStart", CHANGE_NOTHING);
  }
  const started = input.status !== "AVTALT";
  if (started && agreedStart.getTime() !== current.agreedStart.getTime()) return fail("VALIDATION", "agreedStart", CHANGE_START_STARTED);
  if (!started && agreedStart.getTime() !== current.agreedStart.getTime() && agreedStart < input.today) return fail("VALIDATION", "agreedStart", CHANGE_START_IN_PAST);
  if (agreedEnd <= addDays(agreedStart, 1)) return fail("VALIDATION", "agreedEnd", AGREEMENT_END_BEFORE_START);
  if (agreedEnd > addMonths(agreedStart, NORMERT_TID_MAX_MONTHS)) return fail("VALIDATION", "agreedEnd", AGREEMENT_TOO_LONG);

  const clash = input.otherAgreed.find((o) => o.id !== input.periodId && overlaps({ start: agreedStart, endExclusive: agreedEnd }, o));
  if (clash) {
    return fail("CONFLICT", "agreedStart", `Perioden vil overlappe en annen avtalt spesialiseringsperiode for LIS-en: ${clash.what}, ${inclusiveSpan(clash.start, clash.endExclusive)}.`);
  }

  const { unit, count } = input.capacity;
  const fromTerm = termOf(current.agreedStart, unit);
  const toTerm = termOf(agreedStart, unit);
  if (toTerm !== fromTerm) {
    const capacity = capacityInTerm(unit, count, toTerm);
    const [status] = capacityByTerm({
      unit,
      count,
      terms: [toTerm],
      // The period's own place (an accepted offer's) moves with it: it is not counted in the new term.
      uses: input.capacity.uses.filter((u) => u.periodId !== input.periodId),
      periods: input.capacity.periods.filter((p) => p.id !== input.periodId),
    });
    if (status!.used + status!.reserved >= capacity) {
      const message =
        capacity === 0
          ? `Fagavtalen gir ingen plasser for ${termLabel(toTerm)}. Perioden kan ikke flyttes dit.`
          : `Kapasiteten i fagavtalen er brukt opp for ${termLabel(toTerm)} (${capacity} plass${capacity === 1 ? "" : "er"}, ${status!.used} brukt og ${status!.reserved} reservert). Perioden kan ikke flyttes dit.`;
      return fail("CONFLICT", "agreedStart", message);
    }
  }
  const kind =
    agreedStart.getTime() !== current.agreedStart.getTime()
      ? "FLYTTET"
      : agreedEnd < current.agreedEnd
        ? "FORKORTET"
        : "FORLENGET";
  return { ok: true, agreedStart, agreedEnd, state: agreedStateOn({ agreedStart, agreedEnd }, input.today), fromTerm, toTerm, kind };
}

const KIND_WORD = { FLYTTET: "flyttet", FORKORTET: "forkortet", FORLENGET: "forlenget" } as const;

/** The line on the record: "Perioden er flyttet fra 01.04.2027–30.09.2027 til 01.05.2027–31.10.2027 (lovfestet fravær): …". */
export function periodChangeText(input: {
  kind: "FLYTTET" | "FORKORTET" | "FORLENGET";
  from: { agreedStart: Date; agreedEnd: Date };
  to: { agreedStart: Date; agreedEnd: Date };
  reasonKind: PeriodChangeReason;
  reason: string;
}): string {
  const from = inclusiveSpan(input.from.agreedStart, input.from.agreedEnd);
  const to = inclusiveSpan(input.to.agreedStart, input.to.agreedEnd);
  return `Perioden er ${KIND_WORD[input.kind]} fra ${from} til ${to} (${PERIOD_CHANGE_REASON_SHORT[input.reasonKind]}): ${input.reason.trim()}`;
}
