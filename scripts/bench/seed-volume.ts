// Benchmark volume on top of the demo seed: a region-sized fiktiv enhet (see docs/benchmarks.md).
//   DATABASE_URL=postgresql://postgres:postgres@127.0.0.1:5528/lis npx tsx scripts/bench/seed-volume.ts [perTrust]
// Adds `perTrust` (default 400) synthetic LIS to each Helse Nord trust: employment (mostly FAST, some
// VIKARIAT), an approved plan with 3–4 periods and three signatures, an FE registration with a spread
// seniority date, 1–3 spesialiseringsperioder under the demo's fagavtaler (active wishes at one
// receiving trust only) and some achieved learning goals; plus one open vacancy at UNN generell
// kirurgi whose start matches many of the wishes. Deterministic "bench-" ids and createMany with
// skipDuplicates: running it again adds nothing. Dates are relative to today, like the demo seed.
// Never run it against a database with real people in it.
import type { Prisma } from "../../lib/generated/prisma/client.ts";
import { createPrismaClient } from "../../lib/db/create-client.ts";
import { addDays, addMonths, firstOfMonth, osloToday } from "../../lib/domain/calendar.ts";
import { DEPT, FAGAVTALE } from "../../lib/seed/demo-data.ts";
import { ORG, SPEC, goalId } from "../../lib/seed/reference-data.ts";
import { PLAN_VALIDITY_MONTHS } from "../../lib/domain/rules.ts";

export const BENCH_VACANCY_ID = "bench-vacancy-unn-generell-kirurgi";

type Track = {
  key: string;
  departmentId: string;
  specialtyId: string;
  /** Share of the trust's LIS (weights per trust sum to 1). */
  weight: number;
  /** Fagavtaler of the home trust in this specialty; the first is where active wishes go. */
  fagavtaler: string[];
  goals: string[];
};

const TRUSTS: { orgId: string; slug: string; tracks: Track[] }[] = [
  {
    orgId: ORG.helgeland,
    slug: "helgeland",
    tracks: [
      { key: "kir", departmentId: DEPT.helgelandKirurgi, specialtyId: SPEC.generellKirurgi, weight: 0.6, fagavtaler: [FAGAVTALE.helgelandUnnKirurgi, FAGAVTALE.helgelandNordlysKirurgi], goals: ["GENKIR-01", "GENKIR-04", "GENKIR-06"] },
      { key: "med", departmentId: DEPT.helgelandMedisin, specialtyId: SPEC.indremedisin, weight: 0.4, fagavtaler: [FAGAVTALE.helgelandNlshMedisin], goals: ["MED-01", "MED-04"] },
    ],
  },
  {
    orgId: ORG.finnmark,
    slug: "finnmark",
    tracks: [
      { key: "kir", departmentId: DEPT.finnmarkKirurgi, specialtyId: SPEC.generellKirurgi, weight: 0.5, fagavtaler: [FAGAVTALE.finnmarkUnnKirurgi], goals: ["GENKIR-01", "GENKIR-04"] },
      { key: "ane", departmentId: DEPT.finnmarkAnestesi, specialtyId: SPEC.anestesiologi, weight: 0.5, fagavtaler: [FAGAVTALE.finnmarkUnnAnestesi], goals: ["ANE-01", "ANE-02"] },
    ],
  },
  {
    orgId: ORG.nlsh,
    slug: "nlsh",
    tracks: [
      { key: "nev", departmentId: DEPT.nlshNevrologi, specialtyId: SPEC.nevrologi, weight: 0.6, fagavtaler: [FAGAVTALE.nlshUnnNevrologi, FAGAVTALE.nlshNevrologpraksis, FAGAVTALE.nlshStOlavsNevrologi], goals: ["NEV-01", "NEV-02"] },
      { key: "med", departmentId: DEPT.nlshMedisin, specialtyId: SPEC.indremedisin, weight: 0.4, fagavtaler: [], goals: ["MED-01"] },
    ],
  },
  {
    orgId: ORG.unn,
    slug: "unn",
    tracks: [
      { key: "plast", departmentId: DEPT.unnPlastkir, specialtyId: SPEC.plastikkirurgi, weight: 0.4, fagavtaler: [FAGAVTALE.unnOusPlastkir, FAGAVTALE.unnBergenPlastkir], goals: ["PLAST-01", "PLAST-02"] },
      { key: "ane", departmentId: DEPT.unnAnestesi, specialtyId: SPEC.anestesiologi, weight: 0.3, fagavtaler: [], goals: ["ANE-01"] },
      { key: "kir", departmentId: DEPT.unnGastkir, specialtyId: SPEC.generellKirurgi, weight: 0.3, fagavtaler: [], goals: ["GENKIR-01"] },
    ],
  },
];

const FIRST = ["Ola", "Kari", "Nils", "Ingrid", "Lars", "Sigrid", "Per", "Hanne", "Ole", "Mari", "Knut", "Tone", "Arne", "Liv", "Jon", "Randi", "Geir", "Silje", "Trond", "Anne"];
const LAST = ["Nilsen", "Berg", "Johansen", "Pedersen", "Larsen", "Olsen", "Andersen", "Karlsen", "Strand", "Haugen", "Bakken", "Moen", "Lie", "Dahl", "Eide"];

type Rows = {
  persons: Prisma.PersonCreateManyInput[];
  roles: Prisma.RoleAssignmentCreateManyInput[];
  employments: Prisma.EmploymentCreateManyInput[];
  goals: Prisma.AchievedLearningGoalCreateManyInput[];
  plans: Prisma.PlanCreateManyInput[];
  versions: Prisma.PlanVersionCreateManyInput[];
  periods: Prisma.PlanPeriodCreateManyInput[];
  signatures: Prisma.PlanSignatureCreateManyInput[];
  fe: Prisma.FeRegistrationCreateManyInput[];
  wishes: Prisma.SpesialiseringsperiodeCreateManyInput[];
};

function trackOf(tracks: Track[], i: number, n: number): Track {
  const x = (i + 0.5) / n;
  let acc = 0;
  for (const t of tracks) {
    acc += t.weight;
    if (x < acc) return t;
  }
  return tracks.at(-1)!;
}

export function buildVolume(opts: {
  now: Date;
  perTrust: number;
  leaderOf: Map<string, string>;
  coordinatorOf: Map<string, string>;
  fagavtaler: Map<string, { partnerOrganisationId: string; normertTidMonths: number }>;
}): Rows {
  const { now, perTrust } = opts;
  const today = osloToday(now);
  const monthStart = (n: number) => {
    const d = addMonths(today, n);
    return new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), 1));
  };
  const rows: Rows = { persons: [], roles: [], employments: [], goals: [], plans: [], versions: [], periods: [], signatures: [], fe: [], wishes: [] };

  for (const trust of TRUSTS) {
    const coordinator = opts.coordinatorOf.get(trust.orgId);
    if (!coordinator) throw new Error(`seed-volume: ingen lokal koordinator for ${trust.orgId} (kjør demo-seeden først)`);
    for (let i = 0; i < perTrust; i++) {
      const track = trackOf(trust.tracks, i, perTrust);
      const leader = opts.leaderOf.get(track.departmentId);
      if (!leader) throw new Error(`seed-volume: ingen leder for ${track.departmentId}`);
      const n = String(i + 1).padStart(4, "0");
      const key = `${trust.slug}-${n}`;
      const personId = `bench-person-${key}`;
      const name = `${FIRST[i % FIRST.length]} ${LAST[(i * 7 + trust.slug.length) % LAST.length]} ${trust.slug.toUpperCase()}-${n}`;
      const start = monthStart(-(4 + (i % 54)));
      const vikariat = i % 7 === 3;
      const employmentId = `bench-employment-${key}`;
      const createdAt = addDays(start, -30);

      rows.persons.push({ id: personId, name, email: `bench.${trust.slug}.${n}@eksempel.no`, createdAt });
      rows.roles.push({ id: `bench-role-${key}-lis`, personId, role: "LIS", organisationId: trust.orgId, validFrom: start });
      rows.employments.push({
        id: employmentId,
        personId,
        organisationId: trust.orgId,
        departmentId: track.departmentId,
        specialtyId: track.specialtyId,
        type: vikariat ? "VIKARIAT" : "FAST",
        part: "DEL3",
        title: vikariat ? "Vikar, lege i spesialisering" : "Lege i spesialisering",
        startDate: start,
        endDate: vikariat ? monthStart(18 + (i % 6)) : null,
      });
      const goalCount = i % (track.goals.length + 1);
      for (const [g, code] of [...track.goals.slice(0, goalCount), ...(i % 2 ? ["FKM-01"] : [])].entries()) {
        rows.goals.push({ personId, learningGoalId: goalId(code), achievedOn: addMonths(today, -(1 + g + (i % 10))), confirmedById: leader });
      }

      // Approved plan: 1 in 20 expired, the rest spread over the last 11 months.
      const planId = `bench-plan-${key}`;
      const versionId = `${planId}-v1`;
      const approvedAt = i % 20 === 0 ? addDays(addMonths(now, -13), -(i % 25)) : addDays(addMonths(now, -(i % 11)), -(i % 25));
      rows.plans.push({ id: planId, personId, employmentId, createdAt: addDays(approvedAt, -21) });
      rows.versions.push({
        id: versionId,
        planId,
        versionNumber: 1,
        status: "GODKJENT",
        courses: "Obligatoriske kurs etter læringsmål",
        createdById: leader,
        createdAt: addDays(approvedAt, -21),
        updatedAt: approvedAt,
        submittedAt: addDays(approvedAt, -7),
        approvedAt,
        expiresAt: addMonths(approvedAt, PLAN_VALIDITY_MONTHS),
      });
      for (const [role, by, days] of [["LIS", personId, -10], ["LEDER", leader, -8], ["LOKAL_KOORDINATOR", coordinator, 0]] as const) {
        rows.signatures.push({ id: `${versionId}-signatur-${role.toLowerCase().replace(/_/g, "-")}`, versionId, personId: by, role, signedAt: addDays(approvedAt, days) });
      }

      // Periods: home, away (first fagavtale), home, and for every other LIS a second away period.
      const away1 = monthStart(3 + (i % 8)); // 3–10 months ahead
      const primary = track.fagavtaler[0] ? opts.fagavtaler.get(track.fagavtaler[0]) : undefined;
      const secondId = track.fagavtaler[1] ?? track.fagavtaler[0];
      const second = secondId ? opts.fagavtaler.get(secondId) : undefined;
      const away1End = addMonths(away1, primary?.normertTidMonths ?? 6);
      const away2 = addMonths(away1End, 12);
      const away2End = addMonths(away2, second?.normertTidMonths ?? 6);
      const planPeriods: Prisma.PlanPeriodCreateManyInput[] = [];
      const period = (kind: "HJEMME" | "SPESIALISERINGSPERIODE", from: Date, to: Date, fagavtaleId?: string) => {
        planPeriods.push({
          id: `${versionId}-p${planPeriods.length + 1}`,
          versionId,
          kind,
          departmentId: kind === "HJEMME" ? track.departmentId : null,
          fagavtaleId: kind === "SPESIALISERINGSPERIODE" ? fagavtaleId! : null,
          startDate: from,
          endDate: to,
          learningActivities: kind === "HJEMME" ? "Klinisk tjeneste og vakt i avdelingen." : "Gjennomstrømningsstilling.",
        });
      };
      const withSecond = primary !== undefined && i % 2 === 1;
      if (primary && track.fagavtaler[0]) {
        period("HJEMME", start, away1);
        period("SPESIALISERINGSPERIODE", away1, away1End, track.fagavtaler[0]);
        if (withSecond && secondId) {
          period("HJEMME", away1End, away2);
          period("SPESIALISERINGSPERIODE", away2, away2End, secondId);
        } else {
          period("HJEMME", away1End, monthStart(48));
        }
      } else {
        period("HJEMME", start, monthStart(12));
        period("HJEMME", monthStart(12), monthStart(30));
        period("HJEMME", monthStart(30), monthStart(48));
      }
      rows.periods.push(...planPeriods);

      // FE registration: seniority spread over the employment (vikariater too: all ≥ 6 months).
      const feId = `bench-fe-${key}`;
      rows.fe.push({
        id: feId,
        personId,
        organisationId: trust.orgId,
        employmentId,
        basedOnPlanVersionId: versionId,
        registeredOn: addDays(start, 14 + ((i * 13) % 60)),
        createdAt: addDays(start, 14 + ((i * 13) % 60)),
      });

      // Spesialiseringsperioder: the first is BEHOV/ONSKE/I_KO at the primary partner (the only
      // receiving trust with active wishes); the others are BEHOV.
      if (primary && track.fagavtaler[0]) {
        const status = (["BEHOV", "ONSKE", "I_KO", "I_KO"] as const)[i % 4]!;
        const wish = (id: string, fagavtaleId: string, f: { partnerOrganisationId: string; normertTidMonths: number }, s: "BEHOV" | "ONSKE" | "I_KO", desiredStart: Date, planPeriodId: string | null) =>
          rows.wishes.push({
            id,
            personId,
            feRegistrationId: feId,
            fagavtaleId,
            receivingOrganisationId: f.partnerOrganisationId,
            specialtyId: track.specialtyId,
            planPeriodId,
            status: s,
            desiredStart,
            durationMonths: f.normertTidMonths,
            queueDate: s === "I_KO" ? addDays(today, -(10 + (i % 200))) : null,
            createdAt: addDays(approvedAt, 3),
            updatedAt: addDays(approvedAt, 3),
          });
        wish(`bench-periode-${key}-1`, track.fagavtaler[0], primary, status, away1, `${versionId}-p2`);
        if (withSecond && secondId && second) wish(`bench-periode-${key}-2`, secondId, second, "BEHOV", away2, `${versionId}-p4`);
        if (i % 3 === 2) wish(`bench-periode-${key}-3`, track.fagavtaler[0], primary, "BEHOV", addMonths(away2End, 6), null);
      }
    }
  }
  return rows;
}

async function main() {
  const perTrust = Number(process.argv[2] ?? 400);
  if (!Number.isInteger(perTrust) || perTrust < 1 || perTrust > 5000) throw new Error("perTrust må være et heltall 1–5000");
  const db = createPrismaClient();
  try {
    const now = new Date();
    const [leaders, coordinators, fagavtaler, kristoffer] = await Promise.all([
      db.roleAssignment.findMany({ where: { role: "LEDER", id: { startsWith: "seed-" } }, orderBy: { id: "asc" } }),
      db.roleAssignment.findMany({ where: { role: "LOKAL_KOORDINATOR", id: { startsWith: "seed-" } }, orderBy: { id: "asc" } }),
      db.fagavtale.findMany({ where: { id: { startsWith: "seed-" } } }),
      db.roleAssignment.findFirst({ where: { role: "LEDER", departmentId: DEPT.unnGastkir, id: { startsWith: "seed-" } } }),
    ]);
    if (!kristoffer) throw new Error("seed-volume: demo-seeden mangler (ingen leder for UNN gastroenterologisk kirurgi)");
    const rows = buildVolume({
      now,
      perTrust,
      leaderOf: new Map(leaders.flatMap((l) => (l.departmentId ? [[l.departmentId, l.personId] as const] : []))),
      coordinatorOf: new Map(coordinators.flatMap((c) => (c.organisationId ? [[c.organisationId, c.personId] as const] : []))),
      fagavtaler: new Map(fagavtaler.map((f) => [f.id, f])),
    });
    const today = osloToday(now);
    const vacancyStart = addMonths(firstOfMonth(today), 6);
    const started = Date.now();
    const counts = await db.$transaction(
      async (tx) => {
        const c: Record<string, number> = {};
        c.persons = (await tx.person.createMany({ data: rows.persons, skipDuplicates: true })).count;
        c.roles = (await tx.roleAssignment.createMany({ data: rows.roles, skipDuplicates: true })).count;
        c.employments = (await tx.employment.createMany({ data: rows.employments, skipDuplicates: true })).count;
        c.goals = (await tx.achievedLearningGoal.createMany({ data: rows.goals, skipDuplicates: true })).count;
        c.plans = (await tx.plan.createMany({ data: rows.plans, skipDuplicates: true })).count;
        c.versions = (await tx.planVersion.createMany({ data: rows.versions, skipDuplicates: true })).count;
        c.periods = (await tx.planPeriod.createMany({ data: rows.periods, skipDuplicates: true })).count;
        c.signatures = (await tx.planSignature.createMany({ data: rows.signatures, skipDuplicates: true })).count;
        c.fe = (await tx.feRegistration.createMany({ data: rows.fe, skipDuplicates: true })).count;
        c.wishes = (await tx.spesialiseringsperiode.createMany({ data: rows.wishes, skipDuplicates: true })).count;
        c.vacancy = (
          await tx.vacancy.createMany({
            data: [
              {
                id: BENCH_VACANCY_ID,
                organisationId: ORG.unn,
                departmentId: DEPT.unnGastkir,
                specialtyId: SPEC.generellKirurgi,
                startDate: vacancyStart,
                durationMonths: 6,
                posts: 2,
                startWindowDays: 90,
                drawSeed: "bench-seed-volume",
                createdById: kristoffer.personId,
              },
            ],
            skipDuplicates: true,
          })
        ).count;
        return c;
      },
      { timeout: 120_000, maxWait: 10_000 },
    );
    const total = Object.values(counts).reduce((a, b) => a + b, 0);
    console.info(`[seed-volume] ${perTrust} LIS per Helse Nord-foretak; nye rader: ${JSON.stringify(counts)} (${total} i alt, ${Date.now() - started} ms)`);
    console.info(`[seed-volume] planlagte rader: ${rows.persons.length} LIS, ${rows.periods.length} planperioder, ${rows.wishes.length} spesialiseringsperioder (${rows.wishes.filter((w) => w.status !== "BEHOV").length} aktive ønsker)`);
    console.info(`[seed-volume] stilling: /leder/stillinger/${BENCH_VACANCY_ID} (kristoffer.lund@eksempel.no), start ${vacancyStart.toISOString().slice(0, 10)}`);
  } finally {
    await db.$disconnect();
  }
}

main().catch((e) => {
  console.error(`[seed-volume] ${e instanceof Error ? e.message : String(e)}`);
  process.exit(1);
});
