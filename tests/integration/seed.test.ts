import { describe, expect, it } from "vitest";
import { seedDemo, testDb } from "../helpers/db";

const TABLES = [
  "Region",
  "Organisation",
  "Department",
  "Specialty",
  "LearningGoal",
  "Person",
  "RoleAssignment",
  "Employment",
  "AchievedLearningGoal",
  "Plan",
  "PlanVersion",
  "PlanPeriod",
  "PlanSignature",
  "FeRegistration",
  "Spesialiseringsperiode",
  "Fagavtale",
  "FagavtaleLearningGoal",
] as const;

async function counts() {
  const out: Record<string, number> = {};
  for (const table of TABLES) {
    const rows = await testDb().$queryRawUnsafe<{ n: bigint }[]>(`SELECT count(*) AS n FROM "${table}"`);
    out[table] = Number(rows[0]!.n);
  }
  return out;
}

describe("seed", () => {
  it("is idempotent: a second run adds and changes nothing", async () => {
    await seedDemo(new Date("2026-11-22T10:00:00Z"));
    const first = await counts();
    const before = await testDb().planVersion.findMany({ orderBy: { id: "asc" } });
    await seedDemo(new Date("2027-01-05T10:00:00Z"));
    expect(await counts()).toEqual(first);
    expect(await testDb().planVersion.findMany({ orderBy: { id: "asc" } })).toEqual(before);
  });

  it("holds the real regions and trusts, every role in two Helse Nord trusts, and Helse Bergen plastikkirurgi", async () => {
    await seedDemo();
    const db = testDb();
    expect((await db.region.findMany()).map((r) => r.name).sort()).toEqual(["Helse Midt-Norge", "Helse Nord", "Helse Sør-Øst", "Helse Vest"]);
    const helseNord = await db.organisation.findMany({ where: { region: { code: "HN" }, kind: "HELSEFORETAK" } });
    expect(helseNord.length).toBeGreaterThanOrEqual(4);
    for (const name of ["Oslo universitetssykehus HF", "St. Olavs hospital HF", "Helse Bergen HF"]) {
      expect(await db.organisation.findUnique({ where: { name } })).not.toBeNull();
    }
    for (const role of ["LIS", "LEDER", "LOKAL_KOORDINATOR"] as const) {
      const assignments = await db.roleAssignment.findMany({ where: { role }, include: { department: true } });
      const trusts = new Set(assignments.map((a) => a.organisationId ?? a.department?.organisationId));
      expect(trusts.size, role).toBeGreaterThanOrEqual(2);
    }
    expect(await db.roleAssignment.count({ where: { role: "REGIONAL_KOORDINATOR" } })).toBeGreaterThanOrEqual(1);
    expect(await db.employment.count({ where: { type: "VIKARIAT" } })).toBeGreaterThanOrEqual(1);
    const bergen = await db.fagavtale.findFirst({
      where: { partnerOrganisation: { name: "Helse Bergen HF" }, specialty: { name: "Plastikkirurgi" } },
    });
    expect(bergen).toMatchObject({ capacityCount: 1, capacityUnit: "VARSEMESTER" });
    const insideHelseNord = await db.fagavtale.count({
      where: { homeOrganisation: { region: { code: "HN" } }, partnerOrganisation: { region: { code: "HN" } } },
    });
    expect(insideHelseNord).toBeGreaterThanOrEqual(2);
    const passwords = await db.person.findMany({ select: { passwordHash: true } });
    expect(passwords.every((p) => p.passwordHash?.startsWith("$2"))).toBe(true);
  });
});
