import "server-only";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import type { AccessScope } from "@/lib/domain/access-scope";
import { osloToday } from "@/lib/domain/calendar";
import { buildIndicatorReport, type IndicatorReport } from "@/lib/domain/indicators";
import { db } from "@/lib/server/db";
import { notFound } from "@/lib/server/errors";
import { indicatorScopesOf, type IndicatorScope } from "./indicator-scopes";
import { loadIndicatorFacts } from "./load-indicator-facts";

/** Today's report for one trust or region (no access check: callers pass a scope they resolved). */
export async function computeIndicatorReport(options: { scope: IndicatorScope; now: Date; client?: PrismaClient }): Promise<IndicatorReport> {
  const facts = await loadIndicatorFacts(options);
  return buildIndicatorReport({ scopeKind: options.scope.kind, scopeId: options.scope.id, scopeName: options.scope.name, today: osloToday(options.now), facts });
}

export type StoredSnapshot = { id: string; takenFor: Date; source: "PLANLAGT" | "MANUELL"; createdAt: Date; report: IndicatorReport };

export type IndicatorPage = {
  /** The reports the person may choose between (their trusts or regions). */
  choices: { id: string; name: string }[];
  report: IndicatorReport;
  /** The newest stored snapshot of this scope, and the one before it. */
  last: StoredSnapshot | null;
  previous: StoredSnapshot | null;
};

/** The scope a request names by id (`omrade`), among those the person holds; the first when none is named. */
export async function resolveIndicatorScope(scope: AccessScope, requestedId?: string | null): Promise<{ chosen: IndicatorScope; all: IndicatorScope[] }> {
  const all = await indicatorScopesOf(scope);
  const chosen = requestedId ? all.find((s) => s.id === requestedId) : all[0];
  if (!chosen) throw notFound("Fant ikke styringsinformasjon for dette foretaket eller denne regionen.");
  return { chosen, all };
}

/** The page: today's indicators for the chosen trust or region, with the last two snapshots to compare against. */
export async function getIndicatorPage(options: { scope: AccessScope; requestedId?: string | null; now: Date }): Promise<IndicatorPage> {
  const { chosen, all } = await resolveIndicatorScope(options.scope, options.requestedId);
  const [report, snapshots] = await Promise.all([
    computeIndicatorReport({ scope: chosen, now: options.now }),
    db.indicatorSnapshot.findMany({
      where: { scopeKind: chosen.kind, scopeId: chosen.id },
      orderBy: [{ takenFor: "desc" }, { createdAt: "desc" }],
      take: 2,
      select: { id: true, takenFor: true, source: true, createdAt: true, payload: true },
    }),
  ]);
  const stored = snapshots.map((s) => ({ id: s.id, takenFor: s.takenFor, source: s.source, createdAt: s.createdAt, report: s.payload as unknown as IndicatorReport }));
  return { choices: all.map((s) => ({ id: s.id, name: s.name })), report, last: stored[0] ?? null, previous: stored[1] ?? null };
}
