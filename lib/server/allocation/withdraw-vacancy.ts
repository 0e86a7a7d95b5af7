import "server-only";
import { db } from "@/lib/server/db";
import { UserError } from "@/lib/server/errors";
import { coveringRole, type AccessScope } from "@/lib/domain/access-scope";
import { inScopeOrNotFound } from "@/lib/server/scope/in-scope";
import { vacancyFacts, vacancyWhere } from "@/lib/server/scope/vacancy-where";
import { writeAudit } from "@/lib/server/audit/write-audit";
import { enqueueNotification } from "@/lib/server/notifications/enqueue-notification";
import type { Prisma } from "@/lib/generated/prisma/client";
import { expireOverdueOffersIn } from "./expire-offers";
import { VACANCY_NOT_FOUND } from "./make-offer";
import { lockVacancy } from "./lock";
import { peopleWithRole } from "./notify";
import { formatDay } from "@/lib/format";
import { POST_HOLDING_OFFER_STATUSES } from "@/lib/domain/offer-status";
import type { AuditAction } from "@/lib/domain/audit-actions";

export const WITHDRAW_REASON_REQUIRED = "Skriv hvorfor stillingen trekkes.";
/** Audit action of a withdrawal; its data holds the reason the vacancy page shows. */
export const VACANCY_WITHDRAW_ACTION = "stilling-trukket" satisfies AuditAction;

export type WithdrawVacancyResult = { withdrawnOfferIds: string[] };

/**
 * The receiving department's leader withdraws an open vacancy with a written reason. Open offers
 * (TILBUDT) are withdrawn too: their reserved capacity is freed, the LIS goes back to the queue, and the
 * LIS and their local coordinator are told; offers already past their deadline lapse first (UTLOPT).
 * Accepted offers are agreements and are not undone here, so a vacancy with one is refused. The vacancy
 * row lock serialises this with a pick or an answer to an offer.
 */
export async function withdrawVacancy(options: { scope: AccessScope; vacancyId: string; reason: string; now?: Date }): Promise<WithdrawVacancyResult> {
  const { scope } = options;
  const now = options.now ?? new Date();
  const scoped = inScopeOrNotFound(await db.vacancy.findFirst({ where: { AND: [vacancyWhere(scope), { id: options.vacancyId }] }, select: { id: true } }), VACANCY_NOT_FOUND);
  const reason = options.reason.trim();
  if (!reason) throw new UserError("VALIDATION", "Skjemaet inneholder feil. Rett opp feltene som er merket.", { reason: [WITHDRAW_REASON_REQUIRED] });

  return db.$transaction(
      async (tx) => {
        await lockVacancy(tx, scoped.id);
        await expireOverdueOffersIn(tx, { now, where: { vacancyId: scoped.id } });
        const vacancy = await tx.vacancy.findUniqueOrThrow({
          where: { id: scoped.id },
          include: {
            organisation: true,
            department: true,
            specialty: true,
            offers: { where: { status: { in: [...POST_HOLDING_OFFER_STATUSES] } }, include: { person: true, spesialiseringsperiode: { include: { fagavtale: true } } } },
          },
        });
        if (vacancy.status === "TRUKKET") throw new UserError("CONFLICT", "Stillingen er allerede trukket.");
        const facts = vacancyFacts({ departmentId: vacancy.departmentId, organisationId: vacancy.organisationId, regionId: vacancy.organisation.regionId });
        const accepted = vacancy.offers.filter((o) => o.status === "AKSEPTERT").length;
        if (vacancy.status === "BESATT" || accepted > 0) {
          throw new UserError(
            "RULE",
            `Stillingen kan ikke trekkes fordi ${accepted === 1 ? "ett tilbud" : `${accepted} tilbud`} er akseptert. En avtalt plass gjøres ikke om ved å trekke stillingen; ta kontakt med LIS og lokal koordinator.`,
          );
        }

        const where = `${vacancy.department.name}, ${vacancy.organisation.shortName}`;
        const open = vacancy.offers.filter((o) => o.status === "TILBUDT");
        for (const offer of open) {
          // The reason stays on the offer, so the plan and the FE registry show it on the record (issue 14 §3).
          await tx.offer.update({ where: { id: offer.id }, data: { status: "TRUKKET", respondedAt: now, responseReason: reason } });
          const freed = await tx.capacityUse.findUnique({ where: { offerId: offer.id }, select: { fagavtaleId: true, term: true, slot: true } });
          await tx.capacityUse.deleteMany({ where: { offerId: offer.id } });
          await tx.spesialiseringsperiode.updateMany({
            where: { id: offer.spesialiseringsperiodeId, status: "TILBUDT" },
            data: { status: "I_KO", statusReason: `Stillingen ved ${where} ble trukket; tilbake i køen. Begrunnelse: ${reason}` },
          });
          await writeAudit(tx, scope, {
            action: "tilbud-trukket",
            entityType: "Offer",
            entityId: offer.id,
            facts,
            data: { vacancyId: vacancy.id, periodId: offer.spesialiseringsperiodeId, freedCapacity: freed, reason } satisfies Prisma.InputJsonValue,
          });
          const recipients = new Set<string>([offer.personId, ...(await peopleWithRole(tx, { role: "LOKAL_KOORDINATOR", organisationId: offer.spesialiseringsperiode.fagavtale.homeOrganisationId }, now))]);
          for (const recipientPersonId of recipients) {
            await enqueueNotification(tx, {
              kind: "offer.withdrawn",
              recipientPersonId,
              subject: `Tilbud trukket: ${vacancy.specialty.name}, ${vacancy.organisation.shortName}`,
              body: `Tilbudet til ${offer.person.name} om gjennomstrømningsstilling ved ${vacancy.department.name}, ${vacancy.organisation.name}, med start ${formatDay(vacancy.startDate)} er trukket fordi lederen har trukket stillingen. ${offer.person.name} står i køen igjen. Begrunnelse: ${reason}`,
              entityType: "Offer",
              entityId: offer.id,
            });
          }
        }

        // An undecided samtidskonflikt about this place is closed on the record: there is nothing left to decide.
        const openConflicts = await tx.conflict.findMany({ where: { vacancyId: vacancy.id, status: { not: "LOST" } } });
        for (const conflict of openConflicts) {
          await tx.conflict.update({ where: { id: conflict.id }, data: { status: "LOST", resolvedAt: now, resolvedPeriodId: null } });
          await tx.conflictStep.create({
            data: {
              conflictId: conflict.id,
              kind: "AVGJORT",
              level: conflict.level,
              byId: scope.personId,
              byRole: coveringRole(scope, facts),
              outcome: "Avsluttet uten tildeling: stillingen ble trukket.",
              reason,
              at: now,
            },
          });
          await writeAudit(tx, scope, { action: "konflikt-lukket", entityType: "Conflict", entityId: conflict.id, facts, data: { vacancyId: vacancy.id, reason } });
        }

        await tx.vacancy.update({ where: { id: vacancy.id }, data: { status: "TRUKKET" } });
        await writeAudit(tx, scope, {
          action: VACANCY_WITHDRAW_ACTION,
          entityType: "Vacancy",
          entityId: vacancy.id,
          facts,
          data: { reason, withdrawnOfferIds: open.map((o) => o.id) },
        });
        return { withdrawnOfferIds: open.map((o) => o.id) };
      },
    { timeout: 30_000, maxWait: 30_000 },
  );
}
