import { beforeAll, describe, expect, it, vi } from "vitest";
import { actorByEmail, scopeByEmail, seedDemo, testDb } from "../helpers/db";
import { actAs } from "../helpers/session-mock";
import { listFagavtaler } from "@/lib/server/fagavtaler/list-fagavtaler";
import { termOf } from "@/lib/domain/capacity";
import type { AccessScope } from "@/lib/domain/access-scope";
import { fagavtaleWhere } from "@/lib/server/scope/fagavtale-where";
import { addMonths, firstOfMonth } from "@/lib/domain/calendar";

vi.mock("@/lib/auth/session", () => import("../helpers/session-mock"));
vi.mock("next/cache", () => ({ revalidatePath: () => {} }));
vi.mock("next/navigation", () => import("../helpers/next-navigation-mock"));

const { saveFagavtale } = await import("@/lib/actions/fagavtaler/save-fagavtale");

const MARIT = "marit.sorensen@eksempel.no"; // lokal koordinator, Helgeland
const TOR = "tor.henriksen@eksempel.no"; // regional koordinator, Helse Nord
const db = () => testDb();

const HILDE = "hilde.pedersen@eksempel.no"; // lokal koordinator, NLSH
const SIRI = "siri.mikkelsen@eksempel.no"; // regional koordinator, Helse Nord, and lokal koordinator, UNN
const F = {
  helgelandUnn: "seed-fagavtale-helgeland-unn-generell-kirurgi",
  finnmarkUnn: "seed-fagavtale-finnmark-unn-generell-kirurgi",
  finnmarkUnnAnestesi: "seed-fagavtale-finnmark-unn-anestesiologi",
  helgelandNlshMedisin: "seed-fagavtale-helgeland-nlsh-indremedisin",
  helgelandNordlys: "seed-fagavtale-helgeland-nordlys-generell-kirurgi",
  nlshUnnNevrologi: "seed-fagavtale-nlsh-unn-nevrologi",
  unnBergenPlastkir: "seed-fagavtale-unn-helse-bergen-plastikkirurgi",
};

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
    const list = await listFagavtaler({ scope: await scopeByEmail(MARIT, "fagavtale:read", "LOKAL_KOORDINATOR"), now });
    const unn = list.find((a) => a.id === F.helgelandUnn)!;
    expect(unn.can.edit).toBe(true);
    const term = unn.capacity.find((c) => c.term === termOf(start, "PER_SEMESTER"))!;
    expect(term).toMatchObject({ capacity: 2, used: 1, reserved: 0, free: 1 });
    expect(list.every((a) => a.home === "Helgelandssykehuset HF" || a.partner === "Helgelandssykehuset HF")).toBe(true);

    // The partner side reads but does not edit: NLSH is partner of Helgeland's indremedisin agreement.
    const hilde = await listFagavtaler({ scope: await scopeByEmail(HILDE, "fagavtale:read", "LOKAL_KOORDINATOR"), now });
    expect(hilde.find((a) => a.id === F.helgelandNlshMedisin)?.can.edit).toBe(false);

    const leaderList = await listFagavtaler({ scope: await scopeByEmail("eirik.strand@eksempel.no", "fagavtale:read", "LEDER"), now });
    expect(leaderList.map((a) => a.id)).toContain(F.helgelandUnn);
    expect(leaderList.every((a) => !a.can.edit)).toBe(true);
  });

  it("shows Siri, in the local area, edit links only for UNN's agreements; in the regional area for the region's", async () => {
    const local = await listFagavtaler({ scope: await scopeByEmail(SIRI, "fagavtale:read", "LOKAL_KOORDINATOR") });
    expect(local.filter((a) => a.can.edit).every((a) => a.home === "Universitetssykehuset Nord-Norge HF")).toBe(true);
    expect(local.find((a) => a.id === F.unnBergenPlastkir)?.can.edit).toBe(true);
    expect(local.find((a) => a.id === F.finnmarkUnn)?.can.edit).toBe(false); // UNN is only the partner
    const regional = await listFagavtaler({ scope: await scopeByEmail(SIRI, "fagavtale:read", "REGIONAL_KOORDINATOR") });
    expect(regional.find((a) => a.id === F.finnmarkUnn)?.can.edit).toBe(true);
  });

  it("does not let the partner trust's coordinator change an agreement, and records the role that may", async () => {
    actAs(await actorByEmail(HILDE));
    const before = await db().fagavtale.findUniqueOrThrow({ where: { id: F.helgelandNlshMedisin } });
    const refused = await saveFagavtale({
      ...base,
      id: F.helgelandNlshMedisin,
      expectedVersion: String(before.version),
      homeOrganisationId: "seed-org-nlsh",
      partnerOrganisationId: "seed-org-helgeland",
      specialtyId: before.specialtyId,
      dekkes: "",
      forkunnskap: "",
      reason: "Forsøk",
    });
    expect(refused).toMatchObject({ ok: false, code: "NOT_FOUND" });
    expect(await db().fagavtale.findUniqueOrThrow({ where: { id: F.helgelandNlshMedisin } })).toEqual(before);

    // Siri edits Finnmark's agreement through her regional grant: the audit names that role, not her local one.
    actAs(await actorByEmail(SIRI));
    const agreement = await db().fagavtale.findUniqueOrThrow({ where: { id: F.finnmarkUnnAnestesi } });
    const saved = await saveFagavtale({
      ...base,
      id: agreement.id,
      expectedVersion: String(agreement.version),
      homeOrganisationId: agreement.homeOrganisationId,
      partnerOrganisationId: agreement.partnerOrganisationId,
      specialtyId: agreement.specialtyId,
      dekkes: "",
      forkunnskap: "",
      reason: "Ny kontaktperson.",
      contactName: "Ny Kontakt",
    });
    expect(saved).toMatchObject({ ok: true });
    const audit = await db().auditLog.findFirstOrThrow({ where: { action: "fagavtale-endret", entityId: agreement.id } });
    expect(audit.actorRole).toBe("REGIONAL_KOORDINATOR");
  });
});

describe("fagavtaleWhere reaches nothing of a foreign scope", () => {
  const ids = async (scope: AccessScope) => (await db().fagavtale.findMany({ where: fagavtaleWhere(scope), select: { id: true } })).map((a) => a.id);
  const inRegion = (scope: AccessScope, regionId: string): AccessScope => ({ ...scope, roles: scope.roles.map((r) => ({ ...r, regionIds: [regionId] })) });

  it("leader (department): the receiving læringsarena's agreements, and the home department's specialty; not another department's", async () => {
    // Kristoffer leads Gastroenterologisk kirurgi at UNN, the partner department of both surgery agreements.
    const kristoffer = await ids(await scopeByEmail("kristoffer.lund@eksempel.no", "fagavtale:read"));
    expect(kristoffer).toEqual(expect.arrayContaining([F.helgelandUnn, F.finnmarkUnn]));
    expect(kristoffer).not.toContain(F.finnmarkUnnAnestesi); // UNN's Anestesiavdelingen
    expect(kristoffer).not.toContain(F.unnBergenPlastkir); // UNN as home, but plastic surgery
    // Eirik leads Kirurgisk avdeling at Helgeland, whose LIS go under Helgeland's surgery agreements.
    const eirik = await ids(await scopeByEmail("eirik.strand@eksempel.no", "fagavtale:read"));
    expect(eirik).toEqual(expect.arrayContaining([F.helgelandUnn, F.helgelandNordlys]));
    expect(eirik).not.toContain(F.helgelandNlshMedisin); // Medisinsk avdeling's
    expect(eirik).not.toContain(F.finnmarkUnn); // another trust's
    // Bjørn (Medisinsk avdeling, NLSH) receives under Helgeland's indremedisin agreement; Solveig sends under it.
    expect(await ids(await scopeByEmail("bjorn.olsen@eksempel.no", "fagavtale:read"))).toContain(F.helgelandNlshMedisin);
    expect(await ids(await scopeByEmail("solveig.moe@eksempel.no", "fagavtale:read"))).toEqual([F.helgelandNlshMedisin]);
  });

  it("leader: without a registered læringsarena, the partner trust's department of the specialty receives", async () => {
    const agreement = await db().fagavtale.create({
      data: {
        homeOrganisationId: "seed-org-nlsh",
        partnerOrganisationId: "seed-org-unn",
        specialtyId: base.specialtyId,
        arenaName: "Kirurgi",
        normertTidMonths: 6,
        capacityCount: 1,
        capacityUnit: "PER_AR",
        validFrom: new Date("2026-01-01"),
      },
    });
    expect(await ids(await scopeByEmail("kristoffer.lund@eksempel.no", "fagavtale:read"))).toContain(agreement.id);
    expect(await ids(await scopeByEmail("astrid.haugen@eksempel.no", "fagavtale:read"))).not.toContain(agreement.id); // UNN, plastic surgery
    await db().fagavtale.delete({ where: { id: agreement.id } });
  });

  it("coordinators: either party to read, the home party to manage; another trust's and another region's are not found", async () => {
    const hildeRead = await ids(await scopeByEmail(HILDE, "fagavtale:read", "LOKAL_KOORDINATOR"));
    expect(hildeRead).toContain(F.helgelandNlshMedisin); // NLSH is partner
    expect(hildeRead).not.toContain(F.finnmarkUnn);
    const hildeManage = await ids(await scopeByEmail(HILDE, "fagavtale:manage", "LOKAL_KOORDINATOR"));
    expect(hildeManage).toContain(F.nlshUnnNevrologi);
    expect(hildeManage).not.toContain(F.helgelandNlshMedisin);

    const torRead = await scopeByEmail(TOR, "fagavtale:read", "REGIONAL_KOORDINATOR");
    expect(await ids(torRead)).toContain(F.finnmarkUnn);
    // Helse Vest reads the UNN–Helse Bergen agreement (its trust is the partner) but no Helse Nord-only one, and manages neither.
    const vestRead = await ids(inRegion(torRead, "seed-region-hv"));
    expect(vestRead).toEqual([F.unnBergenPlastkir]);
    expect(await ids(inRegion(await scopeByEmail(TOR, "fagavtale:manage", "REGIONAL_KOORDINATOR"), "seed-region-hv"))).toEqual([]);
  });
});
