import "server-only";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { organisationPolicySelect, policyOf } from "@/lib/server/organisation-policy";
import type { ObjectFacts } from "@/lib/domain/access-scope";
import { db, type Tx } from "@/lib/server/db";
import { writeAudit, type AuditBy } from "@/lib/server/audit/write-audit";
import { enqueueNotification } from "@/lib/server/notifications/enqueue-notification";
import { deliverPendingNotifications } from "@/lib/server/notifications/deliver-notifications";
import { currentEmploymentWhere } from "@/lib/server/scope/employment-where";
import { osloToday } from "@/lib/domain/calendar";
import { PLAN_DEADLINE_WEEKS_DEFAULT } from "@/lib/domain/rules";
import { dueReminders, reminderWindows, type DueReminder, type ReminderFacts, type ReminderPeople } from "@/lib/domain/reminders";

type Client = PrismaClient;
const DELIVERY_BATCH = 50;

/** Current leaders of departments and local coordinators of trusts, by id (disabled people left out). */
async function loadPeople(client: Client, now: Date, departmentIds: string[], organisationIds: string[]) {
  const grants = await client.roleAssignment.findMany({
    where: {
      validFrom: { lte: now },
      OR: [{ validTo: null }, { validTo: { gt: now } }],
      person: { disabledAt: null },
      AND: [
        {
          OR: [
            { role: "LEDER", departmentId: { in: [...new Set(departmentIds)] } },
            { role: "LOKAL_KOORDINATOR", organisationId: { in: [...new Set(organisationIds)] } },
          ],
        },
      ],
    },
    select: { personId: true, role: true, departmentId: true, organisationId: true },
    orderBy: { personId: "asc" },
  });
  const leaders = new Map<string, string[]>();
  const coordinators = new Map<string, string[]>();
  for (const g of grants) {
    const [map, key] = g.role === "LEDER" ? [leaders, g.departmentId] : [coordinators, g.organisationId];
    if (!key) continue;
    const list = map.get(key) ?? [];
    if (!list.includes(g.personId)) list.push(g.personId);
    map.set(key, list);
  }
  const leadersOf = (ids: readonly string[]) => [...new Set(ids.flatMap((id) => leaders.get(id) ?? []))];
  const coordinatorsOf = (ids: readonly string[]) => [...new Set(ids.flatMap((id) => coordinators.get(id) ?? []))];
  return { leadersOf, coordinatorsOf };
}

/**
 * The facts the rules need, read near their dates only (reminderWindows, by index): approved plan
 * versions expiring soon or lately, employments around their first-plan deadline, offers near or lately
 * past their deadline, intake forms waiting for approval, fagavtaler ending within 90 days.
 */
export async function loadReminderFacts(client: Client, now: Date): Promise<ReminderFacts> {
  const today = osloToday(now);
  const weeks = await client.organisation.aggregate({ _min: { planDeadlineWeeks: true }, _max: { planDeadlineWeeks: true } });
  const w = reminderWindows(now, {
    min: weeks._min.planDeadlineWeeks ?? PLAN_DEADLINE_WEEKS_DEFAULT,
    max: weeks._max.planDeadlineWeeks ?? PLAN_DEADLINE_WEEKS_DEFAULT,
  });
  const employmentSelect = { id: true, personId: true, departmentId: true, organisationId: true, person: { select: { name: true } } } as const;

  const [plans, employments, offers, intakeForms, fagavtaler] = await Promise.all([
    client.planVersion.findMany({
      where: { status: "GODKJENT", expiresAt: w.planExpiresAt },
      select: {
        id: true,
        expiresAt: true,
        plan: { select: { employment: { select: employmentSelect }, versions: { where: { status: "TIL_GODKJENNING" }, select: { id: true }, take: 1 } } },
      },
      orderBy: { id: "asc" },
    }),
    client.employment.findMany({
      where: { startDate: w.employmentStart, OR: [{ endDate: null }, { endDate: { gt: today } }] },
      select: {
        ...employmentSelect,
        startDate: true,
        organisation: { select: organisationPolicySelect },
        plan: { select: { versions: { where: { approvedAt: { not: null } }, select: { id: true }, take: 1 } } },
      },
      orderBy: { id: "asc" },
    }),
    client.offer.findMany({
      where: { status: { in: ["TILBUDT", "UTLOPT"] }, deadline: w.offerDeadline },
      select: {
        id: true,
        status: true,
        deadline: true,
        personId: true,
        person: { select: { name: true, employments: { where: currentEmploymentWhere(now), select: { organisationId: true } } } },
        vacancy: { select: { department: { select: { name: true } }, organisation: { select: { shortName: true } } } },
      },
      orderBy: { id: "asc" },
    }),
    client.intakeForm.findMany({
      where: { leaderApprovedAt: null, filledAt: w.intakeFilledAt },
      select: {
        id: true,
        filledAt: true,
        leaderApprovedAt: true,
        spesialiseringsperiode: {
          select: {
            person: { select: { name: true, employments: { where: currentEmploymentWhere(now), select: { departmentId: true } } } },
            fagavtale: { select: { arenaName: true, partnerOrganisation: { select: { shortName: true } } } },
          },
        },
      },
      orderBy: { id: "asc" },
    }),
    client.fagavtale.findMany({
      where: { validTo: w.fagavtaleValidTo },
      select: {
        id: true,
        arenaName: true,
        validTo: true,
        homeOrganisationId: true,
        partnerOrganisationId: true,
        homeOrganisation: { select: { shortName: true } },
        partnerOrganisation: { select: { shortName: true } },
      },
      orderBy: { id: "asc" },
    }),
  ]);

  const departmentIds = [
    ...plans.map((p) => p.plan.employment.departmentId),
    ...employments.map((e) => e.departmentId),
    ...intakeForms.flatMap((f) => f.spesialiseringsperiode.person.employments.map((e) => e.departmentId)),
  ];
  const organisationIds = [
    ...plans.map((p) => p.plan.employment.organisationId),
    ...employments.map((e) => e.organisationId),
    ...offers.flatMap((o) => o.person.employments.map((e) => e.organisationId)),
    ...fagavtaler.flatMap((f) => [f.homeOrganisationId, f.partnerOrganisationId]),
  ];
  const { leadersOf, coordinatorsOf } = await loadPeople(client, now, departmentIds, organisationIds);
  const employmentPeople = (e: { personId: string; departmentId: string; organisationId: string }): ReminderPeople => ({
    LIS: [e.personId],
    LEDER: leadersOf([e.departmentId]),
    LOKAL_KOORDINATOR: coordinatorsOf([e.organisationId]),
  });

  return {
    plans: plans.map((p) => ({
      planVersionId: p.id,
      employmentId: p.plan.employment.id,
      lisName: p.plan.employment.person.name,
      expiresAt: p.expiresAt!,
      revisionAwaitingApproval: p.plan.versions.length > 0,
      people: employmentPeople(p.plan.employment),
    })),
    planDeadlines: employments.map((e) => ({
      employmentId: e.id,
      lisName: e.person.name,
      employmentStart: e.startDate,
      deadlineWeeks: policyOf(e.organisation).planDeadlineWeeks,
      hasApprovedPlan: (e.plan?.versions.length ?? 0) > 0,
      people: employmentPeople(e),
    })),
    offers: offers.map((o) => ({
      offerId: o.id,
      lisName: o.person.name,
      status: o.status,
      deadline: o.deadline,
      arena: `${o.vacancy.department.name}, ${o.vacancy.organisation.shortName}`,
      people: { LIS: [o.personId], LOKAL_KOORDINATOR: coordinatorsOf(o.person.employments.map((e) => e.organisationId)) },
    })),
    intakeForms: intakeForms.map((f) => ({
      intakeFormId: f.id,
      lisName: f.spesialiseringsperiode.person.name,
      arena: `${f.spesialiseringsperiode.fagavtale.arenaName}, ${f.spesialiseringsperiode.fagavtale.partnerOrganisation.shortName}`,
      filledAt: f.filledAt,
      leaderApprovedAt: f.leaderApprovedAt,
      people: { LEDER: leadersOf(f.spesialiseringsperiode.person.employments.map((e) => e.departmentId)) },
    })),
    fagavtaler: fagavtaler.map((f) => ({
      fagavtaleId: f.id,
      title: `${f.arenaName} (${f.homeOrganisation.shortName} – ${f.partnerOrganisation.shortName})`,
      validTo: f.validTo,
      people: { LOKAL_KOORDINATOR: coordinatorsOf([f.homeOrganisationId, f.partnerOrganisationId]) },
    })),
  };
}

/**
 * Creates one reminder in the caller's transaction, at most once: the row with its unique key is
 * inserted with ON CONFLICT DO NOTHING (createMany skipDuplicates), and only if it was new are its
 * notifications (one per recipient, e-mailed through the outbox) and its audit record written. Two
 * transactions racing for the same key: the second waits on the first's row, then inserts nothing.
 */
export async function createReminderOnce(
  tx: Tx,
  reminder: Omit<DueReminder, "kind"> & { kind: string },
  options: { by: AuditBy; requestedById?: string | null; action: "paminnelse-sendt" | "paminnelse-sendt-av-koordinator"; facts?: ObjectFacts },
): Promise<boolean> {
  const inserted = await tx.reminder.createMany({
    data: [
      {
        key: reminder.key,
        kind: reminder.kind,
        entityType: reminder.entityType,
        entityId: reminder.entityId,
        step: reminder.step,
        requestedById: options.requestedById ?? null,
      },
    ],
    skipDuplicates: true,
  });
  if (inserted.count === 0) return false;
  for (const r of reminder.recipients) {
    await enqueueNotification(tx, {
      kind: `paminnelse.${reminder.kind}`,
      subject: reminder.subject,
      body: reminder.body,
      recipientPersonId: r.personId,
      entityType: reminder.entityType,
      entityId: reminder.entityId,
    });
  }
  await writeAudit(tx, options.by, {
    action: options.action,
    entityType: reminder.entityType,
    entityId: reminder.entityId,
    facts: options.facts,
    data: { key: reminder.key, kind: reminder.kind, step: reminder.step, recipients: reminder.recipients.map((r) => ({ role: r.role, personId: r.personId })) },
  });
  return true;
}

export type ReminderRunResult = { due: number; created: number; sent: number };

/**
 * One run of the reminder job: finds what is due at `now`, creates each reminder that does not exist
 * yet (one short transaction each), then e-mails the outbox when SMTP_URL is set. Safe to run again and
 * from several app instances at once: each reminder exists once (unique key), and delivery claims rows
 * with FOR UPDATE SKIP LOCKED.
 */
export async function runReminders(options: { now?: Date; client?: Client } = {}): Promise<ReminderRunResult> {
  const now = options.now ?? new Date();
  const client = options.client ?? (db as Client);
  const due = dueReminders(now, await loadReminderFacts(client, now));
  if (due.length === 0) return { due: 0, created: 0, sent: 0 };
  const existing = new Set(
    (await client.reminder.findMany({ where: { key: { in: due.map((r) => r.key) } }, select: { key: true } })).map((r) => r.key),
  );
  let created = 0;
  for (const reminder of due.filter((r) => !existing.has(r.key))) {
    if (await client.$transaction((tx) => createReminderOnce(tx, reminder, { by: null, action: "paminnelse-sendt" }))) created++;
  }
  // E-mail the outbox (also what an earlier run could not send) in batches until one comes back short.
  let sent = 0;
  if (process.env.SMTP_URL) {
    for (let batch = 0; batch < 20; batch++) {
      const result = await deliverPendingNotifications({ client, limit: DELIVERY_BATCH });
      sent += result.sent;
      if (result.sent + result.failed < DELIVERY_BATCH) break;
    }
  }
  return { due: due.length, created, sent };
}
