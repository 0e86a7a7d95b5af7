import { wholeMonths } from "./plan-validation";
import { isPlanEditable } from "./period-status";

/**
 * Which spesialiseringsperioder an approved (revised) plan creates, moves or cancels (DOMAIN.md "A revised
 * and re-signed plan updates the FE, and the partner trusts concerned are told"; issue 8 §5). Pure: the
 * service loads the rows, applies the steps and writes the notifications.
 */

/** A spesialiseringsperiode in the approved version, with the fagavtale it is planned under. */
export type PlannedPeriod = { planPeriodId: string; fagavtaleId: string; partnerOrganisationId: string; startDate: Date; endDate: Date };

/** A live spesialiseringsperiode of the LIS (any status but AVBRUTT). */
export type ExistingPeriod = {
  id: string;
  fagavtaleId: string;
  receivingOrganisationId: string;
  planPeriodId: string | null;
  status: string;
  desiredStart: Date;
  durationMonths: number;
};

export type PeriodSyncStep<P extends PlannedPeriod = PlannedPeriod, E extends ExistingPeriod = ExistingPeriod> =
  /** A new planned period: becomes a need (BEHOV). */
  | { action: "create"; planned: P; durationMonths: number }
  /** Still a need, wish or in the queue: follows the plan; `moved` when start or duration changed (reported). */
  | { action: "update"; planned: P; row: E; durationMonths: number; moved: boolean }
  /** Moved in the plan but already offered or agreed: not changed, only reported. */
  | { action: "report-moved"; planned: P; row: E; durationMonths: number }
  /** Removed from the plan while still a need, wish or in the queue: cancelled. */
  | { action: "cancel"; row: E }
  /** Removed from the plan but already offered or agreed: not changed, only reported. */
  | { action: "report-removed"; row: E };

/** A completed period is history: never changed and not reported. */
const COMPLETED = "GJENNOMFORT";

const distance = (a: Date, b: Date) => Math.abs(a.getTime() - b.getTime());

/**
 * Matches each planned period (in the plan's order) to at most one existing row under the same
 * fagavtale: preferably the row planned from the previous version, else the one with the closest
 * desired start. Unmatched rows that came from a plan are the ones the revision removed; rows not from
 * a plan (registered by hand) are left alone.
 */
export function planPeriodSync<P extends PlannedPeriod, E extends ExistingPeriod>(input: {
  planned: readonly P[];
  existing: readonly E[];
  previousPlanPeriodIds: ReadonlySet<string>;
}): PeriodSyncStep<P, E>[] {
  const matched = new Set<string>();
  const steps: PeriodSyncStep<P, E>[] = [];

  for (const planned of input.planned) {
    const durationMonths = wholeMonths(planned.startDate, planned.endDate);
    const candidates = input.existing.filter((row) => row.fagavtaleId === planned.fagavtaleId && !matched.has(row.id));
    const row =
      candidates.find((r) => r.planPeriodId !== null && input.previousPlanPeriodIds.has(r.planPeriodId)) ??
      [...candidates].sort((a, b) => distance(a.desiredStart, planned.startDate) - distance(b.desiredStart, planned.startDate))[0];
    if (!row) {
      steps.push({ action: "create", planned, durationMonths });
      continue;
    }
    matched.add(row.id);
    const moved = row.desiredStart.getTime() !== planned.startDate.getTime() || row.durationMonths !== durationMonths;
    if (isPlanEditable(row.status)) steps.push({ action: "update", planned, row, durationMonths, moved });
    else if (moved && row.status !== COMPLETED) steps.push({ action: "report-moved", planned, row, durationMonths });
  }

  for (const row of input.existing) {
    if (matched.has(row.id) || !row.planPeriodId) continue;
    if (isPlanEditable(row.status)) steps.push({ action: "cancel", row });
    else if (row.status !== COMPLETED) steps.push({ action: "report-removed", row });
  }
  return steps;
}
