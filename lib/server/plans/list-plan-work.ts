import "server-only";
import { policyOf, organisationPolicySelect } from "@/lib/server/organisation-policy";
import { db } from "@/lib/server/db";
import type { AccessScope } from "@/lib/domain/access-scope";
import { currentEmploymentWhere } from "@/lib/server/scope/employment-where";
import { planEmploymentWhere } from "@/lib/server/scope/plan-where";
import { notificationWhere } from "@/lib/server/scope/notification-where";
import { EDITABLE_STATUSES, planMissingSteps, planStanding, type PlanStanding, type SigningRole } from "@/lib/domain/plan-status";

export type PlanWorkRow = {
  employmentId: string;
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

/** The current employments whose plan the scope reaches, with their plan's standing. */
async function rowsFor(scope: AccessScope, now: Date): Promise<PlanWorkRow[]> {
  const employments = await db.employment.findMany({
    where: { AND: [planEmploymentWhere(scope), currentEmploymentWhere(now)] },
    include: {
      person: true,
      department: true,
      specialty: true,
      organisation: { include: { region: organisationPolicySelect.region } },
      plan: { include: { versions: { include: { signatures: true } } } },
    },
    orderBy: { person: { name: "asc" } },
  });
  return employments.map((e) => {
    const versions = e.plan?.versions ?? [];
    const open = versions.find((v) => OPEN.includes(v.status)) ?? null;
    const approved = versions.find((v) => v.status === "GODKJENT");
    const standing = planStanding({ versions, employmentStart: e.startDate, deadlineWeeks: policyOf(e.organisation).planDeadlineWeeks, now });
    const needsLeader = open
      ? EDITABLE_STATUSES.includes(open.status) && !open.signatures.some((s) => s.role === "LEDER")
      : !approved || standing.kind === "UTLOPT" || (standing.kind === "GYLDIG" && standing.expiringSoon);
    return {
      employmentId: e.id,
      lisName: e.person.name,
      department: e.department.name,
      specialty: e.specialty.name,
      standing,
      openStatus: open?.status ?? null,
      needsLeader,
      missing: open ? planMissingSteps({ status: open.status, signedRoles: open.signatures.map((s) => s.role as SigningRole) }) : approved ? [] : planMissingSteps(null),
    };
  });
}

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
  sentNotifications: { id: string; organisation: string; toEmail: string | null; subject: string; createdAt: Date; sentAt: Date | null }[];
};

/**
 * Local coordinator (a plan:read scope as LOKAL_KOORDINATOR): their trust's plans awaiting approval,
 * expiring within 30 days, expired, and LIS past the deadline; and the partner trusts told of changed plans.
 */
export async function listCoordinatorPlanWork(options: { scope: AccessScope; now?: Date }): Promise<CoordinatorPlanWork> {
  const now = options.now ?? new Date();
  const rows = await rowsFor(options.scope, now);
  const notifications = await db.notification.findMany({
    where: { AND: [notificationWhere(options.scope), { kind: "plan-endret", planVersionId: { not: null } }] },
    include: { recipientOrganisation: true },
    orderBy: { createdAt: "desc" },
    take: 50,
  });
  return {
    awaitingApproval: rows.filter((r) => r.openStatus === "TIL_GODKJENNING"),
    expiringSoon: rows.filter((r) => r.standing.kind === "GYLDIG" && r.standing.expiringSoon),
    expired: rows.filter((r) => r.standing.kind === "UTLOPT"),
    overdue: rows.filter((r) => (r.standing.kind === "INGEN_PLAN" || r.standing.kind === "UNDER_ARBEID") && r.standing.overdue),
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
