import "server-only";
import { db } from "@/lib/server/db";
import { grantsFor, type Actor } from "@/lib/server/auth/load-actor";
import { POST_HOLDING_OFFER_STATUSES } from "@/lib/domain/offer-status";

export type VacancySummary = {
  id: string;
  department: string;
  organisation: string;
  specialty: string;
  startDate: Date;
  durationMonths: number;
  posts: number;
  status: "APEN" | "BESATT" | "TRUKKET";
  liveOffers: number;
  accepted: number;
};

export type LeaderDepartment = { id: string; name: string; organisation: string; specialty: string | null };

/** The departments the actor leads and their vacancies, newest first. */
export async function listVacancies(options: { actor: Actor }): Promise<{ departments: LeaderDepartment[]; vacancies: VacancySummary[] }> {
  const departmentIds = grantsFor(options.actor, "LEDER").flatMap((g) => (g.departmentId ? [g.departmentId] : []));
  const [departments, vacancies] = await Promise.all([
    db.department.findMany({ where: { id: { in: departmentIds } }, include: { organisation: true, specialty: true }, orderBy: { name: "asc" } }),
    db.vacancy.findMany({
      where: { departmentId: { in: departmentIds } },
      include: { department: true, organisation: true, specialty: true, offers: { where: { status: { in: [...POST_HOLDING_OFFER_STATUSES] } }, select: { status: true } } },
      orderBy: [{ createdAt: "desc" }, { id: "asc" }],
    }),
  ]);
  return {
    departments: departments.map((d) => ({ id: d.id, name: d.name, organisation: d.organisation.shortName, specialty: d.specialty?.name ?? null })),
    vacancies: vacancies.map((v) => ({
      id: v.id,
      department: v.department.name,
      organisation: v.organisation.shortName,
      specialty: v.specialty.name,
      startDate: v.startDate,
      durationMonths: v.durationMonths,
      posts: v.posts,
      status: v.status,
      liveOffers: v.offers.length,
      accepted: v.offers.filter((o) => o.status === "AKSEPTERT").length,
    })),
  };
}
