import { addDays, addMonths, DAYS_PER_WEEK, MS_PER_DAY } from "./calendar";
import { PLAN_EXPIRY_WARNING_DAYS, PLAN_VALIDITY_MONTHS } from "./rules";

/** Plan validity (seed 001): an approval lasts 12 months; the first plan is due N weeks after start. */
export type PlanVersionLike = { status: string; approvedAt: Date | null; expiresAt: Date | null };

export type PlanStanding =
  | { kind: "INGEN_PLAN"; overdue: boolean; dueAt: Date }
  | { kind: "GYLDIG"; expiresAt: Date; expiringSoon: boolean; pendingRevision: boolean }
  | { kind: "UTLOPT"; expiredAt: Date; pendingRevision: boolean }
  | { kind: "UNDER_ARBEID"; status: string; overdue: boolean; dueAt: Date };


/** `months`: the policy's plan validity (lib/domain/region-policy); default 12. */
export function planExpiresAt(approvedAt: Date, months: number = PLAN_VALIDITY_MONTHS): Date {
  return addMonths(approvedAt, months);
}

export function firstPlanDueAt(employmentStart: Date, deadlineWeeks: number): Date {
  return addDays(employmentStart, deadlineWeeks * DAYS_PER_WEEK);
}

const OPEN = new Set(["UTKAST", "TIL_GODKJENNING", "RETURNERT"]);

/** Where a LIS's plan stands at `now`: the approved version governs until it expires. */
export function planStanding(input: {
  versions: readonly PlanVersionLike[];
  employmentStart: Date;
  deadlineWeeks: number;
  now: Date;
}): PlanStanding {
  const { versions, now } = input;
  const approved = versions.find((v) => v.status === "GODKJENT" && v.expiresAt);
  const open = versions.find((v) => OPEN.has(v.status));
  const dueAt = firstPlanDueAt(input.employmentStart, input.deadlineWeeks);
  if (approved?.expiresAt) {
    if (now.getTime() >= approved.expiresAt.getTime()) return { kind: "UTLOPT", expiredAt: approved.expiresAt, pendingRevision: Boolean(open) };
    const expiringSoon = approved.expiresAt.getTime() - now.getTime() <= PLAN_EXPIRY_WARNING_DAYS * MS_PER_DAY;
    return { kind: "GYLDIG", expiresAt: approved.expiresAt, expiringSoon, pendingRevision: Boolean(open) };
  }
  const overdue = now.getTime() >= dueAt.getTime();
  if (open) return { kind: "UNDER_ARBEID", status: open.status, overdue, dueAt };
  return { kind: "INGEN_PLAN", overdue, dueAt };
}

export type SigningRole = "LIS" | "LEDER" | "LOKAL_KOORDINATOR";

/** Statuses in which the LIS and leader may edit and sign (a signed version is frozen once both have signed). */
export const EDITABLE_STATUSES: readonly string[] = ["UTKAST", "RETURNERT"];

/** What the open version still needs, in Norwegian, e.g. "Mangler signatur fra leder". */
export function planMissingSteps(version: { status: string; signedRoles: readonly SigningRole[] } | null): string[] {
  if (!version) return ["Planen er ikke opprettet."];
  if (version.status === "TIL_GODKJENNING") return ["Venter på godkjenning fra lokal koordinator."];
  if (!EDITABLE_STATUSES.includes(version.status)) return [];
  const missing: string[] = [];
  if (version.status === "RETURNERT") missing.push("Returnert av lokal koordinator: rett opp og signer på nytt.");
  if (!version.signedRoles.includes("LIS")) missing.push("Mangler signatur fra LIS.");
  if (!version.signedRoles.includes("LEDER")) missing.push("Mangler signatur fra leder.");
  return missing;
}
