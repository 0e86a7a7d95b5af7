import "server-only";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import type { AccessScope } from "@/lib/domain/access-scope";
import { isoDay, osloToday } from "@/lib/domain/calendar";
import { formatDay } from "@/lib/format";
import { scheduledSnapshotDay } from "@/lib/domain/indicators";
import { db } from "@/lib/server/db";
import { writeAudit } from "@/lib/server/audit/write-audit";
import { UserError } from "@/lib/server/errors";
import { allIndicatorScopes, type IndicatorScope } from "./indicator-scopes";
import { computeIndicatorReport, resolveIndicatorScope } from "./get-indicator-report";

/**
 * Stores one snapshot row, once: INSERT … ON CONFLICT DO NOTHING on (scope, day, source), in one
 * transaction with its audit record (written only when the row is new). True when it was stored.
 */
async function storeSnapshot(client: PrismaClient, input: { scope: IndicatorScope; now: Date; source: "PLANLAGT" | "MANUELL"; by: AccessScope | null }): Promise<boolean> {
  const report = await computeIndicatorReport({ scope: input.scope, now: input.now, client });
  const takenFor = osloToday(input.now);
  return client.$transaction(async (tx) => {
    const created = await tx.indicatorSnapshot.createMany({
      data: [{ scopeKind: input.scope.kind, scopeId: input.scope.id, takenFor, source: input.source, payload: report, createdById: input.by?.personId ?? null }],
      skipDuplicates: true,
    });
    if (created.count === 0) return false;
    await writeAudit(tx, input.by, {
      action: input.source === "MANUELL" ? "oyeblikksbilde-tatt" : "oyeblikksbilde-planlagt",
      entityType: input.scope.kind === "TRUST" ? "Organisation" : "Region",
      entityId: input.scope.id,
      data: { takenFor: isoDay(takenFor), source: input.source },
      facts: input.scope.kind === "TRUST" ? { organisationId: input.scope.id } : { regionId: input.scope.id },
    });
    return true;
  });
}

/** "Ta øyeblikksbilde" (indicator:snapshot): today's indicators of a trust or region the coordinator holds, once a day. */
export async function takeIndicatorSnapshot(options: { scope: AccessScope; scopeId: string; now?: Date }): Promise<{ takenFor: Date; name: string }> {
  const now = options.now ?? new Date();
  const { chosen } = await resolveIndicatorScope(options.scope, options.scopeId);
  const stored = await storeSnapshot(db, { scope: chosen, now, source: "MANUELL", by: options.scope });
  if (!stored) throw new UserError("CONFLICT", `Det er allerede tatt et øyeblikksbilde av ${chosen.name} i dag (${formatDay(osloToday(now))}).`);
  return { takenFor: osloToday(now), name: chosen.name };
}

/**
 * The scheduled job (issue 13 §2): on 1 March and 1 September (Oslo), one snapshot per trust and region.
 * Idempotent across runs and instances by the unique key; on other days it does nothing.
 */
export async function runScheduledSnapshots(options: { now?: Date; client?: PrismaClient } = {}): Promise<{ created: number }> {
  const now = options.now ?? new Date();
  const client = options.client ?? db;
  if (!scheduledSnapshotDay(now)) return { created: 0 };
  let created = 0;
  for (const scope of await allIndicatorScopes(client)) {
    if (await storeSnapshot(client, { scope, now, source: "PLANLAGT", by: null })) created++;
  }
  return { created };
}
