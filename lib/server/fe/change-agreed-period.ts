import "server-only";
import { db } from "@/lib/server/db";
import type { AccessScope } from "@/lib/domain/access-scope";
import { UserError } from "@/lib/server/errors";
import { writeAudit } from "@/lib/server/audit/write-audit";
import { inScopeOrNotFound } from "@/lib/server/scope/in-scope";
import { spesialiseringsperiodeFacts, spesialiseringsperiodeWhere } from "@/lib/server/scope/spesialiseringsperiode-where";
import { currentEmploymentWhere } from "@/lib/server/scope/employment-where";
import { AGREED_STATUSES } from "@/lib/domain/period-status";
import { CHANGE_NOT_AGREED, checkPeriodChange, periodChangeText, type PeriodChangeReason } from "@/lib/domain/period-lifecycle";
import { chooseCapacitySlot } from "@/lib/domain/offer-decision";
import { capacityInTerm } from "@/lib/domain/capacity";
import { isoDay, osloToday } from "@/lib/domain/calendar";
import { lockFagavtale } from "@/lib/server/allocation/lock";
import { mapAllocationError } from "@/lib/server/allocation/db-errors";
import { notifyPeriodParties } from "@/lib/server/fe/notify-period-parties";
import { flagSentIntakeFormForResend } from "@/lib/server/intake/flag-intake-resend";

/**
 * The local coordinator (fe:register, the home trust's) moves an agreed period that has not started, or
 * changes the last day of one in progress or completed (cut short, extended, or a correction of what the
 * scheduled job concluded), with a reason (issue 14 §2; seed 001: lovfestet fravær, the employer's
 * unforeseen circumstances; seed 000: learning goals not reached in normert tid). Under the fagavtale's
 * row lock the move re-checks overlaps and the capacity of the term it moves to; an accepted offer's
 * place moves with it. The state follows from the new dates; a sent intake form is flagged for resending
 * (issue 14 §5), and the receiving side, the LIS and the LIS's leader are told. One transaction, audited.
 */
export async function changeAgreedPeriod(options: {
  scope: AccessScope;
  periodId: string;
  agreedStart: Date;
  agreedEndInclusive: Date;
  reasonKind: PeriodChangeReason;
  reason: string;
  now?: Date;
}): Promise<{ agreedStart: Date; agreedEnd: Date; status: string }> {
  const { scope } = options;
  const now = options.now ?? new Date();
  const reason = options.reason.trim();
  const scoped = inScopeOrNotFound(
    await db.spesialiseringsperiode.findFirst({ where: { AND: [spesialiseringsperiodeWhere(scope, now), { id: options.periodId }] }, select: { id: true, fagavtaleId: true } }),
    "Fant ikke spesialiseringsperioden blant foretakets LIS.",
  );
  try {
    return await db.$transaction(
      async (tx) => {
        await lockFagavtale(tx, scoped.fagavtaleId);
        const period = await tx.spesialiseringsperiode.findUniqueOrThrow({
          where: { id: scoped.id },
          include: {
            person: { select: { name: true, employments: { where: currentEmploymentWhere(now), select: { departmentId: true } } } },
            specialty: { select: { name: true } },
            receivingOrganisation: { select: { id: true, name: true } },
            fagavtale: { select: { id: true, capacityUnit: true, capacityCount: true, contactName: true, contactEmail: true, homeOrganisation: { select: { id: true, regionId: true } } } },
            offers: { where: { status: "AKSEPTERT" }, select: { id: true, vacancy: { select: { createdById: true } } } },
          },
        });
        if (!(AGREED_STATUSES as readonly string[]).includes(period.status) || !period.agreedStart || !period.agreedEnd) throw new UserError("CONFLICT", CHANGE_NOT_AGREED);
        const { fagavtale } = period;
        const current = { agreedStart: period.agreedStart, agreedEnd: period.agreedEnd };

        const [otherAgreed, uses, agreedUnderFagavtale] = await Promise.all([
          tx.spesialiseringsperiode.findMany({
            where: { personId: period.personId, status: { in: [...AGREED_STATUSES] }, id: { not: period.id } },
            select: { id: true, agreedStart: true, agreedEnd: true, specialty: { select: { name: true } }, receivingOrganisation: { select: { name: true } } },
          }),
          tx.capacityUse.findMany({ where: { fagavtaleId: fagavtale.id }, select: { id: true, term: true, slot: true, offerId: true, offer: { select: { status: true, spesialiseringsperiodeId: true } } } }),
          tx.spesialiseringsperiode.findMany({ where: { fagavtaleId: fagavtale.id, status: { in: [...AGREED_STATUSES] } }, select: { id: true, status: true, agreedStart: true, desiredStart: true } }),
        ]);
        const check = checkPeriodChange({
          periodId: period.id,
          status: period.status,
          current,
          newStart: options.agreedStart,
          newEndInclusive: options.agreedEndInclusive,
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

        // An accepted offer's place goes with the period to the term it moves to (the slot's unique index
        // and the lock above keep the count within the capacity).
        const ownUses = uses.filter((u) => u.offer?.spesialiseringsperiodeId === period.id && u.offer.status === "AKSEPTERT");
        const movedPlaces: { from: { term: string; slot: number }; to: { term: string; slot: number } }[] = [];
        if (check.toTerm !== check.fromTerm) {
          for (const use of ownUses) {
            const usedSlots = uses.filter((u) => u.term === check.toTerm).map((u) => u.slot);
            const slot = chooseCapacitySlot({ capacity: capacityInTerm(fagavtale.capacityUnit, fagavtale.capacityCount, check.toTerm), usedSlots });
            if (slot === null) throw new UserError("CONFLICT", "Kapasiteten i fagavtalen er brukt opp i semesteret perioden skulle flyttes til.");
            await tx.capacityUse.update({ where: { id: use.id }, data: { term: check.toTerm, slot } });
            movedPlaces.push({ from: { term: use.term, slot: use.slot }, to: { term: check.toTerm, slot } });
          }
        }

        const text = periodChangeText({ kind: check.kind, from: current, to: { agreedStart, agreedEnd }, reasonKind: options.reasonKind, reason });
        await tx.spesialiseringsperiode.update({ where: { id: period.id }, data: { agreedStart, agreedEnd, status: check.state, statusReason: text } });
        await writeAudit(tx, scope, {
          action: "periode-endret",
          entityType: "Spesialiseringsperiode",
          entityId: period.id,
          facts: spesialiseringsperiodeFacts({ personId: period.personId, homeOrganisationId: fagavtale.homeOrganisation.id, homeRegionId: fagavtale.homeOrganisation.regionId }),
          data: {
            personId: period.personId,
            kind: check.kind,
            fraStatus: period.status,
            tilStatus: check.state,
            fra: { agreedStart: isoDay(current.agreedStart), agreedEnd: isoDay(current.agreedEnd) },
            til: { agreedStart: isoDay(agreedStart), agreedEnd: isoDay(agreedEnd) },
            reasonKind: options.reasonKind,
            reason,
            movedPlaces,
          },
        });
        // A sent intake form announced the old start: it must go again (issue 14 §5).
        await flagSentIntakeFormForResend(tx, scope, { periodId: period.id, from: current.agreedStart, to: agreedStart, via: "avtalt periode flyttet i fiktiv enhet", now });

        const what = `${period.specialty.name} ved ${period.receivingOrganisation.name}`;
        await notifyPeriodParties(tx, {
          kind: "periode.endret",
          periodId: period.id,
          personId: period.personId,
          homeDepartmentIds: period.person.employments.map((e) => e.departmentId),
          receivingOrganisationId: period.receivingOrganisation.id,
          receivingPersonIds: period.offers.map((o) => o.vacancy.createdById),
          contact: { email: fagavtale.contactEmail, name: fagavtale.contactName },
          subject: `Endret spesialiseringsperiode: ${period.person.name}, ${what}`,
          body: `${text}\nGi beskjed til lokal koordinator hvis noe ikke stemmer.`,
          now,
        });
        return { agreedStart, agreedEnd, status: check.state };
      },
      { timeout: 30_000, maxWait: 30_000 },
    );
  } catch (error) {
    throw mapAllocationError(error);
  }
}
