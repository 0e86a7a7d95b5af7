import "server-only";
import { db } from "@/lib/server/db";
import type { AccessScope } from "@/lib/domain/access-scope";
import { UserError } from "@/lib/server/errors";
import { writeAudit } from "@/lib/server/audit/write-audit";
import { inScopeOrNotFound } from "@/lib/server/scope/in-scope";
import { personWhere } from "@/lib/server/scope/person-where";
import { isUniqueViolation } from "@/lib/server/allocation/db-errors";
import { parseEntraObjectId, parseHprNumber } from "@/lib/domain/person-identity";

export const HPR_TAKEN = "HPR-nummeret er allerede registrert på en annen person.";
export const OID_TAKEN = "Katalog-ID-en er allerede koblet til en annen person.";

/**
 * A coordinator sets or clears a person's HPR number and Entra ID directory object id (issue 12 §5):
 * only for people in their scope (local: employed in their trust; regional: in their region), each
 * value validated, a clash with another person answered in Norwegian, old → new in the audit record.
 */
export async function updatePersonIdentity(options: { scope: AccessScope; personId: string; hprNumber: string; entraObjectId: string }): Promise<void> {
  const { scope } = options;
  const person = inScopeOrNotFound(
    await db.person.findFirst({ where: { AND: [personWhere(scope), { id: options.personId }] }, select: { id: true, hprNumber: true, entraObjectId: true } }),
  );
  const hpr = parseHprNumber(options.hprNumber);
  const oid = parseEntraObjectId(options.entraObjectId);
  const fieldErrors = { ...(hpr.ok ? {} : { hprNumber: [hpr.problem] }), ...(oid.ok ? {} : { entraObjectId: [oid.problem] }) };
  if (!hpr.ok || !oid.ok) throw new UserError("VALIDATION", Object.values(fieldErrors).flat()[0]!, fieldErrors);
  if (hpr.value === person.hprNumber && oid.value === person.entraObjectId) {
    throw new UserError("VALIDATION", "Ingen endring: verdiene er de samme som før.", { hprNumber: ["Endre HPR-nummeret eller katalog-ID-en før du lagrer."] });
  }
  try {
    await db.$transaction(async (tx) => {
      const clash = await tx.person.findFirst({
        where: { id: { not: person.id }, OR: [...(hpr.value ? [{ hprNumber: hpr.value }] : []), ...(oid.value ? [{ entraObjectId: oid.value }] : [])] },
        select: { hprNumber: true },
      });
      if (clash) throw clashError(clash.hprNumber !== null && clash.hprNumber === hpr.value ? "hpr" : "oid");
      await tx.person.update({ where: { id: person.id }, data: { hprNumber: hpr.value, entraObjectId: oid.value } });
      await writeAudit(tx, scope, {
        action: "person-identitet-endret",
        entityType: "Person",
        entityId: person.id,
        data: {
          ...(hpr.value !== person.hprNumber ? { hprNumber: { fra: person.hprNumber, til: hpr.value } } : {}),
          ...(oid.value !== person.entraObjectId ? { entraObjectId: { fra: person.entraObjectId, til: oid.value } } : {}),
        },
      });
    });
  } catch (error) {
    // Two coordinators saving the same number at once: the unique index decides, the answer is the same.
    if (isUniqueViolation(error)) throw clashError(String(error).includes("hprNumber") ? "hpr" : "oid");
    throw error;
  }
}

function clashError(field: "hpr" | "oid"): UserError {
  return field === "hpr" ? new UserError("VALIDATION", HPR_TAKEN, { hprNumber: [HPR_TAKEN] }) : new UserError("VALIDATION", OID_TAKEN, { entraObjectId: [OID_TAKEN] });
}

/**
 * Confirms or rejects a pending Entra ID link request (decision 0021) for a person in the scope. On
 * confirmation the directory object id is stored, so the next Entra login signs the person in; any
 * other pending request for the same person or object id is rejected with it.
 */
export async function decideEntraLink(options: { scope: AccessScope; requestId: string; decision: "BEKREFT" | "AVVIS"; now?: Date }): Promise<void> {
  const { scope } = options;
  const now = options.now ?? new Date();
  const request = inScopeOrNotFound(
    await db.entraLinkRequest.findFirst({
      where: { id: options.requestId, status: "VENTER", person: personWhere(scope) },
      include: { person: { select: { id: true, entraObjectId: true, disabledAt: true } } },
    }),
    "Fant ikke koblingsforespørselen. Den kan allerede være behandlet.",
  );
  const decided = { decidedAt: now, decidedById: scope.personId };
  if (options.decision === "AVVIS") {
    await db.$transaction(async (tx) => {
      const { count } = await tx.entraLinkRequest.updateMany({ where: { id: request.id, status: "VENTER" }, data: { status: "AVVIST", ...decided } });
      if (count !== 1) throw new UserError("CONFLICT", "Forespørselen er allerede behandlet.");
      await writeAudit(tx, scope, { action: "entra-kobling-avvist", entityType: "EntraLinkRequest", entityId: request.id, data: { personId: request.personId, objectId: request.objectId } });
    });
    return;
  }
  if (request.person.entraObjectId) throw new UserError("CONFLICT", "Personen er allerede koblet til en Entra ID-konto. Endre katalog-ID-en på personen i stedet.");
  try {
    await db.$transaction(async (tx) => {
      const { count } = await tx.entraLinkRequest.updateMany({ where: { id: request.id, status: "VENTER" }, data: { status: "BEKREFTET", ...decided } });
      if (count !== 1) throw new UserError("CONFLICT", "Forespørselen er allerede behandlet.");
      const taken = await tx.person.findFirst({ where: { entraObjectId: request.objectId }, select: { id: true } });
      if (taken) throw new UserError("CONFLICT", OID_TAKEN);
      await tx.person.update({ where: { id: request.personId }, data: { entraObjectId: request.objectId } });
      await tx.entraLinkRequest.updateMany({
        where: { status: "VENTER", OR: [{ personId: request.personId }, { objectId: request.objectId }] },
        data: { status: "AVVIST", ...decided },
      });
      await writeAudit(tx, scope, {
        action: "entra-kobling-bekreftet",
        entityType: "EntraLinkRequest",
        entityId: request.id,
        data: { personId: request.personId, entraObjectId: { fra: null, til: request.objectId } },
      });
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw new UserError("CONFLICT", OID_TAKEN);
    throw error;
  }
}
