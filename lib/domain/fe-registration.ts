import { addMonths } from "./calendar";
import { compareNb, formatDay } from "@/lib/format";
import { MIN_VIKARIAT_MONTHS, RULE_TEXT, vikariatTooShortText } from "./rules";

/**
 * Who may be registered in a trust's fiktiv enhet (seed 000 §Fiktiv enhet; DOMAIN.md "Rules" 1–2):
 * a LIS with a permanent post, or a vikariat of 6 calendar months or more. A vikar earns seniority
 * but cannot be allocated a gjennomstrømningsstilling.
 */

export type RegistrationEmployment = { type: "FAST" | "VIKARIAT"; startDate: Date; endDate: Date | null };

export type RegistrationCheck =
  | { ok: true; eligibleForGjennomstromning: boolean; note: string | null }
  | { ok: false; code: "VIKARIAT_FOR_KORT" | "MANGLER_SLUTTDATO" | "PLAN_IKKE_GODKJENT"; message: string };

/** True when end − start is at least `months` (the policy's minimum, default 6) calendar months (dates are UTC midnight). */
export function lastsAtLeastSixMonths(startDate: Date, endDate: Date, months: number = MIN_VIKARIAT_MONTHS): boolean {
  return endDate.getTime() >= addMonths(startDate, months).getTime();
}

/** `minVikariatMonths`: the employing trust's policy's minimum (lib/domain/region-policy); default 6. */
export function checkFeRegistration(input: { employment: RegistrationEmployment; planApprovedAndValid: boolean; minVikariatMonths?: number }): RegistrationCheck {
  const minMonths = input.minVikariatMonths ?? MIN_VIKARIAT_MONTHS;
  const { employment } = input;
  if (!input.planApprovedAndValid) {
    return { ok: false, code: "PLAN_IKKE_GODKJENT", message: "LIS-en har ingen gyldig godkjent gjennomføringsplan. Registrering i fiktiv enhet bygger på en godkjent plan." };
  }
  if (employment.type === "FAST") return { ok: true, eligibleForGjennomstromning: true, note: null };
  if (!employment.endDate) {
    return { ok: false, code: "MANGLER_SLUTTDATO", message: "Vikariatet mangler sluttdato, så varigheten kan ikke vurderes." };
  }
  if (!lastsAtLeastSixMonths(employment.startDate, employment.endDate, minMonths)) {
    return {
      ok: false,
      code: "VIKARIAT_FOR_KORT",
      message: minMonths === MIN_VIKARIAT_MONTHS ? RULE_TEXT.vikariatTooShort : vikariatTooShortText(minMonths),
    };
  }
  return {
    ok: true,
    eligibleForGjennomstromning: false,
    note: "Vikar: registreres i fiktiv enhet og opparbeider ansiennitet, men kan ikke tildeles gjennomstrømningsstilling.",
  };
}

/** Orders LIS by sending rank (unranked last), then by seniority date, then by name. */
export function compareSendingOrder(
  a: { sendingRank: number | null; registeredOn: Date | null; name: string },
  b: { sendingRank: number | null; registeredOn: Date | null; name: string },
): number {
  const ra = a.sendingRank ?? Number.MAX_SAFE_INTEGER;
  const rb = b.sendingRank ?? Number.MAX_SAFE_INTEGER;
  if (ra !== rb) return ra - rb;
  const da = a.registeredOn?.getTime() ?? Number.MAX_SAFE_INTEGER;
  const dbt = b.registeredOn?.getTime() ?? Number.MAX_SAFE_INTEGER;
  if (da !== dbt) return da - dbt;
  return compareNb(a.name, b.name);
}

/**
 * The seniority rule's own bounds (issue 11 §5): a registration date — set at registration or
 * corrected later — is not in the future (today in Oslo) and not before the LIS's employment at the
 * trust began. Seniority decides the queue between trusts (criterion 6), so an absurd date would put
 * a trust's LIS first. Returns the Norwegian problem, or null when the date is within the bounds.
 */
export function seniorityDateProblem(input: { date: Date; today: Date; employmentStart: Date }): string | null {
  if (Number.isNaN(input.date.getTime())) return "Registreringsdatoen er ugyldig.";
  if (input.date.getTime() > input.today.getTime()) return `Registreringsdatoen kan ikke være frem i tid (i dag er ${formatDay(input.today)}).`;
  if (input.date.getTime() < input.employmentStart.getTime()) {
    return `Registreringsdatoen kan ikke være før ansettelsen i foretaket begynte (${formatDay(input.employmentStart)}).`;
  }
  return null;
}

/** A correction of a seniority date needs a reason of some substance. */
export const CORRECTION_REASON_MIN_LENGTH = 10;
const CORRECTION_REASON_MIN_DISTINCT = 4;
export const CORRECTION_REASON_TEXT = `Skriv en begrunnelse på minst ${CORRECTION_REASON_MIN_LENGTH} tegn som forklarer hvorfor datoen endres.`;

/**
 * Null when the reason explains something: at least 10 characters once whitespace is collapsed, with
 * letters in it, and not just a few characters repeated ("xxxxxxxxxx", "ab ab ab ab", "1234567890").
 */
export function correctionReasonProblem(reason: string): string | null {
  const text = reason.replace(/\s+/g, " ").trim();
  if (text.length < CORRECTION_REASON_MIN_LENGTH) return CORRECTION_REASON_TEXT;
  const signs = text.toLowerCase().replace(/[^\p{L}\p{N}]/gu, "");
  if (!/\p{L}/u.test(signs) || new Set(signs).size < CORRECTION_REASON_MIN_DISTINCT) return CORRECTION_REASON_TEXT;
  return null;
}
