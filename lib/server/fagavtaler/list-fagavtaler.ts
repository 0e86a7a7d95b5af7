import "server-only";
import { db } from "@/lib/server/db";
import type { Actor } from "@/lib/server/auth/load-actor";
import { upcomingTerms, type CapacityStatus } from "@/lib/domain/capacity";
import { capacityByTerm } from "@/lib/domain/capacity-usage";
import { manageableFagavtaleWhere, readableFagavtaleWhere, type FagavtaleViewer } from "./fagavtale-scope";
import { AGREED_STATUSES } from "@/lib/domain/period-status";

export type FagavtaleSummary = {
  id: string;
  home: string;
  partner: string;
  partnerOutsideRegion: boolean;
  specialty: string;
  arenaName: string;
  normertTidMonths: number;
  capacityCount: number;
  capacityUnit: "PER_AR" | "PER_SEMESTER" | "VARSEMESTER" | "HOSTSEMESTER";
  intakeProcedure: "HELSE_NORD_TILDELING" | "EGET_SKJEMA";
  contactName: string | null;
  contactEmail: string | null;
  validFrom: Date;
  validTo: Date | null;
  version: number;
  dekkes: string[];
  forkunnskap: string[];
  capacity: CapacityStatus[];
  canManage: boolean;
};

/** The fagavtaler the actor sees in this role, with capacity used / reserved / free for the next terms. */
export async function listFagavtaler(options: { actor: Actor; as: FagavtaleViewer; now?: Date; terms?: number }): Promise<FagavtaleSummary[]> {
  const now = options.now ?? new Date();
  const manageWhere = options.as === "LEDER" ? null : manageableFagavtaleWhere(options.actor, options.as);
  const [agreements, manageable] = await Promise.all([
    db.fagavtale.findMany({
      where: readableFagavtaleWhere(options.actor, options.as),
      include: {
        homeOrganisation: true,
        partnerOrganisation: true,
        specialty: true,
        learningGoals: { include: { learningGoal: true } },
        capacityUses: { include: { offer: { select: { status: true, spesialiseringsperiodeId: true } } } },
        spesialiseringsperioder: { where: { status: { in: [...AGREED_STATUSES] } }, select: { id: true, status: true, agreedStart: true, desiredStart: true } },
      },
      orderBy: [{ homeOrganisation: { name: "asc" } }, { specialty: { name: "asc" } }, { partnerOrganisation: { name: "asc" } }],
    }),
    manageWhere ? db.fagavtale.findMany({ where: manageWhere, select: { id: true } }) : Promise.resolve([]),
  ]);
  const canManage = new Set(manageable.map((m) => m.id));
  return agreements.map((a) => {
    const terms = upcomingTerms(now, a.capacityUnit, options.terms ?? 4);
    const goals = (role: string) =>
      a.learningGoals
        .filter((g) => g.role === role)
        .map((g) => `${g.learningGoal.code} ${g.learningGoal.title}`)
        .sort();
    return {
      id: a.id,
      home: a.homeOrganisation.name,
      partner: a.partnerOrganisation.name,
      partnerOutsideRegion: a.partnerOrganisation.regionId !== a.homeOrganisation.regionId,
      specialty: a.specialty.name,
      arenaName: a.arenaName,
      normertTidMonths: a.normertTidMonths,
      capacityCount: a.capacityCount,
      capacityUnit: a.capacityUnit,
      intakeProcedure: a.intakeProcedure,
      contactName: a.contactName,
      contactEmail: a.contactEmail,
      validFrom: a.validFrom,
      validTo: a.validTo,
      version: a.version,
      dekkes: goals("DEKKES"),
      forkunnskap: goals("FORKUNNSKAP"),
      capacity: capacityByTerm({
        unit: a.capacityUnit,
        count: a.capacityCount,
        terms,
        uses: a.capacityUses.map((u) => ({ term: u.term, offerStatus: u.offer?.status ?? null, periodId: u.offer?.spesialiseringsperiodeId ?? null })),
        periods: a.spesialiseringsperioder,
      }),
      canManage: canManage.has(a.id),
    };
  });
}
