import "server-only";
import { policyOf } from "@/lib/server/organisation-policy";
import { db } from "@/lib/server/db";
import type { AccessScope } from "@/lib/domain/access-scope";
import { actingRole, canAs } from "@/lib/domain/acting-role";
import { employmentInScope } from "@/lib/server/plans/plan-access";
import { planWhere } from "@/lib/server/scope/plan-where";
import { notificationWhere } from "@/lib/server/scope/notification-where";
import { EDITABLE_STATUSES, planMissingSteps, planStanding, type PlanStanding, type SigningRole } from "@/lib/domain/plan-status";
import { isRefundedByHomeEmployer, wholeMonths } from "@/lib/domain/plan-validation";
import type { DiffPeriod } from "@/lib/domain/plan-diff";
import { logAccess } from "@/lib/server/access-log/log-access";
import { addDays } from "@/lib/domain/calendar";
import { isLive } from "@/lib/domain/period-status";
import { isCancelledAgreement, periodRecordNotes, type RecordNote } from "@/lib/domain/period-record";
import { spesialiseringsperiodeWhere } from "@/lib/server/scope/spesialiseringsperiode-where";
import { buildTimeline, planArenaLabel, timelinePeriodOf, type Timeline } from "@/lib/domain/timeline";


export type PlanPeriodView = DiffPeriod & {
  id: string;
  departmentId: string | null;
  fagavtaleId: string | null;
  partnerName: string | null;
  learningGoals: string[];
  normertTidMonths: number | null;
  /** Inclusive last day, as the form shows it. */
  lastDate: Date;
  durationMonths: number;
  shortDurationReason: string | null;
  learningActivities: string;
  refunded: boolean;
};

export type PlanVersionView = {
  id: string;
  versionNumber: number;
  status: string;
  lockVersion: number;
  courses: string;
  notes: string;
  basedOnVersionId: string | null;
  createdAt: Date;
  createdBy: string;
  submittedAt: Date | null;
  approvedAt: Date | null;
  expiresAt: Date | null;
  returnedAt: Date | null;
  returnComment: string | null;
  periods: PlanPeriodView[];
  signatures: { role: SigningRole; name: string; signedAt: Date }[];
  notified: { organisation: string; subject: string; createdAt: Date; sentAt: Date | null }[];
};

/** A spesialiseringsperiode of the LIS as the plan shows it against the plan (issue 14 §3, §6): status, dates, declines. */
export type PlanPeriodStanding = {
  id: string;
  status: string;
  what: string;
  desiredStart: Date;
  agreedStart: Date | null;
  /** Exclusive; shown inclusive through formatPeriod. */
  agreedEnd: Date | null;
  agreedWith: string | null;
  agreedOn: Date | null;
  record: RecordNote[];
};

export type FagavtaleOption = { id: string; label: string; partnerName: string; arenaName: string; normertTidMonths: number; learningGoals: string[] };

export type PlanWorkspace = {
  employment: { id: string; title: string; startDate: Date; lisName: string; organisation: string; department: string; specialty: string };
  planId: string | null;
  /** Which parts of the page the viewer has, from their scope's roles: the role they sign in, and whether they approve. */
  viewer: { signsAs: "LIS" | "LEDER" | null; approves: boolean };
  standing: PlanStanding;
  versions: PlanVersionView[];
  open: PlanVersionView | null;
  approved: PlanVersionView | null;
  missing: string[];
  /** The LIS's spesialiseringsperioder (live, or an agreement that was cancelled), with declines on record. */
  spesialiseringsperioder: PlanPeriodStanding[];
  options: { departments: { id: string; name: string }[]; fagavtaler: FagavtaleOption[] };
  /** The LIS's course (issue 13 §3): this employment, the plan's periods (approved version, else the open one), the spesialiseringsperioder. */
  timeline: Timeline;
  /** The version whose periods the timeline shows. */
  timelineVersion: { versionNumber: number; status: string } | null;
  /** What the viewer may do now: the capability table (through the scope's roles) and the plan's state. */
  can: { edit: boolean; sign: boolean; approve: boolean; return: boolean; print: boolean };
};

/**
 * Everything the plan page shows, found through the scope (plan:read: the LIS, their leader, their home
 * trust's local coordinator), with the `can` flags the page acts on. The options (departments,
 * fagavtaler) are the reference data of the employment's own trust and specialty. A read by anyone but
 * the LIS is written to the LIS's access log (issue 11 §9), as the print view when `view` is "print".
 */
export async function getPlanWorkspace(options: { scope: AccessScope; employmentId: string; view?: "page" | "print"; now?: Date }): Promise<PlanWorkspace> {
  const { scope } = options;
  const now = options.now ?? new Date();
  const { employment, facts } = await employmentInScope(scope, options.employmentId);
  const [plan, departments, fagavtaler] = await Promise.all([
    db.plan.findFirst({
      where: { AND: [planWhere(scope), { employmentId: employment.id }] },
      include: {
        versions: {
          orderBy: { versionNumber: "desc" },
          include: {
            createdBy: { select: { name: true } },
            signatures: { include: { person: { select: { name: true } } }, orderBy: { signedAt: "asc" } },
            periods: {
              orderBy: { startDate: "asc" },
              include: {
                department: true,
                fagavtale: { include: { partnerOrganisation: true, learningGoals: { include: { learningGoal: true } } } },
              },
            },
          },
        },
      },
    }),
    db.department.findMany({ where: { organisationId: employment.organisationId }, orderBy: { name: "asc" } }),
    db.fagavtale.findMany({
      where: { homeOrganisationId: employment.organisationId, specialtyId: employment.specialtyId, OR: [{ validTo: null }, { validTo: { gt: now } }] },
      include: { partnerOrganisation: true, learningGoals: { include: { learningGoal: true } } },
      orderBy: { partnerOrganisation: { name: "asc" } },
    }),
  ]);
  const periodRows = await db.spesialiseringsperiode.findMany({
    where: { AND: [spesialiseringsperiodeWhere(scope, now), { personId: employment.personId }] },
    orderBy: [{ desiredStart: "asc" }, { id: "asc" }],
    select: {
      id: true,
      status: true,
      statusReason: true,
      desiredStart: true,
      durationMonths: true,
      agreedStart: true,
      agreedEnd: true,
      agreedWith: true,
      agreedOn: true,
      specialty: { select: { name: true } },
      receivingOrganisation: { select: { name: true } },
      offers: {
        where: { status: { in: ["AVSLATT", "TRUKKET", "UTLOPT"] } },
        orderBy: { offeredAt: "asc" },
        select: { status: true, offeredAt: true, respondedAt: true, responseReason: true, vacancy: { select: { department: { select: { name: true } }, organisation: { select: { shortName: true } } } } },
      },
    },
  });
  const spesialiseringsperioder: PlanPeriodStanding[] = periodRows
    .filter((p) => isLive(p.status) || isCancelledAgreement(p))
    .map((p) => ({
      id: p.id,
      status: p.status,
      what: `${p.specialty.name} ved ${p.receivingOrganisation.name}`,
      desiredStart: p.desiredStart,
      agreedStart: p.agreedStart,
      agreedEnd: p.agreedEnd,
      agreedWith: p.agreedWith,
      agreedOn: p.agreedOn,
      record: periodRecordNotes(p, p.offers.map((o) => ({ ...o, place: `${o.vacancy.department.name}, ${o.vacancy.organisation.shortName}` }))),
    }));
  const versionIds = plan?.versions.map((v) => v.id) ?? [];
  const notifications = versionIds.length
    ? await db.notification.findMany({
        where: { AND: [notificationWhere(scope), { planVersionId: { in: versionIds }, kind: "plan-endret" }] },
        include: { recipientOrganisation: true },
        orderBy: { createdAt: "asc" },
      })
    : [];

  const versions: PlanVersionView[] = (plan?.versions ?? []).map((v) => ({
    id: v.id,
    versionNumber: v.versionNumber,
    status: v.status,
    lockVersion: v.lockVersion,
    courses: v.courses,
    notes: v.notes,
    basedOnVersionId: v.basedOnVersionId,
    createdAt: v.createdAt,
    createdBy: v.createdBy.name,
    submittedAt: v.submittedAt,
    approvedAt: v.approvedAt,
    expiresAt: v.expiresAt,
    returnedAt: v.returnedAt,
    returnComment: v.returnComment,
    signatures: v.signatures.map((s) => ({ role: s.role as SigningRole, name: s.person.name, signedAt: s.signedAt })),
    notified: notifications
      .filter((n) => n.planVersionId === v.id)
      .map((n) => ({ organisation: n.recipientOrganisation?.name ?? n.toEmail ?? "", subject: n.subject, createdAt: n.createdAt, sentAt: n.sentAt })),
    periods: v.periods.map((p) => {
      const fagavtale = p.fagavtale;
      return {
        id: p.id,
        kind: p.kind,
        arenaKey: p.departmentId ?? p.fagavtaleId ?? "",
        arenaLabel: planArenaLabel({ fagavtale, department: p.department }),
        departmentId: p.departmentId,
        fagavtaleId: p.fagavtaleId,
        partnerName: fagavtale?.partnerOrganisation.name ?? null,
        learningGoals: fagavtale?.learningGoals.filter((g) => g.role === "DEKKES").map((g) => `${g.learningGoal.code} ${g.learningGoal.title}`) ?? [],
        normertTidMonths: fagavtale?.normertTidMonths ?? null,
        startDate: p.startDate,
        endDate: p.endDate,
        lastDate: addDays(p.endDate, -1),
        durationMonths: wholeMonths(p.startDate, p.endDate),
        shortDurationReason: p.shortDurationReason,
        learningActivities: p.learningActivities,
        refunded: p.kind === "SPESIALISERINGSPERIODE" && isRefundedByHomeEmployer(p.startDate, p.endDate),
      };
    }),
  }));

  const open = versions.find((v) => ["UTKAST", "TIL_GODKJENNING", "RETURNERT"].includes(v.status)) ?? null;
  const approved = versions.find((v) => v.status === "GODKJENT") ?? null;
  const signer = actingRole(scope, "plan:sign", facts);
  const signsAs = signer === "LIS" || signer === "LEDER" ? signer : null;
  const approves = canAs(scope, "plan:approve", facts);
  const openEditable = open ? EDITABLE_STATUSES.includes(open.status) : true;
  const awaitingApproval = open?.status === "TIL_GODKJENNING";
  const timelineVersion = approved ?? open;
  const timeline = buildTimeline({
    now,
    employments: [{ id: employment.id, label: `${employment.department.name}, ${employment.organisation.name}`, startDate: employment.startDate, endDate: employment.endDate }],
    planPeriods: (timelineVersion?.periods ?? []).map((p) => ({ id: p.id, kind: p.kind, label: p.arenaLabel, startDate: p.startDate, endDate: p.endDate })),
    periods: periodRows.map(timelinePeriodOf),
  });
  await logAccess(scope, [{ what: options.view === "print" ? "PLAN_PRINT" : "PLAN", subjectPersonId: employment.personId, entityId: employment.id, facts }]);

  return {
    employment: {
      id: employment.id,
      title: employment.title,
      startDate: employment.startDate,
      lisName: employment.person.name,
      organisation: employment.organisation.name,
      department: employment.department.name,
      specialty: employment.specialty.name,
    },
    planId: plan?.id ?? null,
    viewer: { signsAs, approves },
    standing: planStanding({ versions, employmentStart: employment.startDate, deadlineWeeks: policyOf(employment.organisation).planDeadlineWeeks, now }),
    versions,
    open,
    approved,
    spesialiseringsperioder,
    timeline,
    timelineVersion: timelineVersion ? { versionNumber: timelineVersion.versionNumber, status: timelineVersion.status } : null,
    missing: open ? planMissingSteps({ status: open.status, signedRoles: open.signatures.map((s) => s.role) }) : approved ? [] : planMissingSteps(null),
    options: {
      departments: departments.map((d) => ({ id: d.id, name: d.name })),
      fagavtaler: fagavtaler.map((f) => ({
        id: f.id,
        label: `${f.partnerOrganisation.name} – ${f.arenaName} (normert tid ${f.normertTidMonths} mnd.)`,
        partnerName: f.partnerOrganisation.name,
        arenaName: f.arenaName,
        normertTidMonths: f.normertTidMonths,
        learningGoals: f.learningGoals.filter((g) => g.role === "DEKKES").map((g) => `${g.learningGoal.code} ${g.learningGoal.title}`),
      })),
    },
    can: {
      edit: canAs(scope, "plan:edit", facts) && openEditable,
      sign: Boolean(signsAs && open && EDITABLE_STATUSES.includes(open.status) && !open.signatures.some((s) => s.role === signsAs) && open.periods.length > 0),
      approve: approves && awaitingApproval,
      return: approves && awaitingApproval,
      print: Boolean(approved || open?.signatures.length),
    },
  };
}
