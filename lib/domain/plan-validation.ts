import { addMonths, monthsBetween } from "./calendar";
import { REFUND_LIMIT_MONTHS } from "./rules";

/**
 * Rules of a gjennomføringsplan's content (seed 000 §Individuell gjennomføringsplan, DOMAIN.md).
 * Pure: the caller supplies the facts (departments, fagavtaler) and gets field errors keyed like the
 * form's fields ("periods.0.startDate"), all at once, in Norwegian.
 */
export type PlanPeriodDraft =
  | { kind: "HJEMME"; departmentId: string; startDate: Date; /** Exclusive. */ endDate: Date; learningActivities?: string }
  | {
      kind: "SPESIALISERINGSPERIODE";
      fagavtaleId: string;
      startDate: Date;
      durationMonths: number;
      shortDurationReason?: string | null;
      learningActivities?: string;
    };

export type FagavtaleFacts = {
  id: string;
  homeOrganisationId: string;
  specialtyId: string;
  normertTidMonths: number;
  validFrom: Date;
  validTo: Date | null;
};

export type PlanContext = {
  homeOrganisationId: string;
  specialtyId: string;
  /** Departments (læringsarenaer) of the home trust. */
  homeDepartmentIds: readonly string[];
  fagavtaler: readonly FagavtaleFacts[];
};

/** Periods under 3 months: salary and costs are refunded by the hovedarbeidsgiver (seed 000 §Begreper). */

/** Exclusive end date of a period. */
export function periodEnd(period: PlanPeriodDraft): Date {
  return period.kind === "HJEMME" ? period.endDate : addMonths(period.startDate, period.durationMonths);
}

/** True when the period is shorter than 3 months. */
export function isRefundedByHomeEmployer(startDate: Date, endDate: Date): boolean {
  return endDate.getTime() < addMonths(startDate, REFUND_LIMIT_MONTHS).getTime();
}

/** Whole months from start to (exclusive) end, at least 1. */
export function wholeMonths(startDate: Date, endDate: Date): number {
  return Math.max(1, monthsBetween(startDate, endDate));
}

/** A fagavtale is valid for a period starting on `start` when it has begun and not yet ended. */
export function fagavtaleValidOn(fagavtale: Pick<FagavtaleFacts, "validFrom" | "validTo">, start: Date): boolean {
  return fagavtale.validFrom.getTime() <= start.getTime() && (fagavtale.validTo === null || start.getTime() < fagavtale.validTo.getTime());
}

export type FieldErrors = Record<string, string[]>;

/**
 * A form row as far as it could be read: a field that was missing or malformed is null and its
 * message is in `formatErrors` (keyed by field name). A complete `PlanPeriodDraft` is also a row.
 * Rules run on whatever each row has, so one save reports format and rule errors together.
 */
export type PlanPeriodRow =
  | {
      kind: "HJEMME";
      departmentId: string | null;
      startDate: Date | null;
      /** Exclusive. */ endDate: Date | null;
      learningActivities?: string;
      formatErrors?: FieldErrors;
    }
  | {
      kind: "SPESIALISERINGSPERIODE";
      fagavtaleId: string | null;
      startDate: Date | null;
      durationMonths: number | null;
      shortDurationReason?: string | null;
      learningActivities?: string;
      formatErrors?: FieldErrors;
    };

/** The complete draft of a row, or null when a field is missing (its format error says which). */
export function completeDraft(row: PlanPeriodRow): PlanPeriodDraft | null {
  if (row.formatErrors && Object.keys(row.formatErrors).length) return null;
  if (row.kind === "HJEMME") {
    const { departmentId, startDate, endDate } = row;
    return departmentId && startDate && endDate ? { kind: "HJEMME", departmentId, startDate, endDate, learningActivities: row.learningActivities } : null;
  }
  const { fagavtaleId, startDate, durationMonths } = row;
  return fagavtaleId && startDate && durationMonths !== null
    ? { kind: "SPESIALISERINGSPERIODE", fagavtaleId, startDate, durationMonths, shortDurationReason: row.shortDurationReason, learningActivities: row.learningActivities }
    : null;
}

/** Exclusive end of a row, when its dates (and duration) are known. */
function rowEnd(row: PlanPeriodRow): Date | null {
  if (!row.startDate) return null;
  if (row.kind === "HJEMME") return row.endDate;
  return row.durationMonths !== null && Number.isInteger(row.durationMonths) && row.durationMonths >= 1 ? addMonths(row.startDate, row.durationMonths) : null;
}

export const TEXT_LIMITS = { courses: 4000, notes: 4000 } as const;

/** Every error of a plan form at once: the texts' lengths and all its periods (see validatePlanPeriods). */
export function validatePlan(plan: { courses: string; notes: string; periods: readonly PlanPeriodRow[] }, context: PlanContext): FieldErrors {
  const errors: FieldErrors = {};
  if (plan.courses.length > TEXT_LIMITS.courses) errors.courses = [`Kurs kan ha høyst ${TEXT_LIMITS.courses} tegn.`];
  if (plan.notes.length > TEXT_LIMITS.notes) errors.notes = [`Merknader kan ha høyst ${TEXT_LIMITS.notes} tegn.`];
  return { ...errors, ...validatePlanPeriods(plan.periods, context) };
}

/**
 * Format errors of each row plus every rule whose facts the row has: home department, dates in order,
 * fagavtale of the own trust and specialty valid at the start, reason for less than normert tid, and
 * no overlap between periods whose start and end are known.
 */
export function validatePlanPeriods(periods: readonly PlanPeriodRow[], context: PlanContext): FieldErrors {
  const errors: FieldErrors = {};
  const add = (key: string, message: string) => (errors[key] ??= []).push(message);

  if (periods.length === 0) add("periods", "Legg til minst én periode.");

  periods.forEach((p, i) => {
    const key = (field: string) => `periods.${i}.${field}`;
    for (const [field, messages] of Object.entries(p.formatErrors ?? {})) for (const message of messages) add(key(field), message);
    if (p.kind === "HJEMME") {
      if (p.departmentId && !context.homeDepartmentIds.includes(p.departmentId)) add(key("departmentId"), "Velg en læringsarena ved ditt eget helseforetak.");
      if (p.startDate && p.endDate && p.endDate.getTime() <= p.startDate.getTime()) add(key("endDate"), "Til-datoen må være etter fra-datoen.");
      return;
    }
    if (p.durationMonths !== null && (!Number.isInteger(p.durationMonths) || p.durationMonths < 1)) add(key("durationMonths"), "Varigheten må være minst 1 måned.");
    if (!p.fagavtaleId) return;
    const fagavtale = context.fagavtaler.find((f) => f.id === p.fagavtaleId);
    if (!fagavtale || fagavtale.homeOrganisationId !== context.homeOrganisationId || fagavtale.specialtyId !== context.specialtyId) {
      add(key("fagavtaleId"), "Velg en fagavtale for din spesialitet og ditt helseforetak.");
      return;
    }
    if (p.startDate && !fagavtaleValidOn(fagavtale, p.startDate)) add(key("startDate"), "Fagavtalen gjelder ikke på denne startdatoen.");
    if (p.durationMonths !== null && p.durationMonths >= 1 && p.durationMonths < fagavtale.normertTidMonths && !p.shortDurationReason?.trim()) {
      add(key("shortDurationReason"), `Varigheten er kortere enn normert tid (${fagavtale.normertTidMonths} måneder). Oppgi en begrunnelse.`);
    }
  });

  // No two periods may overlap (the database enforces it too: PlanPeriod_no_overlap).
  const ordered = periods
    .flatMap((p, i) => {
      const end = rowEnd(p);
      return p.startDate && end ? [{ i, start: p.startDate.getTime(), end: end.getTime() }] : [];
    })
    .filter((p) => p.end > p.start)
    .sort((a, b) => a.start - b.start);
  for (let k = 1; k < ordered.length; k++) {
    const previous = ordered[k - 1]!;
    const current = ordered[k]!;
    if (current.start < previous.end) add(`periods.${current.i}.startDate`, `Perioden overlapper med periode ${previous.i + 1}.`);
  }
  return errors;
}

/** The periods in time order. */
export function sortPeriods<T extends { startDate: Date }>(periods: readonly T[]): T[] {
  return [...periods].sort((a, b) => a.startDate.getTime() - b.startDate.getTime());
}
