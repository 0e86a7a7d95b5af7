import "server-only";
import { formatDay } from "@/lib/format";
import { db } from "@/lib/server/db";
import { UserError } from "@/lib/server/errors";
import { writeAudit } from "@/lib/server/audit/write-audit";
import { enqueueNotification } from "@/lib/server/notifications/enqueue-notification";
import type { AccessScope } from "@/lib/domain/access-scope";
import { addMonths } from "@/lib/domain/calendar";
import { inScopeOrNotFound } from "@/lib/server/scope/in-scope";
import { offerFacts, offerWhere } from "@/lib/server/scope/offer-where";
import { expireOverdueOffersIn } from "./expire-offers";
import { lockVacancy } from "./lock";
import { mapAllocationError } from "./db-errors";
import { peopleWithRole } from "./notify";

export const OFFER_LAPSED = "Svarfristen for tilbudet har gått ut.";

/**
 * The LIS accepts or declines their own offer before the deadline. Accepting makes the
 * spesialiseringsperiode AVTALT (start = the vacancy's start, end = start + duration, automatic leave);
 * declining frees the post and the reserved capacity and puts the LIS back in the queue. An answer
 * after the deadline first lets the LIS's overdue offers lapse (committed, audited) and is then refused.
 */
export async function respondOffer(options: { scope: AccessScope; offerId: string; accept: boolean; reason?: string | null; now?: Date }): Promise<{ status: "AKSEPTERT" | "AVSLATT" }> {
  const { scope } = options;
  const now = options.now ?? new Date();
  const own = inScopeOrNotFound(
    await db.offer.findFirst({ where: { AND: [offerWhere(scope), { id: options.offerId }] }, select: { id: true, vacancyId: true, personId: true } }),
    "Fant ikke tilbudet.",
  );
  let outcome: { status: "AKSEPTERT" | "AVSLATT" } | "LAPSED";
  try {
    outcome = await db.$transaction(
      async (tx) => {
        await lockVacancy(tx, own.vacancyId);
        // The LIS's offers past their deadline lapse now, in this transaction (issue 8 §6).
        await expireOverdueOffersIn(tx, { now, where: { personId: own.personId } });
        const offer = await tx.offer.findUniqueOrThrow({
          where: { id: own.id },
          include: { person: true, vacancy: { include: { organisation: true, department: true, specialty: true } }, spesialiseringsperiode: { include: { fagavtale: { include: { homeOrganisation: true } } } } },
        });
        // The lapse commits; the answer is refused after it (below).
        if (offer.status === "UTLOPT") return "LAPSED" as const;
        if (offer.status === "TRUKKET") throw new UserError("CONFLICT", "Tilbudet er trukket fordi lederen har trukket stillingen.");
        if (offer.status !== "TILBUDT") throw new UserError("CONFLICT", "Tilbudet er allerede besvart.");
        const reason = options.reason?.trim() || null;
        const { vacancy } = offer;
        const home = offer.spesialiseringsperiode.fagavtale.homeOrganisation;
        const facts = offerFacts({ personId: offer.personId, vacancyDepartmentId: vacancy.departmentId, vacancyRegionId: vacancy.organisation.regionId, homeOrganisationId: home.id, homeRegionId: home.regionId });
        const recipients = new Set<string>([vacancy.createdById, ...(await peopleWithRole(tx, { role: "LOKAL_KOORDINATOR", organisationId: home.id }, now))]);

        if (options.accept) {
          const agreedStart = vacancy.startDate;
          const agreedEnd = addMonths(agreedStart, vacancy.durationMonths);
          await tx.offer.update({ where: { id: offer.id }, data: { status: "AKSEPTERT", respondedAt: now, responseReason: reason } });
          await tx.spesialiseringsperiode.update({
            where: { id: offer.spesialiseringsperiodeId },
            data: { status: "AVTALT", agreedStart, agreedEnd, leaveAutomatic: true, statusReason: `Akseptert tilbud om gjennomstrømningsstilling ved ${vacancy.department.name}, ${vacancy.organisation.shortName}.` },
          });
          const accepted = await tx.offer.count({ where: { vacancyId: vacancy.id, status: "AKSEPTERT" } });
          if (accepted >= vacancy.posts) await tx.vacancy.update({ where: { id: vacancy.id }, data: { status: "BESATT" } });
          await writeAudit(tx, scope, {
            action: "tilbud-akseptert",
            entityType: "Offer",
            entityId: offer.id,
            facts,
            data: { periodId: offer.spesialiseringsperiodeId, agreedStart: agreedStart.toISOString().slice(0, 10), agreedEnd: agreedEnd.toISOString().slice(0, 10), leaveAutomatic: true },
          });
          for (const recipientPersonId of recipients) {
            await enqueueNotification(tx, {
              kind: "offer.accepted",
              recipientPersonId,
              subject: `Tilbud akseptert: ${vacancy.specialty.name}, ${vacancy.organisation.shortName}`,
              body: `${offer.person.name} har akseptert gjennomstrømningsstilling ved ${vacancy.department.name}, ${vacancy.organisation.name}, fra ${formatDay(agreedStart)}. Permisjon fra hjemmestillingen er automatisk. Oppdater fiktiv enhet.`,
              entityType: "Offer",
              entityId: offer.id,
            });
          }
          return { status: "AKSEPTERT" as const };
        }

        await tx.offer.update({ where: { id: offer.id }, data: { status: "AVSLATT", respondedAt: now, responseReason: reason } });
        await tx.capacityUse.deleteMany({ where: { offerId: offer.id } });
        await tx.spesialiseringsperiode.update({
          where: { id: offer.spesialiseringsperiodeId },
          data: { status: "I_KO", statusReason: `Avslo tilbud ved ${vacancy.department.name}, ${vacancy.organisation.shortName}${reason ? `: ${reason}` : "."}` },
        });
        await writeAudit(tx, scope, { action: "tilbud-avslatt", entityType: "Offer", entityId: offer.id, facts, data: { periodId: offer.spesialiseringsperiodeId, reason } });
        for (const recipientPersonId of recipients) {
          await enqueueNotification(tx, {
            kind: "offer.declined",
            recipientPersonId,
            subject: `Tilbud avslått: ${vacancy.specialty.name}, ${vacancy.organisation.shortName}`,
            body: `${offer.person.name} har avslått tilbudet. Plassen er ledig igjen.${reason ? ` Begrunnelse: ${reason}` : ""}`,
            entityType: "Offer",
            entityId: offer.id,
          });
        }
        return { status: "AVSLATT" as const };
      },
      { timeout: 30_000, maxWait: 30_000 },
    );
  } catch (error) {
    throw mapAllocationError(error);
  }
  if (outcome === "LAPSED") throw new UserError("CONFLICT", OFFER_LAPSED);
  return outcome;
}
