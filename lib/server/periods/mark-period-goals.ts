import "server-only";
import { db } from "@/lib/server/db";
import { coveringRole, type AccessScope, type ObjectFacts } from "@/lib/domain/access-scope";
import { UserError } from "@/lib/server/errors";
import { writeAudit } from "@/lib/server/audit/write-audit";
import { inScopeOrNotFound } from "@/lib/server/scope/in-scope";
import { periodGoalWhere } from "@/lib/server/scope/period-goal-where";
import { planGoalMarks } from "@/lib/domain/period-goals";
import { osloToday } from "@/lib/domain/calendar";

/**
 * The LIS (their own period) or the receiving leader (a period in their department) marks which of the
 * fagavtale's learning goals were reached during a period in progress or completed (issue 14 §7). The
 * form sends the whole set; the difference is written in one transaction with its audit record, under
 * a row lock on the period so two people saving at once apply one after the other.
 */
export async function markPeriodGoals(options: { scope: AccessScope; periodId: string; reachedGoalIds: readonly string[]; now?: Date }): Promise<{ added: number; removed: number }> {
  const { scope } = options;
  const now = options.now ?? new Date();
  const scoped = inScopeOrNotFound(
    await db.spesialiseringsperiode.findFirst({ where: { AND: [periodGoalWhere(scope), { id: options.periodId }] }, select: { id: true } }),
    "Fant ikke spesialiseringsperioden.",
  );
  return db.$transaction(async (tx) => {
    await tx.$queryRaw`SELECT id FROM "Spesialiseringsperiode" WHERE id = ${scoped.id} FOR UPDATE`;
    const period = await tx.spesialiseringsperiode.findUniqueOrThrow({
      where: { id: scoped.id },
      select: {
        id: true,
        status: true,
        personId: true,
        fagavtale: { select: { partnerDepartmentId: true, learningGoals: { where: { role: "DEKKES" }, select: { learningGoalId: true } } } },
        goalsReached: { select: { learningGoalId: true } },
      },
    });
    const plan = planGoalMarks({
      status: period.status,
      coveredGoalIds: period.fagavtale.learningGoals.map((g) => g.learningGoalId),
      markedGoalIds: period.goalsReached.map((g) => g.learningGoalId),
      reachedGoalIds: options.reachedGoalIds,
    });
    if (!plan.ok) throw new UserError(plan.code, plan.message);
    const facts: ObjectFacts = { personId: period.personId, departmentId: period.fagavtale.partnerDepartmentId };
    const markedRole = coveringRole(scope, facts) ?? "LIS";
    if (plan.remove.length) await tx.periodGoalReached.deleteMany({ where: { spesialiseringsperiodeId: period.id, learningGoalId: { in: plan.remove } } });
    if (plan.add.length) {
      await tx.periodGoalReached.createMany({
        data: plan.add.map((learningGoalId) => ({ spesialiseringsperiodeId: period.id, learningGoalId, reachedOn: osloToday(now), markedById: scope.personId, markedRole })),
      });
    }
    if (plan.add.length || plan.remove.length) {
      await writeAudit(tx, scope, {
        action: "periode-laeringsmal-markert",
        entityType: "Spesialiseringsperiode",
        entityId: period.id,
        facts,
        data: { personId: period.personId, nadd: plan.add, ikkeNadd: plan.remove },
      });
    }
    return { added: plan.add.length, removed: plan.remove.length };
  });
}
