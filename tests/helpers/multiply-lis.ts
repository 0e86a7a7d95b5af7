// Grows the demo data set for the scale tests (issue 9 §3): statements and HTML per page must not grow with it.
import { ownerDb } from "./db";

/**
 * Nine more copies of every employed LIS with their employment, plan, versions, signatures, FE registration,
 * periods, learning goals and offers (one INSERT … SELECT per table): with 9, the demo's 10× in every trust
 * and department. Copies are told apart by their "-x<g>" suffix: a second call continues from `first`.
 */
export async function multiplyLis(copies: number, first = 1): Promise<void> {
  const owner = ownerDb();
  const lis = `SELECT "personId" FROM "Employment" WHERE "personId" NOT LIKE '%-x%'`;
  const tables: { table: string; where: string }[] = [
    { table: "Person", where: `id IN (${lis})` },
    { table: "Employment", where: `"personId" NOT LIKE '%-x%'` },
    { table: "Plan", where: `"personId" NOT LIKE '%-x%'` },
    { table: "PlanVersion", where: `"planId" IN (SELECT id FROM "Plan" WHERE id NOT LIKE '%-x%')` },
    { table: "PlanSignature", where: `"versionId" IN (SELECT id FROM "PlanVersion" WHERE id NOT LIKE '%-x%')` },
    { table: "FeRegistration", where: `"personId" NOT LIKE '%-x%'` },
    { table: "Spesialiseringsperiode", where: `"personId" IN (${lis})` },
    { table: "AchievedLearningGoal", where: `"personId" IN (${lis})` },
    // Each copied LIS's offers, closed (declined or expired) so that the copies hold no post.
    { table: "Offer", where: `"personId" IN (${lis})` },
  ];
  // Columns naming a copied row get the copy's suffix; the rest keep the original's value.
  const copied = new Set(["id", "personId", "employmentId", "planId", "versionId", "basedOnPlanVersionId", "basedOnVersionId", "feRegistrationId", "spesialiseringsperiodeId"]);
  const keep: Record<string, Set<string>> = { PlanSignature: new Set(["personId"]), PlanVersion: new Set(["createdById"]) };
  for (const { table, where } of tables) {
    const columns = await owner.$queryRaw<{ column_name: string }[]>`SELECT column_name FROM information_schema.columns WHERE table_schema = current_schema() AND table_name = ${table}`;
    const names = columns.map((c) => c.column_name);
    const value = (c: string) => {
      if (c === "email") return `'x' || g || '-' || "email"`;
      if (c === "hprNumber" || c === "entraObjectId" || c === "planPeriodId" || c === "passwordHash") return "NULL";
      if (c === "name" && table === "Person") return `"name" || ' ' || g`;
      if (c === "status" && table === "Offer") return `(CASE WHEN g % 2 = 0 THEN 'AVSLATT' ELSE 'UTLOPT' END)::"OfferStatus"`;
      if (copied.has(c) && !keep[table]?.has(c) && !(table === "AchievedLearningGoal" && c === "learningGoalId")) return `"${c}" || '-x' || g`;
      return `"${c}"`;
    };
    await owner.$executeRawUnsafe(
      `INSERT INTO "${table}" (${names.map((c) => `"${c}"`).join(", ")}) SELECT ${names.map(value).join(", ")} FROM "${table}", generate_series(${first}, ${first + copies - 1}) AS g WHERE ${where}`,
    );
  }
}
