import "server-only";
import { db } from "@/lib/server/db";
import type { Actor } from "@/lib/server/auth/load-actor";
import { UserError, notFound } from "@/lib/server/errors";
import { writeAudit } from "@/lib/server/audit/write-audit";
import { manageableWishWhere } from "./wish-scope";
import { isQueued } from "@/lib/domain/period-status";

/** Withdraws an active wish (ONSKE/I_KO): it goes back to being a need; its queue place is given up. */
export async function withdrawWish(options: { actor: Actor; periodId: string; reason?: string }): Promise<void> {
  const period = await db.spesialiseringsperiode.findFirst({ where: { AND: [{ id: options.periodId }, manageableWishWhere(options.actor)] } });
  if (!period) throw notFound();
  if (!isQueued(period.status)) throw new UserError("CONFLICT", "Bare et aktivt ønske som ikke er tilbudt, kan trekkes.");
  await db.$transaction(async (tx) => {
    await tx.spesialiseringsperiode.update({
      where: { id: period.id },
      data: { status: "BEHOV", queueDate: null, sendingRank: null, sendingRankReason: null, statusReason: options.reason?.trim() || "Ønsket ble trukket." },
    });
    await writeAudit(tx, options.actor, {
      action: "onske-trukket",
      entityType: "Spesialiseringsperiode",
      entityId: period.id,
      data: { personId: period.personId, fraStatus: period.status, koDato: period.queueDate?.toISOString().slice(0, 10) ?? null },
    });
  });
}
