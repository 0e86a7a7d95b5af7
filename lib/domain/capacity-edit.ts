import { capacityInTerm, termLabel, termOf, termRange, type CapacityUnit } from "./capacity";

/**
 * What a change of a fagavtale's capacity (count and/or unit) does to the places already taken
 * (issue 11 §4). Usage is keyed by term in the agreement's *current* unit ("2027-V"); under the new
 * unit the same place belongs to the new unit's term of its start ("2027"). The change is allowed
 * only if no term that has not yet ended would hold more used + reserved places than the new
 * capacity gives it.
 *
 * Pure: the service (lib/server/fagavtaler/save-fagavtale.ts) loads the usage under the fagavtale's
 * row lock, asks this function, and either re-keys the CapacityUse rows as returned or refuses.
 */

/** One place taken from the agreement. */
export type CapacityUsageItem = {
  /** The CapacityUse row behind the place, or null for an agreed period counted without one. */
  useId: string | null;
  /** The period behind the place, when known (a period is counted once). */
  periodId: string | null;
  /** BRUKT = accepted offer or agreed period; RESERVERT = open offer. */
  kind: "BRUKT" | "RESERVERT";
  /** The term key in the agreement's current unit. */
  term: string;
  /** The start the place draws on (vacancy or period start); null = the first day of `term`. */
  start: Date | null;
  /** The LIS concerned, for the message. */
  lisName: string;
  /** Orders the slots in a term (earliest first). */
  takenAt: Date;
};

export type RekeyedUse = { useId: string; fromTerm: string; term: string; slot: number };

export type OverbookedTerm = { term: string; capacity: number; used: number; reserved: number; lisNames: string[] };

export type CapacityEditPlan = {
  /** Every CapacityUse row with its term under the new unit and a slot 1..n within that term. */
  rekeyed: RekeyedUse[];
  /** Terms (not yet ended at `today`) where used + reserved exceeds the new capacity; empty = allowed. */
  overbooked: OverbookedTerm[];
};

/** The term the place belongs to under `unit`. */
export function termUnder(item: Pick<CapacityUsageItem, "term" | "start">, unit: CapacityUnit): string {
  return termOf(item.start ?? termRange(item.term).start, unit);
}

export function planCapacityEdit(input: { usage: readonly CapacityUsageItem[]; unit: CapacityUnit; count: number; today: Date }): CapacityEditPlan {
  const byTerm = new Map<string, CapacityUsageItem[]>();
  const seenPeriods = new Set<string>();
  // Rows first, so a period that has a row is counted by the row.
  const ordered = [...input.usage].sort((a, b) => Number(a.useId === null) - Number(b.useId === null) || a.takenAt.getTime() - b.takenAt.getTime());
  for (const item of ordered) {
    if (item.periodId) {
      if (item.useId === null && seenPeriods.has(item.periodId)) continue;
      seenPeriods.add(item.periodId);
    }
    const term = termUnder(item, input.unit);
    byTerm.set(term, [...(byTerm.get(term) ?? []), item]);
  }

  const rekeyed: RekeyedUse[] = [];
  const overbooked: OverbookedTerm[] = [];
  for (const [term, items] of [...byTerm.entries()].sort(([a], [b]) => compareTerms(a, b))) {
    let slot = 0;
    for (const item of [...items].sort((a, b) => a.takenAt.getTime() - b.takenAt.getTime())) {
      if (item.useId) rekeyed.push({ useId: item.useId, fromTerm: item.term, term, slot: ++slot });
    }
    const capacity = capacityInTerm(input.unit, input.count, term);
    const used = items.filter((i) => i.kind === "BRUKT").length;
    const reserved = items.length - used;
    if (used + reserved > capacity && termRange(term).end.getTime() > input.today.getTime()) {
      overbooked.push({ term, capacity, used, reserved, lisNames: [...new Set(items.map((i) => i.lisName))].sort((a, b) => a.localeCompare(b, "nb")) });
    }
  }
  return { rekeyed, overbooked };
}

/** "2027" before "2027-V" before "2027-H" before "2028". */
function compareTerms(a: string, b: string): number {
  const ra = termRange(a);
  const rb = termRange(b);
  return ra.start.getTime() - rb.start.getTime() || ra.end.getTime() - rb.end.getTime();
}

const places = (n: number) => `${n} plass${n === 1 ? "" : "er"}`;

/** The Norwegian refusal naming each term and the LIS concerned. */
export function overbookedMessage(overbooked: readonly OverbookedTerm[]): string {
  const parts = overbooked.map((o) => {
    const taken = [o.used ? `${o.used} brukt` : null, o.reserved ? `${o.reserved} reservert` : null].filter(Boolean).join(" og ");
    return `${termLabel(o.term)} får ${places(o.capacity)}, men ${taken} (${o.lisNames.join(", ")})`;
  });
  return `Endringen gir færre plasser enn det som allerede er brukt eller reservert: ${parts.join("; ")}. Fagavtalen er ikke endret. Øk kapasiteten, eller avklar plassene med LIS-ene først.`;
}
