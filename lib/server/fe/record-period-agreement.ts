import "server-only";
import { db } from "@/lib/server/db";
import type { AccessScope } from "@/lib/domain/access-scope";
import { UserError } from "@/lib/server/errors";
import { writeAudit } from "@/lib/server/audit/write-audit";
import { inScopeOrNotFound } from "@/lib/server/scope/in-scope";
import { spesialiseringsperiodeFacts, spesialiseringsperiodeWhere } from "@/lib/server/scope/spesialiseringsperiode-where";
import { currentEmploymentWhere } from "@/lib/server/scope/employment-where";
import { AGREED_STATUSES, isQueued } from "@/lib/domain/period-status";
import { agreesOutsideApp, checkPeriodAgreement } from "@/lib/domain/period-agreement";
import { isoDay, osloToday } from "@/lib/domain/calendar";
import { formatDay, formatPeriod } from "@/lib/format";
import { lockFagavtale } from "@/lib/server/allocation/lock";
import { mapAllocationError } from "@/lib/server/allocation/db-errors";
import { notifyPeriodParties } from "@/lib/server/fe/notify-period-parties";

export const AGREEMENT_NOT_QUEUED = "Bare et aktivt ønske som ikke er tilbudt, kan registreres som avtalt periode.";
export const AGREEMENT_BY_OFFER = "Perioder ved denne samarbeidsparten tildeles gjennom tilbud i løsningen. Registrer ikke avtalen her.";

/**
 * The local coordinator (fe:register, the home trust's) records a period agreed directly with a partner
 * that has its own procedure (an intake form, or a trust outside the region: OUS, St. Olavs, Helse Bergen;
 * seed 000 §OUS/§St. Olavs step 3, issue 14 §1). The wish becomes AVTALT with the same effects as an
 * accepted offer: a place of the fagavtale's capacity in its term (checked under the fagavtale's row lock;
 * agreed periods count as used), automatic leave, and what Min side, the FE registry and the plan read.
 * The receiving trust's contact, the LIS and the LIS's leader are told; the audit record names who agreed it.
 */
export async function recordPeriodAgreement(options: {
  scope: AccessScope;
  periodId: string;
  agreedStart: Date;
  agreedEndInclusive: Date;
  agreedWith: string;
  agreedOn: Date;
  now?: Date;
}): Promise<{ periodId: string; agreedStart: Date; agreedEnd: Date }> {
  const { scope } = options;
  const now = options.now ?? new Date();
  const agreedWith = options.agreedWith.trim();
  const scoped = inScopeOrNotFound(
    await db.spesialiseringsperiode.findFirst({ where: { AND: [spesialiseringsperiodeWhere(scope, now), { id: options.periodId }] }, select: { id: true, fagavtaleId: true } }),
    "Fant ikke spesialiseringsperioden blant foretakets LIS.",
  );
  try {
    return await db.$transaction(
      async (tx) => {
        // Serialises with offers and other agreements on the same capacity (make-offer takes the same lock).
        await lockFagavtale(tx, scoped.fagavtaleId);
        const period = await tx.spesialiseringsperiode.findUniqueOrThrow({
          where: { id: scoped.id },
          include: {
            person: { select: { name: true, employments: { where: currentEmploymentWhere(now), select: { departmentId: true } } } },
            specialty: { select: { name: true } },
            receivingOrganisation: { select: { id: true, name: true, shortName: true, regionId: true } },
            fagavtale: {
              select: {
                id: true,
                intakeProcedure: true,
                capacityUnit: true,
                capacityCount: true,
                contactName: true,
                contactEmail: true,
                arenaName: true,
                homeOrganisation: { select: { id: true, regionId: true, name: true } },
              },
            },
          },
        });
        const { fagavtale } = period;
        if (!isQueued(period.status)) throw new UserError("CONFLICT", AGREEMENT_NOT_QUEUED);
        const ownProcedure = agreesOutsideApp({ intakeProcedure: fagavtale.intakeProcedure, partnerRegionId: period.receivingOrganisation.regionId, homeRegionId: fagavtale.homeOrganisation.regionId });
        if (!ownProcedure) throw new UserError("RULE", AGREEMENT_BY_OFFER);

        const [otherAgreed, uses, agreedUnderFagavtale] = await Promise.all([
          tx.spesialiseringsperiode.findMany({
            where: { personId: period.personId, status: { in: [...AGREED_STATUSES] }, id: { not: period.id } },
            select: { id: true, agreedStart: true, agreedEnd: true, specialty: { select: { name: true } }, receivingOrganisation: { select: { name: true } } },
          }),
          tx.capacityUse.findMany({ where: { fagavtaleId: fagavtale.id }, select: { term: true, offer: { select: { status: true, spesialiseringsperiodeId: true } } } }),
          tx.spesialiseringsperiode.findMany({ where: { fagavtaleId: fagavtale.id, status: { in: [...AGREED_STATUSES] } }, select: { id: true, status: true, agreedStart: true, desiredStart: true } }),
        ]);
        const check = checkPeriodAgreement({
          periodId: period.id,
          agreedStart: options.agreedStart,
          agreedEndInclusive: options.agreedEndInclusive,
          agreedOn: options.agreedOn,
          today: osloToday(now),
          otherAgreed: otherAgreed
            .filter((o) => o.agreedStart && o.agreedEnd)
            .map((o) => ({ id: o.id, start: o.agreedStart!, endExclusive: o.agreedEnd!, what: `${o.specialty.name} ved ${o.receivingOrganisation.name}` })),
          capacity: {
            unit: fagavtale.capacityUnit,
            count: fagavtale.capacityCount,
            uses: uses.map((u) => ({ term: u.term, offerStatus: u.offer?.status ?? null, periodId: u.offer?.spesialiseringsperiodeId ?? null })),
            periods: agreedUnderFagavtale,
          },
        });
        if (!check.ok) throw new UserError(check.code, check.message, check.fieldErrors);
        const { agreedStart, agreedEnd } = check;

        await tx.spesialiseringsperiode.update({
          where: { id: period.id },
          data: {
            status: "AVTALT",
            agreedStart,
            agreedEnd,
            agreedWith,
            agreedOn: options.agreedOn,
            leaveAutomatic: true,
            statusReason: `Avtalt med ${agreedWith}, ${period.receivingOrganisation.shortName}, ${formatDay(options.agreedOn)}.`,
          },
        });
        // A sent intake form has done its work: the agreement replaces the wish it announced.
        await tx.intakeForm.updateMany({ where: { spesialiseringsperiodeId: period.id }, data: { needsResend: false } });
        await writeAudit(tx, scope, {
          action: "periode-avtalt",
          entityType: "Spesialiseringsperiode",
          entityId: period.id,
          facts: spesialiseringsperiodeFacts({ personId: period.personId, homeOrganisationId: fagavtale.homeOrganisation.id, homeRegionId: fagavtale.homeOrganisation.regionId }),
          data: {
            personId: period.personId,
            fraStatus: period.status,
            agreedStart: isoDay(agreedStart),
            agreedEnd: isoDay(agreedEnd),
            agreedWith,
            agreedOn: isoDay(options.agreedOn),
            term: check.term,
            leaveAutomatic: true,
          },
        });

        const span = formatPeriod(agreedStart, agreedEnd);
        const what = `${period.specialty.name} ved ${period.receivingOrganisation.name}`;
        await notifyPeriodParties(tx, {
          kind: "periode.avtalt",
          periodId: period.id,
          personId: period.personId,
          homeDepartmentIds: period.person.employments.map((e) => e.departmentId),
          receivingOrganisationId: period.receivingOrganisation.id,
          receivingPersonIds: [],
          contact: { email: fagavtale.contactEmail, name: fagavtale.contactName },
          subject: `Avtalt periode: ${what}`,
          body: `Spesialiseringsperioden til ${period.person.name} i ${what} er registrert som avtalt: ${span}. Permisjon fra hjemmestillingen er automatisk.`,
          contactSubject: `Avtalt spesialiseringsperiode: ${period.person.name}, ${period.specialty.name}`,
          contactBody: [
            fagavtale.contactName ? `Til ${fagavtale.contactName}.` : null,
            `${fagavtale.homeOrganisation.name} har registrert at ${period.person.name} har avtalt spesialiseringsperiode i ${period.specialty.name} ved ${fagavtale.arenaName}, ${period.receivingOrganisation.name}: ${span}.`,
            `Avtalt med ${agreedWith} ${formatDay(options.agreedOn)}.`,
            "Gi beskjed til lokal koordinator hvis noe ikke stemmer.",
          ]
            .filter(Boolean)
            .join("\n"),
          now,
        });
        return { periodId: period.id, agreedStart, agreedEnd };
      },
      { timeout: 30_000, maxWait: 30_000 },
    );
  } catch (error) {
    throw mapAllocationError(error);
  }
}
