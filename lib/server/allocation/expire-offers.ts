import "server-only";
import { db } from "@/lib/server/db";
import { writeAudit } from "@/lib/server/audit/write-audit";
import { enqueueNotification } from "@/lib/server/notifications/enqueue-notification";

/**
 * Offers not answered by their deadline lapse: the offer becomes UTLOPT, its reserved capacity is
 * freed and the LIS goes back to the queue. Called lazily before allocation data is read or written.
 */
export async function expireOffers(now: Date = new Date()): Promise<number> {
  const due = await db.offer.findMany({ where: { status: "TILBUDT", deadline: { lt: now } }, select: { id: true } });
  let expired = 0;
  for (const { id } of due) {
    await db.$transaction(async (tx) => {
      const changed = await tx.offer.updateMany({ where: { id, status: "TILBUDT", deadline: { lt: now } }, data: { status: "UTLOPT", respondedAt: now } });
      if (changed.count === 0) return;
      const offer = await tx.offer.findUniqueOrThrow({ where: { id }, include: { vacancy: true } });
      await tx.capacityUse.deleteMany({ where: { offerId: id } });
      await tx.spesialiseringsperiode.updateMany({
        where: { id: offer.spesialiseringsperiodeId, status: "TILBUDT" },
        data: { status: "I_KO", statusReason: "Tilbudet utløp uten svar; tilbake i køen." },
      });
      await writeAudit(tx, null, { action: "tilbud-utlopt", entityType: "Offer", entityId: id, data: { vacancyId: offer.vacancyId, deadline: offer.deadline.toISOString() } });
      await enqueueNotification(tx, {
        kind: "offer.expired",
        recipientPersonId: offer.vacancy.createdById,
        subject: "Tilbud om gjennomstrømningsstilling utløp",
        body: "Et tilbud ble ikke besvart innen fristen. Plassen er ledig igjen og kan tilbys neste kandidat.",
        entityType: "Vacancy",
        entityId: offer.vacancyId,
      });
      expired += 1;
    });
  }
  return expired;
}
