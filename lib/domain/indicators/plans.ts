import { MS_PER_DAY, osloToday } from "@/lib/domain/calendar";
import { PLAN_EXPIRY_WARNING_DAYS } from "@/lib/domain/rules";
import { firstPlanDueAt } from "@/lib/domain/plan-status";
import { share, type Indicator } from "./types";

/** Where one current employment's plan stands for the indicator (mutually exclusive; they sum to the total). */
export type PlanIndicatorCategory = "GYLDIG" | "UTLOPER_SNART" | "UTLOPT" | "MANGLER_OVER_FRIST" | "MANGLER_INNEN_FRIST";

/**
 * The one classification the SQL aggregate (lib/server/indicators/plan-indicator.ts) counts by:
 * an approved plan expiring more than 30 days after `now` is valid; within 30 days (inclusive) it expires
 * soon; at or before `now` it has expired; with no approved plan the employment is missing a plan past
 * the deadline once `now` is at or after the deadline (start + N weeks), otherwise within it.
 */
export function planIndicatorCategory(input: { approvedExpiresAt: Date | null; employmentStart: Date; deadlineWeeks: number; now: Date }): PlanIndicatorCategory {
  const { approvedExpiresAt, now } = input;
  if (approvedExpiresAt) {
    if (approvedExpiresAt.getTime() <= now.getTime()) return "UTLOPT";
    if (approvedExpiresAt.getTime() - now.getTime() <= PLAN_EXPIRY_WARNING_DAYS * MS_PER_DAY) return "UTLOPER_SNART";
    return "GYLDIG";
  }
  return now.getTime() >= firstPlanDueAt(input.employmentStart, input.deadlineWeeks).getTime() ? "MANGLER_OVER_FRIST" : "MANGLER_INNEN_FRIST";
}

/** A first approval counts as within the deadline when its Oslo date is on or before the deadline day (start + N weeks, whole day). */
export function approvedWithinDeadline(input: { firstApprovedAt: Date; employmentStart: Date; deadlineWeeks: number }): boolean {
  const due = firstPlanDueAt(input.employmentStart, input.deadlineWeeks);
  return osloToday(input.firstApprovedAt).getTime() <= due.getTime();
}

export type PlanFacts = Record<PlanIndicatorCategory, number> & { approvedTotal: number; approvedWithinDeadline: number };

export const PLAN_CATEGORY_LABEL: Record<PlanIndicatorCategory, string> = {
  GYLDIG: "Gyldig godkjent plan",
  UTLOPER_SNART: `Utløper innen ${PLAN_EXPIRY_WARNING_DAYS} dager`,
  UTLOPT: "Utløpt",
  MANGLER_OVER_FRIST: "Mangler plan, fristen er passert",
  MANGLER_INNEN_FRIST: "Mangler plan, innenfor fristen",
};

const CATEGORIES = Object.keys(PLAN_CATEGORY_LABEL) as PlanIndicatorCategory[];

export const PLAN_STATUS_INDICATOR: Indicator<PlanFacts> = {
  id: "plan-status",
  title: "Gjennomføringsplaner",
  definition:
    `Andel LIS i et løpende arbeidsforhold (startet, ikke avsluttet) etter planens status i dag: gyldig godkjent plan (utløper om mer enn ${PLAN_EXPIRY_WARNING_DAYS} dager), ` +
    `utløper innen ${PLAN_EXPIRY_WARNING_DAYS} dager, utløpt, og uten godkjent plan før eller etter fristen (arbeidsforholdets start pluss helseforetakets frist i uker).`,
  compute: (f) => {
    const total = CATEGORIES.reduce((sum, c) => sum + f[c], 0);
    return [...CATEGORIES.map((c) => ({ label: PLAN_CATEGORY_LABEL[c], count: f[c], share: share(f[c], total) })), { label: "I alt", count: total, share: total > 0 ? 1 : null }];
  },
};

export const PLAN_DEADLINE_INDICATOR: Indicator<PlanFacts> = {
  id: "plan-within-deadline",
  title: "Første plan godkjent innen fristen",
  definition: "Av LIS i løpende arbeidsforhold med en godkjent plan: andelen der første godkjenning falt på eller før fristdagen (arbeidsforholdets start pluss fristen i uker).",
  compute: (f) => [
    { label: "Godkjent innen fristen", count: f.approvedWithinDeadline, share: share(f.approvedWithinDeadline, f.approvedTotal) },
    { label: "Godkjent etter fristen", count: f.approvedTotal - f.approvedWithinDeadline, share: share(f.approvedTotal - f.approvedWithinDeadline, f.approvedTotal) },
  ],
};
