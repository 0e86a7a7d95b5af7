import "server-only";
import { dayInputValue } from "@/lib/format";
import { db } from "@/lib/server/db";
import type { AccessScope } from "@/lib/domain/access-scope";
import { inScopeOrNotFound } from "@/lib/server/scope/in-scope";
import { fagavtaleHomeWhere, fagavtaleWhere } from "@/lib/server/scope/fagavtale-where";

export type FagavtaleFormValues = {
  id?: string;
  version?: number;
  homeOrganisationId: string;
  partnerOrganisationId: string;
  specialtyId: string;
  arenaName: string;
  normertTidMonths: string;
  capacityCount: string;
  capacityUnit: string;
  intakeProcedure: string;
  contactName: string;
  contactEmail: string;
  validFrom: string;
  validTo: string;
  dekkes: string;
  forkunnskap: string;
  notes: string;
};

export type FagavtaleFormData = {
  values: FagavtaleFormValues;
  homeOptions: { id: string; name: string }[];
  partnerOptions: { id: string; name: string }[];
  specialties: { id: string; name: string }[];
  history: { version: number; changedAt: Date; changedBy: string; reason: string }[];
};

const iso = (d: Date | null) => dayInputValue(d);

/** Options and current values for the create/edit form; the agreement (if any) must be in the `fagavtale:manage` scope. */
export async function getFagavtaleForm(options: { scope: AccessScope; id?: string }): Promise<FagavtaleFormData> {
  const { scope } = options;
  const [homeOptions, partnerOptions, specialties] = await Promise.all([
    db.organisation.findMany({ where: fagavtaleHomeWhere(scope), select: { id: true, name: true }, orderBy: { name: "asc" } }),
    db.organisation.findMany({ select: { id: true, name: true }, orderBy: { name: "asc" } }),
    db.specialty.findMany({ select: { id: true, name: true }, orderBy: { name: "asc" } }),
  ]);
  let values: FagavtaleFormValues = {
    homeOrganisationId: homeOptions[0]?.id ?? "",
    partnerOrganisationId: "",
    specialtyId: "",
    arenaName: "",
    normertTidMonths: "6",
    capacityCount: "1",
    capacityUnit: "PER_SEMESTER",
    intakeProcedure: "HELSE_NORD_TILDELING",
    contactName: "",
    contactEmail: "",
    validFrom: "",
    validTo: "",
    dekkes: "",
    forkunnskap: "",
    notes: "",
  };
  let history: FagavtaleFormData["history"] = [];
  if (options.id) {
    const a = inScopeOrNotFound(
      await db.fagavtale.findFirst({
        where: { AND: [fagavtaleWhere(scope), { id: options.id }] },
        include: { learningGoals: { include: { learningGoal: true } }, versions: { orderBy: { version: "desc" } } },
      }),
    );
    const codes = (role: string) =>
      a.learningGoals
        .filter((g) => g.role === role)
        .map((g) => g.learningGoal.code)
        .sort()
        .join(", ");
    values = {
      id: a.id,
      version: a.version,
      homeOrganisationId: a.homeOrganisationId,
      partnerOrganisationId: a.partnerOrganisationId,
      specialtyId: a.specialtyId,
      arenaName: a.arenaName,
      normertTidMonths: String(a.normertTidMonths),
      capacityCount: String(a.capacityCount),
      capacityUnit: a.capacityUnit,
      intakeProcedure: a.intakeProcedure,
      contactName: a.contactName ?? "",
      contactEmail: a.contactEmail ?? "",
      validFrom: iso(a.validFrom),
      validTo: iso(a.validTo),
      dekkes: codes("DEKKES"),
      forkunnskap: codes("FORKUNNSKAP"),
      notes: a.notes,
    };
    const people = await db.person.findMany({ where: { id: { in: a.versions.map((v) => v.changedById) } }, select: { id: true, name: true } });
    const nameOf = new Map(people.map((p) => [p.id, p.name]));
    history = a.versions.map((v) => ({ version: v.version, changedAt: v.changedAt, changedBy: nameOf.get(v.changedById) ?? "–", reason: v.reason }));
  }
  return { values, homeOptions, partnerOptions, specialties, history };
}
