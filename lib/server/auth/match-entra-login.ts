import "server-only";
import { db } from "@/lib/server/db";
import { writeAudit } from "@/lib/server/audit/write-audit";
import type { EntraVerdict } from "@/lib/domain/entra-claims";

export type EntraMatch = { kind: "person"; personId: string } | { kind: "venter" } | { kind: "ingen-tilgang" };

/**
 * Entra ID login (decision 0021): the person whose stored directory object id is the token's `oid`.
 * An unknown oid whose Entra-verified e-mail matches a person without a linked oid leaves one pending
 * link request (never more than one per oid) and grants nothing until a coordinator confirms it.
 * Anything else creates nothing.
 */
export async function matchEntraLogin(verdict: Extract<EntraVerdict, { ok: true }>): Promise<EntraMatch> {
  const linked = await db.person.findUnique({ where: { entraObjectId: verdict.objectId }, select: { id: true, disabledAt: true } });
  if (linked) return linked.disabledAt ? { kind: "ingen-tilgang" } : { kind: "person", personId: linked.id };
  if (!verdict.verifiedEmail) return { kind: "ingen-tilgang" };
  const person = await db.person.findUnique({ where: { email: verdict.verifiedEmail }, select: { id: true, disabledAt: true, entraObjectId: true } });
  // A person already linked to another oid is not re-linked by an e-mail address.
  if (!person || person.disabledAt || person.entraObjectId) return { kind: "ingen-tilgang" };
  await db.$transaction(async (tx) => {
    const pending = await tx.entraLinkRequest.findFirst({ where: { objectId: verdict.objectId, personId: person.id, status: "VENTER" }, select: { id: true } });
    if (pending) return;
    const request = await tx.entraLinkRequest.create({
      data: { personId: person.id, objectId: verdict.objectId, tenantId: verdict.tenantId, email: verdict.verifiedEmail!, nameInToken: verdict.name },
    });
    await writeAudit(tx, null, { action: "entra-kobling-forespurt", entityType: "EntraLinkRequest", entityId: request.id, data: { personId: person.id, objectId: verdict.objectId } });
  });
  return { kind: "venter" };
}
