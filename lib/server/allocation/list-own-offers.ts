import "server-only";
import { db } from "@/lib/server/db";
import type { Actor } from "@/lib/server/auth/load-actor";
import { expireOffers } from "./expire-offers";
import { AGREED_STATUSES } from "@/lib/domain/period-status";

export type OwnOffer = {
  id: string;
  status: "TILBUDT" | "AKSEPTERT" | "AVSLATT" | "UTLOPT" | "TRUKKET";
  department: string;
  organisation: string;
  specialty: string;
  startDate: Date;
  durationMonths: number;
  deadline: Date;
  offeredAt: Date;
  respondedAt: Date | null;
};

export type AgreedPeriod = { id: string; organisation: string; arena: string; specialty: string; status: string; agreedStart: Date; agreedEnd: Date; leaveAutomatic: boolean };

/** The LIS's own offers and agreed spesialiseringsperioder. */
export async function listOwnOffers(options: { actor: Actor; now?: Date }): Promise<{ offers: OwnOffer[]; agreed: AgreedPeriod[] }> {
  await expireOffers(options.now ?? new Date());
  const personId = options.actor.personId;
  const [offers, agreed] = await Promise.all([
    db.offer.findMany({ where: { personId }, include: { vacancy: { include: { department: true, organisation: true, specialty: true } } }, orderBy: { offeredAt: "desc" } }),
    db.spesialiseringsperiode.findMany({
      where: { personId, status: { in: [...AGREED_STATUSES] } },
      include: { receivingOrganisation: true, fagavtale: true, specialty: true },
      orderBy: { agreedStart: "desc" },
    }),
  ]);
  return {
    offers: offers.map((o) => ({
      id: o.id,
      status: o.status,
      department: o.vacancy.department.name,
      organisation: o.vacancy.organisation.name,
      specialty: o.vacancy.specialty.name,
      startDate: o.vacancy.startDate,
      durationMonths: o.vacancy.durationMonths,
      deadline: o.deadline,
      offeredAt: o.offeredAt,
      respondedAt: o.respondedAt,
    })),
    agreed: agreed.map((p) => ({
      id: p.id,
      organisation: p.receivingOrganisation.name,
      arena: p.fagavtale.arenaName,
      specialty: p.specialty.name,
      status: p.status,
      agreedStart: p.agreedStart!,
      agreedEnd: p.agreedEnd!,
      leaveAutomatic: p.leaveAutomatic,
    })),
  };
}
