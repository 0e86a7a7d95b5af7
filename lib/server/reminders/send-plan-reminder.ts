import "server-only";
import type { AccessScope } from "@/lib/domain/access-scope";
import { organisationPolicySelect, policyOf } from "@/lib/server/organisation-policy";
import { osloToday } from "@/lib/domain/calendar";
import { planStanding } from "@/lib/domain/plan-status";
import { manualPlanReminder, manualReminderKey } from "@/lib/domain/reminders";
import { db } from "@/lib/server/db";
import { AppError, UserError } from "@/lib/server/errors";
import { employmentFacts, employmentWhere } from "@/lib/server/scope/employment-where";
import { createReminderOnce } from "./run-reminders";

export type ReminderTarget = "LIS" | "LEDER" | "BEGGE";
export type SendPlanReminderResult = { sentTo: string[]; alreadyToday: string[] };

const joinNames = (names: string[]) => (names.length <= 1 ? names.join("") : `${names.slice(0, -1).join(", ")} og ${names.at(-1)}`);

/**
 * "Send påminnelse" (issue 10 §4): the local coordinator reminds the LIS and/or the home leader about a
 * plan of their trust that waits for them (to sign, to renew, or a missing plan). At most once a day per
 * plan and recipient: each reminder's key names the day, inserted with ON CONFLICT DO NOTHING together
 * with its notification and audit record. An employment outside the scope is "not found".
 */
export async function sendPlanReminder(args: { scope: AccessScope; employmentId: string; to: ReminderTarget; now?: Date }): Promise<SendPlanReminderResult> {
  const now = args.now ?? new Date();
  const today = osloToday(now);
  return db.$transaction(async (tx) => {
    const employment = await tx.employment.findFirst({
      where: { AND: [employmentWhere(args.scope), { id: args.employmentId }] },
      select: {
        id: true,
        personId: true,
        departmentId: true,
        organisationId: true,
        startDate: true,
        person: { select: { name: true } },
        organisation: { select: { ...organisationPolicySelect, regionId: true } },
        plan: { select: { versions: { select: { status: true, approvedAt: true, expiresAt: true }, orderBy: { versionNumber: "desc" } } } },
      },
    });
    if (!employment) throw new AppError("NOT_FOUND", "Fant ikke planen.");
    const versions = employment.plan?.versions ?? [];
    const standing = planStanding({ versions, employmentStart: employment.startDate, deadlineWeeks: policyOf(employment.organisation).planDeadlineWeeks, now });
    const open = versions.find((v) => ["UTKAST", "TIL_GODKJENNING", "RETURNERT"].includes(v.status));
    const text = manualPlanReminder({ lisName: employment.person.name, standing, openStatus: open?.status ?? null });
    if (!text) {
      throw new UserError(
        "RULE",
        open?.status === "TIL_GODKJENNING"
          ? "Planen venter på godkjenning fra lokal koordinator, ikke på LIS eller leder. Det er ingen å minne om."
          : "Planen er godkjent og utløper ikke snart. Det er ingenting å minne om.",
      );
    }
    const recipients: { personId: string; name: string; role: "LIS" | "LEDER" }[] = [];
    if (args.to !== "LEDER") recipients.push({ personId: employment.personId, name: employment.person.name, role: "LIS" });
    if (args.to !== "LIS") {
      const leaders = await tx.roleAssignment.findMany({
        where: { role: "LEDER", departmentId: employment.departmentId, validFrom: { lte: now }, OR: [{ validTo: null }, { validTo: { gt: now } }], person: { disabledAt: null } },
        select: { personId: true, person: { select: { name: true } } },
        orderBy: { personId: "asc" },
      });
      if (leaders.length === 0 && args.to === "LEDER") throw new UserError("RULE", "Avdelingen har ingen registrert leder å sende påminnelsen til.");
      for (const l of leaders) if (!recipients.some((r) => r.personId === l.personId)) recipients.push({ personId: l.personId, name: l.person.name, role: "LEDER" });
    }
    const result: SendPlanReminderResult = { sentTo: [], alreadyToday: [] };
    for (const r of recipients) {
      const created = await createReminderOnce(
        tx,
        {
          key: manualReminderKey("plan", employment.id, r.personId, today),
          kind: "plan-paminnelse",
          entityType: "Employment",
          entityId: employment.id,
          step: `${text.step}-${today.toISOString().slice(0, 10)}`,
          recipients: [{ role: r.role, personId: r.personId }],
          subject: text.subject,
          body: text.body,
        },
        { by: args.scope, requestedById: args.scope.personId, action: "paminnelse-sendt-av-koordinator", facts: employmentFacts({ ...employment, organisation: employment.organisation }) },
      );
      (created ? result.sentTo : result.alreadyToday).push(r.name);
    }
    if (result.sentTo.length === 0) {
      throw new UserError("CONFLICT", `Påminnelse om denne planen er allerede sendt i dag til ${joinNames(result.alreadyToday)}. Du kan sende en ny i morgen.`);
    }
    return result;
  });
}

/** The answer shown after "send påminnelse". */
export function sendPlanReminderMessage(result: SendPlanReminderResult): string {
  const sent = `Påminnelse sendt til ${joinNames(result.sentTo)}.`;
  return result.alreadyToday.length > 0 ? `${sent} ${joinNames(result.alreadyToday)} hadde allerede fått påminnelse i dag.` : sent;
}
