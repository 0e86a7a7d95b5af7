import "server-only";
import { loadPeriodGoals, type PeriodGoalLine } from "@/lib/server/periods/load-period-goals";
import { db } from "@/lib/server/db";
import { scopeIds, type AccessScope } from "@/lib/domain/access-scope";
import { termOf, upcomingTerms, type CapacityStatus } from "@/lib/domain/capacity";
import { capacityByTerm } from "@/lib/domain/capacity-usage";
import { fagavtaleWhere } from "@/lib/server/scope/fagavtale-where";
import { AGREED_STATUSES, QUEUED_STATUSES } from "@/lib/domain/period-status";

/** Terms shown ahead on the receiving leader's start page. */
export const RECEIVING_TERMS = 4;
/** Incoming LIS listed at most per agreement (the rest are counted). */
export const INCOMING_LIMIT = 20;

export type ReceivingTerm = CapacityStatus & { waiting: number };
export type ReceivingAgreement = {
  id: string;
  home: string;
  specialty: string;
  arenaName: string;
  department: string;
  terms: ReceivingTerm[];
  /** Agreed and ongoing; an ongoing one with the fagavtale's learning goals, which the leader marks (issue 14 §7). */
  incoming: { id: string; name: string; status: string; agreedStart: Date; agreedEnd: Date | null; goals: PeriodGoalLine[] }[];
  incomingTotal: number;
};

/**
 * The receiving leader's start page (issue 10 §3): each fagavtale whose læringsarena is one of the
 * leader's departments, with capacity used / reserved / free and candidates waiting per term, and the
 * LIS coming in with their agreed start. One query for the agreements with their rows; bounded by the
 * leader's departments and the upcoming terms.
 */
export async function getReceivingOverview(options: { scope: AccessScope; now?: Date }): Promise<ReceivingAgreement[]> {
  const { scope } = options;
  const now = options.now ?? new Date();
  const departmentIds = scopeIds(scope, "departmentIds", "LEDER");
  if (departmentIds.length === 0) return [];
  const agreements = await db.fagavtale.findMany({
    where: { AND: [fagavtaleWhere(scope), { partnerDepartmentId: { in: departmentIds } }] },
    include: {
      homeOrganisation: { select: { name: true } },
      partnerDepartment: { select: { name: true } },
      specialty: { select: { name: true } },
      capacityUses: { select: { term: true, offer: { select: { status: true, spesialiseringsperiodeId: true } } } },
      spesialiseringsperioder: {
        where: { status: { in: [...AGREED_STATUSES, ...QUEUED_STATUSES] }, OR: [{ agreedEnd: null }, { agreedEnd: { gt: now } }] },
        select: { id: true, status: true, agreedStart: true, agreedEnd: true, desiredStart: true, person: { select: { name: true } } },
        orderBy: [{ agreedStart: "asc" }, { desiredStart: "asc" }, { id: "asc" }],
      },
    },
    orderBy: [{ specialty: { name: "asc" } }, { homeOrganisation: { name: "asc" } }],
  });
  // The learning goals of the periods running now, for the leader to mark: one statement for all.
  const running = agreements.flatMap((a) => a.spesialiseringsperioder.filter((p) => p.status === "PAGAR").map((p) => p.id));
  const goals = await loadPeriodGoals(running);
  return agreements.map((a) => {
    const terms = upcomingTerms(now, a.capacityUnit, RECEIVING_TERMS);
    const capacity = capacityByTerm({
      unit: a.capacityUnit,
      count: a.capacityCount,
      terms,
      uses: a.capacityUses.map((u) => ({ term: u.term, offerStatus: u.offer?.status ?? null, periodId: u.offer?.spesialiseringsperiodeId ?? null })),
      periods: a.spesialiseringsperioder,
    });
    const queued = a.spesialiseringsperioder.filter((p) => (QUEUED_STATUSES as readonly string[]).includes(p.status));
    const incoming = a.spesialiseringsperioder.filter((p) => (AGREED_STATUSES as readonly string[]).includes(p.status) && p.agreedStart);
    return {
      id: a.id,
      home: a.homeOrganisation.name,
      specialty: a.specialty.name,
      arenaName: a.arenaName,
      department: a.partnerDepartment?.name ?? a.arenaName,
      terms: capacity.map((c) => ({ ...c, waiting: queued.filter((p) => termOf(p.desiredStart, a.capacityUnit) === c.term).length })),
      incoming: incoming.slice(0, INCOMING_LIMIT).map((p) => ({ id: p.id, name: p.person.name, status: p.status, agreedStart: p.agreedStart!, agreedEnd: p.agreedEnd, goals: goals.get(p.id) ?? [] })),
      incomingTotal: incoming.length,
    };
  });
}
