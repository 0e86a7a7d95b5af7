import "server-only";
import { db, type Tx } from "@/lib/server/db";
import type { AccessScope } from "@/lib/domain/access-scope";
import { UserError } from "@/lib/server/errors";
import { writeAudit } from "@/lib/server/audit/write-audit";
import type { Prisma } from "@/lib/generated/prisma/client";
import { inScopeOrNotFound } from "@/lib/server/scope/in-scope";
import { fagavtaleFacts, fagavtaleHomeWhere, fagavtaleWhere } from "@/lib/server/scope/fagavtale-where";
import { lockFagavtale } from "@/lib/server/allocation/lock";
import { overbookedMessage, planCapacityEdit, type CapacityUsageItem } from "@/lib/domain/capacity-edit";
import { termOf, type CapacityUnit } from "@/lib/domain/capacity";
import { AGREED_STATUSES } from "@/lib/domain/period-status";
import { osloToday } from "@/lib/domain/calendar";
import { dayInputValue, INVALID_DATE_TEXT } from "@/lib/format";

export type FagavtaleInput = {
  homeOrganisationId: string;
  partnerOrganisationId: string;
  specialtyId: string;
  arenaName: string;
  normertTidMonths: number;
  capacityCount: number;
  capacityUnit: "PER_AR" | "PER_SEMESTER" | "VARSEMESTER" | "HOSTSEMESTER";
  intakeProcedure: "HELSE_NORD_TILDELING" | "EGET_SKJEMA";
  contactName?: string | null;
  contactEmail?: string | null;
  validFrom: Date;
  validTo?: Date | null;
  dekkes: string[];
  forkunnskap: string[];
  notes?: string;
};

const day = (d: Date | null | undefined) => (d ? dayInputValue(d) || INVALID_DATE_TEXT : null);

/** The agreement as stored in a FagavtaleVersion: every field a coordinator can change. */
async function snapshotOf(tx: Tx, id: string): Promise<Prisma.InputJsonValue> {
  const a = await tx.fagavtale.findUniqueOrThrow({ where: { id }, include: { learningGoals: { include: { learningGoal: true } } } });
  return {
    homeOrganisationId: a.homeOrganisationId,
    partnerOrganisationId: a.partnerOrganisationId,
    specialtyId: a.specialtyId,
    arenaName: a.arenaName,
    normertTidMonths: a.normertTidMonths,
    capacityCount: a.capacityCount,
    capacityUnit: a.capacityUnit,
    intakeProcedure: a.intakeProcedure,
    contactName: a.contactName,
    contactEmail: a.contactEmail,
    validFrom: day(a.validFrom),
    validTo: day(a.validTo),
    notes: a.notes,
    dekkes: a.learningGoals.filter((g) => g.role === "DEKKES").map((g) => g.learningGoal.code).sort(),
    forkunnskap: a.learningGoals.filter((g) => g.role === "FORKUNNSKAP").map((g) => g.learningGoal.code).sort(),
  };
}

/**
 * Creates or changes a fagavtale. FagavtaleVersion n holds the agreement as it stood at version n:
 * the first change of an agreement without history also records the state it changed from.
 * The scope (`fagavtale:manage`) decides where: an existing agreement must be in it (else "not
 * found"), and the home party — new or changed — must be a trust the scope may be home party for.
 */
export async function saveFagavtale(options: {
  scope: AccessScope;
  id?: string;
  expectedVersion?: number;
  input: FagavtaleInput;
  reason: string;
  now?: Date;
}): Promise<{ id: string; version: number }> {
  const { input, scope } = options;
  const home = await db.organisation.findFirst({ where: { AND: [fagavtaleHomeWhere(scope), { id: input.homeOrganisationId }] } });
  if (!home) throw new UserError("VALIDATION", "Du kan bare lage fagavtaler der ditt foretak er hjemmepart.", { homeOrganisationId: ["Velg et foretak du er koordinator for."] });
  if (input.partnerOrganisationId === input.homeOrganisationId) {
    throw new UserError("VALIDATION", "Samarbeidsparten må være en annen enn hjemmeparten.", { partnerOrganisationId: ["Velg en annen samarbeidspart enn hjemmeparten."] });
  }
  // Any trust or samarbeidsaktør may be the partner: the choice is not scoped.
  const partner = await db.organisation.findUnique({ where: { id: input.partnerOrganisationId } });
  if (!partner) throw new UserError("VALIDATION", "Ukjent samarbeidspart.", { partnerOrganisationId: ["Velg en samarbeidspart fra listen."] });
  const specialty = await db.specialty.findUnique({ where: { id: input.specialtyId } });
  if (!specialty) throw new UserError("VALIDATION", "Ukjent spesialitet.", { specialtyId: ["Velg en spesialitet fra listen."] });

  const codes = [...new Set([...input.dekkes, ...input.forkunnskap])];
  const goals = await db.learningGoal.findMany({ where: { code: { in: codes } } });
  const byCode = new Map(goals.map((g) => [g.code, g]));
  const goalErrors: Record<string, string[]> = {};
  for (const field of ["dekkes", "forkunnskap"] as const) {
    const bad = input[field].filter((c) => {
      const g = byCode.get(c);
      return !g || (g.specialtyId !== null && g.specialtyId !== specialty.id);
    });
    if (bad.length) goalErrors[field] = [`Ukjente læringsmål for ${specialty.name}: ${bad.join(", ")}.`];
  }
  const both = input.dekkes.filter((c) => input.forkunnskap.includes(c));
  if (both.length) goalErrors.forkunnskap = [...(goalErrors.forkunnskap ?? []), `Et læringsmål kan ikke både dekkes og være forkunnskap: ${both.join(", ")}.`];
  if (Object.keys(goalErrors).length) throw new UserError("VALIDATION", "Sjekk læringsmålene.", goalErrors);

  const data = {
    homeOrganisationId: input.homeOrganisationId,
    partnerOrganisationId: input.partnerOrganisationId,
    specialtyId: input.specialtyId,
    arenaName: input.arenaName.trim(),
    normertTidMonths: input.normertTidMonths,
    capacityCount: input.capacityCount,
    capacityUnit: input.capacityUnit,
    intakeProcedure: input.intakeProcedure,
    contactName: input.contactName?.trim() || null,
    contactEmail: input.contactEmail?.trim().toLowerCase() || null,
    validFrom: input.validFrom,
    validTo: input.validTo ?? null,
    notes: input.notes?.trim() ?? "",
  };
  const goalRows = [
    ...input.dekkes.map((c) => ({ learningGoalId: byCode.get(c)!.id, role: "DEKKES" as const })),
    ...input.forkunnskap.map((c) => ({ learningGoalId: byCode.get(c)!.id, role: "FORKUNNSKAP" as const })),
  ];
  const reason = options.reason.trim();
  const facts = fagavtaleFacts(
    { homeOrganisationId: home.id, homeRegionId: home.regionId, partnerOrganisationId: partner.id, partnerRegionId: partner.regionId },
    "fagavtale:manage",
  );

  if (!options.id) {
    return db.$transaction(async (tx) => {
      const created = await tx.fagavtale.create({ data: { ...data, version: 1, learningGoals: { create: goalRows } } });
      await tx.fagavtaleVersion.create({
        data: { fagavtaleId: created.id, version: 1, snapshot: await snapshotOf(tx, created.id), changedById: scope.personId, reason: reason || "Opprettet" },
      });
      await writeAudit(tx, scope, { action: "fagavtale-opprettet", entityType: "Fagavtale", entityId: created.id, data: { versjon: 1 }, facts });
      return { id: created.id, version: 1 };
    });
  }

  const existing = inScopeOrNotFound(await db.fagavtale.findFirst({ where: { AND: [fagavtaleWhere(scope), { id: options.id }] } }));
  if (!reason) throw new UserError("VALIDATION", "Skriv hva som er endret og hvorfor.", { reason: ["Skriv hva som er endret og hvorfor."] });
  return db.$transaction(async (tx) => {
    // The same row lock the offer path takes (decision 0006): no offer can take a place while the
    // capacity changes, and this change sees every place taken before it.
    await lockFagavtale(tx, existing.id);
    await applyCapacityChange(tx, { fagavtaleId: existing.id, unit: data.capacityUnit, count: data.capacityCount, now: options.now ?? new Date() });
    const previous = await snapshotOf(tx, existing.id);
    const bumped = await tx.fagavtale.updateMany({
      where: { id: existing.id, version: options.expectedVersion ?? existing.version },
      data: { ...data, version: { increment: 1 } },
    });
    if (bumped.count !== 1) throw new UserError("CONFLICT", "Fagavtalen er endret av noen andre mens du redigerte. Last siden på nytt og gjør endringen igjen.");
    const version = existing.version + 1;
    const hasPrevious = await tx.fagavtaleVersion.findUnique({ where: { fagavtaleId_version: { fagavtaleId: existing.id, version: existing.version } } });
    // The state before the change, if it was never recorded (seeded or older agreements), then the new state.
    if (!hasPrevious) {
      await tx.fagavtaleVersion.create({
        data: { fagavtaleId: existing.id, version: existing.version, snapshot: previous, changedById: scope.personId, reason: "Tilstand før første registrerte endring" },
      });
    }
    await tx.fagavtaleLearningGoal.deleteMany({ where: { fagavtaleId: existing.id } });
    await tx.fagavtaleLearningGoal.createMany({ data: goalRows.map((g) => ({ ...g, fagavtaleId: existing.id })) });
    const after = await snapshotOf(tx, existing.id);
    await tx.fagavtaleVersion.create({ data: { fagavtaleId: existing.id, version, snapshot: after, changedById: scope.personId, reason } });
    await writeAudit(tx, scope, {
      action: "fagavtale-endret",
      entityType: "Fagavtale",
      entityId: existing.id,
      data: { fraVersjon: existing.version, tilVersjon: version, begrunnelse: reason },
      facts,
    });
    return { id: existing.id, version };
  });
}

/** Every place taken from the agreement: its CapacityUse rows and the agreed periods under it. */
async function loadUsage(tx: Tx, fagavtaleId: string, unit: CapacityUnit): Promise<{ items: CapacityUsageItem[]; slots: Map<string, { term: string; slot: number }> }> {
  const uses = await tx.capacityUse.findMany({
    where: { fagavtaleId },
    include: { offer: { select: { status: true, spesialiseringsperiodeId: true, person: { select: { name: true } }, vacancy: { select: { startDate: true } } } } },
  });
  const periods = await tx.spesialiseringsperiode.findMany({
    where: { fagavtaleId, status: { in: [...AGREED_STATUSES] } },
    select: { id: true, agreedStart: true, desiredStart: true, createdAt: true, person: { select: { name: true } } },
  });
  const items: CapacityUsageItem[] = [
    ...uses.map((u) => ({
      useId: u.id,
      periodId: u.offer?.spesialiseringsperiodeId ?? null,
      kind: u.offer?.status === "TILBUDT" ? ("RESERVERT" as const) : ("BRUKT" as const),
      term: u.term,
      start: u.offer?.vacancy.startDate ?? null,
      lisName: u.offer?.person.name ?? "plass uten tilbud",
      takenAt: u.createdAt,
    })),
    ...periods.map((p) => {
      const start = p.agreedStart ?? p.desiredStart;
      return { useId: null, periodId: p.id, kind: "BRUKT" as const, term: termOf(start, unit), start, lisName: p.person.name, takenAt: p.createdAt };
    }),
  ];
  return { items, slots: new Map(uses.map((u) => [u.id, { term: u.term, slot: u.slot }])) };
}

/**
 * Issue 11 §4: re-keys the agreement's places into the new unit's terms (slots 1..n per term) and
 * refuses — writing nothing — when a term that has not ended would hold more places than the new
 * capacity. Runs under the fagavtale's row lock.
 */
async function applyCapacityChange(tx: Tx, args: { fagavtaleId: string; unit: CapacityUnit; count: number; now: Date }): Promise<void> {
  const current = await tx.fagavtale.findUniqueOrThrow({ where: { id: args.fagavtaleId }, select: { capacityUnit: true, capacityCount: true } });
  // A change that leaves the capacity as it was (notes, contact, goals) is never refused for it.
  if (current.capacityUnit === args.unit && current.capacityCount === args.count) return;
  const { items, slots } = await loadUsage(tx, args.fagavtaleId, current.capacityUnit);
  const plan = planCapacityEdit({ usage: items, unit: args.unit, count: args.count, today: osloToday(args.now) });
  if (plan.overbooked.length) {
    const message = overbookedMessage(plan.overbooked);
    throw new UserError("VALIDATION", message, { capacityCount: [message] });
  }
  const moved = plan.rekeyed.filter((r) => {
    const was = slots.get(r.useId)!;
    return was.term !== r.term || was.slot !== r.slot;
  });
  if (!moved.length) return;
  // (fagavtaleId, term, slot) is unique: take the moved rows out, then put them back under their new keys.
  const rows = await tx.capacityUse.findMany({ where: { id: { in: moved.map((m) => m.useId) } } });
  await tx.capacityUse.deleteMany({ where: { id: { in: rows.map((r) => r.id) } } });
  const target = new Map(moved.map((m) => [m.useId, m]));
  await tx.capacityUse.createMany({
    data: rows.map((r) => ({ id: r.id, fagavtaleId: r.fagavtaleId, offerId: r.offerId, createdAt: r.createdAt, term: target.get(r.id)!.term, slot: target.get(r.id)!.slot })),
  });
}
