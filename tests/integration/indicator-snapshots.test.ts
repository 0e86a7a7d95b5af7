import { beforeAll, describe, expect, it } from "vitest";
import { seedDemo, testDb } from "../helpers/db";

const { runScheduledSnapshots } = await import("@/lib/server/indicators/take-indicator-snapshot");

const FIRST_MARCH = new Date("2027-03-01T07:00:00.000Z");
const db = () => testDb();

beforeAll(async () => {
  await seedDemo(new Date("2027-02-20T09:00:00.000Z"));
});

describe("scheduled indicator snapshots (issue 13 §2)", () => {
  it("does nothing on an ordinary day", async () => {
    expect(await runScheduledSnapshots({ now: new Date("2027-03-02T07:00:00.000Z") })).toEqual({ created: 0 });
    expect(await db().indicatorSnapshot.count()).toBe(0);
  });

  it("stores one snapshot per trust and region on 1 March, and none more when run again", async () => {
    const first = await runScheduledSnapshots({ now: FIRST_MARCH });
    const [trusts, regions] = await Promise.all([db().organisation.count({ where: { kind: "HELSEFORETAK" } }), db().region.count()]);
    expect(first.created).toBe(trusts + regions);
    expect(await runScheduledSnapshots({ now: new Date("2027-03-01T20:00:00.000Z") })).toEqual({ created: 0 });
    expect(await db().indicatorSnapshot.count()).toBe(trusts + regions);
    expect(await db().auditLog.count({ where: { action: "oyeblikksbilde-planlagt" } })).toBe(trusts + regions);
  });

  it("never changes a stored snapshot", async () => {
    const row = await db().indicatorSnapshot.findFirstOrThrow();
    await expect(db().indicatorSnapshot.update({ where: { id: row.id }, data: { payload: {} } })).rejects.toThrow();
    await expect(db().indicatorSnapshot.delete({ where: { id: row.id } })).rejects.toThrow();
    expect((await db().indicatorSnapshot.findUniqueOrThrow({ where: { id: row.id } })).payload).toEqual(row.payload);
  });
});
