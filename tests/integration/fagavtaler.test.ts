import { beforeAll, describe, expect, it, vi } from "vitest";
import { actorByEmail, seedDemo, testDb } from "../helpers/db";
import { actAs } from "../helpers/session-mock";
import { listFagavtaler } from "@/lib/server/fagavtaler/list-fagavtaler";
import { termOf } from "@/lib/domain/capacity";
import { addMonths, firstOfMonth } from "@/lib/domain/calendar";

vi.mock("@/lib/auth/session", () => import("../helpers/session-mock"));
vi.mock("next/cache", () => ({ revalidatePath: () => {} }));
vi.mock("next/navigation", () => import("../helpers/next-navigation-mock"));

const { saveFagavtale } = await import("@/lib/actions/fagavtaler/save-fagavtale");

const MARIT = "marit.sorensen@eksempel.no"; // lokal koordinator, Helgeland
const TOR = "tor.henriksen@eksempel.no"; // regional koordinator, Helse Nord
const db = () => testDb();

const base = {
  as: "LOKAL_KOORDINATOR",
  homeOrganisationId: "seed-org-helgeland",
  partnerOrganisationId: "seed-org-nlsh",
  specialtyId: "",
  arenaName: "Kirurgisk avdeling",
  normertTidMonths: "6",
  capacityCount: "1",
  capacityUnit: "PER_SEMESTER",
  intakeProcedure: "HELSE_NORD_TILDELING",
  validFrom: "2027-01-01",
  dekkes: "GENKIR-02, genkir-03",
  forkunnskap: "GENKIR-01",
};

beforeAll(async () => {
  await seedDemo();
  base.specialtyId = (await db().specialty.findFirstOrThrow({ where: { name: "Generell kirurgi" } })).id;
});

describe("fagavtaler", () => {
  it("lets a local coordinator create an agreement for their own trust and change it with a reason, versioned and audited", async () => {
    actAs(await actorByEmail(MARIT));
    const created = await saveFagavtale(base);
    expect(created).toMatchObject({ ok: true, data: { version: 1 } });
    const id = created.ok ? created.data.id : "";
    const goals = await db().fagavtaleLearningGoal.findMany({ where: { fagavtaleId: id }, include: { learningGoal: true } });
    expect(goals.map((g) => `${g.role}:${g.learningGoal.code}`).sort()).toEqual(["DEKKES:GENKIR-02", "DEKKES:GENKIR-03", "FORKUNNSKAP:GENKIR-01"]);

    expect(await saveFagavtale({ ...base, id, expectedVersion: "1", capacityCount: "2" })).toMatchObject({ ok: false, code: "VALIDATION" });
    const changed = await saveFagavtale({ ...base, id, expectedVersion: "1", capacityCount: "2", reason: "Ny avtale om to plasser." });
    expect(changed).toMatchObject({ ok: true, data: { version: 2 } });
    const versions = await db().fagavtaleVersion.findMany({ where: { fagavtaleId: id }, orderBy: { version: "asc" } });
    expect(versions.map((v) => [v.version, (v.snapshot as { capacityCount: number }).capacityCount])).toEqual([
      [1, 1],
      [2, 2],
    ]);
    expect(await db().auditLog.count({ where: { entityType: "Fagavtale", entityId: id } })).toBe(2);
    // A stale form is refused rather than overwriting the newer version.
    expect(await saveFagavtale({ ...base, id, expectedVersion: "1", reason: "Gammel fane" })).toMatchObject({ ok: false, code: "CONFLICT" });
  });

  it("refuses unknown learning goals and the same trust on both sides, saving nothing", async () => {
    actAs(await actorByEmail(MARIT));
    const count = await db().fagavtale.count();
    const bad = await saveFagavtale({ ...base, dekkes: "NEV-01" });
    expect(bad).toMatchObject({ ok: false, code: "VALIDATION" });
    expect(bad.ok ? {} : bad.fieldErrors).toHaveProperty("dekkes");
    expect(await saveFagavtale({ ...base, partnerOrganisationId: "seed-org-helgeland" })).toMatchObject({ ok: false, code: "VALIDATION" });
    expect(await db().fagavtale.count()).toBe(count);
  });

  it("does not let a local coordinator create or change another trust's agreements", async () => {
    actAs(await actorByEmail(MARIT));
    const before = await db().fagavtale.findUniqueOrThrow({ where: { id: "seed-fagavtale-finnmark-unn-generell-kirurgi" } });
    expect(await saveFagavtale({ ...base, homeOrganisationId: "seed-org-finnmark", partnerOrganisationId: "seed-org-unn" })).toMatchObject({
      ok: false,
      code: "VALIDATION",
    });
    expect(
      await saveFagavtale({ ...base, id: before.id, expectedVersion: "1", homeOrganisationId: "seed-org-helgeland", reason: "Forsøk" }),
    ).toMatchObject({ ok: false, code: "NOT_FOUND" });
    expect(await db().fagavtale.findUniqueOrThrow({ where: { id: before.id } })).toEqual(before);
    // A LIS may not manage agreements at all.
    actAs(await actorByEmail("jonas.eriksen@eksempel.no"));
    expect(await saveFagavtale(base)).toMatchObject({ ok: false, code: "FORBIDDEN" });
  });

  it("lets the regional coordinator change any agreement in the region, keeping the seeded state as a version", async () => {
    actAs(await actorByEmail(TOR));
    const result = await saveFagavtale({
      ...base,
      as: "REGIONAL_KOORDINATOR",
      id: "seed-fagavtale-finnmark-unn-generell-kirurgi",
      expectedVersion: "1",
      homeOrganisationId: "seed-org-finnmark",
      partnerOrganisationId: "seed-org-unn",
      dekkes: "GENKIR-02",
      reason: "Regional harmonisering.",
    });
    expect(result).toMatchObject({ ok: true, data: { version: 2 } });
    expect(await db().fagavtaleVersion.count({ where: { fagavtaleId: "seed-fagavtale-finnmark-unn-generell-kirurgi" } })).toBe(2);
  });

  it("shows used, reserved and free places per term, and the leader may read the trust's agreements", async () => {
    const now = new Date();
    const period = await db().spesialiseringsperiode.findUniqueOrThrow({ where: { id: "seed-periode-jonas-unn" } });
    const start = period.desiredStart;
    const end = addMonths(firstOfMonth(start), 6);
    await db().spesialiseringsperiode.update({ where: { id: period.id }, data: { status: "AVTALT", agreedStart: start, agreedEnd: end } });
    const marit = await actorByEmail(MARIT);
    const list = await listFagavtaler({ actor: marit, as: "LOKAL_KOORDINATOR", now });
    const unn = list.find((a) => a.id === "seed-fagavtale-helgeland-unn-generell-kirurgi")!;
    expect(unn.canManage).toBe(true);
    const term = unn.capacity.find((c) => c.term === termOf(start, "PER_SEMESTER"))!;
    expect(term).toMatchObject({ capacity: 2, used: 1, reserved: 0, free: 1 });
    expect(list.every((a) => a.home === "Helgelandssykehuset HF" || a.partner === "Helgelandssykehuset HF")).toBe(true);

    const eirik = await actorByEmail("eirik.strand@eksempel.no");
    const leaderList = await listFagavtaler({ actor: eirik, as: "LEDER", now });
    expect(leaderList.map((a) => a.id)).toContain("seed-fagavtale-helgeland-unn-generell-kirurgi");
    expect(leaderList.every((a) => !a.canManage)).toBe(true);
  });
});
