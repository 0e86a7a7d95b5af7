import "server-only";
import { db } from "@/lib/server/db";
import { policyOf, organisationPolicySelect } from "@/lib/server/organisation-policy";
import type { AccessScope } from "@/lib/domain/access-scope";
import { currentEmploymentWhere } from "@/lib/server/scope/employment-where";
import { planEmploymentWhere } from "@/lib/server/scope/plan-where";
import { notificationWhere } from "@/lib/server/scope/notification-where";
import { logAccess } from "@/lib/server/access-log/log-access";
import type { Prisma } from "@/lib/generated/prisma/client";
import { PLAN_EXPIRY_WARNING_DAYS } from "@/lib/domain/rules";
import { DAYS_PER_WEEK, MS_PER_DAY } from "@/lib/domain/calendar";
import { EDITABLE_STATUSES, planMissingSteps, planStanding, type PlanStanding, type SigningRole } from "@/lib/domain/plan-status";

export type PlanWorkRow = {
  employmentId: string;
  personId: string;
  lisName: string;
  department: string;
  specialty: string;
  standing: PlanStanding;
  openStatus: string | null;
  /** True when the leader must act: no plan, an expired plan without a revision, or an open draft without their signature. */
  needsLeader: boolean;
  missing: string[];
};

export type PlanWorkList = { rows: PlanWorkRow[] };

const OPEN = ["UTKAST", "TIL_GODKJENNING", "RETURNERT"];

const ROW_INCLUDE = {
  person: { select: { name: true } },
  department: { select: { name: true } },
  specialty: { select: { name: true } },
  organisation: { select: organisationPolicySelect },
  plan: { select: { versions: { select: { status: true, approvedAt: true, expiresAt: true, signatures: { select: { role: true } } } } } },
} satisfies Prisma.EmploymentSelect;

type LoadedEmployment = Prisma.EmploymentGetPayload<{ select: typeof ROW_INCLUDE & { id: true; personId: true; startDate: true } }>;

function toRow(e: LoadedEmployment, now: Date): PlanWorkRow {
  const versions = e.plan?.versions ?? [];
  const open = versions.find((v) => OPEN.includes(v.status)) ?? null;
  const approved = versions.find((v) => v.status === "GODKJENT");
  const standing = planStanding({ versions, employmentStart: e.startDate, deadlineWeeks: policyOf(e.organisation).planDeadlineWeeks, now });
  const needsLeader = open
    ? EDITABLE_STATUSES.includes(open.status) && !open.signatures.some((s) => s.role === "LEDER")
    : !approved || standing.kind === "UTLOPT" || (standing.kind === "GYLDIG" && standing.expiringSoon);
  return {
    employmentId: e.id,
    personId: e.personId,
    lisName: e.person.name,
    department: e.department.name,
    specialty: e.specialty.name,
    standing,
    openStatus: open?.status ?? null,
    needsLeader,
    missing: open ? planMissingSteps({ status: open.status, signedRoles: open.signatures.map((s) => s.role as SigningRole) }) : approved ? [] : planMissingSteps(null),
  };
}

const SELECT = { id: true, personId: true, startDate: true, ...ROW_INCLUDE } satisfies Prisma.EmploymentSelect;

/** The current employments whose plan the scope reaches, with their plan's standing (the leader's own departments: small). */
async function rowsFor(scope: AccessScope, now: Date): Promise<PlanWorkRow[]> {
  const employments = await db.employment.findMany({
    where: { AND: [planEmploymentWhere(scope), currentEmploymentWhere(now)] },
    select: SELECT,
    orderBy: [{ person: { name: "asc" } }, { id: "asc" }],
  });
  return employments.map((e) => toRow(e, now));
}

/**
 * Rows per work list on the coordinator's page; the heading gives the full count. Four lists of this
 * many rows, each with its own reminder form, is the page's size at national volume (issue 9 §3: four
 * lists of 50 came to 492 KB of HTML): 25 each keeps it well under 300 KB.
 */
export const PLAN_WORK_LIST_SIZE = 25;

/** Leader (a plan:read scope as LEDER): plans of the LIS in the departments they lead, and those that need the leader (no plan, unsigned drafts, returned). */
export async function listLeaderPlanWork(options: { scope: AccessScope; now?: Date }): Promise<{ needsAction: PlanWorkRow[]; all: PlanWorkRow[] }> {
  const now = options.now ?? new Date();
  const all = await rowsFor(options.scope, now);
  const needsAction = all.filter((r) => r.needsLeader);
  return { needsAction, all };
}

export type CoordinatorPlanWork = {
  awaitingApproval: PlanWorkRow[];
  expiringSoon: PlanWorkRow[];
  expired: PlanWorkRow[];
  overdue: PlanWorkRow[];
  /** Each list's full count (the lists hold the first PLAN_WORK_LIST_SIZE by name). */
  totals: { awaitingApproval: number; expiringSoon: number; expired: number; overdue: number };
  sentNotifications: { id: string; organisation: string; toEmail: string | null; subject: string; createdAt: Date; sentAt: Date | null }[];
};

/**
 * Local coordinator (a plan:read scope as LOKAL_KOORDINATOR): their trust's plans awaiting approval,
 * expiring within 30 days, expired, and LIS past the deadline; and the partner trusts told of changed plans.
 */
export async function listCoordinatorPlanWork(options: { scope: AccessScope; now?: Date; listSize?: number }): Promise<CoordinatorPlanWork> {
  const now = options.now ?? new Date();
  const take = options.listSize ?? PLAN_WORK_LIST_SIZE;
  const base: Prisma.EmploymentWhereInput = { AND: [planEmploymentWhere(options.scope), currentEmploymentWhere(now)] };
  const soon = new Date(now.getTime() + PLAN_EXPIRY_WARNING_DAYS * MS_PER_DAY);
  const approved = (expiresAt: Prisma.DateTimeNullableFilter): Prisma.EmploymentWhereInput => ({ plan: { versions: { some: { status: "GODKJENT", expiresAt } } } });
  // The first plan's deadline is per trust (weeks after start): one condition per distinct deadline.
  // The first plan's deadline is per trust (its policy: weeks after start): one condition per distinct deadline.
  const trusts = await db.organisation.findMany({ where: { employments: { some: base } }, select: { id: true, ...organisationPolicySelect } });
  const byWeeks = new Map<number, string[]>();
  for (const t of trusts) {
    const weeks = policyOf(t).planDeadlineWeeks;
    byWeeks.set(weeks, [...(byWeeks.get(weeks) ?? []), t.id]);
  }
  const deadlines = [...byWeeks].map(([planDeadlineWeeks, organisationIds]) => ({ planDeadlineWeeks, organisationIds }));
  const lists: Record<keyof CoordinatorPlanWork["totals"], Prisma.EmploymentWhereInput> = {
    awaitingApproval: { plan: { versions: { some: { status: "TIL_GODKJENNING" } } } },
    expiringSoon: approved({ gt: now, lte: soon }),
    expired: approved({ lte: now }),
    overdue: {
      NOT: approved({ not: null }),
      OR: deadlines.map((d) => ({
        organisationId: { in: d.organisationIds },
        startDate: { lte: new Date(now.getTime() - d.planDeadlineWeeks * DAYS_PER_WEEK * MS_PER_DAY) },
      })),
    },
  };
  const keys = Object.keys(lists) as (keyof CoordinatorPlanWork["totals"])[];
  const orderBy: Prisma.EmploymentOrderByWithRelationInput[] = [{ person: { name: "asc" } }, { id: "asc" }];
  // Per list: its count and the ids of its first rows, in SQL; then the rows shown, loaded once.
  const [counted, notifications] = await Promise.all([
    Promise.all(
      keys.map(async (k) => {
        const where = { AND: [base, lists[k]] };
        const [total, ids] = await Promise.all([db.employment.count({ where }), db.employment.findMany({ where, orderBy, take, select: { id: true } })]);
        return { k, total, ids: ids.map((r) => r.id) };
      }),
    ),
    db.notification.findMany({
      where: { AND: [notificationWhere(options.scope), { kind: "plan-endret", planVersionId: { not: null } }] },
      include: { recipientOrganisation: true },
      orderBy: { createdAt: "desc" },
      take: 50,
    }),
  ]);
  const shown = [...new Set(counted.flatMap((c) => c.ids))];
  const loaded = shown.length ? await db.employment.findMany({ where: { id: { in: shown } }, select: SELECT }) : [];
  const byId = new Map(loaded.map((e) => [e.id, toRow(e, now)]));
  const list = (k: keyof CoordinatorPlanWork["totals"]) => counted.find((c) => c.k === k)!.ids.map((id) => byId.get(id)!);
  return {
    awaitingApproval: list("awaitingApproval"),
    expiringSoon: list("expiringSoon"),
    expired: list("expired"),
    overdue: list("overdue"),
    totals: Object.fromEntries(counted.map((c) => [c.k, c.total])) as CoordinatorPlanWork["totals"],
    sentNotifications: notifications.map((n) => ({
      id: n.id,
      organisation: n.recipientOrganisation?.name ?? "",
      toEmail: n.toEmail,
      subject: n.subject,
      createdAt: n.createdAt,
      sentAt: n.sentAt,
    })),
  };
}

/** The work lists' rows shown are reads of those LIS's plan standing (issue 11 §9): one INSERT for the page, one row per LIS. */
export async function logPlanWorkRowsShown(scope: AccessScope, rows: readonly Pick<PlanWorkRow, "personId" | "employmentId">[]): Promise<void> {
  const unique = [...new Map(rows.map((r) => [r.employmentId, r])).values()];
  await logAccess(scope, unique.map((r) => ({ what: "PLAN_WORKLIST_ROW", subjectPersonId: r.personId, entityId: r.employmentId })));
}
