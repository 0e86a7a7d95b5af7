import { beforeAll, describe, expect, it } from "vitest";
import { scopeByEmail, testDb } from "../helpers/db";
import { countStatements, useCountingClient } from "../helpers/statement-count";
import { SUPPRESSED_CELL, wholeDays, type IndicatorReport } from "@/lib/domain/indicators";

const { resolveIndicatorScope, computeIndicatorReport } = await import("@/lib/server/indicators/get-indicator-report");
const { exportIndicatorCsv } = await import("@/lib/server/indicators/export-indicator-csv");
const { loadIndicatorFacts } = await import("@/lib/server/indicators/load-indicator-facts");

/**
 * Issue 13 "Done when": every indicator the Styringsinformasjon pages show, computed on a small data set
 * built here (no demo seed), against answers worked out by hand in the comments.
 *
 * Today is Wednesday 10 March 2027, 10:00 in Oslo (09:00 UTC): the current term is våren 2027. Terms are
 * the capacity model's (lib/domain/capacity): vår = 1 January–30 June, høst = 1 July–31 December, a
 * period belongs to the term it starts in.
 *
 * Region "Testregion" has two trusts, A (plan deadline: the policy's, 4 weeks) and C (its own, 8 weeks).
 * Both send LIS to the partner trust B ("Mottaker B", another region).
 *
 *   Fagavtaler      home→partner  specialty     unit          places
 *   F1              A → B         Testkirurgi   PER_SEMESTER  1
 *   F2              A → B         Testmedisin   VARSEMESTER   2
 *   F3              C → B         Testkirurgi   PER_AR        1
 *
 *   LIS    trust  employment start  plan (first approval → current approval's expiry)         FE registered
 *   Anne   A      2026-01-05        v1 2026-02-02 23:30 Oslo (deadline day) → v2 exp 2028-01-20  2026-02-10
 *   Bjørn  A      2026-03-02        2026-03-31 (deadline 30.03, one day late) → exp 2027-03-31    2026-04-07
 *   Cecilie A     2026-12-01        none (deadline 2026-12-29 has passed)                       –
 *   David  A      2027-03-01        none (deadline 2027-03-29 still ahead)                      –
 *   Eva    A      2025-01-06        2025-01-20 → expired 2026-01-20                               2025-02-01
 *   Frank  A      2024-01-08, ended 2026-12-31 (not a current employment: counts nowhere)        –
 *   Gro    C      2026-09-01        2026-10-27 13:00 Oslo (deadline day, 8 weeks) → 2027-10-27    2026-11-02
 *
 *   Periods (all at B)
 *   Anne   F1  GJENNOMFORT  agreed 2026-06-01 → 2026-09-01 (crosses vår→høst; belongs to våren 2026)
 *   Anne   F1  AVTALT       agreed 2027-09-01 → 2027-12-01, through an accepted offer (CapacityUse 2027-H)
 *   Bjørn  F1  I_KO         desired 2027-09-01
 *   Eva    F1  TILBUDT      desired 2027-06-01 (crosses into høsten), open offer (CapacityUse 2027-V);
 *                           an earlier offer for the same period was declined (rank 2: a deviation)
 *   Gro    F3  ONSKE        desired 2027-08-01
 *   Anne   F2  BEHOV        desired 2028-03-01; and her plan (v2) plans F2 from 2028-02-01 (no period linked)
 *   Bjørn  plan period F1 from 2027-09-01, linked to his I_KO wish
 *   Eva    F2  BEHOV        desired 2026-11-01 (passed, still only a need)
 */

const NOW = new Date("2027-03-10T09:00:00.000Z");
const day = (iso: string) => new Date(`${iso}T00:00:00.000Z`);
const MARIT = "marit.test@eksempel.no"; // local coordinator, trust A
const TOR = "tor.test@eksempel.no"; // regional coordinator, Testregion

type Ids = { regionId: string; a: string; b: string; c: string; f1: string; f2: string; f3: string };
let ids: Ids;

async function buildDataSet(): Promise<Ids> {
  const db = testDb();
  const region = await db.region.create({ data: { code: "TR", name: "Testregion" } });
  const other = await db.region.create({ data: { code: "AR", name: "Annen region" } });
  const a = await db.organisation.create({ data: { name: "Testforetak A", shortName: "A", regionId: region.id } });
  const c = await db.organisation.create({ data: { name: "Testforetak C", shortName: "C", regionId: region.id, planDeadlineWeeks: 8 } });
  const b = await db.organisation.create({ data: { name: "Mottaker B", shortName: "B", regionId: other.id } });
  const kir = await db.specialty.create({ data: { name: "Testkirurgi" } });
  const med = await db.specialty.create({ data: { name: "Testmedisin" } });
  const deptA = await db.department.create({ data: { organisationId: a.id, name: "Kirurgi A", specialtyId: kir.id } });
  const deptC = await db.department.create({ data: { organisationId: c.id, name: "Kirurgi C", specialtyId: kir.id } });
  const deptB = await db.department.create({ data: { organisationId: b.id, name: "Kirurgi B", specialtyId: kir.id } });

  const marit = await db.person.create({ data: { name: "Marit Test", email: MARIT } });
  await db.roleAssignment.create({ data: { personId: marit.id, role: "LOKAL_KOORDINATOR", organisationId: a.id, validFrom: day("2020-01-01") } });
  const tor = await db.person.create({ data: { name: "Tor Test", email: TOR } });
  await db.roleAssignment.create({ data: { personId: tor.id, role: "REGIONAL_KOORDINATOR", regionId: region.id, validFrom: day("2020-01-01") } });
  const leader = await db.person.create({ data: { name: "Leder B", email: "leder.b@eksempel.no" } });

  const fagavtale = (home: string, specialtyId: string, capacityUnit: "PER_SEMESTER" | "VARSEMESTER" | "PER_AR", capacityCount: number) =>
    db.fagavtale.create({
      data: { homeOrganisationId: home, partnerOrganisationId: b.id, specialtyId, arenaName: "Arena B", normertTidMonths: 3, capacityCount, capacityUnit, validFrom: day("2025-01-01") },
    });
  const f1 = await fagavtale(a.id, kir.id, "PER_SEMESTER", 1);
  const f2 = await fagavtale(a.id, med.id, "VARSEMESTER", 2);
  const f3 = await fagavtale(c.id, kir.id, "PER_AR", 1);

  /** A LIS with one employment and, optionally, plan versions (approvedAt, expiresAt; the last is GODKJENT) and an FE registration. */
  async function lis(input: { name: string; org: string; dept: string; start: string; end?: string; approvals?: [string, string][]; registeredOn?: string }) {
    const person = await db.person.create({ data: { name: input.name, email: `${input.name.toLowerCase().replace("ø", "o")}@eksempel.no` } });
    const employment = await db.employment.create({
      data: { personId: person.id, organisationId: input.org, departmentId: input.dept, specialtyId: kir.id, type: "FAST", part: "DEL3", title: "LIS", startDate: day(input.start), endDate: input.end ? day(input.end) : null },
    });
    let lastVersionId: string | null = null;
    if (input.approvals) {
      const plan = await db.plan.create({ data: { personId: person.id, employmentId: employment.id } });
      for (const [i, [approvedAt, expiresAt]] of input.approvals.entries()) {
        const v = await db.planVersion.create({
          data: { planId: plan.id, versionNumber: i + 1, status: i === input.approvals.length - 1 ? "GODKJENT" : "ERSTATTET", createdById: person.id, approvedAt: new Date(approvedAt), expiresAt: new Date(expiresAt) },
        });
        lastVersionId = v.id;
      }
    }
    const registration =
      input.registeredOn && lastVersionId
        ? await db.feRegistration.create({ data: { personId: person.id, organisationId: input.org, employmentId: employment.id, basedOnPlanVersionId: lastVersionId, registeredOn: day(input.registeredOn) } })
        : null;
    return { personId: person.id, registrationId: registration?.id ?? null, versionId: lastVersionId };
  }
  const period = (
    who: { personId: string; registrationId: string | null },
    fagavtale: { id: string; specialtyId: string },
    data: { status: "GJENNOMFORT" | "AVTALT" | "I_KO" | "TILBUDT" | "ONSKE" | "BEHOV"; desired: string; agreed?: [string, string]; planPeriodId?: string },
  ) =>
    db.spesialiseringsperiode.create({
      data: {
        personId: who.personId,
        feRegistrationId: who.registrationId,
        fagavtaleId: fagavtale.id,
        receivingOrganisationId: b.id,
        specialtyId: fagavtale.specialtyId,
        planPeriodId: data.planPeriodId ?? null,
        status: data.status,
        desiredStart: day(data.desired),
        durationMonths: 3,
        agreedStart: data.agreed ? day(data.agreed[0]) : null,
        agreedEnd: data.agreed ? day(data.agreed[1]) : null,
      },
    });

  const anne = await lis({
    name: "Anne",
    org: a.id,
    dept: deptA.id,
    start: "2026-01-05",
    // v1 at 23:30 Oslo on the deadline day (22:30 UTC, winter time): within the deadline.
    approvals: [
      ["2026-02-02T22:30:00.000Z", "2027-02-02T22:30:00.000Z"],
      ["2027-01-20T10:00:00.000Z", "2028-01-20T10:00:00.000Z"],
    ],
    registeredOn: "2026-02-10",
  });
  // 00:30 Oslo on 31 March (summer time): the day after the deadline (2 March + 4 weeks = 30 March).
  const bjorn = await lis({ name: "Bjørn", org: a.id, dept: deptA.id, start: "2026-03-02", approvals: [["2026-03-30T22:30:00.000Z", "2027-03-31T08:00:00.000Z"]], registeredOn: "2026-04-07" });
  await lis({ name: "Cecilie", org: a.id, dept: deptA.id, start: "2026-12-01" });
  await lis({ name: "David", org: a.id, dept: deptA.id, start: "2027-03-01" });
  const eva = await lis({ name: "Eva", org: a.id, dept: deptA.id, start: "2025-01-06", approvals: [["2025-01-20T09:00:00.000Z", "2026-01-20T09:00:00.000Z"]], registeredOn: "2025-02-01" });
  await lis({ name: "Frank", org: a.id, dept: deptA.id, start: "2024-01-08", end: "2026-12-31", approvals: [["2024-01-15T09:00:00.000Z", "2025-01-15T09:00:00.000Z"]] });
  // Trust C's deadline is 8 weeks: 1 September + 56 days = 27 October; approved 13:00 Oslo that day.
  const gro = await lis({ name: "Gro", org: c.id, dept: deptC.id, start: "2026-09-01", approvals: [["2026-10-27T12:00:00.000Z", "2027-10-27T12:00:00.000Z"]], registeredOn: "2026-11-02" });

  const planPeriod = (versionId: string | null, fagavtaleId: string, start: string, end: string) =>
    db.planPeriod.create({ data: { versionId: versionId!, kind: "SPESIALISERINGSPERIODE", fagavtaleId, startDate: day(start), endDate: day(end) } });
  // Anne's current plan plans a Testmedisin period from 01.02.2028, not yet a wish; she has also noted a
  // need (BEHOV) for Testmedisin from 01.03.2028, not linked to it: one LIS, one semester → counted once.
  await planPeriod(anne.versionId, f2.id, "2028-02-01", "2028-05-01");
  // Bjørn's plan period is linked to his queued wish: it is the same need, counted once (as the wish).
  const bjornPlanned = await planPeriod(bjorn.versionId, f1.id, "2027-09-01", "2027-12-01");

  await period(anne, f1, { status: "GJENNOMFORT", desired: "2026-06-01", agreed: ["2026-06-01", "2026-09-01"] });
  const anneAgreed = await period(anne, f1, { status: "AVTALT", desired: "2027-09-01", agreed: ["2027-09-01", "2027-12-01"] });
  await period(anne, f2, { status: "BEHOV", desired: "2028-03-01" });
  await period(bjorn, f1, { status: "I_KO", desired: "2027-09-01", planPeriodId: bjornPlanned.id });
  const evaWish = await period(eva, f1, { status: "TILBUDT", desired: "2027-06-01" });
  // Eva's need for Testmedisin was due 01.11.2026 and is still not a wish: it counts in våren 2027.
  await period(eva, f2, { status: "BEHOV", desired: "2026-11-01" });
  await period(gro, f3, { status: "ONSKE", desired: "2027-08-01" });

  const vacancy = (startDate: string) =>
    db.vacancy.create({ data: { organisationId: b.id, departmentId: deptB.id, specialtyId: kir.id, startDate: day(startDate), durationMonths: 3, drawSeed: "test", createdById: leader.id } });
  const autumn = await vacancy("2027-09-01");
  const spring = await vacancy("2027-06-01");
  const offer = (vacancyId: string, periodId: string, personId: string, status: "AKSEPTERT" | "TILBUDT" | "AVSLATT", rankAtOffer: number) =>
    db.offer.create({
      data: { vacancyId, postNumber: 1, spesialiseringsperiodeId: periodId, personId, status, rankAtOffer, deviationReason: rankAtOffer > 1 ? "Bedre progresjon" : null, deadline: day("2027-03-20"), offeredById: leader.id },
    });
  const accepted = await offer(autumn.id, anneAgreed.id, anne.personId, "AKSEPTERT", 1);
  await offer(spring.id, evaWish.id, eva.personId, "AVSLATT", 2);
  const open = await offer(spring.id, evaWish.id, eva.personId, "TILBUDT", 1);
  await db.capacityUse.create({ data: { fagavtaleId: f1.id, term: "2027-H", slot: 1, offerId: accepted.id } });
  await db.capacityUse.create({ data: { fagavtaleId: f1.id, term: "2027-V", slot: 1, offerId: open.id } });

  return { regionId: region.id, a: a.id, b: b.id, c: c.id, f1: f1.id, f2: f2.id, f3: f3.id };
}

async function reportFor(email: string, capabilityRole: "LOKAL_KOORDINATOR" | "REGIONAL_KOORDINATOR"): Promise<IndicatorReport> {
  const scope = await scopeByEmail(email, "indicator:read", capabilityRole);
  const { chosen, all } = await resolveIndicatorScope(scope);
  expect(all).toHaveLength(1);
  return computeIndicatorReport({ scope: chosen, now: NOW });
}

/** The facts under the report, before the tables hide small groups' times. */
async function factsFor(email: string, capabilityRole: "LOKAL_KOORDINATOR" | "REGIONAL_KOORDINATOR") {
  const { chosen } = await resolveIndicatorScope(await scopeByEmail(email, "indicator:read", capabilityRole));
  return loadIndicatorFacts({ scope: chosen, now: NOW });
}

const table = (report: IndicatorReport, id: string) => {
  const t = report.tables.find((x) => x.id === id);
  if (!t) throw new Error(`no table ${id}`);
  return t;
};
const figure = (report: IndicatorReport, id: string) => report.keyFigures.find((f) => f.id === id)?.value;

let trustA: IndicatorReport;
let region: IndicatorReport;

beforeAll(async () => {
  await useCountingClient();
  ids = await buildDataSet();
  trustA = await reportFor(MARIT, "LOKAL_KOORDINATOR");
  region = await reportFor(TOR, "REGIONAL_KOORDINATOR");
});

describe("indicators on a data set worked out by hand (issue 13)", () => {
  it("reaches exactly the coordinator's trust or region", () => {
    expect([trustA.scopeKind, trustA.scopeId, trustA.scopeName]).toEqual(["TRUST", ids.a, "Testforetak A"]);
    expect([region.scopeKind, region.scopeId, region.scopeName]).toEqual(["REGION", ids.regionId, "Testregion"]);
    expect(trustA.computedFor).toBe("2027-03-10");
  });

  it("classifies each current employment's plan", () => {
    // Trust A, columns: gyldig, utløper snart, utløpt, mangler over frist, mangler innen frist, i alt, andel gyldig.
    //   Anne: v2 expires 2028-01-20, more than 30 days ahead → gyldig.
    //   Bjørn: expires 2027-03-31 08:00 UTC, 21 days after now → utløper snart.
    //   Eva: expired 2026-01-20 → utløpt. Cecilie: deadline 29.12.2026 passed → mangler over frist.
    //   David: deadline 29.03.2027 ahead → mangler innen frist. Frank: employment ended → not counted.
    //   5 in all, 1 of 5 valid = 0.2.
    expect(table(trustA, "plan-status").rows).toEqual([["Testforetak A", 1, 1, 1, 1, 1, 5, 0.2]]);
    // Region: A as above plus C (Gro, expires 2027-10-27 → gyldig): 2, 1, 1, 1, 1 = 6, 2/6 valid.
    expect(table(region, "plan-status").rows).toEqual([
      ["Testforetak A", 1, 1, 1, 1, 1, 5, 0.2],
      ["Testforetak C", 1, 0, 0, 0, 0, 1, 1],
      ["Alle foretak", 2, 1, 1, 1, 1, 6, 2 / 6],
    ]);
    expect(figure(trustA, "lis")).toBe(5);
    expect(figure(trustA, "plan-mangler")).toBe(1);
    expect(figure(region, "plan-gyldig")).toBeCloseTo(1 / 3, 10);
  });

  it("counts a first approval on the deadline day as within the deadline, the day after as late", () => {
    // Trust A's approved plans among current employments: Anne (first approval 23:30 Oslo on the
    // deadline day 2 February → within), Bjørn (00:30 Oslo on 31 March, the day after 30 March → late),
    // Eva (20 January 2025, deadline 3 February 2025 → within). 2 within, 1 late, 2/3.
    expect(table(trustA, "plan-within-deadline").rows).toEqual([["Testforetak A", 2, 1, 2 / 3]]);
    // Trust C: Gro's first approval at 13:00 Oslo on its 8-week deadline day (27 October) → within.
    expect(table(region, "plan-within-deadline").rows).toEqual([
      ["Testforetak A", 2, 1, 2 / 3],
      ["Testforetak C", 1, 0, 1],
      ["Alle foretak", 3, 1, 3 / 4],
    ]);
  });

  it("measures the time from FE registration to an agreed start, counting both periods of a LIS with two", async () => {
    // Anne, registered 10.02.2026: her completed period starts 01.06.2026 = 18 + 31 + 30 + 31 + 1 = 111
    // days later; her agreed period starts 01.09.2027 = 365 (to 10.02.2027) + 18 + 31 + 30 + 31 + 30
    // + 31 + 31 + 1 = 568 days later. Median (111 + 568) / 2 = 339.5 → 340 (half up);
    // 90th percentile 111 + 0.9 × (568 − 111) = 522.3 → 522.
    const facts = await factsFor(MARIT, "LOKAL_KOORDINATOR");
    const group = { specialty: "Testkirurgi", receiving: "Mottaker B", agreed: 2, medianDays: 339.5 };
    expect(facts.queueTime).toEqual([
      { ...group, p90Days: expect.closeTo(522.3, 6) },
      { ...group, specialty: null, receiving: null, p90Days: expect.closeTo(522.3, 6) },
    ]);
    expect(wholeDays(339.5)).toBe(340);
    // The table hides the times of a group under SMALL_GROUP_LIMIT (two periods: one person's wait can be
    // read out of a median of two and the 90th percentile), the total too; counts stay.
    const expected = [
      ["Testkirurgi", "Mottaker B", 2, SUPPRESSED_CELL, SUPPRESSED_CELL],
      ["Alle", "Alle", 2, SUPPRESSED_CELL, SUPPRESSED_CELL],
    ];
    expect(table(trustA, "ko-tid").rows).toEqual(expected);
    // Trust C has no agreed period: the region shows the same.
    expect(table(region, "ko-tid").rows).toEqual(expected);
    expect(table(trustA, "ko-tid").chart!.rows).toEqual([]);
    expect(table(trustA, "ko-tid").summary).toBe("2 avtalte perioder; tidene vises ikke for færre enn 5.");
    expect(figure(trustA, "ko-median")).toBeNull();
  });

  it("counts the LIS waiting now and for how long", async () => {
    // Trust A: Bjørn (I_KO), registered 07.04.2026 → 10.03.2027 = 365 − 28 = 337 days;
    // Eva (TILBUDT, still an active wish), registered 01.02.2025 → 10.03.2027 = 730 + 28 + 9 = 767 days.
    // Median (337 + 767) / 2 = 552, longest 767. Anne's agreed period is not waiting.
    const group = { specialty: "Testkirurgi", receiving: "Mottaker B", waiting: 2, medianDays: 552, longestDays: 767 };
    expect((await factsFor(MARIT, "LOKAL_KOORDINATOR")).waiting).toEqual([group, { ...group, specialty: null, receiving: null }]);
    // Region adds Gro (ONSKE, C), registered 02.11.2026 → 10.03.2027 = 28 + 31 + 31 + 28 + 10 = 128 days.
    // Median of 128, 337, 767 is 337.
    const regional = { ...group, waiting: 3, medianDays: 337 };
    expect((await factsFor(TOR, "REGIONAL_KOORDINATOR")).waiting).toEqual([regional, { ...regional, specialty: null, receiving: null }]);
    // Fewer than SMALL_GROUP_LIMIT LIS: the counts are shown, the waiting times are not.
    expect(table(trustA, "venter-na").rows).toEqual([
      ["Testkirurgi", "Mottaker B", 2, SUPPRESSED_CELL, SUPPRESSED_CELL],
      ["Alle", "Alle", 2, SUPPRESSED_CELL, SUPPRESSED_CELL],
    ]);
    expect(table(region, "venter-na").rows).toEqual([
      ["Testkirurgi", "Mottaker B", 3, SUPPRESSED_CELL, SUPPRESSED_CELL],
      ["Alle", "Alle", 3, SUPPRESSED_CELL, SUPPRESSED_CELL],
    ]);
    expect(table(region, "venter-na").summary).toBe("3 LIS venter nå; ventetidene vises ikke for færre enn 5.");
    expect(figure(region, "venter")).toBe(3);
  });

  it("balances each fagavtale's capacity per term against used, reserved and requested places", () => {
    // Columns: capacity, used, reserved, requested, shortfall, unused.
    // F1 (1 per semester), four semesters from våren 2027:
    //   våren 2027: Eva's open offer reserves the place (CapacityUse 2027-V) → 1, 0, 1, 0 → 0 short, 0 unused.
    //     (Her wish's desired start 01.06.2027 runs into høsten; it counts in våren, where it starts.)
    //   høsten 2027: Anne's agreed period starts 01.09.2027 and her accepted offer holds CapacityUse
    //     2027-H: one period, counted once → used 1; Bjørn queues for 01.09.2027 → requested 1;
    //     demand 2 against 1 → short 1.
    //   våren and høsten 2028: nothing → 1 unused each.
    //   Anne's completed period (01.06.2026–01.09.2026, across the term boundary) used våren 2026,
    //   which is before today's term and not shown.
    // F2 (2 per vårsemester): only vår terms, two years → våren 2027 and våren 2028, 2 unused each.
    const f1 = "Testkirurgi, A → B (Arena B)";
    const f2 = "Testmedisin, A → B (Arena B)";
    expect(table(trustA, "kapasitet").rows).toEqual([
      [f1, "våren 2027", 1, 0, 1, 0, 0, 0],
      [f1, "høsten 2027", 1, 1, 0, 1, 1, 0],
      [f1, "våren 2028", 1, 0, 0, 0, 0, 1],
      [f1, "høsten 2028", 1, 0, 0, 0, 0, 1],
      [f2, "våren 2027", 2, 0, 0, 0, 0, 2],
      [f2, "våren 2028", 2, 0, 0, 0, 0, 2],
    ]);
    expect(table(trustA, "kapasitet").summary).toBe("1 av 6 fagavtale-terminer mangler plasser (1 i alt); 6 plasser står ubrukt.");
    // Region adds F3 (C → B, 1 per year, two years): 2027 has Gro's wish (desired 01.08.2027) → 0/0;
    // 2028 → 1 unused.
    const f3 = "Testkirurgi, C → B (Arena B)";
    expect(table(region, "kapasitet").rows.filter((r) => r[0] === f3)).toEqual([
      [f3, "2027", 1, 0, 0, 1, 0, 0],
      [f3, "2028", 1, 0, 0, 0, 0, 1],
    ]);
    expect(figure(region, "mangler-plasser")).toBe(1);
  });

  it("counts offers by status and the picks that deviated from the top candidate", () => {
    // Anne's accepted offer, Eva's declined one (rank 2: a deviation) and her open one: 3 in all.
    expect(table(trustA, "offers").rows).toEqual([
      ["Tilbudt", 1, 1 / 3],
      ["Akseptert", 1, 1 / 3],
      ["Avslått", 1, 1 / 3],
      ["Utløpt", 0, 0],
      ["Trukket", 0, 0],
      ["Tilbud i alt", 3, 1],
      ["Avvik fra øverste kandidat", 1, 1 / 3],
    ]);
    expect(figure(trustA, "tilbud")).toBe(3);
    // Gro has no offer: the region counts the same three.
    expect(figure(region, "tilbud")).toBe(3);
  });

  it("forecasts the need for spesialiseringsperioder per specialty and semester against the agreed capacity", () => {
    // Columns: agreed, wished or queued, planned, need, capacity, shortfall, unused. Four semesters from våren 2027.
    // Testkirurgi (F1, 1 per semester):
    //   våren 2027: Eva's offered wish (desired 01.06.2027) → wished 1; Anne's completed period (2026) is
    //     before the forecast. 1 against 1.
    //   høsten 2027: Anne's agreed period → agreed 1; Bjørn's queued wish → wished 1 (his linked plan
    //     period is the same need). 2 against 1 → short 1.
    //   2028: no need, 1 place unused in each semester.
    // Testmedisin (F2, 2 per vårsemester, none in høst):
    //   våren 2027: Eva's passed need (01.11.2026) → planned 1, 1 unused.
    //   våren 2028: Anne's plan period (01.02.2028) and her need (01.03.2028) → one LIS → planned 1, 1 unused.
    const kir = "Testkirurgi";
    const med = "Testmedisin";
    expect(table(trustA, "prognose").rows).toEqual([
      [kir, "våren 2027", 0, 1, 0, 1, 1, 0, 0],
      [kir, "høsten 2027", 1, 1, 0, 2, 1, 1, 0],
      [kir, "våren 2028", 0, 0, 0, 0, 1, 0, 1],
      [kir, "høsten 2028", 0, 0, 0, 0, 1, 0, 1],
      [med, "våren 2027", 0, 0, 1, 1, 2, 0, 1],
      [med, "høsten 2027", 0, 0, 0, 0, 0, 0, 0],
      [med, "våren 2028", 0, 0, 1, 1, 2, 0, 1],
      [med, "høsten 2028", 0, 0, 0, 0, 0, 0, 0],
    ]);
    // Need 1 + 2 + 1 + 1 = 5 against 1 × 4 + 2 × 2 = 8 places.
    expect(table(trustA, "prognose").summary).toBe(
      "Fra våren 2027 til og med høsten 2028 ventes 5 starter i spesialiseringsperioder mot 8 avtalte plasser. 1 av 8 spesialitet-semestre mangler plasser (1 i alt); størst mangel: Testkirurgi, høsten 2027 (1).",
    );
    expect(figure(trustA, "prognose-mangler")).toBe(1);
    // The region adds C's F3 (1 per year → ½ per semester) and Gro's wish for høsten 2027:
    // høsten 2027 is then 1 agreed + 2 wished = 3 against 1,5 → short 1,5.
    expect(table(region, "prognose").rows.filter((r) => r[0] === kir)).toEqual([
      [kir, "våren 2027", 0, 1, 0, 1, 1.5, 0, 0.5],
      [kir, "høsten 2027", 1, 2, 0, 3, 1.5, 1.5, 0],
      [kir, "våren 2028", 0, 0, 0, 0, 1.5, 0, 1.5],
      [kir, "høsten 2028", 0, 0, 0, 0, 1.5, 0, 1.5],
    ]);
    expect(figure(region, "prognose-mangler")).toBe(1.5);
  });

  it("computes a report in a fixed number of SQL statements (one per indicator aggregate, the forecast's included)", async () => {
    const scope = await scopeByEmail(TOR, "indicator:read", "REGIONAL_KOORDINATOR");
    const { chosen } = await resolveIndicatorScope(scope);
    expect((await countStatements("region report", () => computeIndicatorReport({ scope: chosen, now: NOW }))).statements).toBe(7);
  });

  it("exports the forecast as CSV with nb-NO numbers (half places with a decimal comma)", async () => {
    const scope = await scopeByEmail(TOR, "indicator:read", "REGIONAL_KOORDINATOR");
    const { csv, filename } = await exportIndicatorCsv({ scope, scopeId: ids.regionId, tableId: "prognose", now: NOW });
    expect(filename).toBe("prognose-2027-03-10.csv");
    const lines = csv.replace(/^\uFEFF/, "").trim().split(/\r?\n/);
    expect(lines[0]).toBe("Spesialitet;Semester;Avtalt;Ønsket eller i kø;Planlagt;Behov i alt;Kapasitet;Mangler;Ledig");
    expect(lines[2]).toBe("Testkirurgi;høsten 2027;1;2;0;3;1,5;1,5;0");
    expect(lines).toHaveLength(1 + 8);
  });
});
