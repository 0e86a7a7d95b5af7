import "server-only";
import { db, type Tx } from "@/lib/server/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { writeAudit } from "@/lib/server/audit/write-audit";
import { enqueueNotification } from "@/lib/server/notifications/enqueue-notification";
import type { AuditAction } from "@/lib/domain/audit-actions";

export const OFFER_EXPIRE_ACTION = "tilbud-utlopt" satisfies AuditAction;

/**
 * Lapses one open offer whose deadline has passed: the offer becomes UTLOPT, its reserved capacity is
 * freed, the LIS goes back to the queue, and the leader who announced the vacancy is told, with its
 * audit record, in the caller's transaction. The UPDATE is conditional (still open, still overdue), so
 * two sweeps or a sweep and a write racing for the same offer expire it once: the second waits for the
 * row and then matches nothing.
 */
async function expireOne(tx: Tx, offerId: string, now: Date): Promise<boolean> {
  const changed = await tx.offer.updateMany({ where: { id: offerId, status: "TILBUDT", deadline: { lt: now } }, data: { status: "UTLOPT", respondedAt: now } });
  if (changed.count === 0) return false;
  const offer = await tx.offer.findUniqueOrThrow({ where: { id: offerId }, include: { vacancy: { select: { createdById: true } } } });
  const freed = await tx.capacityUse.findUnique({ where: { offerId }, select: { fagavtaleId: true, term: true, slot: true } });
  await tx.capacityUse.deleteMany({ where: { offerId } });
  await tx.spesialiseringsperiode.updateMany({
    where: { id: offer.spesialiseringsperiodeId, status: "TILBUDT" },
    data: { status: "I_KO", statusReason: "Tilbudet utløp uten svar; tilbake i køen." },
  });
  // Nobody acted: the deadline passed (a scheduled job or the write that found it overdue).
  await writeAudit(tx, null, {
    action: OFFER_EXPIRE_ACTION,
    entityType: "Offer",
    entityId: offerId,
    data: { vacancyId: offer.vacancyId, periodId: offer.spesialiseringsperiodeId, deadline: offer.deadline.toISOString(), freedCapacity: freed } satisfies Prisma.InputJsonValue,
  });
  await enqueueNotification(tx, {
    kind: "offer.expired",
    recipientPersonId: offer.vacancy.createdById,
    subject: "Tilbud om gjennomstrømningsstilling utløp",
    body: "Et tilbud ble ikke besvart innen fristen. Plassen er ledig igjen og kan tilbys neste kandidat.",
    entityType: "Vacancy",
    entityId: offer.vacancyId,
  });
  return true;
}

const overdue = (now: Date): Prisma.OfferWhereInput => ({ status: "TILBUDT", deadline: { lt: now } });

/**
 * Scoped expiry inside a write's transaction (issue 8 §6): before a leader offers a place on a vacancy,
 * that vacancy's overdue offers lapse, so their posts and capacity are free again; before a LIS
 * answers, that LIS's. `where` says which offers. Returns the ids it expired.
 */
export async function expireOverdueOffersIn(tx: Tx, options: { now: Date; where: Prisma.OfferWhereInput }): Promise<string[]> {
  const due = await tx.offer.findMany({ where: { AND: [options.where, overdue(options.now)] }, select: { id: true }, orderBy: { id: "asc" } });
  const expired: string[] = [];
  for (const { id } of due) if (await expireOne(tx, id, options.now)) expired.push(id);
  return expired;
}

/**
 * The scheduled sweep (started once per app instance from instrumentation.ts): every open offer past
 * its deadline lapses, each in its own short transaction with its audit record. Safe to run from several
 * instances at once (the conditional UPDATE above); a second run finds nothing. Reads never expire
 * offers; they show an overdue offer as expired from its deadline (lib/domain/offer-expiry.ts).
 */
export async function expireOverdueOffers(options: { now?: Date; batchSize?: number } = {}): Promise<number> {
  const now = options.now ?? new Date();
  const due = await db.offer.findMany({ where: overdue(now), select: { id: true }, orderBy: [{ deadline: "asc" }, { id: "asc" }], take: options.batchSize ?? 500 });
  let expired = 0;
  for (const { id } of due) {
    if (await db.$transaction((tx) => expireOne(tx, id, now))) expired += 1;
  }
  return expired;
}
