/**
 * The rules' numbers, once, and the Norwegian sentences that state them, derived from the numbers
 * (change a number here and every text follows). Sources: seed 000 (fiktiv enhet, gjennomstrømning),
 * seed 001 (gjennomføringsplan). Self-contained (no relative imports): the seed imports it under plain Node.
 */

/** An approved gjennomføringsplan is valid for 12 months (seed 001). */
export const PLAN_VALIDITY_MONTHS = 12;
/** Plans expiring within 30 days are on the coordinator's work list and flagged to the LIS. */
export const PLAN_EXPIRY_WARNING_DAYS = 30;
/** The first plan is due 4 weeks after the employment starts: every region policy's default; a trust may set its own (Organisation.planDeadlineWeeks). */
export const PLAN_DEADLINE_WEEKS_DEFAULT = 4;
/** A vikariat of at least 6 calendar months may be registered in the fiktiv enhet (seed 000 §Fiktiv enhet). */
export const MIN_VIKARIAT_MONTHS = 6;
/** A spesialiseringsperiode under 3 months is refunded by the hovedarbeidsgiver (seed 000 §Begreper). */
export const REFUND_LIMIT_MONTHS = 3;
/** An offer of a gjennomstrømningsstilling must be answered within 14 days, or it expires. */
export const OFFER_DEADLINE_DAYS = 14;
/** The queue position compares wishes whose desired start is within ± 90 days. */
export const QUEUE_WINDOW_DAYS = 90;
/** A vacancy's start window: ± 90 days unless the leader chooses otherwise, at most 365. */
export const VACANCY_START_WINDOW_DAYS_DEFAULT = 90;
export const VACANCY_START_WINDOW_DAYS_MAX = 365;
/** Progression is compared in bands of whole semesters (criterion 6). */
export const PROGRESSION_BAND_MONTHS = 6;
/** A fagavtale's normert tid: 1 to 60 months. */
export const NORMERT_TID_MAX_MONTHS = 60;

// ─── Norwegian amounts ─────────────────────────────────────────────────────────

const count = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;
export const monthsText = (n: number) => count(n, "måned", "måneder");
export const daysText = (n: number) => count(n, "dag", "dager");
export const weeksText = (n: number) => count(n, "uke", "uker");

// ─── The rules in words ────────────────────────────────────────────────────────

/** The refusal for a too short vikariat, for a policy's minimum (lib/domain/region-policy). */
export function vikariatTooShortText(months: number): string {
  return `Vikariatet varer kortere enn ${monthsText(months)}. Bare LIS i fast stilling eller vikariat på ${monthsText(months)} eller mer kan registreres i fiktiv enhet.`;
}

export const RULE_TEXT = {
  planValidity: `Godkjenningen gjelder i ${monthsText(PLAN_VALIDITY_MONTHS)}.`,
  planApproved: (versionNumber: number) => `Gjennomføringsplanen din (versjon ${versionNumber}) er godkjent og gjelder i ${monthsText(PLAN_VALIDITY_MONTHS)}.`,
  planExpiringTitle: `Utløper innen ${daysText(PLAN_EXPIRY_WARNING_DAYS)}`,
  planExpiringNone: `Ingen planer utløper de neste ${PLAN_EXPIRY_WARNING_DAYS} dagene.`,
  feWho: `LIS i fast stilling eller vikariat på ${monthsText(MIN_VIKARIAT_MONTHS)} eller mer`,
  vikariatTooShort: vikariatTooShortText(MIN_VIKARIAT_MONTHS),
  refunded: `Refunderes av hovedarbeidsgiver (under ${monthsText(REFUND_LIMIT_MONTHS)})`,
  refundedWarning: `Under ${monthsText(REFUND_LIMIT_MONTHS)}: lønn og kostnader refunderes av hovedarbeidsgiver.`,
  startWindowMax: `Vinduet kan ikke være over ${daysText(VACANCY_START_WINDOW_DAYS_MAX)}.`,
  normertTidMax: `Normert tid kan være høyst ${monthsText(NORMERT_TID_MAX_MONTHS)}.`,
} as const;
