// Writes the reference data and the demo. Idempotent: every row has a deterministic id and is
// upserted with an empty update, so a re-run neither duplicates nor moves anything.
// Runs under tsx outside Next: no "server-only", no next imports.
import bcrypt from "bcryptjs";
import type { Prisma, PrismaClient } from "../generated/prisma/client.ts";
import { DEMO_PASSWORD, buildDemoData } from "./demo-data.ts";
import { LEARNING_GOALS, ORGANISATIONS, REGIONS, SPECIALTIES } from "./reference-data.ts";

/** A PrismaClient or the client of an interactive transaction. */
export type SeedDb = Prisma.TransactionClient | PrismaClient;

export type SeedSummary = {
  /** Rows inserted by this run (0 on a re-run). */
  created: number;
  /** Rows in the seeded tables after the run. */
  total: number;
};

const SEEDED_TABLES = [
  "region",
  "organisation",
  "specialty",
  "learningGoal",
  "department",
  "person",
  "roleAssignment",
  "employment",
  "achievedLearningGoal",
  "fagavtale",
  "fagavtaleLearningGoal",
  "plan",
  "planVersion",
  "planPeriod",
  "planSignature",
  "feRegistration",
  "spesialiseringsperiode",
] as const;

async function countSeededTables(db: Prisma.TransactionClient): Promise<number> {
  let sum = 0;
  for (const table of SEEDED_TABLES) {
    // Each delegate has count(); the union of delegate types is not callable directly.
    const delegate = db[table] as unknown as { count: () => Promise<number> };
    sum += await delegate.count();
  }
  return sum;
}

/** Reference data always; the invented demo people and their data only with `demo` (default on, as the tests want). */
export async function seed(client: SeedDb, opts: { now: Date; demo?: boolean }): Promise<SeedSummary> {
  const db = client as Prisma.TransactionClient;
  const before = await countSeededTables(db);

  // ─── Reference data ───
  for (const r of REGIONS) {
    await db.region.upsert({ where: { id: r.id }, create: r, update: {} });
  }
  for (const o of ORGANISATIONS) {
    await db.organisation.upsert({ where: { id: o.id }, create: o, update: {} });
  }
  for (const s of SPECIALTIES) {
    await db.specialty.upsert({ where: { id: s.id }, create: s, update: {} });
  }
  for (const g of LEARNING_GOALS) {
    await db.learningGoal.upsert({ where: { id: g.id }, create: g, update: {} });
  }

  // ─── Demo ───
  if (opts.demo === false) {
    const total = await countSeededTables(db);
    return { created: total - before, total };
  }
  const demo = buildDemoData(opts.now);

  for (const d of demo.departments) {
    await db.department.upsert({ where: { id: d.id! }, create: d, update: {} });
  }
  for (const p of demo.persons) {
    // Hash only when the person is new: bcrypt is slow and a re-run must not change the hash.
    const existing = await db.person.findUnique({ where: { id: p.id }, select: { id: true } });
    if (existing) continue;
    await db.person.create({ data: { ...p, passwordHash: bcrypt.hashSync(DEMO_PASSWORD, 10) } });
  }
  for (const r of demo.roleAssignments) {
    await db.roleAssignment.upsert({ where: { id: r.id }, create: r, update: {} });
  }
  for (const e of demo.employments) {
    await db.employment.upsert({ where: { id: e.id }, create: e, update: {} });
  }
  for (const a of demo.achievedGoals) {
    await db.achievedLearningGoal.upsert({
      where: { personId_learningGoalId: { personId: a.personId, learningGoalId: a.learningGoalId } },
      create: a,
      update: {},
    });
  }
  for (const f of demo.fagavtaler) {
    await db.fagavtale.upsert({ where: { id: f.id }, create: f, update: {} });
  }
  for (const g of demo.fagavtaleGoals) {
    await db.fagavtaleLearningGoal.upsert({
      where: { fagavtaleId_learningGoalId: { fagavtaleId: g.fagavtaleId, learningGoalId: g.learningGoalId } },
      create: g,
      update: {},
    });
  }
  for (const p of demo.plans) {
    await db.plan.upsert({ where: { id: p.id }, create: p, update: {} });
  }
  for (const v of demo.planVersions) {
    await db.planVersion.upsert({ where: { id: v.id }, create: v, update: {} });
  }
  for (const p of demo.planPeriods) {
    await db.planPeriod.upsert({ where: { id: p.id }, create: p, update: {} });
  }
  for (const s of demo.planSignatures) {
    await db.planSignature.upsert({ where: { id: s.id }, create: s, update: {} });
  }
  for (const r of demo.feRegistrations) {
    await db.feRegistration.upsert({ where: { id: r.id }, create: r, update: {} });
  }
  for (const s of demo.spesialiseringsperioder) {
    await db.spesialiseringsperiode.upsert({ where: { id: s.id }, create: s, update: {} });
  }

  const total = await countSeededTables(db);
  return { created: total - before, total };
}
