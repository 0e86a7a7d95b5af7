import "server-only";
import { db } from "@/lib/server/db";
import { canOn, type AccessScope } from "@/lib/domain/access-scope";
import { checkFeRegistration } from "@/lib/domain/fe-registration";
import { employmentFacts, employmentWhere } from "@/lib/server/scope/employment-where";
import type { Prisma } from "@/lib/generated/prisma/client";
import { logAccess } from "@/lib/server/access-log/log-access";

export type WorklistItem = {
  kind: "NY" | "PLAN_ENDRET";
  employmentId: string;
  personId: string;
  personName: string;
  organisation: string;
  specialty: string;
  type: "FAST" | "VIKARIAT";
  startDate: Date;
  endDate: Date | null;
  planVersionNumber: number;
  approvedAt: Date;
  /** For PLAN_ENDRET: the version the registration was based on. */
  registeredVersionNumber: number | null;
  registrationId: string | null;
  /** Null when the LIS can be registered; otherwise why not. */
  blockedReason: string | null;
  note: string | null;
  /** What the viewer may do (capability table + state): register, or move the registration to the new plan. */
  can: { register: boolean };
};

/**
 * The local coordinator's work list: approved, unexpired plans of the trust's LIS who are not yet in
 * the fiktiv enhet, and registrations whose plan has since been replaced by a newer approved version.
 */
export async function listFeWorklist(options: { scope: AccessScope; now?: Date }): Promise<WorklistItem[]> {
  return (await listFeWorklistPage({ ...options, take: null })).items;
}

/**
 * Items shown on the FE page at a time; the heading gives the full count. Each item carries its own
 * registration form, so this bounds the page's HTML (issue 9 §3: ≤ ~300 KB at national size, where 50
 * items and 50 registry rows came to 720 KB); the coordinator registers these and the next ones come.
 */
export const WORKLIST_SIZE = 20;

/**
 * The work list's first `take` items by name (null: all) and its count, chosen in SQL: an approved,
 * unexpired plan and either no active registration, or an active one based on a version that is no
 * longer the approved one (replaced).
 */
export async function listFeWorklistPage(options: { scope: AccessScope; now?: Date; take?: number | null }): Promise<{ items: WorklistItem[]; total: number }> {
  const { scope } = options;
  const now = options.now ?? new Date();
  const take = options.take === undefined ? WORKLIST_SIZE : options.take;
  const where: Prisma.EmploymentWhereInput = {
    AND: [
      employmentWhere(scope),
      { plan: { versions: { some: { status: "GODKJENT", expiresAt: { gt: now }, approvedAt: { not: null } } } } },
      {
        OR: [
          { feRegistrations: { none: { endedOn: null } } },
          { feRegistrations: { some: { endedOn: null, basedOnPlanVersion: { status: { not: "GODKJENT" } } } } },
        ],
      },
    ],
  };
  const [total, employments] = await Promise.all([
    take === null ? Promise.resolve(-1) : db.employment.count({ where }),
    db.employment.findMany({
      // Deep rows over a whole trust: level by level is faster than JOINs here (decision 0024).
      relationLoadStrategy: "query",
      where,
      include: {
        person: true,
        organisation: true,
        specialty: true,
        plan: { include: { versions: { where: { status: { in: ["GODKJENT", "ERSTATTET"] } } } } },
        feRegistrations: { where: { endedOn: null }, include: { basedOnPlanVersion: true } },
      },
      orderBy: [{ person: { name: "asc" } }, { id: "asc" }],
      ...(take === null ? {} : { take }),
    }),
  ]);
  const items: WorklistItem[] = [];
  for (const e of employments) {
    const approved = e.plan?.versions.find((v) => v.status === "GODKJENT");
    if (!approved?.approvedAt) continue;
    const active = e.feRegistrations[0];
    const mayRegister = canOn(scope, "fe:register", employmentFacts(e));
    const base = {
      employmentId: e.id,
      personId: e.personId,
      personName: e.person.name,
      organisation: e.organisation.name,
      specialty: e.specialty.name,
      type: e.type,
      startDate: e.startDate,
      endDate: e.endDate,
      planVersionNumber: approved.versionNumber,
      approvedAt: approved.approvedAt,
    };
    if (!active) {
      const check = checkFeRegistration({ employment: e, planApprovedAndValid: true });
      items.push({
        ...base,
        kind: "NY",
        registeredVersionNumber: null,
        registrationId: null,
        blockedReason: check.ok ? null : check.message,
        note: check.ok ? check.note : null,
        can: { register: mayRegister && check.ok },
      });
    } else if (active.basedOnPlanVersionId !== approved.id) {
      items.push({
        ...base,
        kind: "PLAN_ENDRET",
        registeredVersionNumber: active.basedOnPlanVersion.versionNumber,
        registrationId: active.id,
        blockedReason: null,
        note: null,
        can: { register: mayRegister },
      });
    }
  }
  return { items, total: total < 0 ? items.length : total };
}

/** The work list's rows shown are reads of those LIS's plan and employment (issue 11 §9): one INSERT for the page. */
export async function logWorklistRowsShown(scope: AccessScope, items: readonly Pick<WorklistItem, "personId" | "employmentId">[]): Promise<void> {
  await logAccess(scope, items.map((i) => ({ what: "FE_WORKLIST_ROW", subjectPersonId: i.personId, entityId: i.employmentId })));
}
