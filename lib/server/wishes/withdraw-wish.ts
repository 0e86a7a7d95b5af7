import "server-only";
import { db } from "@/lib/server/db";
import type { AccessScope } from "@/lib/domain/access-scope";
import { UserError } from "@/lib/server/errors";
import { writeAudit } from "@/lib/server/audit/write-audit";
import { inScopeOrNotFound } from "@/lib/server/scope/in-scope";
import { spesialiseringsperiodeFacts, spesialiseringsperiodeWhere } from "@/lib/server/scope/spesialiseringsperiode-where";
import { isQueued } from "@/lib/domain/period-status";

/** Withdraws an active wish (ONSKE/I_KO): it goes back to being a need; its queue place is given up. */
export async function withdrawWish(options: { scope: AccessScope; periodId: string; reason?: string }): Promise<void> {
  const { scope } = options;
  const period = inScopeOrNotFound(
    await db.spesialiseringsperiode.findFirst({
      where: { AND: [spesialiseringsperiodeWhere(scope), { id: options.periodId }] },
      include: { fagavtale: { select: { homeOrganisationId: true } } },
    }),
  );
  if (!isQueued(period.status)) throw new UserError("CONFLICT", "Bare et aktivt ønske som ikke er tilbudt, kan trekkes.");
  await db.$transaction(async (tx) => {
    await tx.spesialiseringsperiode.update({
      where: { id: period.id },
      data: { status: "BEHOV", queueDate: null, sendingRank: null, sendingRankReason: null, statusReason: options.reason?.trim() || "Ønsket ble trukket." },
    });
    await writeAudit(tx, scope, {
      action: "onske-trukket",
      entityType: "Spesialiseringsperiode",
      entityId: period.id,
      data: { personId: period.personId, fraStatus: period.status, koDato: period.queueDate?.toISOString().slice(0, 10) ?? null },
      facts: spesialiseringsperiodeFacts({ personId: period.personId, homeOrganisationId: period.fagavtale.homeOrganisationId }),
    });
  });
}
