import "server-only";
import { policyOf, organisationPolicySelect } from "@/lib/server/organisation-policy";
import { db } from "@/lib/server/db";
import type { AccessScope } from "@/lib/domain/access-scope";
import { UserError } from "@/lib/server/errors";
import { writeAudit } from "@/lib/server/audit/write-audit";
import { enqueueNotification } from "@/lib/server/notifications/enqueue-notification";
import { checkFeRegistration, seniorityDateProblem } from "@/lib/domain/fe-registration";
import { formatDay } from "@/lib/format";
import { inScopeOrNotFound } from "@/lib/server/scope/in-scope";
import { employmentWhere } from "@/lib/server/scope/employment-where";
import { feRegistrationFacts } from "@/lib/server/scope/fe-registration-where";
import { osloToday } from "@/lib/domain/calendar";

/**
 * Registers a LIS in their trust's fiktiv enhet from the approved plan, or — when already registered
 * on an older plan version — moves the registration to the newly approved version. The registration
 * date is the seniority date (default: today in Oslo). Links the person's spesialiseringsperioder
 * under the trust's fagavtaler to the registration.
 */
export async function registerLis(options: {
  scope: AccessScope;
  employmentId: string;
  registeredOn?: Date | null;
  now?: Date;
}): Promise<{ registrationId: string; updated: boolean }> {
  const now = options.now ?? new Date();
  const { scope } = options;
  // The employment must be one the scope reaches (fe:register: the local coordinator's trust).
  const employment = inScopeOrNotFound(
    await db.employment.findFirst({
      where: { AND: [employmentWhere(scope), { id: options.employmentId }] },
      include: { person: true, organisation: { include: { region: organisationPolicySelect.region } }, plan: { include: { versions: { where: { status: "GODKJENT" } } } } },
    }),
  );
  const approved = employment.plan?.versions.find((v) => v.status === "GODKJENT" && v.expiresAt && v.expiresAt > now);
  const check = checkFeRegistration({ employment, planApprovedAndValid: Boolean(approved), minVikariatMonths: policyOf(employment.organisation).minVikariatMonths });
  if (!check.ok || !approved) throw new UserError("RULE", check.ok ? "LIS-en har ingen gyldig godkjent gjennomføringsplan." : check.message);

  const registeredOn = options.registeredOn ?? osloToday(now);
  // The rule's own bounds: not in the future, not before the employment began (issue 11 §5).
  const dateProblem = seniorityDateProblem({ date: registeredOn, today: osloToday(now), employmentStart: employment.startDate });
  if (dateProblem) throw new UserError("VALIDATION", dateProblem, { registeredOn: [dateProblem] });
  const feUnit = employment.organisation.feUnitName ?? `Fiktiv enhet, ${employment.organisation.name}`;

  return db.$transaction(async (tx) => {
    const active = await tx.feRegistration.findFirst({ where: { personId: employment.personId, organisationId: employment.organisationId, endedOn: null } });
    if (active) {
      if (active.basedOnPlanVersionId === approved.id) {
        throw new UserError("CONFLICT", `${employment.person.name} er allerede registrert i ${feUnit} på gjeldende plan.`);
      }
      await tx.feRegistration.update({ where: { id: active.id }, data: { basedOnPlanVersionId: approved.id } });
      await writeAudit(tx, scope, {
        action: "fe-plan-oppdatert",
        entityType: "FeRegistration",
        entityId: active.id,
        data: { fraPlanversjon: active.basedOnPlanVersionId, tilPlanversjon: approved.id },
        facts: feRegistrationFacts({ ...active, departmentId: employment.departmentId }),
      });
      return { registrationId: active.id, updated: true };
    }
    const registration = await tx.feRegistration.create({
      data: {
        personId: employment.personId,
        organisationId: employment.organisationId,
        employmentId: employment.id,
        basedOnPlanVersionId: approved.id,
        registeredOn,
      },
    });
    const linked = await tx.spesialiseringsperiode.updateMany({
      where: { personId: employment.personId, feRegistrationId: null, fagavtale: { homeOrganisationId: employment.organisationId } },
      data: { feRegistrationId: registration.id },
    });
    await writeAudit(tx, scope, {
      action: "fe-registrert",
      entityType: "FeRegistration",
      entityId: registration.id,
      data: {
        personId: employment.personId,
        organisationId: employment.organisationId,
        planversjon: approved.id,
        registrertDato: registeredOn.toISOString().slice(0, 10),
        tildelbar: check.eligibleForGjennomstromning,
        koblePerioder: linked.count,
      },
      facts: feRegistrationFacts({ ...registration, departmentId: employment.departmentId }),
    });
    await enqueueNotification(tx, {
      kind: "fe-registrert",
      recipientPersonId: employment.personId,
      subject: `Du er registrert i ${feUnit}`,
      body: `Du er registrert i ${feUnit} fra ${formatDay(registeredOn)}. Datoen gir ansiennitet i køen for spesialiseringsperioder.${check.note ? ` ${check.note}` : ""}`,
      entityType: "FeRegistration",
      entityId: registration.id,
    });
    return { registrationId: registration.id, updated: false };
  });
}
