/**
 * The statuses of a spesialiseringsperiode and the named sets the rules speak of (DOMAIN.md "Rules";
 * seed 000 §Kriterier). Every query filter and every check on a status group uses these sets, so "an
 * active wish" means the same thing on Min side, in the FE registry and in the leader's ranked list.
 */
import { PERIOD_STATUS_LABEL } from "./labels";

export const PERIOD_STATUSES = ["BEHOV", "ONSKE", "I_KO", "TILBUDT", "AVTALT", "PAGAR", "GJENNOMFORT", "AVBRUTT"] as const;
export type PeriodStatus = (typeof PERIOD_STATUSES)[number];

/**
 * An active wish that has not been offered: the candidates a vacancy ranks, the wishes the LIS (or
 * the local coordinator) may withdraw, fill an intake form for, or the sending trust may order.
 */
export const QUEUED_STATUSES = ["ONSKE", "I_KO"] as const satisfies readonly PeriodStatus[];

/**
 * An active wish: queued or holding an open offer. A LIS has active wishes at one receiving trust at a
 * time (seed 000 §a; the database's EXCLUDE constraint), so an open offer still counts.
 */
export const ACTIVE_WISH_STATUSES = ["ONSKE", "I_KO", "TILBUDT"] as const satisfies readonly PeriodStatus[];

/** Agreed, ongoing or completed: the period holds (or held) a place in the fagavtale's capacity. */
export const AGREED_STATUSES = ["AVTALT", "PAGAR", "GJENNOMFORT"] as const satisfies readonly PeriodStatus[];

/** Still only planned or wished for: a revised plan may move the period (nothing is offered or agreed). */
export const PLAN_EDITABLE_STATUSES = ["BEHOV", "ONSKE", "I_KO"] as const satisfies readonly PeriodStatus[];

/** Every status but AVBRUTT: the period is part of the LIS's course. */
export const LIVE_STATUSES = ["BEHOV", "ONSKE", "I_KO", "TILBUDT", "AVTALT", "PAGAR", "GJENNOMFORT"] as const satisfies readonly PeriodStatus[];

/** The order Min side lists periods in: what needs attention first. */
export const PERIOD_STATUS_DISPLAY_ORDER: readonly PeriodStatus[] = ["TILBUDT", "I_KO", "ONSKE", "AVTALT", "PAGAR", "BEHOV", "GJENNOMFORT", "AVBRUTT"];

function member(set: readonly PeriodStatus[]) {
  return (status: string): boolean => (set as readonly string[]).includes(status);
}

export const isQueued = member(QUEUED_STATUSES);
export const isActiveWish = member(ACTIVE_WISH_STATUSES);
export const isAgreed = member(AGREED_STATUSES);
export const isPlanEditable = member(PLAN_EDITABLE_STATUSES);
export const isLive = member(LIVE_STATUSES);

/** A status set in words, e.g. "ønske, i kø eller tilbudt". */
export function describeStatuses(set: readonly PeriodStatus[]): string {
  const words = set.map((s) => PERIOD_STATUS_LABEL[s].toLocaleLowerCase("nb"));
  return words.length <= 1 ? (words[0] ?? "") : `${words.slice(0, -1).join(", ")} eller ${words.at(-1)}`;
}

/** The named sets with their Norwegian meaning, for help texts and filters. */
export const PERIOD_STATUS_SET_LABEL = {
  QUEUED: `Aktivt ønske uten tilbud (${describeStatuses(QUEUED_STATUSES)})`,
  ACTIVE_WISH: `Aktivt ønske (${describeStatuses(ACTIVE_WISH_STATUSES)})`,
  AGREED: `Avtalt periode (${describeStatuses(AGREED_STATUSES)})`,
} as const;
