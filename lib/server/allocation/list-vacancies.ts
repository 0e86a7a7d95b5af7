import "server-only";
import { db } from "@/lib/server/db";
import type { AccessScope } from "@/lib/domain/access-scope";
import { offerStatusAt } from "@/lib/domain/offer-expiry";
import { vacancyDepartmentWhere, vacancyWhere } from "@/lib/server/scope/vacancy-where";
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
  /** Offers holding a post now: open (not past the deadline) or accepted. */
  liveOffers: number;
  accepted: number;
};

export type LeaderDepartment = { id: string; name: string; organisation: string; specialty: string | null };

/** The vacancies the scope reaches, newest first, and the departments it may announce new ones in. */
export async function listVacancies(options: { scope: AccessScope; now?: Date }): Promise<{ departments: LeaderDepartment[]; vacancies: VacancySummary[] }> {
  const { scope } = options;
  const now = options.now ?? new Date();
  const [departments, vacancies] = await Promise.all([
    db.department.findMany({ where: vacancyDepartmentWhere(scope), include: { organisation: true, specialty: true }, orderBy: { name: "asc" } }),
    db.vacancy.findMany({
      where: vacancyWhere(scope),
      include: { department: true, organisation: true, specialty: true, offers: { where: { status: { in: [...POST_HOLDING_OFFER_STATUSES] } }, select: { status: true, deadline: true } } },
      orderBy: [{ createdAt: "desc" }, { id: "asc" }],
    }),
  ]);
  return {
    departments: departments.map((d) => ({ id: d.id, name: d.name, organisation: d.organisation.shortName, specialty: d.specialty?.name ?? null })),
    vacancies: vacancies.map((v) => {
      const live = v.offers.map((o) => offerStatusAt(o, now)).filter((s) => s === "TILBUDT" || s === "AKSEPTERT");
      return {
        id: v.id,
        department: v.department.name,
        organisation: v.organisation.shortName,
        specialty: v.specialty.name,
        startDate: v.startDate,
        durationMonths: v.durationMonths,
        posts: v.posts,
        status: v.status,
        liveOffers: live.length,
        accepted: live.filter((s) => s === "AKSEPTERT").length,
      };
    }),
  };
}
