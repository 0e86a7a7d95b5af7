import { capacityStatus, termOf, type CapacityStatus, type CapacityUnit } from "./capacity";
import { isAgreed } from "./period-status";

/**
 * Used / reserved / free per term for one fagavtale. A place is *used* by an accepted offer's
 * CapacityUse or by a period that is agreed, ongoing or completed and starts in the term (counted
 * once per period); it is *reserved* by an open offer (TILBUDT).
 */
export type CapacityUseLike = { term: string; offerStatus: string | null; periodId: string | null };
export type AgreedPeriodLike = { id: string; status: string; agreedStart: Date | null; desiredStart: Date };

export function capacityByTerm(input: {
  unit: CapacityUnit;
  count: number;
  terms: readonly string[];
  uses: readonly CapacityUseLike[];
  periods: readonly AgreedPeriodLike[];
}): CapacityStatus[] {
  return input.terms.map((term) => {
    const usedPeriods = new Set<string>();
    let usedWithoutPeriod = 0;
    let reserved = 0;
    for (const p of input.periods) {
      if (isAgreed(p.status) && termOf(p.agreedStart ?? p.desiredStart, input.unit) === term) usedPeriods.add(p.id);
    }
    for (const u of input.uses) {
      if (u.term !== term) continue;
      if (u.offerStatus === "AKSEPTERT") {
        if (u.periodId) usedPeriods.add(u.periodId);
        else usedWithoutPeriod++;
      } else if (u.offerStatus === "TILBUDT") {
        reserved++;
      }
    }
    return capacityStatus({ term, unit: input.unit, count: input.count, used: usedPeriods.size + usedWithoutPeriod, reserved });
  });
}
