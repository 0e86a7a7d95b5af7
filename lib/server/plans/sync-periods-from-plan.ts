import "server-only";
import type { Tx } from "@/lib/server/db";
import { enqueueNotification } from "@/lib/server/notifications/enqueue-notification";
import { wholeMonths } from "@/lib/domain/plan-validation";
import { formatDay } from "@/lib/format";
import type { PeriodStatus } from "@/lib/generated/prisma/enums";
import { LIVE_STATUSES, PLAN_EDITABLE_STATUSES } from "@/lib/domain/period-status";

export type SyncChange = {
  spesialiseringsperiodeId: string;
  partnerOrganisationId: string;
  kind: "NY" | "FLYTTET" | "AVBRUTT" | "UENDRET_AVTALT";
  text: string;
};

export type SyncReport = { changes: SyncChange[]; notifiedOrganisationIds: string[] };

const EDITABLE: readonly PeriodStatus[] = PLAN_EDITABLE_STATUSES;
const LIVE: readonly PeriodStatus[] = LIVE_STATUSES;

/**
 * After a (revised) plan is approved, the LIS's spesialiseringsperioder follow it (DOMAIN.md
 * "A revised and re-signed plan updates the FE, and the partner trusts concerned are told"):
 * new planned periods become BEHOV; moved ones are updated while still a need, wish or in the queue;
 * removed ones are cancelled while not yet offered; agreed, ongoing and completed ones are never
 * touched, only reported. Each partner trust whose periods changed gets one notification.
 */
export async function syncPeriodsFromPlan(tx: Tx, options: { personId: string; planVersionId: string; previousVersionId: string | null }): Promise<SyncReport> {
  const version = await tx.planVersion.findUniqueOrThrow({
    where: { id: options.planVersionId },
    include: {
      plan: { include: { person: true } },
      periods: { where: { kind: "SPESIALISERINGSPERIODE" }, include: { fagavtale: { include: { specialty: true, partnerOrganisation: true } } }, orderBy: { startDate: "asc" } },
    },
  });
  const lisName = version.plan.person.name;
  // The registration keeps pointing at the version it was made from: the local coordinator confirms
  // the revision from the FE work list ("Plan endret siden registrering", lib/server/fe/register-lis.ts).
  const registration = await tx.feRegistration.findFirst({ where: { personId: options.personId, endedOn: null }, orderBy: { registeredOn: "asc" } });

  const existing = await tx.spesialiseringsperiode.findMany({
    where: { personId: options.personId, status: { in: [...LIVE] } },
    include: { planPeriod: true, specialty: true },
    orderBy: { desiredStart: "asc" },
  });
  const previousPeriodIds = new Set(
    options.previousVersionId ? (await tx.planPeriod.findMany({ where: { versionId: options.previousVersionId }, select: { id: true } })).map((p) => p.id) : [],
  );
  const matched = new Set<string>();
  const changes: SyncChange[] = [];

  for (const period of version.periods) {
    const fagavtale = period.fagavtale!;
    const durationMonths = wholeMonths(period.startDate, period.endDate);
    const candidates = existing.filter((row) => row.fagavtaleId === fagavtale.id && !matched.has(row.id));
    // Prefer the row planned from the previous version, then the closest desired start.
    const row =
      candidates.find((r) => r.planPeriodId && previousPeriodIds.has(r.planPeriodId)) ??
      [...candidates].sort((a, b) => Math.abs(a.desiredStart.getTime() - period.startDate.getTime()) - Math.abs(b.desiredStart.getTime() - period.startDate.getTime()))[0];
    const what = `${fagavtale.specialty.name} ved ${fagavtale.partnerOrganisation.name}`;

    if (!row) {
      const created = await tx.spesialiseringsperiode.create({
        data: {
          personId: options.personId,
          feRegistrationId: registration?.id ?? null,
          fagavtaleId: fagavtale.id,
          receivingOrganisationId: fagavtale.partnerOrganisationId,
          specialtyId: fagavtale.specialtyId,
          planPeriodId: period.id,
          status: "BEHOV",
          desiredStart: period.startDate,
          durationMonths,
        },
      });
      changes.push({
        spesialiseringsperiodeId: created.id,
        partnerOrganisationId: fagavtale.partnerOrganisationId,
        kind: "NY",
        text: `Ny planlagt spesialiseringsperiode i ${what}: ønsket start ${formatDay(period.startDate)}, ${durationMonths} måneder.`,
      });
      continue;
    }
    matched.add(row.id);
    const moved = row.desiredStart.getTime() !== period.startDate.getTime() || row.durationMonths !== durationMonths;
    if (EDITABLE.includes(row.status)) {
      await tx.spesialiseringsperiode.update({
        where: { id: row.id },
        data: { planPeriodId: period.id, desiredStart: period.startDate, durationMonths, feRegistrationId: row.feRegistrationId ?? registration?.id ?? null },
      });
      if (moved) {
        changes.push({
          spesialiseringsperiodeId: row.id,
          partnerOrganisationId: fagavtale.partnerOrganisationId,
          kind: "FLYTTET",
          text: `Spesialiseringsperioden i ${what} er endret: ønsket start ${formatDay(row.desiredStart)} → ${formatDay(period.startDate)}, varighet ${row.durationMonths} → ${durationMonths} måneder.`,
        });
      }
    } else if (moved && row.status !== "GJENNOMFORT") {
      changes.push({
        spesialiseringsperiodeId: row.id,
        partnerOrganisationId: fagavtale.partnerOrganisationId,
        kind: "UENDRET_AVTALT",
        text: `Planen viser nå start ${formatDay(period.startDate)} for ${what}, men perioden er allerede ${row.status === "TILBUDT" ? "tilbudt" : "avtalt"} og er ikke endret. Avtal eventuell endring med lokal koordinator.`,
      });
    }
  }

  // Periods no longer in the plan.
  for (const row of existing) {
    if (matched.has(row.id) || !row.planPeriodId) continue;
    const fagavtale = await tx.fagavtale.findUniqueOrThrow({ where: { id: row.fagavtaleId }, include: { partnerOrganisation: true } });
    const what = `${row.specialty.name} ved ${fagavtale.partnerOrganisation.name}`;
    if (EDITABLE.includes(row.status)) {
      await tx.spesialiseringsperiode.update({
        where: { id: row.id },
        data: { status: "AVBRUTT", statusReason: `Fjernet fra gjennomføringsplanen (versjon ${version.versionNumber}).` },
      });
      changes.push({
        spesialiseringsperiodeId: row.id,
        partnerOrganisationId: row.receivingOrganisationId,
        kind: "AVBRUTT",
        text: `Spesialiseringsperioden i ${what} med ønsket start ${formatDay(row.desiredStart)} er fjernet fra planen og avbrutt.`,
      });
    } else if (row.status !== "GJENNOMFORT") {
      changes.push({
        spesialiseringsperiodeId: row.id,
        partnerOrganisationId: row.receivingOrganisationId,
        kind: "UENDRET_AVTALT",
        text: `Spesialiseringsperioden i ${what} er fjernet fra planen, men er allerede ${row.status === "TILBUDT" ? "tilbudt" : "avtalt"} og er ikke endret. Lokal koordinator følger opp.`,
      });
    }
  }

  const byPartner = new Map<string, SyncChange[]>();
  for (const change of changes) byPartner.set(change.partnerOrganisationId, [...(byPartner.get(change.partnerOrganisationId) ?? []), change]);
  for (const [organisationId, partnerChanges] of byPartner) {
    await enqueueNotification(tx, {
      kind: "plan-endret",
      recipientOrganisationId: organisationId,
      subject: `Endret gjennomføringsplan for ${lisName}`,
      body: [
        `Gjennomføringsplanen til ${lisName} er godkjent i versjon ${version.versionNumber}. Endringer som gjelder dere:`,
        ...partnerChanges.map((c) => `– ${c.text}`),
        "",
        "Hilsen LIS-koordinering",
      ].join("\n"),
      entityType: "PlanVersion",
      entityId: version.id,
    });
  }
  return { changes, notifiedOrganisationIds: [...byPartner.keys()] };
}
