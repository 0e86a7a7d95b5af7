import "server-only";
import { db } from "@/lib/server/db";
import type { AccessScope } from "@/lib/domain/access-scope";
import { UserError } from "@/lib/server/errors";
import { writeAudit } from "@/lib/server/audit/write-audit";
import { enqueueNotification } from "@/lib/server/notifications/enqueue-notification";
import { inScopeOrNotFound } from "@/lib/server/scope/in-scope";
import { spesialiseringsperiodeFacts, spesialiseringsperiodeWhere } from "@/lib/server/scope/spesialiseringsperiode-where";
import { isOneReceivingTrustViolation } from "./one-receiving-trust";
import { ACTIVE_WISH_STATUSES } from "@/lib/domain/period-status";


function oneTrustError(trustName: string): UserError {
  return new UserError(
    "RULE",
    `Du har allerede et aktivt ønske ved ${trustName}. En LIS kan bare ha ønsker ved ett mottakende foretak om gangen – trekk det ønsket først.`,
  );
}

/** Turns a need (BEHOV) into an active wish (ONSKE). Wishes at only one receiving trust at a time (seed 000 §a). */
export async function activateWish(options: { scope: AccessScope; periodId: string }): Promise<void> {
  const { scope } = options;
  // wish:manage: the LIS's own periods, or the local coordinator's trust's (the fagavtale's home party).
  const period = inScopeOrNotFound(
    await db.spesialiseringsperiode.findFirst({
      where: { AND: [spesialiseringsperiodeWhere(scope), { id: options.periodId }] },
      include: { receivingOrganisation: true, fagavtale: true, person: true },
    }),
  );
  if (period.status !== "BEHOV") throw new UserError("CONFLICT", "Bare et behov kan gjøres om til et ønske.");
  const elsewhere = await db.spesialiseringsperiode.findFirst({
    where: { personId: period.personId, status: { in: [...ACTIVE_WISH_STATUSES] }, receivingOrganisationId: { not: period.receivingOrganisationId } },
    include: { receivingOrganisation: true },
  });
  if (elsewhere) throw oneTrustError(elsewhere.receivingOrganisation.name);
  try {
    await db.$transaction(async (tx) => {
      await tx.spesialiseringsperiode.update({ where: { id: period.id }, data: { status: "ONSKE", statusReason: null } });
      await writeAudit(tx, scope, {
        action: "onske-aktivert",
        entityType: "Spesialiseringsperiode",
        entityId: period.id,
        data: { personId: period.personId, mottaker: period.receivingOrganisationId },
        facts: spesialiseringsperiodeFacts({ personId: period.personId, homeOrganisationId: period.fagavtale.homeOrganisationId }),
      });
      const coordinators = await tx.roleAssignment.findMany({ where: { role: "LOKAL_KOORDINATOR", organisationId: period.fagavtale.homeOrganisationId } });
      for (const c of coordinators.filter((x) => x.personId !== scope.personId)) {
        await enqueueNotification(tx, {
          kind: "onske-aktivert",
          recipientPersonId: c.personId,
          subject: `Nytt ønske om spesialiseringsperiode: ${period.person.name}`,
          body: `${period.person.name} ønsker spesialiseringsperiode ved ${period.receivingOrganisation.name}.`,
          entityType: "Spesialiseringsperiode",
          entityId: period.id,
        });
      }
    });
  } catch (error) {
    if (isOneReceivingTrustViolation(error)) {
      const other = await db.spesialiseringsperiode.findFirst({
        where: { personId: period.personId, status: { in: [...ACTIVE_WISH_STATUSES] }, receivingOrganisationId: { not: period.receivingOrganisationId } },
        include: { receivingOrganisation: true },
      });
      throw oneTrustError(other?.receivingOrganisation.name ?? "et annet foretak");
    }
    throw error;
  }
}
