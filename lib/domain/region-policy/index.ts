import type { AllocationRule } from "@/lib/domain/ranking";
import { MIN_VIKARIAT_MONTHS, PLAN_DEADLINE_WEEKS_DEFAULT, PLAN_VALIDITY_MONTHS } from "@/lib/domain/rules";

/**
 * Region policies (docs/decisions/0011-region-policies.md). One object per regional health authority,
 * with the per-trust overrides the seeds name; `policyFor` merges a trust's override into its region's
 * policy. Sources: seed 000 §Kriterier (Helse Nord), §OUS, §St. Olavs/Helse Bergen; seed 001 (plan).
 * Adding a policy = one object in REGION_POLICIES (or TRUST_OVERRIDES) and its tests.
 */

/** What starts a LIS's queue date at the receiving trust. */
export type QueueDateStart =
  /** The FE registration date (Helse Nord: waiting is counted from the fiktiv enhet). */
  | "FE_REGISTRERING"
  /** The date the receiving trust received the information from the local coordinator (OUS). */
  | "MOTTATT_HOS_MOTTAKER";

/**
 * How waiting time is compared between sending trusts (Helse Nord criterion 6): by calendar month
 * (registered in the fiktiv enhet in the same month = equal waiting; Helse Nord today) or by day.
 */
export type WaitingComparison = "CALENDAR_MONTH" | "DAY";

/** How a wish reaches the receiving trust (mirrors Fagavtale.intakeProcedure). */
export type IntakeProcedureKey = "HELSE_NORD_TILDELING" | "EGET_SKJEMA";

export type RegionPolicy = {
  key: string;
  /** Norwegian name of the policy, shown to leaders. */
  name: string;
  allocationRule: AllocationRule;
  queueDateStart: QueueDateStart;
  /** Waiting time compared by calendar month or by day (criterion 6 under the Helse Nord rule). */
  waitingComparedBy: WaitingComparison;
  intakeProcedure: IntakeProcedureKey;
  /** A vikariat of at least this many calendar months may be registered in the fiktiv enhet. */
  minVikariatMonths: number;
  /** An approved gjennomføringsplan is valid this many months. */
  planValidityMonths: number;
  /** The first plan is due this many weeks after the employment starts (NLSH: 4). */
  planDeadlineWeeks: number;
};

export type PolicyOverride = Partial<Omit<RegionPolicy, "key">> & { name: string };

// The seeds' numbers (lib/domain/rules.ts), the same in every region so far.
const common = { waitingComparedBy: "CALENDAR_MONTH", minVikariatMonths: MIN_VIKARIAT_MONTHS, planValidityMonths: PLAN_VALIDITY_MONTHS, planDeadlineWeeks: PLAN_DEADLINE_WEEKS_DEFAULT } as const;

export const REGION_POLICIES = {
  HELSE_NORD: {
    key: "HELSE_NORD",
    name: "Helse Nords kriterier (1–6)",
    allocationRule: "HELSE_NORD",
    queueDateStart: "FE_REGISTRERING",
    intakeProcedure: "HELSE_NORD_TILDELING",
    ...common,
    // Seed 000 §Kriterier 6: waiting is counted in months; the same month counts as equal waiting.
    waitingComparedBy: "CALENDAR_MONTH",
  },
  // Seed 000 says only that trusts outside Helse Nord apply other criteria and need their own intake
  // form; the regions' default is therefore the receiving trust's own procedure (queue date at the
  // receiving trust), and the trusts the seeds describe override it.
  HELSE_SOR_OST: {
    key: "HELSE_SOR_OST",
    name: "Helse Sør-Øst: mottakende foretaks egen prosedyre",
    allocationRule: "EGEN",
    queueDateStart: "MOTTATT_HOS_MOTTAKER",
    intakeProcedure: "EGET_SKJEMA",
    ...common,
  },
  HELSE_MIDT_NORGE: {
    key: "HELSE_MIDT_NORGE",
    name: "Helse Midt-Norge: mottakende foretaks egen prosedyre med innmeldingsskjema",
    allocationRule: "EGEN",
    queueDateStart: "MOTTATT_HOS_MOTTAKER",
    intakeProcedure: "EGET_SKJEMA",
    ...common,
  },
  HELSE_VEST: {
    key: "HELSE_VEST",
    name: "Helse Vest: mottakende foretaks egen prosedyre med skjema",
    allocationRule: "EGEN",
    queueDateStart: "MOTTATT_HOS_MOTTAKER",
    intakeProcedure: "EGET_SKJEMA",
    ...common,
  },
} as const satisfies Record<string, RegionPolicy>;

export type RegionPolicyKey = keyof typeof REGION_POLICIES;

/** Per-trust overrides the seeds name (Organisation.policyOverride holds the key). */
export const TRUST_OVERRIDES = {
  // Seed 000 §OUS: desired start, progress, queue seniority, qualification; in OUS's queue from the
  // date OUS receives the information from the local coordinator.
  OUS: { name: "OUS' fremgangsmåte", allocationRule: "OUS", queueDateStart: "MOTTATT_HOS_MOTTAKER", intakeProcedure: "EGET_SKJEMA" },
  // Seed 000 §St. Olavs/Helse Bergen: the partner's own procedure with an intake form.
  EGEN: { name: "Mottakende foretaks egen prosedyre", allocationRule: "EGEN", queueDateStart: "MOTTATT_HOS_MOTTAKER", intakeProcedure: "EGET_SKJEMA" },
  // A trust outside Helse Nord that allocates by Helse Nord's criteria.
  HELSE_NORD: { name: "Helse Nords kriterier (1–6)", allocationRule: "HELSE_NORD", queueDateStart: "FE_REGISTRERING", intakeProcedure: "HELSE_NORD_TILDELING" },
} as const satisfies Record<string, PolicyOverride>;

export type TrustOverrideKey = keyof typeof TRUST_OVERRIDES;

export const isRegionPolicyKey = (k: string): k is RegionPolicyKey => Object.hasOwn(REGION_POLICIES, k);
export const isTrustOverrideKey = (k: string): k is TrustOverrideKey => Object.hasOwn(TRUST_OVERRIDES, k);

/** What the database holds for a trust: its region's policy key and the trust's own overrides. */
export type TrustPolicyFacts = {
  /** Region.policyKey; null (no region) falls back to Helse Nord's, the product's home region. */
  regionPolicyKey: string | null | undefined;
  /** Organisation.policyOverride: a key of TRUST_OVERRIDES, or null. */
  policyOverride: string | null | undefined;
  /** Organisation.planDeadlineWeeks: the trust's own plan deadline, or null for the policy's. */
  planDeadlineWeeks?: number | null;
};

export type ResolvedPolicy = RegionPolicy & { regionKey: RegionPolicyKey; overrideKey: TrustOverrideKey | null };

/** The policy that applies at a trust: its region's policy merged with the trust's overrides. */
export function policyFor(trust: TrustPolicyFacts): ResolvedPolicy {
  const regionKey: RegionPolicyKey = trust.regionPolicyKey && isRegionPolicyKey(trust.regionPolicyKey) ? trust.regionPolicyKey : "HELSE_NORD";
  const overrideKey = trust.policyOverride && isTrustOverrideKey(trust.policyOverride) ? trust.policyOverride : null;
  const base: RegionPolicy = REGION_POLICIES[regionKey];
  const override: PolicyOverride | null = overrideKey ? TRUST_OVERRIDES[overrideKey] : null;
  const merged: RegionPolicy = { ...base, ...(override ?? {}), key: overrideKey ? `${regionKey}/${overrideKey}` : regionKey };
  if (trust.planDeadlineWeeks !== null && trust.planDeadlineWeeks !== undefined) merged.planDeadlineWeeks = trust.planDeadlineWeeks;
  return { ...merged, regionKey, overrideKey };
}

/** An organisation as the readers select it (see lib/server/scope/policy-select.ts). */
export type OrganisationPolicyRow = { policyOverride: string | null; planDeadlineWeeks: number | null; region: { policyKey: string } | null };

export const policyOfOrganisation = (o: OrganisationPolicyRow): ResolvedPolicy =>
  policyFor({ regionPolicyKey: o.region?.policyKey ?? null, policyOverride: o.policyOverride, planDeadlineWeeks: o.planDeadlineWeeks });

/** The queue date under a receiving trust's policy. */
export function queueDateUnder(policy: Pick<RegionPolicy, "queueDateStart">, facts: { feRegisteredOn: Date | null; receivedOn: Date | null }): Date | null {
  return policy.queueDateStart === "FE_REGISTRERING" ? facts.feRegisteredOn : facts.receivedOn;
}
