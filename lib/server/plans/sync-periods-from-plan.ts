import "server-only";
import type { Tx } from "@/lib/server/db";
import { enqueueNotification } from "@/lib/server/notifications/enqueue-notification";
import { planPeriodSync } from "@/lib/domain/plan-period-sync";
import { formatDay } from "@/lib/format";
import type { PeriodStatus } from "@/lib/generated/prisma/enums";
import { LIVE_STATUSES } from "@/lib/domain/period-status";
import type { AuditBy } from "@/lib/server/audit/write-audit";
import { flagSentIntakeFormForResend } from "@/lib/server/intake/flag-intake-resend";

export type SyncChange = {
  spesialiseringsperiodeId: string;
  partnerOrganisationId: string;
  kind: "NY" | "FLYTTET" | "AVBRUTT" | "UENDRET_AVTALT";
  text: string;
};

export type SyncReport = { changes: SyncChange[]; notifiedOrganisationIds: string[] };

const LIVE: readonly PeriodStatus[] = LIVE_STATUSES;

/**
 * After a (revised) plan is approved, the LIS's spesialiseringsperioder follow it (DOMAIN.md "A revised
 * and re-signed plan updates the FE, and the partner trusts concerned are told"). Which rows are
 * created, moved, cancelled or only reported is decided by `planPeriodSync` (lib/domain); this applies
 * the steps and tells each partner trust whose periods changed, in one notification. Runs inside the
 * approval's transaction, on the version the approving scope found.
 */
export async function syncPeriodsFromPlan(
  tx: Tx,
  options: { personId: string; planVersionId: string; previousVersionId: string | null; by?: AuditBy; now?: Date },
): Promise<SyncReport> {
  const now = options.now ?? new Date();
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
    include: { specialty: true, fagavtale: { include: { partnerOrganisation: true } } },
    orderBy: { desiredStart: "asc" },
  });
  const previousPlanPeriodIds = new Set(
    options.previousVersionId ? (await tx.planPeriod.findMany({ where: { versionId: options.previousVersionId }, select: { id: true } })).map((p) => p.id) : [],
  );
  const planned = version.periods.map((p) => ({ ...p, planPeriodId: p.id, fagavtaleId: p.fagavtale!.id, partnerOrganisationId: p.fagavtale!.partnerOrganisationId, fagavtale: p.fagavtale! }));

  const changes: SyncChange[] = [];
  for (const step of planPeriodSync({ planned, existing, previousPlanPeriodIds })) {
    switch (step.action) {
      case "create": {
        const { planned: period, durationMonths } = step;
        const created = await tx.spesialiseringsperiode.create({
          data: {
            personId: options.personId,
            feRegistrationId: registration?.id ?? null,
            fagavtaleId: period.fagavtale.id,
            receivingOrganisationId: period.fagavtale.partnerOrganisationId,
            specialtyId: period.fagavtale.specialtyId,
            planPeriodId: period.id,
            status: "BEHOV",
            desiredStart: period.startDate,
            durationMonths,
          },
        });
        changes.push({
          spesialiseringsperiodeId: created.id,
          partnerOrganisationId: period.fagavtale.partnerOrganisationId,
          kind: "NY",
          text: `Ny planlagt spesialiseringsperiode i ${plannedWhat(period)}: ønsket start ${formatDay(period.startDate)}, ${durationMonths} måneder.`,
        });
        break;
      }
      case "update": {
        const { planned: period, row, durationMonths } = step;
        await tx.spesialiseringsperiode.update({
          where: { id: row.id },
          data: { planPeriodId: period.id, desiredStart: period.startDate, durationMonths, feRegistrationId: row.feRegistrationId ?? registration?.id ?? null },
        });
        if (step.moved) {
          // A sent intake form no longer says what the plan says (issue 14 §5): it must go again.
          const resend = await flagSentIntakeFormForResend(tx, options.by ?? null, {
            periodId: row.id,
            from: row.desiredStart,
            to: period.startDate,
            via: `revidert gjennomføringsplan, versjon ${version.versionNumber}`,
            now,
          });
          changes.push({
            spesialiseringsperiodeId: row.id,
            partnerOrganisationId: period.fagavtale.partnerOrganisationId,
            kind: "FLYTTET",
            text: `Spesialiseringsperioden i ${plannedWhat(period)} er endret: ønsket start ${formatDay(row.desiredStart)} → ${formatDay(period.startDate)}, varighet ${row.durationMonths} → ${durationMonths} måneder.${resend ? " Innmeldingsskjemaet dere har fått, sendes på nytt med ny oppstart." : ""}`,
          });
        }
        break;
      }
      case "report-moved": {
        const { planned: period, row } = step;
        changes.push({
          spesialiseringsperiodeId: row.id,
          partnerOrganisationId: period.fagavtale.partnerOrganisationId,
          kind: "UENDRET_AVTALT",
          text: `Planen viser nå start ${formatDay(period.startDate)} for ${plannedWhat(period)}, men perioden er allerede ${offeredOrAgreed(row.status)} og er ikke endret. Avtal eventuell endring med lokal koordinator.`,
        });
        break;
      }
      case "cancel": {
        const { row } = step;
        await tx.spesialiseringsperiode.update({
          where: { id: row.id },
          data: { status: "AVBRUTT", statusReason: `Fjernet fra gjennomføringsplanen (versjon ${version.versionNumber}).` },
        });
        changes.push({
          spesialiseringsperiodeId: row.id,
          partnerOrganisationId: row.receivingOrganisationId,
          kind: "AVBRUTT",
          text: `Spesialiseringsperioden i ${rowWhat(row)} med ønsket start ${formatDay(row.desiredStart)} er fjernet fra planen og avbrutt.`,
        });
        break;
      }
      case "report-removed": {
        const { row } = step;
        changes.push({
          spesialiseringsperiodeId: row.id,
          partnerOrganisationId: row.receivingOrganisationId,
          kind: "UENDRET_AVTALT",
          text: `Spesialiseringsperioden i ${rowWhat(row)} er fjernet fra planen, men er allerede ${offeredOrAgreed(row.status)} og er ikke endret. Lokal koordinator følger opp.`,
        });
        break;
      }
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

const plannedWhat = (period: { fagavtale: { specialty: { name: string }; partnerOrganisation: { name: string } } }) =>
  `${period.fagavtale.specialty.name} ved ${period.fagavtale.partnerOrganisation.name}`;
const rowWhat = (row: { specialty: { name: string }; fagavtale: { partnerOrganisation: { name: string } } }) => `${row.specialty.name} ved ${row.fagavtale.partnerOrganisation.name}`;
const offeredOrAgreed = (status: string) => (status === "TILBUDT" ? "tilbudt" : "avtalt");
