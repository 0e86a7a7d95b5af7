import "server-only";
import { db } from "@/lib/server/db";
import type { AccessScope } from "@/lib/domain/access-scope";
import { UserError } from "@/lib/server/errors";
import { writeAudit } from "@/lib/server/audit/write-audit";
import { inScopeOrNotFound } from "@/lib/server/scope/in-scope";
import { spesialiseringsperiodeFacts, spesialiseringsperiodeWhere } from "@/lib/server/scope/spesialiseringsperiode-where";
import { currentEmploymentWhere } from "@/lib/server/scope/employment-where";
import { isoDay } from "@/lib/domain/calendar";
import { formatPeriod } from "@/lib/format";
import { lockFagavtale } from "@/lib/server/allocation/lock";
import { CANCELLED_AGREED_PREFIX } from "@/lib/domain/period-record";
import { notifyPeriodParties } from "@/lib/server/fe/notify-period-parties";

export const CANCEL_NOT_AGREED = "Bare en avtalt periode som ikke har startet, kan avlyses.";

/** The text the plan, the FE registry and Min side show for a cancelled agreed period (issue 14 §3). */
export const cancelledReasonText = (reason: string) => `${CANCELLED_AGREED_PREFIX} ${reason}`;

/**
 * The local coordinator (fe:register, the home trust's) cancels an agreed period that has not started,
 * with a reason (issue 14 §3; seed 001: a declined planned move, or a trust that does not provide it,
 * shows against the plan). The period becomes AVBRUTT with the reason on record; its place in the
 * fagavtale's capacity is given back (an accepted offer's CapacityUse is removed), and the receiving side
 * (the vacancy's leader or the partner's contact), the LIS and the LIS's leader are told.
 */
export async function cancelAgreedPeriod(options: { scope: AccessScope; periodId: string; reason: string; now?: Date }): Promise<void> {
  const { scope } = options;
  const now = options.now ?? new Date();
  const reason = options.reason.trim();
  const scoped = inScopeOrNotFound(
    await db.spesialiseringsperiode.findFirst({ where: { AND: [spesialiseringsperiodeWhere(scope, now), { id: options.periodId }] }, select: { id: true, fagavtaleId: true } }),
    "Fant ikke spesialiseringsperioden blant foretakets LIS.",
  );
  await db.$transaction(
    async (tx) => {
      await lockFagavtale(tx, scoped.fagavtaleId);
      const period = await tx.spesialiseringsperiode.findUniqueOrThrow({
        where: { id: scoped.id },
        include: {
          person: { select: { name: true, employments: { where: currentEmploymentWhere(now), select: { departmentId: true } } } },
          specialty: { select: { name: true } },
          receivingOrganisation: { select: { id: true, name: true } },
          fagavtale: { select: { contactEmail: true, homeOrganisation: { select: { id: true, regionId: true } } } },
          offers: { where: { status: "AKSEPTERT" }, select: { id: true, vacancy: { select: { createdById: true } } } },
        },
      });
      if (period.status !== "AVTALT") throw new UserError("CONFLICT", CANCEL_NOT_AGREED);
      const statusReason = cancelledReasonText(reason);
      await tx.spesialiseringsperiode.update({ where: { id: period.id }, data: { status: "AVBRUTT", statusReason, leaveAutomatic: false } });
      const offerIds = period.offers.map((o) => o.id);
      const freed = offerIds.length ? await tx.capacityUse.findMany({ where: { offerId: { in: offerIds } }, select: { term: true, slot: true } }) : [];
      if (offerIds.length) await tx.capacityUse.deleteMany({ where: { offerId: { in: offerIds } } });
      await writeAudit(tx, scope, {
        action: "periode-avlyst",
        entityType: "Spesialiseringsperiode",
        entityId: period.id,
        facts: spesialiseringsperiodeFacts({ personId: period.personId, homeOrganisationId: period.fagavtale.homeOrganisation.id, homeRegionId: period.fagavtale.homeOrganisation.regionId }),
        data: {
          personId: period.personId,
          agreedStart: period.agreedStart ? isoDay(period.agreedStart) : null,
          agreedEnd: period.agreedEnd ? isoDay(period.agreedEnd) : null,
          reason,
          freedCapacity: freed,
        },
      });
      const what = `${period.specialty.name} ved ${period.receivingOrganisation.name}`;
      const body = `Den avtalte spesialiseringsperioden til ${period.person.name} i ${what} (${formatPeriod(period.agreedStart, period.agreedEnd)}) er avlyst. Begrunnelse: ${reason}`;
      await notifyPeriodParties(tx, {
        kind: "periode.avlyst",
        periodId: period.id,
        personId: period.personId,
        homeDepartmentIds: period.person.employments.map((e) => e.departmentId),
        receivingOrganisationId: period.receivingOrganisation.id,
        receivingPersonIds: period.offers.map((o) => o.vacancy.createdById),
        contact: { email: period.fagavtale.contactEmail, name: null },
        subject: `Avtalt periode avlyst: ${period.person.name}, ${what}`,
        body,
        now,
      });
    },
    { timeout: 30_000, maxWait: 30_000 },
  );
}
