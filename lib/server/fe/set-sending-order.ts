import "server-only";
import { db } from "@/lib/server/db";
import type { AccessScope } from "@/lib/domain/access-scope";
import { UserError, notFound } from "@/lib/server/errors";
import { writeAudit } from "@/lib/server/audit/write-audit";
import { spesialiseringsperiodeFacts, spesialiseringsperiodeWhere } from "@/lib/server/scope/spesialiseringsperiode-where";
import { QUEUED_STATUSES } from "@/lib/domain/period-status";

/**
 * Sets the sending trust's order among its LIS waiting for the same partner and specialty
 * (seed 000, criterion 5). `ranks` maps period id → 1..n; every rank is used once; a reason is required.
 */
export async function setSendingOrder(options: { scope: AccessScope; ranks: Record<string, number>; reason: string }): Promise<void> {
  const { scope } = options;
  const reason = options.reason.trim();
  if (!reason) throw new UserError("VALIDATION", "Skriv en begrunnelse for rekkefølgen.", { reason: ["Skriv en begrunnelse for rekkefølgen."] });
  const ids = Object.keys(options.ranks);
  if (ids.length < 2) throw new UserError("VALIDATION", "Rekkefølge settes for minst to LIS.");
  const periods = await db.spesialiseringsperiode.findMany({
    where: { AND: [spesialiseringsperiodeWhere(scope), { id: { in: ids }, status: { in: [...QUEUED_STATUSES] } }] },
    include: { fagavtale: true },
  });
  // One period outside the scope (another trust's LIS) and the whole order is "not found".
  if (periods.length !== ids.length) throw notFound();
  const groupKeys = new Set(periods.map((p) => `${p.fagavtale.homeOrganisationId}:${p.receivingOrganisationId}:${p.specialtyId}`));
  if (groupKeys.size !== 1) throw new UserError("VALIDATION", "Rekkefølge settes bare mellom LIS som venter på samme samarbeidspart og spesialitet.");
  const values = ids.map((id) => options.ranks[id]!).sort((a, b) => a - b);
  if (!values.every((v, i) => v === i + 1)) {
    throw new UserError("VALIDATION", `Bruk hvert tall fra 1 til ${ids.length} én gang.`, { _: [`Bruk hvert tall fra 1 til ${ids.length} én gang.`] });
  }
  await db.$transaction(async (tx) => {
    for (const p of periods) {
      await tx.spesialiseringsperiode.update({ where: { id: p.id }, data: { sendingRank: options.ranks[p.id]!, sendingRankReason: reason } });
    }
    await writeAudit(tx, scope, {
      action: "fe-prioritering-endret",
      entityType: "Spesialiseringsperiode",
      entityId: null,
      data: {
        begrunnelse: reason,
        endringer: periods.map((p) => ({ periodeId: p.id, personId: p.personId, fra: p.sendingRank, til: options.ranks[p.id]! })),
      },
      facts: spesialiseringsperiodeFacts({ personId: periods.map((p) => p.personId), homeOrganisationId: periods[0]!.fagavtale.homeOrganisationId }),
    });
  });
}
