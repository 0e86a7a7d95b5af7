import "server-only";
import { db, type Tx } from "@/lib/server/db";
import { UserError } from "@/lib/server/errors";
import { writeAudit } from "@/lib/server/audit/write-audit";
import { enqueueNotification } from "@/lib/server/notifications/enqueue-notification";
import { coveringRole, type AccessScope, type ObjectFacts } from "@/lib/domain/access-scope";
import { capacityInTerm, termLabel, termOf } from "@/lib/domain/capacity";
import { chooseCapacitySlot, choosePostNumber, decidePick, PLACE_TAKEN } from "@/lib/domain/offer-decision";
import { offerDeadline } from "@/lib/domain/offer-expiry";
import { formatDate, formatDay } from "@/lib/format";
import type { Prisma } from "@/lib/generated/prisma/client";
import { inScopeOrNotFound } from "@/lib/server/scope/in-scope";
import { vacancyFacts, vacancyWhere } from "@/lib/server/scope/vacancy-where";
import { expireOverdueOffersIn } from "./expire-offers";
import { loadQueueStanding } from "@/lib/server/queue/load-queue-standings";
import { lockFagavtale, lockVacancy } from "./lock";
import { mapAllocationError } from "./db-errors";
import { peopleWithRole } from "./notify";
import { POST_HOLDING_OFFER_STATUSES } from "@/lib/domain/offer-status";

export { OFFER_DEADLINE_DAYS } from "@/lib/domain/offer-expiry";

export type MakeOfferResult = { kind: "TILBUD"; offerId: string } | { kind: "KONFLIKT"; conflictId: string };

export const VACANCY_NOT_FOUND = "Fant ikke stillingen blant avdelingene du leder.";

/**
 * The receiving leader picks a candidate for a vacancy. Under row locks on the vacancy, then the
 * candidate's fagavtale, it lets the vacancy's overdue offers lapse, re-ranks, and asks the domain
 * (lib/domain/offer-decision.ts) what the pick means: an offer (the top candidate, or another with a
 * written deviation reason), a samtidskonflikt to open, or a refusal; it takes the next free post and
 * capacity slot of the term and writes the offer. The partial unique indexes behind Offer and
 * CapacityUse are the last line: a violation becomes "Plassen er allerede tatt".
 */
export async function makeOffer(options: { scope: AccessScope; vacancyId: string; periodId: string; deviationReason?: string | null; now?: Date }): Promise<MakeOfferResult> {
  const { scope } = options;
  const now = options.now ?? new Date();
  const scoped = inScopeOrNotFound(await db.vacancy.findFirst({ where: { AND: [vacancyWhere(scope), { id: options.vacancyId }] }, select: { id: true } }), VACANCY_NOT_FOUND);

  try {
    return await db.$transaction(
      async (tx) => {
        await lockVacancy(tx, scoped.id);
        // Offers on this vacancy past their deadline lapse first, so their posts and capacity are free (issue 8 §6).
        await expireOverdueOffersIn(tx, { now, where: { vacancyId: scoped.id } });
        const vacancy = await tx.vacancy.findUniqueOrThrow({ where: { id: scoped.id }, include: { organisation: true, department: true, specialty: true } });
        if (vacancy.status !== "APEN") throw new UserError("CONFLICT", "Stillingen er ikke lenger åpen.");
        const facts = vacancyFacts({ departmentId: vacancy.departmentId, organisationId: vacancy.organisationId, regionId: vacancy.organisation.regionId });

        const liveOffers = await tx.offer.findMany({ where: { vacancyId: vacancy.id, status: { in: [...POST_HOLDING_OFFER_STATUSES] } }, select: { postNumber: true } });
        const postNumber = choosePostNumber({ posts: vacancy.posts, takenPostNumbers: liveOffers.map((o) => o.postNumber) });
        if (postNumber === null) throw new UserError("CONFLICT", PLACE_TAKEN);

        // The queue with its recorded decisions, as every view shows it (lib/server/queue).
        const ranking = await loadQueueStanding(tx, { ...vacancy, vacancyId: vacancy.id }, now);
        const standing = ranking.standing;
        const decision = decidePick({
          pickedId: options.periodId,
          ranked: ranking.ranked.map((r) => ({ id: r.candidate.id, name: r.candidate.personName, rank: r.rank })),
          ineligible: ranking.ineligible.map((r) => ({ id: r.candidate.id, reasons: r.reasons })),
          standing,
          deviationReason: options.deviationReason,
        });
        if (decision.kind === "REFUSE") throw new UserError(decision.code, decision.message, decision.fieldErrors);
        if (decision.kind === "OPEN_CONFLICT") {
          const conflictId = await openConflict(tx, {
            scope,
            facts,
            vacancy,
            conflictFacts: ranking.conflict!.facts,
            candidates: decision.candidateIds.map((id) => ({ id, organisationId: ranking.periods.get(id)!.homeOrganisationId })),
            now,
          });
          return { kind: "KONFLIKT", conflictId } as const;
        }

        const picked = ranking.ranked.find((c) => c.candidate.id === options.periodId)!;
        const info = ranking.periods.get(picked.candidate.id)!;
        await lockFagavtale(tx, info.fagavtaleId);
        // Unit and capacity as they are now, under the lock: the ranking read them before it, and a
        // fagavtale edit (which takes the same lock and re-keys the places) may have committed since.
        const fagavtale = await tx.fagavtale.findUniqueOrThrow({
          where: { id: info.fagavtaleId },
          select: { id: true, capacityUnit: true, capacityCount: true, homeOrganisation: { select: { name: true } } },
        });
        const term = termOf(vacancy.startDate, fagavtale.capacityUnit);
        const capacity = capacityInTerm(fagavtale.capacityUnit, fagavtale.capacityCount, term);
        const usedSlots = (await tx.capacityUse.findMany({ where: { fagavtaleId: fagavtale.id, term }, select: { slot: true } })).map((u) => u.slot);
        const slot = chooseCapacitySlot({ capacity, usedSlots });
        if (slot === null) {
          throw new UserError("CONFLICT", `Kapasiteten i fagavtalen med ${fagavtale.homeOrganisation.name} er brukt opp for ${termLabel(term)} (${capacity} plass${capacity === 1 ? "" : "er"}).`);
        }

        const offer = await tx.offer.create({
          data: {
            vacancyId: vacancy.id,
            postNumber,
            spesialiseringsperiodeId: picked.candidate.id,
            personId: info.personId,
            rankAtOffer: decision.rankAtOffer,
            deviationReason: decision.deviationReason,
            deadline: offerDeadline(now),
            offeredById: scope.personId,
            offeredAt: now,
          },
        });
        await tx.capacityUse.create({ data: { fagavtaleId: fagavtale.id, term, slot, offerId: offer.id } });
        await tx.spesialiseringsperiode.update({ where: { id: picked.candidate.id }, data: { status: "TILBUDT", statusReason: `Tilbudt gjennomstrømningsstilling ved ${vacancy.department.name}, ${vacancy.organisation.shortName}.` } });

        await writeAudit(tx, scope, {
          action: "tilbud-gitt",
          entityType: "Offer",
          entityId: offer.id,
          facts,
          data: {
            vacancyId: vacancy.id,
            periodId: picked.candidate.id,
            postNumber,
            rankAtOffer: decision.rankAtOffer,
            topCandidate: decision.topId,
            deviationReason: decision.deviationReason,
            conflictNote: decision.conflictNote,
            capacity: { fagavtaleId: fagavtale.id, term, slot },
            drawSeed: vacancy.drawSeed,
            reasons: picked.reasons,
          } satisfies Prisma.InputJsonValue,
        });
        const subject = `Tilbud om gjennomstrømningsstilling: ${vacancy.specialty.name}, ${vacancy.organisation.shortName}`;
        const body = `${picked.candidate.personName} er tilbudt gjennomstrømningsstilling ved ${vacancy.department.name}, ${vacancy.organisation.name}, med start ${formatDay(vacancy.startDate)} i ${vacancy.durationMonths} måneder. Svarfrist: ${formatDate(offer.deadline)}.`;
        const recipients = new Set<string>([info.personId]);
        if (info.employmentDepartmentId) for (const p of await peopleWithRole(tx, { role: "LEDER", departmentId: info.employmentDepartmentId }, now)) recipients.add(p);
        for (const p of await peopleWithRole(tx, { role: "LOKAL_KOORDINATOR", organisationId: info.homeOrganisationId }, now)) recipients.add(p);
        for (const recipientPersonId of recipients) {
          await enqueueNotification(tx, { kind: "offer.created", recipientPersonId, subject, body, entityType: "Offer", entityId: offer.id });
        }
        return { kind: "TILBUD", offerId: offer.id } as const;
      },
      { timeout: 30_000, maxWait: 30_000 },
    );
  } catch (error) {
    throw mapAllocationError(error);
  }
}

async function openConflict(
  tx: Tx,
  args: {
    scope: AccessScope;
    facts: ObjectFacts;
    vacancy: { id: string; organisation: { regionId: string | null; shortName: string }; department: { name: string }; specialty: { name: string } };
    conflictFacts: unknown;
    candidates: { id: string; organisationId: string }[];
    now: Date;
  },
): Promise<string> {
  const conflict = await tx.conflict.create({
    data: {
      vacancyId: args.vacancy.id,
      facts: args.conflictFacts as Prisma.InputJsonValue,
      openedAt: args.now,
      candidates: { create: args.candidates.map((c) => ({ spesialiseringsperiodeId: c.id, organisationId: c.organisationId })) },
      steps: {
        create: {
          kind: "OPPRETTET",
          level: "AVDELING",
          byId: args.scope.personId,
          byRole: coveringRole(args.scope, args.facts),
          outcome: "Samtidskonflikt opprettet",
          reason: "Kandidatene øverst kommer fra ulike foretak, og ventetid og progresjon avgjør ikke mellom dem (kriterium 6).",
          at: args.now,
        },
      },
    },
  });
  await writeAudit(tx, args.scope, { action: "konflikt-apnet", entityType: "Conflict", entityId: conflict.id, facts: args.facts, data: { vacancyId: args.vacancy.id, candidates: args.candidates } });
  const recipients = new Set<string>();
  if (args.vacancy.organisation.regionId) for (const p of await peopleWithRole(tx, { role: "REGIONAL_KOORDINATOR", regionId: args.vacancy.organisation.regionId }, args.now)) recipients.add(p);
  for (const c of args.candidates) for (const p of await peopleWithRole(tx, { role: "LOKAL_KOORDINATOR", organisationId: c.organisationId }, args.now)) recipients.add(p);
  for (const recipientPersonId of recipients) {
    await enqueueNotification(tx, {
      kind: "conflict.opened",
      recipientPersonId,
      subject: `Samtidskonflikt: ${args.vacancy.specialty.name}, ${args.vacancy.department.name} ${args.vacancy.organisation.shortName}`,
      body: "Kandidater fra flere foretak står likt til samme gjennomstrømningsstilling. Konflikten må avgjøres på avdelingsnivå eller løftes til fagsjefene.",
      entityType: "Conflict",
      entityId: conflict.id,
    });
  }
  return conflict.id;
}
