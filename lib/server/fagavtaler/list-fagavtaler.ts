import "server-only";
import { db } from "@/lib/server/db";
import { coveringRole, rescope, type AccessScope } from "@/lib/domain/access-scope";
import { upcomingTerms, type CapacityStatus } from "@/lib/domain/capacity";
import { capacityByTerm } from "@/lib/domain/capacity-usage";
import { fagavtaleFacts, fagavtaleWhere } from "@/lib/server/scope/fagavtale-where";
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
  /** What the viewer may do with the agreement (fagavtale:manage, home party only). */
  can: { edit: boolean };
};

/**
 * The fagavtaler the scope reads (`fagavtale:read`: either party for coordinators, the departments an
 * agreement touches for a leader), with capacity used / reserved / free for the next terms.
 */
export async function listFagavtaler(options: { scope: AccessScope; now?: Date; terms?: number }): Promise<FagavtaleSummary[]> {
  const { scope } = options;
  const now = options.now ?? new Date();
  // Edit only within the roles the list is read in (a page's area), so the link opens that area's edit page.
  const manage = rescope(scope, "fagavtale:manage");
  const manageHere = manage && { ...manage, roles: manage.roles.filter((r) => scope.roles.some((s) => s.role === r.role)) };
  const mayEdit = (a: { homeOrganisationId: string; partnerOrganisationId: string; homeOrganisation: { regionId: string | null }; partnerOrganisation: { regionId: string | null } }) =>
    manageHere !== null &&
    coveringRole(
      manageHere,
      fagavtaleFacts(
        { homeOrganisationId: a.homeOrganisationId, homeRegionId: a.homeOrganisation.regionId, partnerOrganisationId: a.partnerOrganisationId, partnerRegionId: a.partnerOrganisation.regionId },
        "fagavtale:manage",
      ),
    ) !== null;
  const agreements = await db.fagavtale.findMany({
    where: fagavtaleWhere(scope),
    include: {
      homeOrganisation: true,
      partnerOrganisation: true,
      specialty: true,
      learningGoals: { include: { learningGoal: true } },
      capacityUses: { include: { offer: { select: { status: true, spesialiseringsperiodeId: true } } } },
      spesialiseringsperioder: { where: { status: { in: [...AGREED_STATUSES] } }, select: { id: true, status: true, agreedStart: true, desiredStart: true } },
    },
    orderBy: [{ homeOrganisation: { name: "asc" } }, { specialty: { name: "asc" } }, { partnerOrganisation: { name: "asc" } }],
  });
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
      can: { edit: mayEdit(a) },
    };
  });
}
