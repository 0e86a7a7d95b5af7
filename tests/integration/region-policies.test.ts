// Issue 9 §1: every region with its own policy (lib/domain/region-policy, docs/decisions/0011).
import { beforeAll, describe, expect, it, vi } from "vitest";
import { scopeByEmail, seedDemo, testDb } from "../helpers/db";
import { addMonths, firstOfMonth, isoDay, osloToday } from "@/lib/domain/calendar";
import { rankCandidates, type RankingCandidate } from "@/lib/domain/ranking";
import { policyOfOrganisation } from "@/lib/domain/region-policy";
import { organisationPolicySelect } from "@/lib/server/organisation-policy";
import { ORG, REGIONS, SPEC } from "@/lib/seed/reference-data";
import { listFeRegistry } from "@/lib/server/fe/list-fe-registry";
import { listFeWorklist } from "@/lib/server/fe/list-fe-worklist";
import { exportFeRegistryCsv } from "@/lib/server/fe/export-fe-registry-csv";
import { recordIntakeReceived } from "@/lib/server/intake/record-intake-received";
import { loadRanking } from "@/lib/server/allocation/load-ranking";

vi.mock("next/cache", () => ({ revalidatePath: () => {} }));

const db = () => testDb();
const policyOfTrust = async (id: string) => policyOfOrganisation(await db().organisation.findUniqueOrThrow({ where: { id }, select: organisationPolicySelect }));

beforeAll(async () => {
  await seedDemo();
});

describe("region policies from the database", () => {
  it("every region has its policy, OUS overrides Helse Sør-Øst's, NLSH keeps its own plan deadline", async () => {
    const regions = await db().region.findMany({ orderBy: { code: "asc" } });
    expect(regions.map((r) => [r.code, r.policyKey])).toEqual(REGIONS.map((r) => [r.code, r.policyKey]).sort(([a], [b]) => a!.localeCompare(b!)));
    expect((await policyOfTrust(ORG.unn)).allocationRule).toBe("HELSE_NORD");
    expect((await policyOfTrust(ORG.unn)).queueDateStart).toBe("FE_REGISTRERING");
    const ous = await policyOfTrust(ORG.ous);
    expect([ous.regionKey, ous.overrideKey, ous.allocationRule, ous.queueDateStart]).toEqual(["HELSE_SOR_OST", "OUS", "OUS", "MOTTATT_HOS_MOTTAKER"]);
    expect((await policyOfTrust(ORG.ahus)).allocationRule).toBe("EGEN"); // Helse Sør-Øst without OUS's override
    expect((await policyOfTrust(ORG.stOlavs)).intakeProcedure).toBe("EGET_SKJEMA");
    expect((await policyOfTrust(ORG.helseBergen)).intakeProcedure).toBe("EGET_SKJEMA");
    expect((await policyOfTrust(ORG.nlsh)).planDeadlineWeeks).toBe(4);
    await db().organisation.update({ where: { id: ORG.nlsh }, data: { planDeadlineWeeks: 6 } });
    try {
      expect((await policyOfTrust(ORG.nlsh)).planDeadlineWeeks).toBe(6);
    } finally {
      await db().organisation.update({ where: { id: ORG.nlsh }, data: { planDeadlineWeeks: 4 } });
    }
  });

  it("ranks the same two candidates differently under Helse Nord's and OUS's policy (seed 000 §Kriterier 5–6, §OUS)", async () => {
    const vacancyStart = new Date(Date.UTC(2027, 8, 1));
    const base = { achievedGoalCount: 3, sendingRank: 1, eligibility: { eligible: true as const, reasons: [] as [] } };
    const candidates: RankingCandidate[] = [
      // Has waited longest in the fiktiv enhet, but wants to start three months later.
      { ...base, id: "venter-lengst", personName: "Venter Lengst", sendingOrganisationId: ORG.finnmark, sendingOrganisationName: "Finnmarkssykehuset HF", feRegisteredOn: new Date(Date.UTC(2025, 0, 10)), desiredStart: new Date(Date.UTC(2027, 11, 1)), specialisationStart: new Date(Date.UTC(2024, 8, 1)), queueDate: new Date(Date.UTC(2026, 5, 1)) },
      // Registered later, but the desired start is the vacancy's.
      { ...base, id: "onsker-start", personName: "Ønsker Start", sendingOrganisationId: ORG.helgeland, sendingOrganisationName: "Helgelandssykehuset HF", feRegisteredOn: new Date(Date.UTC(2026, 0, 10)), desiredStart: vacancyStart, specialisationStart: new Date(Date.UTC(2024, 8, 1)), queueDate: new Date(Date.UTC(2026, 6, 1)) },
    ];
    const rank = async (trust: string) => {
      const policy = await policyOfTrust(trust);
      return rankCandidates({ rule: policy.allocationRule, queueDateFrom: policy.queueDateStart, vacancyStart, drawSeed: "to-kandidater", candidates }).ranked.map((r) => r.candidate.id);
    };
    expect(await rank(ORG.unn)).toEqual(["venter-lengst", "onsker-start"]);
    expect(await rank(ORG.ous)).toEqual(["onsker-start", "venter-lengst"]);
  });
});

describe("cross-region queue: a LIS from Helse Vest at OUS", () => {
  it("gets the queue date OUS received the information, and OUS's ranking uses it", async () => {
    const start = addMonths(firstOfMonth(osloToday(new Date())), 4);
    await db().person.createMany({
      data: [
        { id: "rp-lis-vest", name: "Vegard Vestre", email: "vegard.vestre@eksempel.no" },
        { id: "rp-lokal-bergen", name: "Berit Bergo", email: "berit.bergo@eksempel.no" },
      ],
    });
    await db().roleAssignment.createMany({
      data: [
        { id: "rp-role-lis", personId: "rp-lis-vest", role: "LIS", organisationId: ORG.helseBergen },
        { id: "rp-role-lokal", personId: "rp-lokal-bergen", role: "LOKAL_KOORDINATOR", organisationId: ORG.helseBergen },
      ],
    });
    await db().employment.create({
      data: { id: "rp-emp", personId: "rp-lis-vest", organisationId: ORG.helseBergen, departmentId: "seed-dept-helse-bergen-plastikkirurgi", specialtyId: SPEC.plastikkirurgi, type: "FAST", part: "DEL3", title: "LIS plastikkirurgi", startDate: new Date(Date.UTC(2024, 0, 1)) },
    });
    await db().fagavtale.create({
      data: { id: "rp-fagavtale-bergen-ous", homeOrganisationId: ORG.helseBergen, partnerOrganisationId: ORG.ous, specialtyId: SPEC.plastikkirurgi, arenaName: "OUS plastikkirurgi", normertTidMonths: 6, capacityCount: 2, capacityUnit: "PER_AR", intakeProcedure: "EGET_SKJEMA", validFrom: new Date(Date.UTC(2024, 0, 1)) },
    });
    await db().spesialiseringsperiode.create({
      data: { id: "rp-periode", personId: "rp-lis-vest", fagavtaleId: "rp-fagavtale-bergen-ous", receivingOrganisationId: ORG.ous, specialtyId: SPEC.plastikkirurgi, desiredStart: start, durationMonths: 6, status: "ONSKE" },
    });
    const forwardedAt = new Date(Date.now() - 3 * 86_400_000);
    await db().intakeForm.create({ data: { id: "rp-skjema", spesialiseringsperiodeId: "rp-periode", content: { motivasjon: "Rekonstruksjon." }, filledById: "rp-lis-vest", leaderApprovedAt: forwardedAt, forwardedAt, forwardedById: "rp-lokal-bergen" } });

    const receivedOn = osloToday(new Date(Date.now() - 86_400_000));
    await recordIntakeReceived({ scope: await scopeByEmail("berit.bergo@eksempel.no", "intake:read", "LOKAL_KOORDINATOR"), intakeFormId: "rp-skjema", receivedOn });
    const period = await db().spesialiseringsperiode.findUniqueOrThrow({ where: { id: "rp-periode" } });
    expect(period.status).toBe("I_KO");
    expect(isoDay(period.queueDate!)).toBe(isoDay(receivedOn));

    // OUS's candidate list reaches the Helse Vest LIS under the cross-region fagavtale, with that queue date.
    const ranking = await loadRanking(db(), { organisationId: ORG.ous, departmentId: null, specialtyId: SPEC.plastikkirurgi, startDate: start, startWindowDays: 90, drawSeed: "vest" }, new Date());
    expect(ranking.rule).toBe("OUS");
    const all = [...ranking.ranked.map((r) => r.candidate), ...ranking.ineligible.map((r) => r.candidate)];
    const vest = all.find((c) => c.id === "rp-periode");
    expect(vest?.sendingOrganisationId).toBe(ORG.helseBergen);
    expect(isoDay(vest!.queueDate!)).toBe(isoDay(receivedOn));
  });
});

describe("a regional coordinator sees only their own region", () => {
  it("Helse Sør-Øst's regional coordinator sees nothing of Helse Nord's FE: registry, work list, export", async () => {
    const hso = await scopeByEmail("ingeborg.bakke@eksempel.no", "fe:read", "REGIONAL_KOORDINATOR");
    const hn = await scopeByEmail("tor.henriksen@eksempel.no", "fe:read", "REGIONAL_KOORDINATOR");
    const hnRows = await listFeRegistry({ scope: hn });
    expect(hnRows.length).toBeGreaterThan(0); // the comparison can fail: Helse Nord's FE is not empty
    const hnNames = hnRows.map((r) => r.name);
    expect(await listFeRegistry({ scope: hso })).toEqual([]);
    const worklist = await listFeWorklist({ scope: hso });
    expect(JSON.stringify(worklist)).not.toMatch(new RegExp(hnNames.join("|")));
    const hnCsv = await exportFeRegistryCsv({ scope: hn });
    expect(hnCsv).toContain(hnNames[0]!);
    const csv = await exportFeRegistryCsv({ scope: hso });
    for (const name of hnNames) expect(csv).not.toContain(name);
    expect(csv.trim().split(/\r?\n/)).toHaveLength(1); // the header only
  });
});
