/**
 * "I dag" (issue 10 §4): what is pending on the local coordinator's desk, and how many days are left
 * before (or have passed since) each item's deadline. Pure: the service (lib/server/today) turns these
 * rules into bounded SQL — where a rule compares two columns it states the SQL form here too, and the
 * integration test checks that both agree on the demo data.
 */
import { addDays, daysBetween, DAYS_PER_WEEK, MS_PER_DAY, osloToday } from "./calendar";
import { PLAN_EXPIRY_WARNING_DAYS } from "./rules";

/** The groups of the list, most urgent first. */
export const TODAY_GROUPS = [
  "UTLOPT",
  "MANGLER_PLAN",
  "TIL_GODKJENNING",
  "UTLOPER_SNART",
  "TILBUD",
  "INNMELDING",
  "FE_REGISTRERING",
  "PLAN_ENDRET",
] as const;
export type TodayGroup = (typeof TODAY_GROUPS)[number];

/** How many items a group shows on the start page; the rest are behind "se alle". */
export const TODAY_ITEMS_PER_GROUP = 5;

/** Fagavtaler expiring within this many days are on the regional coordinator's start page. */
export const FAGAVTALE_EXPIRY_WARNING_DAYS = 90;

export const TODAY_GROUP_TITLE: Record<TodayGroup, string> = {
  UTLOPT: "Utløpte plangodkjenninger",
  MANGLER_PLAN: "Mangler plan etter fristen",
  TIL_GODKJENNING: "Planer til godkjenning",
  UTLOPER_SNART: `Plangodkjenninger som utløper innen ${PLAN_EXPIRY_WARNING_DAYS} dager`,
  TILBUD: "Åpne tilbud til LIS",
  INNMELDING: "Innmeldingsskjema å sende eller registrere som mottatt",
  FE_REGISTRERING: "Godkjente planer som ikke er registrert i fiktiv enhet",
  PLAN_ENDRET: "Planer endret etter registrering i fiktiv enhet",
};

/** Who must act, in the group's terms: the coordinator themself, or the LIS and the home leader. */
export type TodayResponsible = "KOORDINATOR" | "LIS_OG_LEDER" | "LIS";
export const TODAY_GROUP_RESPONSIBLE: Record<TodayGroup, TodayResponsible> = {
  UTLOPT: "LIS_OG_LEDER",
  MANGLER_PLAN: "LIS_OG_LEDER",
  TIL_GODKJENNING: "KOORDINATOR",
  UTLOPER_SNART: "LIS_OG_LEDER",
  TILBUD: "LIS",
  INNMELDING: "KOORDINATOR",
  FE_REGISTRERING: "KOORDINATOR",
  PLAN_ENDRET: "KOORDINATOR",
};

/** "Ansvarlig: …" in words. */
export function responsibleText(responsible: TodayResponsible, names: { lis: string; leaders: readonly string[] }): string {
  const leaders = names.leaders.length > 0 ? names.leaders.join(" og ") : "ingen leder registrert";
  switch (responsible) {
    case "KOORDINATOR":
      return "Du (lokal koordinator)";
    case "LIS":
      return `${names.lis} (LIS)`;
    case "LIS_OG_LEDER":
      return `${names.lis} (LIS) og leder ${leaders}`;
  }
}

/**
 * Whole days from today in Norway to the day of `deadline` in Norway (negative once it has passed).
 * Works for calendar dates (UTC midnight) and for instants alike.
 */
export function daysLeft(deadline: Date, now: Date): number {
  return daysBetween(osloToday(now), osloToday(deadline));
}

/** "om 11 dager", "i morgen", "i dag", "1 dag over fristen", "2 dager over fristen". */
export function daysLeftText(days: number): string {
  if (days === 0) return "i dag";
  if (days === 1) return "i morgen";
  if (days > 1) return `om ${days} dager`;
  const over = -days;
  return `${over} ${over === 1 ? "dag" : "dager"} over fristen`;
}

/** "venter i 5 dager" for items with no deadline of their own, counted from when they arrived. */
export function waitingText(since: Date, now: Date): string {
  const days = Math.max(0, -daysLeft(since, now));
  if (days === 0) return "kom i dag";
  return `venter i ${days} ${days === 1 ? "dag" : "dager"}`;
}

/**
 * An approved plan expires soon when `now < expiresAt ≤ now + 30 days` (as planStanding's GYLDIG with
 * expiringSoon). SQL: `"expiresAt" > $now AND "expiresAt" <= $now + interval '30 days'`.
 */
export function expiringWindow(now: Date): { after: Date; notAfter: Date } {
  return { after: now, notAfter: new Date(now.getTime() + PLAN_EXPIRY_WARNING_DAYS * MS_PER_DAY) };
}

export function isExpiringSoon(expiresAt: Date, now: Date): boolean {
  const w = expiringWindow(now);
  return expiresAt.getTime() > w.after.getTime() && expiresAt.getTime() <= w.notAfter.getTime();
}

/** The plan is due `deadlineWeeks` weeks after the employment starts (firstPlanDueAt). */
export function planDueAt(employmentStart: Date, deadlineWeeks: number): Date {
  return addDays(employmentStart, deadlineWeeks * DAYS_PER_WEEK);
}

/**
 * A LIS misses a plan past the deadline when no version has ever been approved and
 * `now ≥ startDate + deadlineWeeks weeks` (planStanding's INGEN_PLAN/UNDER_ARBEID with overdue).
 */
export function isPlanMissing(input: { hasApproved: boolean; employmentStart: Date; deadlineWeeks: number; now: Date }): boolean {
  return !input.hasApproved && input.now.getTime() >= planDueAt(input.employmentStart, input.deadlineWeeks).getTime();
}

/**
 * The same rule for one trust as a bound on the start date column, so SQL can evaluate it without
 * column arithmetic: `"startDate" <= $cutoff` where cutoff is the UTC calendar day of
 * `now − deadlineWeeks weeks` (startDate is a UTC-midnight date, so startDate + w ≤ now ⇔ startDate ≤ floor(now − w)).
 */
export function missingPlanStartCutoff(now: Date, deadlineWeeks: number): Date {
  const t = now.getTime() - deadlineWeeks * DAYS_PER_WEEK * MS_PER_DAY;
  return new Date(Math.floor(t / MS_PER_DAY) * MS_PER_DAY);
}

/** What the home trust's coordinator must still do with an intake form, if anything. */
export type IntakeStep = "SEND" | "REGISTRER_MOTTATT";
export function intakeStep(form: { leaderApprovedAt: Date | null; forwardedAt: Date | null; receivedOn: Date | null; needsResend: boolean }): IntakeStep | null {
  if (!form.leaderApprovedAt) return null;
  if (!form.forwardedAt || form.needsResend) return "SEND";
  if (!form.receivedOn) return "REGISTRER_MOTTATT";
  return null;
}

export const INTAKE_STEP_TEXT: Record<IntakeStep, string> = {
  SEND: "Godkjent av leder – send til mottakende foretak",
  REGISTRER_MOTTATT: "Sendt – registrer når det er mottatt",
};

/** A term is short of places when more LIS wait for it than there are free places. */
export function capacityShortfall(input: { waiting: number; free: number }): number {
  return Math.max(0, input.waiting - Math.max(0, input.free));
}
