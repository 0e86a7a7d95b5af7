import "server-only";
import { db } from "@/lib/server/db";
import { organisationPolicySelect, policyOf } from "@/lib/server/organisation-policy";
import type { Prisma } from "@/lib/generated/prisma/client";
import { rescope, type AccessScope } from "@/lib/domain/access-scope";
import { currentEmploymentWhere } from "@/lib/server/scope/employment-where";
import { planEmploymentWhere } from "@/lib/server/scope/plan-where";
import { offerWhere } from "@/lib/server/scope/offer-where";
import { intakeFormWhere } from "@/lib/server/scope/intake-form-where";
import { employmentWhere } from "@/lib/server/scope/employment-where";
import { feRegistrationWhere } from "@/lib/server/scope/fe-registration-where";
import { NO_ROWS } from "@/lib/server/scope/in-scope";
import {
  INTAKE_STEP_TEXT,
  TODAY_GROUP_RESPONSIBLE,
  TODAY_GROUP_TITLE,
  TODAY_GROUPS,
  TODAY_ITEMS_PER_GROUP,
  daysLeft,
  daysLeftText,
  expiringWindow,
  intakeStep,
  missingPlanStartCutoff,
  planDueAt,
  responsibleText,
  waitingText,
  type TodayGroup,
} from "@/lib/domain/today";
import { formatDay } from "@/lib/format";

export type TodayItem = {
  id: string;
  group: TodayGroup;
  personId: string;
  lisName: string;
  /** "Ansvarlig: …" */
  responsible: string;
  /** What the item is about, one short sentence. */
  detail: string;
  /** The item's deadline (null where it has none: it is waiting since `since`). */
  deadline: Date | null;
  /** Whole days left (negative: overdue), or null without a deadline. */
  days: number | null;
  /** "om 11 dager", "2 dager over fristen", "venter i 5 dager". */
  dueText: string;
  /** Where it is done. */
  href: string;
};

export type TodayGroupResult = { group: TodayGroup; title: string; count: number; items: TodayItem[]; allHref: string };
export type LocalToday = { groups: TodayGroupResult[]; total: number };

const GROUP_HREF: Record<TodayGroup, string> = {
  UTLOPT: "/koordinator/planer#utlopt",
  MANGLER_PLAN: "/koordinator/planer#frist",
  TIL_GODKJENNING: "/koordinator/planer#til-godkjenning",
  UTLOPER_SNART: "/koordinator/planer#utloper",
  TILBUD: "/koordinator/tildelinger",
  INNMELDING: "/koordinator/innmeldingsskjema",
  FE_REGISTRERING: "/koordinator/fiktiv-enhet",
  PLAN_ENDRET: "/koordinator/fiktiv-enhet",
};

const planHref = (employmentId: string) => `/koordinator/planer/${encodeURIComponent(employmentId)}`;

const personSelect = { id: true, name: true } as const;
const employmentSelect = { id: true, departmentId: true, startDate: true, organisationId: true, person: { select: personSelect } } as const;

/**
 * The "where" of every group, for the scope at `now`: each a plain Prisma filter, so the count and the
 * first items are two bounded statements per group whatever the data size.
 */
export function todayWheres(scope: AccessScope, now: Date, trusts: readonly { id: string; planDeadlineWeeks: number }[]) {
  const offerScope = rescope(scope, "offer:read", "LOKAL_KOORDINATOR");
  const intakeScope = rescope(scope, "intake:read", "LOKAL_KOORDINATOR");
  const feScope = rescope(scope, "fe:read", "LOKAL_KOORDINATOR");
  const current: Prisma.EmploymentWhereInput = { AND: [planEmploymentWhere(scope), currentEmploymentWhere(now)] };
  const window = expiringWindow(now);
  const validApproved: Prisma.PlanVersionWhereInput = { status: "GODKJENT", expiresAt: { gt: now } };
  const feEmployments: Prisma.EmploymentWhereInput = feScope ? employmentWhere(feScope) : NO_ROWS;
  return {
    UTLOPT: { status: "GODKJENT", expiresAt: { lte: now }, plan: { employment: current } } satisfies Prisma.PlanVersionWhereInput,
    UTLOPER_SNART: { status: "GODKJENT", expiresAt: { gt: window.after, lte: window.notAfter }, plan: { employment: current } } satisfies Prisma.PlanVersionWhereInput,
    TIL_GODKJENNING: { status: "TIL_GODKJENNING", plan: { employment: current } } satisfies Prisma.PlanVersionWhereInput,
    MANGLER_PLAN: {
      AND: [
        current,
        // The per-trust deadline as a bound on the start date (lib/domain/today.ts missingPlanStartCutoff).
        { OR: trusts.length ? trusts.map((t) => ({ organisationId: t.id, startDate: { lte: missingPlanStartCutoff(now, t.planDeadlineWeeks) } })) : [NO_ROWS] },
        { NOT: { plan: { versions: { some: { status: "GODKJENT", expiresAt: { not: null } } } } } },
      ],
    } satisfies Prisma.EmploymentWhereInput,
    TILBUD: { AND: [offerScope ? offerWhere(offerScope) : NO_ROWS, { status: "TILBUDT", deadline: { gte: now } }] } satisfies Prisma.OfferWhereInput,
    INNMELDING: {
      AND: [
        intakeScope ? intakeFormWhere(intakeScope, now) : NO_ROWS,
        { leaderApprovedAt: { not: null } },
        { OR: [{ forwardedAt: null }, { needsResend: true }, { receivedOn: null }] },
      ],
    } satisfies Prisma.IntakeFormWhereInput,
    FE_REGISTRERING: { AND: [feEmployments, { plan: { versions: { some: validApproved } } }, { feRegistrations: { none: { endedOn: null } } }] } satisfies Prisma.EmploymentWhereInput,
    PLAN_ENDRET: {
      AND: [
        feScope ? feRegistrationWhere(feScope) : NO_ROWS,
        { endedOn: null, basedOnPlanVersion: { status: "ERSTATTET" } },
        { employment: { plan: { versions: { some: validApproved } } } },
      ],
    } satisfies Prisma.FeRegistrationWhereInput,
  };
}

/** The trusts (with their plan deadline) a local coordinator's scope reaches. */
async function trustsOf(scope: AccessScope) {
  const ids = [...new Set(scope.roles.flatMap((r) => (r.role === "LOKAL_KOORDINATOR" ? r.organisationIds : [])))];
  const rows = await db.organisation.findMany({ where: { id: { in: ids } }, select: { id: true, name: true, ...organisationPolicySelect } });
  return rows.map((o) => ({ id: o.id, name: o.name, planDeadlineWeeks: policyOf(o).planDeadlineWeeks }));
}

/**
 * The local coordinator's "I dag" (issue 10 §4): every pending item across the pages, grouped, each
 * group with its count and its first `take` items, most urgent first. A constant number of statements:
 * one for the trusts, a count and a bounded list per group, one for the items' home leaders.
 * `scope` is a plan:read scope as LOKAL_KOORDINATOR (the other capabilities are resolved from its grants).
 */
export async function getLocalToday(options: { scope: AccessScope; now?: Date; take?: number }): Promise<LocalToday> {
  const { scope } = options;
  const now = options.now ?? new Date();
  const take = options.take ?? TODAY_ITEMS_PER_GROUP;
  const trusts = await trustsOf(scope);
  const deadlineWeeks = new Map(trusts.map((t) => [t.id, t.planDeadlineWeeks]));
  const w = todayWheres(scope, now, trusts);
  const versionInclude = { plan: { select: { employment: { select: employmentSelect } } } } as const;

  const [
    [expiredCount, expired],
    [expiringCount, expiring],
    [awaitingCount, awaiting],
    [missingCount, missing],
    [offerCount, offers],
    [intakeCount, intakes],
    [feCount, feNew],
    [changedCount, changed],
  ] = await Promise.all([
    Promise.all([db.planVersion.count({ where: w.UTLOPT }), db.planVersion.findMany({ where: w.UTLOPT, include: versionInclude, orderBy: [{ expiresAt: "asc" }, { id: "asc" }], take })]),
    Promise.all([db.planVersion.count({ where: w.UTLOPER_SNART }), db.planVersion.findMany({ where: w.UTLOPER_SNART, include: versionInclude, orderBy: [{ expiresAt: "asc" }, { id: "asc" }], take })]),
    Promise.all([
      db.planVersion.count({ where: w.TIL_GODKJENNING }),
      db.planVersion.findMany({ where: w.TIL_GODKJENNING, include: versionInclude, orderBy: [{ submittedAt: "asc" }, { id: "asc" }], take }),
    ]),
    Promise.all([db.employment.count({ where: w.MANGLER_PLAN }), db.employment.findMany({ where: w.MANGLER_PLAN, select: employmentSelect, orderBy: [{ startDate: "asc" }, { id: "asc" }], take })]),
    Promise.all([
      db.offer.count({ where: w.TILBUD }),
      db.offer.findMany({
        where: w.TILBUD,
        include: { person: { select: personSelect }, vacancy: { select: { department: { select: { name: true } }, organisation: { select: { name: true } } } } },
        orderBy: [{ deadline: "asc" }, { id: "asc" }],
        take,
      }),
    ]),
    Promise.all([
      db.intakeForm.count({ where: w.INNMELDING }),
      db.intakeForm.findMany({
        where: w.INNMELDING,
        include: { spesialiseringsperiode: { select: { personId: true, desiredStart: true, agreedStart: true, person: { select: personSelect }, receivingOrganisation: { select: { name: true } } } } },
        orderBy: [{ spesialiseringsperiode: { desiredStart: "asc" } }, { id: "asc" }],
        take,
      }),
    ]),
    Promise.all([
      db.employment.count({ where: w.FE_REGISTRERING }),
      db.employment.findMany({
        where: w.FE_REGISTRERING,
        select: { ...employmentSelect, plan: { select: { versions: { where: { status: "GODKJENT" }, select: { approvedAt: true, versionNumber: true }, take: 1 } } } },
        // Oldest first by start date: the longest-waiting LIS (the approval date is on a child row).
        orderBy: [{ startDate: "asc" }, { id: "asc" }],
        take,
      }),
    ]),
    Promise.all([
      db.feRegistration.count({ where: w.PLAN_ENDRET }),
      db.feRegistration.findMany({
        where: w.PLAN_ENDRET,
        include: {
          person: { select: personSelect },
          basedOnPlanVersion: { select: { versionNumber: true } },
          employment: { select: { id: true, departmentId: true, plan: { select: { versions: { where: { status: "GODKJENT" }, select: { approvedAt: true, versionNumber: true }, take: 1 } } } } },
        },
        orderBy: [{ registeredOn: "asc" }, { id: "asc" }],
        take,
      }),
    ]),
  ]);

  // Home leaders of the LIS shown (one statement for all groups): the leaders of their current departments.
  const offerPeople = [...offers.map((o) => o.personId), ...intakes.map((f) => f.spesialiseringsperiode.personId)];
  const departmentIds = new Set<string>();
  for (const v of [...expired, ...expiring, ...awaiting]) departmentIds.add(v.plan.employment.departmentId);
  for (const e of missing) departmentIds.add(e.departmentId);
  const homeEmployments = offerPeople.length
    ? await db.employment.findMany({ where: { AND: [{ personId: { in: offerPeople } }, planEmploymentWhere(scope), currentEmploymentWhere(now)] }, select: { id: true, personId: true, departmentId: true } })
    : [];
  for (const e of homeEmployments) departmentIds.add(e.departmentId);
  const leaders = departmentIds.size
    ? await db.roleAssignment.findMany({
        where: { role: "LEDER", departmentId: { in: [...departmentIds] }, validFrom: { lte: now }, OR: [{ validTo: null }, { validTo: { gt: now } }] },
        select: { departmentId: true, person: { select: { name: true } } },
        orderBy: { person: { name: "asc" } },
      })
    : [];
  const leadersOf = (departmentId: string | undefined) => (departmentId ? leaders.filter((l) => l.departmentId === departmentId).map((l) => l.person.name) : []);
  const homeOf = (personId: string) => homeEmployments.find((e) => e.personId === personId);

  const item = (group: TodayGroup, base: { id: string; personId: string; lisName: string; departmentId?: string; detail: string; href: string }, deadline: Date | null, since?: Date | null): TodayItem => {
    const days = deadline ? daysLeft(deadline, now) : null;
    return {
      id: base.id,
      group,
      personId: base.personId,
      lisName: base.lisName,
      responsible: responsibleText(TODAY_GROUP_RESPONSIBLE[group], { lis: base.lisName, leaders: leadersOf(base.departmentId) }),
      detail: base.detail,
      deadline,
      days,
      dueText: days !== null ? daysLeftText(days) : since ? waitingText(since, now) : "",
      href: base.href,
    };
  };
  const fromVersion = (group: TodayGroup, v: (typeof expired)[number], detail: string, deadline: Date | null, since?: Date | null) => {
    const e = v.plan.employment;
    return item(group, { id: v.id, personId: e.person.id, lisName: e.person.name, departmentId: e.departmentId, detail, href: planHref(e.id) }, deadline, since);
  };

  const items: Record<TodayGroup, TodayItem[]> = {
    UTLOPT: expired.map((v) => fromVersion("UTLOPT", v, `Godkjenningen av versjon ${v.versionNumber} utløp ${formatDay(v.expiresAt)}.`, v.expiresAt)),
    UTLOPER_SNART: expiring.map((v) => fromVersion("UTLOPER_SNART", v, `Godkjenningen av versjon ${v.versionNumber} utløper ${formatDay(v.expiresAt)}.`, v.expiresAt)),
    TIL_GODKJENNING: awaiting.map((v) =>
      fromVersion("TIL_GODKJENNING", v, `Versjon ${v.versionNumber} er signert av LIS og leder${v.submittedAt ? ` (${formatDay(v.submittedAt)})` : ""}.`, null, v.submittedAt ?? v.updatedAt),
    ),
    MANGLER_PLAN: missing.map((e) => {
      const due = planDueAt(e.startDate, deadlineWeeks.get(e.organisationId) ?? 4);
      return item("MANGLER_PLAN", { id: e.id, personId: e.person.id, lisName: e.person.name, departmentId: e.departmentId, detail: `Startet ${formatDay(e.startDate)}; planen skulle vært godkjent innen ${formatDay(due)}.`, href: planHref(e.id) }, due);
    }),
    TILBUD: offers.map((o) => {
      const home = homeOf(o.personId);
      return item(
        "TILBUD",
        { id: o.id, personId: o.personId, lisName: o.person.name, departmentId: home?.departmentId, detail: `Tilbud fra ${o.vacancy.department.name}, ${o.vacancy.organisation.name}; svarfrist ${formatDay(o.deadline)}.`, href: GROUP_HREF.TILBUD },
        o.deadline,
      );
    }),
    INNMELDING: intakes.map((f) => {
      const p = f.spesialiseringsperiode;
      const step = intakeStep(f);
      const start = p.agreedStart ?? p.desiredStart;
      return item(
        "INNMELDING",
        {
          id: f.id,
          personId: p.personId,
          lisName: p.person.name,
          departmentId: homeOf(p.personId)?.departmentId,
          detail: `${step ? INTAKE_STEP_TEXT[step] : "Skjema"} (${p.receivingOrganisation.name}, ønsket start ${formatDay(start)}).`,
          href: GROUP_HREF.INNMELDING,
        },
        start,
      );
    }),
    FE_REGISTRERING: feNew.map((e) => {
      const approved = e.plan?.versions[0];
      return item(
        "FE_REGISTRERING",
        { id: e.id, personId: e.person.id, lisName: e.person.name, departmentId: e.departmentId, detail: `Plan versjon ${approved?.versionNumber ?? "–"} godkjent ${formatDay(approved?.approvedAt)}.`, href: GROUP_HREF.FE_REGISTRERING },
        null,
        approved?.approvedAt,
      );
    }),
    PLAN_ENDRET: changed.map((r) => {
      const approved = r.employment.plan?.versions[0];
      return item(
        "PLAN_ENDRET",
        {
          id: r.id,
          personId: r.personId,
          lisName: r.person.name,
          departmentId: r.employment.departmentId,
          detail: `Registrert på versjon ${r.basedOnPlanVersion.versionNumber}; versjon ${approved?.versionNumber ?? "–"} ble godkjent ${formatDay(approved?.approvedAt)}.`,
          href: GROUP_HREF.PLAN_ENDRET,
        },
        null,
        approved?.approvedAt,
      );
    }),
  };
  const counts: Record<TodayGroup, number> = {
    UTLOPT: expiredCount,
    UTLOPER_SNART: expiringCount,
    TIL_GODKJENNING: awaitingCount,
    MANGLER_PLAN: missingCount,
    TILBUD: offerCount,
    INNMELDING: intakeCount,
    FE_REGISTRERING: feCount,
    PLAN_ENDRET: changedCount,
  };
  const groups = TODAY_GROUPS.map((group) => ({ group, title: TODAY_GROUP_TITLE[group], count: counts[group], items: items[group], allHref: GROUP_HREF[group] }));
  return { groups, total: groups.reduce((n, g) => n + g.count, 0) };
}
