import type { PlanStanding } from "./plan-status";

/**
 * Eligibility for a gjennomstrømningsstilling (seed 000 §a and §Kriterier 1–4; DOMAIN.md "Rules").
 * Every failed rule is reported, each with a neutral Norwegian sentence the UI can show as it is, to the
 * LIS on Min side as well as to leaders and coordinators.
 */
export const INELIGIBILITY_CODES = [
  "IKKE_FAST_STILLING",
  "FEIL_SPESIALITET",
  "IKKE_REGISTRERT_I_FE",
  "PLAN_IKKE_GYLDIG",
  "ONSKE_VED_ANNET_FORETAK",
  "MANGLER_FAGAVTALE",
  "MANGLER_FORKUNNSKAP",
] as const;
export type IneligibilityCode = (typeof INELIGIBILITY_CODES)[number];

export type IneligibilityReason = { code: IneligibilityCode; message: string };

export type Eligibility = { eligible: true; reasons: [] } | { eligible: false; reasons: IneligibilityReason[] };

export type EligibilityInput = {
  /** The LIS's current employment at the home trust. */
  employment: { type: "FAST" | "VIKARIAT"; specialtyId: string; organisationId: string } | null;
  /** Active fiktiv-enhet registration (endedOn null) at the home trust, if any. */
  feRegistration: { organisationId: string } | null;
  plan: PlanStanding;
  /** What the LIS wants: the receiving party and specialty. */
  target: { receivingOrganisationId: string; receivingName: string; specialtyId: string };
  /** Receiving organisations of the LIS's other active wishes (ACTIVE_WISH_STATUSES). */
  otherActiveWishOrganisations: { id: string; name: string }[];
  /** Whether a valid fagavtale exists between the home trust and the receiving party for the specialty. */
  fagavtaleExists: boolean;
  /** The fagavtale's prerequisite learning goals (FORKUNNSKAP) and the LIS's achieved goals. */
  prerequisiteGoals: { id: string; code: string; title: string }[];
  achievedGoalIds: ReadonlySet<string>;
};

export function checkEligibility(input: EligibilityInput): Eligibility {
  const reasons: IneligibilityReason[] = [];
  const { employment } = input;

  if (!employment || employment.type !== "FAST") {
    reasons.push({
      code: "IKKE_FAST_STILLING",
      message: employment
        ? "Vikariat: vikarer registreres i fiktiv enhet og opparbeider ansiennitet, men kan ikke tildeles gjennomstrømningsstilling og må søke på utlyste stillinger."
        : "Ingen LIS-stilling ved hovedarbeidsgiver.",
    });
  }
  if (employment && employment.specialtyId !== input.target.specialtyId) {
    reasons.push({ code: "FEIL_SPESIALITET", message: "LIS-stillingen er ikke i samme spesialitet som spesialiseringsperioden." });
  }
  if (!input.feRegistration || (employment && input.feRegistration.organisationId !== employment.organisationId)) {
    reasons.push({ code: "IKKE_REGISTRERT_I_FE", message: "Ikke registrert i fiktiv enhet ved hovedarbeidsgiver." });
  }
  if (input.plan.kind !== "GYLDIG") {
    reasons.push({
      code: "PLAN_IKKE_GYLDIG",
      message:
        input.plan.kind === "UTLOPT"
          ? "Gjennomføringsplanen er utløpt og må godkjennes på nytt."
          : "Ingen godkjent gjennomføringsplan.",
    });
  }
  const elsewhere = input.otherActiveWishOrganisations.filter((o) => o.id !== input.target.receivingOrganisationId);
  if (elsewhere.length > 0) {
    reasons.push({
      code: "ONSKE_VED_ANNET_FORETAK",
      message: `Har allerede ønske om spesialiseringsperiode ved ${elsewhere.map((o) => o.name).join(", ")}. En LIS kan bare stå i kø ved ett foretak om gangen.`,
    });
  }
  if (!input.fagavtaleExists) {
    reasons.push({ code: "MANGLER_FAGAVTALE", message: `Det finnes ingen gyldig fagavtale med ${input.target.receivingName} for denne spesialiteten.` });
  }
  const missing = input.prerequisiteGoals.filter((g) => !input.achievedGoalIds.has(g.id));
  if (missing.length > 0) {
    reasons.push({
      code: "MANGLER_FORKUNNSKAP",
      message: `Læringsmål som må være oppnådd før start mangler: ${missing.map((g) => `${g.code} ${g.title}`).join("; ")}.`,
    });
  }
  return reasons.length === 0 ? { eligible: true, reasons: [] } : { eligible: false, reasons };
}
