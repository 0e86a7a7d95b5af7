import "server-only";
import { policyOf, organisationPolicySelect } from "@/lib/server/organisation-policy";
import { db } from "@/lib/server/db";
import { canOn, type AccessScope } from "@/lib/domain/access-scope";
import { planStanding, type PlanStanding } from "@/lib/domain/plan-status";
import type { Eligibility } from "@/lib/domain/eligibility";
import { assessEligibility } from "@/lib/domain/eligibility-facts";
import { loadEligibilityFacts } from "@/lib/server/eligibility/load-eligibility-facts";
import { isLive, isQueued } from "@/lib/domain/period-status";
import { feRegistrationFacts, feRegistrationWhere } from "@/lib/server/scope/fe-registration-where";
import { spesialiseringsperiodeFacts } from "@/lib/server/scope/spesialiseringsperiode-where";
import { compareNb } from "@/lib/format";

export type RegistryPeriod = {
  id: string;
  status: string;
  partner: string;
  partnerId: string;
  specialty: string;
  desiredStart: Date;
  durationMonths: number;
  queueDate: Date | null;
  sendingRank: number | null;
  sendingRankReason: string | null;
  agreedStart: Date | null;
  agreedEnd: Date | null;
  /** What the viewer may do with the period (wish:manage + its status). */
  can: { activateWish: boolean; withdrawWish: boolean };
};

export type RegistryRow = {
  registrationId: string;
  personId: string;
  name: string;
  organisationId: string;
  organisation: string;
  specialtyId: string;
  specialty: string;
  employmentType: "FAST" | "VIKARIAT";
  registeredOn: Date;
  plan: PlanStanding;
  periods: RegistryPeriod[];
  eligibility: Eligibility;
  /** What the viewer may do with the registration (fe:register on its trust; the registry lists active ones). */
  can: { correctDate: boolean; end: boolean };
};

export type RegistryFilter = {
  q?: string;
  specialtyId?: string;
  type?: "FAST" | "VIKARIAT";
  eligible?: "ja" | "nei";
  plan?: "gyldig" | "utloper" | "utlopt" | "mangler";
  organisationId?: string;
  sort?: "navn" | "ansiennitet" | "spesialitet" | "foretak";
  dir?: "asc" | "desc";
};

export function planBucket(plan: PlanStanding): "gyldig" | "utloper" | "utlopt" | "mangler" {
  if (plan.kind === "GYLDIG") return plan.expiringSoon ? "utloper" : "gyldig";
  if (plan.kind === "UTLOPT") return "utlopt";
  return "mangler";
}

/** Every active registration in the fiktiv enhet the scope reaches (fe:read: own trust, or the region's trusts), filtered and sorted. */
export async function listFeRegistry(options: { scope: AccessScope; filter?: RegistryFilter; now?: Date }): Promise<RegistryRow[]> {
  const { scope } = options;
  const now = options.now ?? new Date();
  const filter = options.filter ?? {};
  // Only the columns the rows need: at region scale (~1,600 LIS) the nested payload is most of the cost.
  const registrations = await db.feRegistration.findMany({
    where: { AND: [feRegistrationWhere(scope), { endedOn: null }] },
    select: {
      id: true,
      personId: true,
      organisationId: true,
      registeredOn: true,
      person: {
        select: {
          name: true,
          spesialiseringsperioder: {
            select: {
              id: true,
              status: true,
              receivingOrganisationId: true,
              specialtyId: true,
              desiredStart: true,
              durationMonths: true,
              queueDate: true,
              sendingRank: true,
              sendingRankReason: true,
              agreedStart: true,
              agreedEnd: true,
              receivingOrganisation: { select: { name: true } },
              specialty: { select: { name: true } },
              fagavtale: { select: { homeOrganisationId: true } },
            },
            orderBy: { desiredStart: "asc" },
          },
        },
      },
      organisation: { select: { name: true, ...organisationPolicySelect } },
      employment: {
        select: {
          type: true,
          specialtyId: true,
          organisationId: true,
          startDate: true,
          specialty: { select: { name: true } },
          plan: { select: { versions: { select: { status: true, approvedAt: true, expiresAt: true } } } },
        },
      },
    },
  });

  const facts = await loadEligibilityFacts(db, registrations.map((r) => r.personId));
  const rows: RegistryRow[] = registrations.map((r) => {
    const plan = planStanding({
      versions: r.employment.plan?.versions ?? [],
      employmentStart: r.employment.startDate,
      deadlineWeeks: policyOf(r.organisation).planDeadlineWeeks,
      now,
    });
    const periods = r.person.spesialiseringsperioder.filter((p) => isLive(p.status));
    const { eligibility } = assessEligibility(facts.get(r.personId)!, { now });
    const mayRegister = canOn(scope, "fe:register", feRegistrationFacts(r));
    return {
      registrationId: r.id,
      personId: r.personId,
      name: r.person.name,
      organisationId: r.organisationId,
      organisation: r.organisation.name,
      specialtyId: r.employment.specialtyId,
      specialty: r.employment.specialty.name,
      employmentType: r.employment.type,
      registeredOn: r.registeredOn,
      plan,
      eligibility,
      periods: periods.map((p) => ({
        id: p.id,
        status: p.status,
        partner: p.receivingOrganisation.name,
        partnerId: p.receivingOrganisationId,
        specialty: p.specialty.name,
        desiredStart: p.desiredStart,
        durationMonths: p.durationMonths,
        queueDate: p.queueDate,
        sendingRank: p.sendingRank,
        sendingRankReason: p.sendingRankReason,
        agreedStart: p.agreedStart,
        agreedEnd: p.agreedEnd,
        can: wishFlags(scope, r.personId, p),
      })),
      can: { correctDate: mayRegister, end: mayRegister },
    };
  });

  return filterRegistry(rows, filter);
}

function wishFlags(scope: AccessScope, personId: string, p: { status: string; fagavtale: { homeOrganisationId: string } }): RegistryPeriod["can"] {
  const activate = p.status === "BEHOV";
  const withdraw = isQueued(p.status);
  const may = (activate || withdraw) && canOn(scope, "wish:manage", spesialiseringsperiodeFacts({ personId, homeOrganisationId: p.fagavtale.homeOrganisationId }));
  return { activateWish: may && activate, withdrawWish: may && withdraw };
}

/**
 * The filter and sort of listFeRegistry applied to already loaded rows (a new array): a page that needs
 * both the filtered rows and all rows loads the registry once.
 */
export function filterRegistry(all: readonly RegistryRow[], filter: RegistryFilter = {}): RegistryRow[] {
  let rows = [...all];
  const q = filter.q?.trim().toLocaleLowerCase("nb");
  if (q) rows = rows.filter((r) => r.name.toLocaleLowerCase("nb").includes(q));
  if (filter.specialtyId) rows = rows.filter((r) => r.specialtyId === filter.specialtyId);
  if (filter.type) rows = rows.filter((r) => r.employmentType === filter.type);
  if (filter.organisationId) rows = rows.filter((r) => r.organisationId === filter.organisationId);
  if (filter.eligible) rows = rows.filter((r) => r.eligibility.eligible === (filter.eligible === "ja"));
  if (filter.plan) rows = rows.filter((r) => planBucket(r.plan) === filter.plan);

  const sort = filter.sort ?? "ansiennitet";
  const sign = filter.dir === "desc" ? -1 : 1;
  const byName = (a: RegistryRow, b: RegistryRow) => compareNb(a.name, b.name);
  const compare: Record<NonNullable<RegistryFilter["sort"]>, (a: RegistryRow, b: RegistryRow) => number> = {
    navn: byName,
    ansiennitet: (a, b) => a.registeredOn.getTime() - b.registeredOn.getTime() || byName(a, b),
    spesialitet: (a, b) => compareNb(a.specialty, b.specialty) || byName(a, b),
    foretak: (a, b) => compareNb(a.organisation, b.organisation) || byName(a, b),
  };
  return rows.sort((a, b) => sign * compare[sort](a, b));
}
