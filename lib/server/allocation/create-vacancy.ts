import "server-only";
import { randomBytes } from "node:crypto";
import { db } from "@/lib/server/db";
import { forbidden, UserError } from "@/lib/server/errors";
import type { AccessScope } from "@/lib/domain/access-scope";
import { vacancyDepartmentWhere, vacancyFacts } from "@/lib/server/scope/vacancy-where";
import { writeAudit } from "@/lib/server/audit/write-audit";
import { fagavtalerFor } from "./load-ranking";
import { osloToday } from "@/lib/domain/calendar";

export type CreateVacancyInput = {
  departmentId: string;
  startDate: Date;
  durationMonths?: number | null;
  posts: number;
  startWindowDays: number;
};

/**
 * A receiving department's leader announces a vacant gjennomstrømningsstilling. It draws on the
 * fagavtaler whose partner is the department's trust in the department's specialty, valid at the start.
 */
export async function createVacancy(options: { scope: AccessScope; input: CreateVacancyInput; now?: Date }): Promise<{ id: string }> {
  const { scope, input } = options;
  const now = options.now ?? new Date();
  const department = await db.department.findFirst({ where: { AND: [vacancyDepartmentWhere(scope), { id: input.departmentId }] }, include: { specialty: true, organisation: true } });
  if (!department) throw forbidden("Du kan bare lyse ut stillinger i avdelinger du leder.");
  if (input.startDate.getTime() < osloToday(now).getTime()) {
    throw new UserError("VALIDATION", "Startdatoen kan ikke være passert.", { startDate: ["Startdatoen kan ikke være passert."] });
  }
  if (!department.specialtyId) throw new UserError("RULE", "Avdelingen har ingen spesialitet registrert.", { departmentId: ["Avdelingen har ingen spesialitet registrert."] });
  const fagavtaler = await fagavtalerFor(db, { organisationId: department.organisationId, departmentId: department.id, specialtyId: department.specialtyId, startDate: input.startDate });
  if (fagavtaler.length === 0) {
    throw new UserError("RULE", "Det finnes ingen gyldig fagavtale for avdelingens spesialitet på startdatoen.", {
      startDate: ["Ingen fagavtale med avgivende foretak gjelder på denne datoen."],
    });
  }
  const duration = input.durationMonths ?? Math.max(...fagavtaler.map((f) => f.normertTidMonths));
  return db.$transaction(async (tx) => {
    const vacancy = await tx.vacancy.create({
      data: {
        organisationId: department.organisationId,
        departmentId: department.id,
        specialtyId: department.specialtyId!,
        startDate: input.startDate,
        durationMonths: duration,
        posts: input.posts,
        startWindowDays: input.startWindowDays,
        drawSeed: randomBytes(12).toString("hex"),
        createdById: scope.personId,
      },
    });
    await writeAudit(tx, scope, {
      action: "stilling-utlyst",
      entityType: "Vacancy",
      entityId: vacancy.id,
      facts: vacancyFacts({ departmentId: department.id, organisationId: department.organisationId, regionId: department.organisation.regionId }),
      data: { departmentId: department.id, startDate: input.startDate.toISOString().slice(0, 10), durationMonths: duration, posts: input.posts, drawSeed: vacancy.drawSeed },
    });
    return { id: vacancy.id };
  });
}
