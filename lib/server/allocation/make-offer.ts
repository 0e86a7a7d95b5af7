import "server-only";
import { db, type Tx } from "@/lib/server/db";
import { grantsFor, type Actor } from "@/lib/server/auth/load-actor";
import { notFound, UserError } from "@/lib/server/errors";
import { writeAudit } from "@/lib/server/audit/write-audit";
import { enqueueNotification } from "@/lib/server/notifications/enqueue-notification";
import { capacityInTerm, termLabel, termOf } from "@/lib/domain/capacity";
import { formatDate, formatDay } from "@/lib/format";
import type { Prisma } from "@/lib/generated/prisma/client";
import { expireOffers } from "./expire-offers";
import { loadRanking } from "./load-ranking";
import { lockFagavtale, lockVacancy } from "./lock";
import { mapAllocationError, PLACE_TAKEN } from "./db-errors";
import { peopleWithRole } from "./notify";
import { POST_HOLDING_OFFER_STATUSES } from "@/lib/domain/offer-status";
import { addDays } from "@/lib/domain/calendar";
import { OFFER_DEADLINE_DAYS } from "@/lib/domain/rules";


export type MakeOfferResult = { kind: "TILBUD"; offerId: string } | { kind: "KONFLIKT"; conflictId: string };

/**
 * The receiving leader picks a candidate for a vacancy. Under row locks on the vacancy and the
 * candidate's fagavtale it re-ranks, checks the pick (eligible; the top candidate unless a written
 * deviation reason is given; an unsettled samtidskonflikt is opened instead of decided), takes the
 * next free post and the next free capacity slot of the term, and writes the offer. The partial unique
 * indexes behind Offer and CapacityUse are the last line: a violation becomes "Plassen er allerede tatt".
 */
export async function makeOffer(options: { actor: Actor; vacancyId: string; periodId: string; deviationReason?: string | null; now?: Date }): Promise<MakeOfferResult> {
  const { actor } = options;
  const now = options.now ?? new Date();
  const departmentIds = grantsFor(actor, "LEDER").flatMap((g) => (g.departmentId ? [g.departmentId] : []));
  const scoped = await db.vacancy.findFirst({ where: { id: options.vacancyId, departmentId: { in: departmentIds } }, select: { id: true } });
  if (!scoped) throw notFound("Fant ikke stillingen blant avdelingene du leder.");
  await expireOffers(now);

  try {
    return await db.$transaction(
      async (tx) => {
        await lockVacancy(tx, options.vacancyId);
        const vacancy = await tx.vacancy.findUniqueOrThrow({ where: { id: options.vacancyId }, include: { organisation: true, department: true, specialty: true } });
        if (vacancy.status !== "APEN") throw new UserError("CONFLICT", "Stillingen er ikke lenger åpen.");

        const liveOffers = await tx.offer.findMany({ where: { vacancyId: vacancy.id, status: { in: [...POST_HOLDING_OFFER_STATUSES] } }, select: { postNumber: true } });
        const taken = new Set(liveOffers.map((o) => o.postNumber));
        const postNumber = Array.from({ length: vacancy.posts }, (_, i) => i + 1).find((n) => !taken.has(n));
        if (postNumber === undefined) throw new UserError("CONFLICT", PLACE_TAKEN);

        const ranking = await loadRanking(tx, vacancy, now);
        const ineligible = ranking.ineligible.find((c) => c.candidate.id === options.periodId);
        if (ineligible) throw new UserError("RULE", `Kandidaten kan ikke tildeles plass: ${ineligible.reasons.join(" ")}`);
        const picked = ranking.ranked.find((c) => c.candidate.id === options.periodId);
        if (!picked) throw new UserError("CONFLICT", `${PLACE_TAKEN} Kandidaten står ikke lenger på listen for denne stillingen.`);

        let top = ranking.ranked[0]!;
        let conflictNote: string | null = null;
        if (ranking.conflict) {
          const tiedIds = [...ranking.conflict.candidateIds].sort();
          const existing = await tx.conflict.findMany({ where: { vacancyId: vacancy.id }, include: { candidates: true }, orderBy: { openedAt: "desc" } });
          const same = existing.find((c) => c.candidates.map((x) => x.spesialiseringsperiodeId).sort().join() === tiedIds.join());
          if (!same) {
            const conflictId = await openConflict(tx, { actor, vacancy, facts: ranking.conflict.facts, candidates: tiedIds.map((id) => ({ id, organisationId: ranking.periods.get(id)!.homeOrganisationId })), now });
            return { kind: "KONFLIKT", conflictId } as const;
          }
          if (same.status !== "LOST") {
            throw new UserError("CONFLICT", "Samtidskonflikten om denne plassen er ikke avgjort ennå. Du kan tilby plassen når den er avgjort.");
          }
          const chosen = ranking.ranked.find((c) => c.candidate.id === same.resolvedPeriodId);
          if (chosen) {
            top = chosen;
            conflictNote = `Samtidskonflikt avgjort til fordel for ${chosen.candidate.personName}.`;
          }
        }
        const deviationReason = options.deviationReason?.trim() || null;
        if (picked.candidate.id !== top.candidate.id && !deviationReason) {
          throw new UserError("VALIDATION", `Du må begrunne hvorfor du velger en annen enn ${top.candidate.personName}, som står øverst.`, {
            deviationReason: ["Skriv hvorfor du velger en annen enn kandidaten øverst på listen."],
          });
        }

        const info = ranking.periods.get(picked.candidate.id)!;
        await lockFagavtale(tx, info.fagavtaleId);
        const fagavtale = ranking.fagavtaler.find((f) => f.id === info.fagavtaleId)!;
        const term = termOf(vacancy.startDate, fagavtale.capacityUnit);
        const capacity = capacityInTerm(fagavtale.capacityUnit, fagavtale.capacityCount, term);
        const usedSlots = new Set((await tx.capacityUse.findMany({ where: { fagavtaleId: fagavtale.id, term }, select: { slot: true } })).map((u) => u.slot));
        const slot = Array.from({ length: capacity }, (_, i) => i + 1).find((s) => !usedSlots.has(s));
        if (slot === undefined) {
          throw new UserError("CONFLICT", `Kapasiteten i fagavtalen med ${fagavtale.homeOrganisation.name} er brukt opp for ${termLabel(term)} (${capacity} plass${capacity === 1 ? "" : "er"}).`);
        }

        const offer = await tx.offer.create({
          data: {
            vacancyId: vacancy.id,
            postNumber,
            spesialiseringsperiodeId: picked.candidate.id,
            personId: info.personId,
            rankAtOffer: picked.rank,
            deviationReason: picked.candidate.id === top.candidate.id ? null : deviationReason,
            deadline: addDays(now, OFFER_DEADLINE_DAYS),
            offeredById: actor.personId,
            offeredAt: now,
          },
        });
        await tx.capacityUse.create({ data: { fagavtaleId: fagavtale.id, term, slot, offerId: offer.id } });
        await tx.spesialiseringsperiode.update({ where: { id: picked.candidate.id }, data: { status: "TILBUDT", statusReason: `Tilbudt gjennomstrømningsstilling ved ${vacancy.department.name}, ${vacancy.organisation.shortName}.` } });

        await writeAudit(tx, actor, {
          action: "tilbud-gitt",
          entityType: "Offer",
          entityId: offer.id,
          data: {
            vacancyId: vacancy.id,
            periodId: picked.candidate.id,
            postNumber,
            rankAtOffer: picked.rank,
            topCandidate: top.candidate.id,
            deviationReason: offer.deviationReason,
            conflictNote,
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
    actor: Actor;
    vacancy: { id: string; organisation: { regionId: string | null; shortName: string }; department: { name: string }; specialty: { name: string } };
    facts: unknown;
    candidates: { id: string; organisationId: string }[];
    now: Date;
  },
): Promise<string> {
  const conflict = await tx.conflict.create({
    data: {
      vacancyId: args.vacancy.id,
      facts: args.facts as Prisma.InputJsonValue,
      openedAt: args.now,
      candidates: { create: args.candidates.map((c) => ({ spesialiseringsperiodeId: c.id, organisationId: c.organisationId })) },
      steps: {
        create: {
          kind: "OPPRETTET",
          level: "AVDELING",
          byId: args.actor.personId,
          byRole: "LEDER",
          outcome: "Samtidskonflikt opprettet",
          reason: "Kandidatene øverst kommer fra ulike foretak, og ventetid og progresjon avgjør ikke mellom dem (kriterium 6).",
          at: args.now,
        },
      },
    },
  });
  await writeAudit(tx, args.actor, { action: "konflikt-apnet", entityType: "Conflict", entityId: conflict.id, data: { vacancyId: args.vacancy.id, candidates: args.candidates } });
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
