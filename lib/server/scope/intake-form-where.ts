import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { AccessScope, ObjectFacts, RoleScope } from "@/lib/domain/access-scope";
import { NO_ROWS } from "./in-scope";
import { currentEmploymentWhere } from "./employment-where";

/**
 * The spesialiseringsperioder whose intake form one role reaches: the LIS's own; the leader's, for LIS
 * employed in their departments now (the leader approves the form); the local coordinator's, for
 * periods under their trust's fagavtaler (the home trust forwards it). No intake capability reaches the region.
 */
function intakePeriodWhereForRole(r: RoleScope, personId: string, now: Date): Prisma.SpesialiseringsperiodeWhereInput {
  switch (r.role) {
    case "LIS":
      return { personId };
    case "LEDER":
      return { person: { employments: { some: { AND: [{ departmentId: { in: r.departmentIds } }, currentEmploymentWhere(now)] } } } };
    case "LOKAL_KOORDINATOR":
      return { fagavtale: { homeOrganisationId: { in: r.organisationIds } } };
    case "REGIONAL_KOORDINATOR":
      return NO_ROWS;
  }
}

/** The periods the scope may fill in, approve or forward an intake form for (the form may not exist yet). */
export function intakePeriodWhere(scope: AccessScope, now: Date = new Date()): Prisma.SpesialiseringsperiodeWhereInput {
  return { OR: scope.roles.map((r) => intakePeriodWhereForRole(r, scope.personId, now)) };
}

/** Intake forms (innmeldingsskjema) the scope reaches. */
export function intakeFormWhere(scope: AccessScope, now: Date = new Date()): Prisma.IntakeFormWhereInput {
  return { spesialiseringsperiode: intakePeriodWhere(scope, now) };
}

/** What `intakeFacts` needs of the period (include it in the query). */
export function intakeFactsInclude(now: Date) {
  return {
    fagavtale: true,
    person: { include: { employments: { where: currentEmploymentWhere(now), select: { departmentId: true } } } },
  } as const;
}

/** Where an intake form sits, in the terms `intakeFormWhere` filters by. */
export function intakeFacts(period: { personId: string; fagavtale: { homeOrganisationId: string }; person: { employments: { departmentId: string }[] } }): ObjectFacts {
  return { personId: period.personId, departmentId: period.person.employments.map((e) => e.departmentId), organisationId: period.fagavtale.homeOrganisationId };
}
