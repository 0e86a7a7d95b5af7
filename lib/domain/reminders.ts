/**
 * Reminders on a schedule (issue 10 §6): given today's facts, which reminders are due, to whom (by role),
 * and what they say. Each has an idempotency key `kind:entityId:step`, so the job that sends them
 * (lib/server/reminders/) creates each one once, however often and from however many app instances it
 * runs. Only the most urgent step of an item is due: a plan first seen 5 days before it expires gets the
 * 7-day reminder, not the 30-day one as well. Items already handled (plan renewed or approved, offer
 * answered, form approved, fagavtale extended) produce nothing. Pure: no Prisma, no Next.
 */
import { addDays, daysBetween, osloToday } from "./calendar";
import { PLAN_EXPIRY_WARNING_DAYS, daysText } from "./rules";
import { firstPlanDueAt } from "./plan-status";
import { formatDay } from "@/lib/format";

/** Plan approval: reminded 30 and 7 days before it expires, and when it has expired. */
export const PLAN_EXPIRY_STEPS_DAYS = [PLAN_EXPIRY_WARNING_DAYS, 7] as const;
/** The first plan's per-trust deadline: reminded this many days before, and when it has passed. */
export const PLAN_DEADLINE_NOTICE_DAYS = 7;
/** An offer's answer deadline: reminded this many days before, and when it has lapsed. */
export const OFFER_DEADLINE_NOTICE_DAYS = 3;
/** An intake form waiting for the leader's approval longer than this is reminded. */
export const INTAKE_WAITING_DAYS = 7;
/** A fagavtale ending within this many days is reminded (both parties' local coordinators). */
export const FAGAVTALE_NOTICE_DAYS = 90;
/**
 * How far back a passed date still gives its one reminder. Older items (the job was off, or the data was
 * imported) are on the work lists already; reminding about a plan that expired last year helps nobody.
 * It also bounds the job's queries: only candidates near their dates are read.
 */
export const REMINDER_LOOKBACK_DAYS = 30;

export type ReminderRole = "LIS" | "LEDER" | "LOKAL_KOORDINATOR";
/** The people of each role an item concerns: the LIS, the home leader(s), the local coordinator(s). */
export type ReminderPeople = Partial<Record<ReminderRole, readonly string[]>>;

export type ReminderKind = "plan-utloper" | "plan-frist" | "tilbud-frist" | "innmeldingsskjema-venter" | "fagavtale-utloper";

export type PlanExpiryFact = {
  planVersionId: string;
  employmentId: string;
  lisName: string;
  expiresAt: Date;
  /** A new version is signed and waits for the local coordinator: only they are reminded. */
  revisionAwaitingApproval?: boolean;
  people: ReminderPeople;
};
export type PlanDeadlineFact = {
  employmentId: string;
  lisName: string;
  employmentStart: Date;
  deadlineWeeks: number;
  /** An approved version exists (in force, replaced or expired): the first-plan deadline is met. */
  hasApprovedPlan: boolean;
  people: ReminderPeople;
};
export type OfferFact = { offerId: string; lisName: string; status: string; deadline: Date; arena: string; people: ReminderPeople };
export type IntakeFact = { intakeFormId: string; lisName: string; arena: string; filledAt: Date; leaderApprovedAt: Date | null; people: ReminderPeople };
export type FagavtaleFact = { fagavtaleId: string; title: string; validTo: Date | null; people: ReminderPeople };

export type ReminderFacts = {
  plans?: readonly PlanExpiryFact[];
  planDeadlines?: readonly PlanDeadlineFact[];
  offers?: readonly OfferFact[];
  intakeForms?: readonly IntakeFact[];
  fagavtaler?: readonly FagavtaleFact[];
};

export type ReminderRecipient = { role: ReminderRole; personId: string };

export type DueReminder = {
  key: string;
  kind: ReminderKind;
  entityType: "PlanVersion" | "Employment" | "Offer" | "IntakeForm" | "Fagavtale";
  entityId: string;
  step: string;
  recipients: ReminderRecipient[];
  subject: string;
  body: string;
};

export function reminderKey(kind: string, entityId: string, step: string): string {
  return `${kind}:${entityId}:${step}`;
}

/** Everyone of the given roles, each person once (a leader who is also coordinator gets one notice). */
export function recipientsOf(people: ReminderPeople, roles: readonly ReminderRole[]): ReminderRecipient[] {
  const seen = new Set<string>();
  const out: ReminderRecipient[] = [];
  for (const role of roles) {
    for (const personId of people[role] ?? []) {
      if (seen.has(personId)) continue;
      seen.add(personId);
      out.push({ role, personId });
    }
  }
  return out;
}

const inDays = (n: number) => (n === 0 ? "i dag" : n === 1 ? "i morgen" : `om ${daysText(n)}`);
const agoDays = (n: number) => (n === 0 ? "i dag" : n === 1 ? "i går" : `for ${daysText(n)} siden`);

function due(
  kind: ReminderKind,
  entityType: DueReminder["entityType"],
  entityId: string,
  step: string,
  recipients: ReminderRecipient[],
  subject: string,
  body: string,
): DueReminder[] {
  if (recipients.length === 0) return [];
  return [{ key: reminderKey(kind, entityId, step), kind, entityType, entityId, step, recipients, subject, body }];
}

const PLAN_ROLES: readonly ReminderRole[] = ["LIS", "LEDER", "LOKAL_KOORDINATOR"];

function planExpiry(f: PlanExpiryFact, now: Date, today: Date): DueReminder[] {
  const expiryDay = osloToday(f.expiresAt);
  const recipients = recipientsOf(f.people, f.revisionAwaitingApproval ? ["LOKAL_KOORDINATOR"] : PLAN_ROLES);
  const todo = f.revisionAwaitingApproval
    ? "En ny versjon er signert av LIS og leder og venter på godkjenning fra lokal koordinator."
    : null;
  if (now.getTime() >= f.expiresAt.getTime()) {
    const ago = daysBetween(expiryDay, today);
    if (ago > REMINDER_LOOKBACK_DAYS) return [];
    return due(
      "plan-utloper",
      "PlanVersion",
      f.planVersionId,
      "utlopt",
      recipients,
      `Gjennomføringsplanen til ${f.lisName} er utløpt`,
      `Godkjenningen av gjennomføringsplanen til ${f.lisName} utløp ${formatDay(expiryDay)} (${agoDays(ago)}). ` +
        (todo ?? "LIS og leder lager en ny versjon og signerer den, og lokal koordinator godkjenner den."),
    );
  }
  const left = daysBetween(today, expiryDay);
  const step = [...PLAN_EXPIRY_STEPS_DAYS].sort((a, b) => a - b).find((d) => left <= d);
  if (step === undefined) return [];
  return due(
    "plan-utloper",
    "PlanVersion",
    f.planVersionId,
    `${step}-dager`,
    recipients,
    `Gjennomføringsplanen til ${f.lisName} utløper ${formatDay(expiryDay)}`,
    `Godkjenningen av gjennomføringsplanen til ${f.lisName} utløper ${formatDay(expiryDay)} (${inDays(left)}). ` +
      (todo ?? "Lag en ny versjon i tide: LIS og leder signerer, og lokal koordinator godkjenner."),
  );
}

function planDeadline(f: PlanDeadlineFact, today: Date): DueReminder[] {
  if (f.hasApprovedPlan) return [];
  const dueOn = firstPlanDueAt(f.employmentStart, f.deadlineWeeks);
  const left = daysBetween(today, dueOn);
  const recipients = recipientsOf(f.people, PLAN_ROLES);
  if (left <= 0) {
    if (-left > REMINDER_LOOKBACK_DAYS) return [];
    return due(
      "plan-frist",
      "Employment",
      f.employmentId,
      "passert",
      recipients,
      `Fristen for gjennomføringsplan for ${f.lisName} er passert`,
      `${f.lisName} skulle hatt en godkjent gjennomføringsplan innen ${formatDay(dueOn)} (${f.deadlineWeeks} uker etter ansettelsen). ` +
        "LIS og leder lager og signerer planen, og lokal koordinator godkjenner den.",
    );
  }
  if (left > PLAN_DEADLINE_NOTICE_DAYS) return [];
  return due(
    "plan-frist",
    "Employment",
    f.employmentId,
    `${PLAN_DEADLINE_NOTICE_DAYS}-dager`,
    recipients,
    `Gjennomføringsplan for ${f.lisName} må være godkjent innen ${formatDay(dueOn)}`,
    `Fristen for første gjennomføringsplan for ${f.lisName} er ${formatDay(dueOn)} (${inDays(left)}). ` +
      "LIS og leder lager og signerer planen, og lokal koordinator godkjenner den.",
  );
}

function offer(f: OfferFact, now: Date, today: Date): DueReminder[] {
  const deadlineDay = osloToday(f.deadline);
  const lapsed = f.status === "UTLOPT" || (f.status === "TILBUDT" && f.deadline.getTime() < now.getTime());
  if (lapsed) {
    const ago = daysBetween(deadlineDay, today);
    if (ago > REMINDER_LOOKBACK_DAYS) return [];
    return due(
      "tilbud-frist",
      "Offer",
      f.offerId,
      "utlopt",
      recipientsOf(f.people, ["LIS", "LOKAL_KOORDINATOR"]),
      `Tilbudet til ${f.lisName} om ${f.arena} er utløpt`,
      `Tilbudet om gjennomstrømningsstilling ved ${f.arena} ble ikke besvart innen fristen ${formatDay(deadlineDay)}. ` +
        "Plassen går videre til neste kandidat, og ønsket står i køen igjen.",
    );
  }
  if (f.status !== "TILBUDT") return [];
  const left = daysBetween(today, deadlineDay);
  if (left > OFFER_DEADLINE_NOTICE_DAYS) return [];
  return due(
    "tilbud-frist",
    "Offer",
    f.offerId,
    `${OFFER_DEADLINE_NOTICE_DAYS}-dager`,
    recipientsOf(f.people, ["LIS"]),
    `Svar på tilbudet om ${f.arena} innen ${formatDay(deadlineDay)}`,
    `Du har et tilbud om gjennomstrømningsstilling ved ${f.arena}. Svarfristen er ${formatDay(deadlineDay)} (${inDays(left)}). ` +
      "Svar under «Tilbud» på Min side; uten svar utløper tilbudet.",
  );
}

function intake(f: IntakeFact, today: Date): DueReminder[] {
  if (f.leaderApprovedAt) return [];
  const waited = daysBetween(osloToday(f.filledAt), today);
  if (waited <= INTAKE_WAITING_DAYS || waited > INTAKE_WAITING_DAYS + REMINDER_LOOKBACK_DAYS) return [];
  return due(
    "innmeldingsskjema-venter",
    "IntakeForm",
    f.intakeFormId,
    `${INTAKE_WAITING_DAYS}-dager`,
    recipientsOf(f.people, ["LEDER"]),
    `Innmeldingsskjemaet til ${f.lisName} venter på godkjenning`,
    `${f.lisName} fylte ut innmeldingsskjemaet for ${f.arena} ${formatDay(osloToday(f.filledAt))}, for ${daysText(waited)} siden. ` +
      "Det venter på godkjenning fra leder før lokal koordinator kan sende det.",
  );
}

function fagavtale(f: FagavtaleFact, today: Date): DueReminder[] {
  if (!f.validTo) return [];
  const left = daysBetween(today, f.validTo);
  if (left < 0 || left > FAGAVTALE_NOTICE_DAYS) return [];
  // The end date is part of the step: an extended fagavtale that nears its new end is reminded again.
  return due(
    "fagavtale-utloper",
    "Fagavtale",
    f.fagavtaleId,
    `${FAGAVTALE_NOTICE_DAYS}-dager-${f.validTo.toISOString().slice(0, 10)}`,
    recipientsOf(f.people, ["LOKAL_KOORDINATOR"]),
    `Fagavtalen ${f.title} utløper ${formatDay(f.validTo)}`,
    `Fagavtalen ${f.title} gjelder til ${formatDay(f.validTo)} (${inDays(left)}). Avtal en forlengelse med samarbeidsparten i tide, ` +
      "eller avslutt avtalen.",
  );
}

/** The reminders due at `now` (today in Norway), most urgent step per item; order follows the facts. */
export function dueReminders(now: Date, facts: ReminderFacts): DueReminder[] {
  const today = osloToday(now);
  return [
    ...(facts.plans ?? []).flatMap((f) => planExpiry(f, now, today)),
    ...(facts.planDeadlines ?? []).flatMap((f) => planDeadline(f, today)),
    ...(facts.offers ?? []).flatMap((f) => offer(f, now, today)),
    ...(facts.intakeForms ?? []).flatMap((f) => intake(f, today)),
    ...(facts.fagavtaler ?? []).flatMap((f) => fagavtale(f, today)),
  ];
}

/**
 * The time windows the job reads candidates in, so its queries stay near the dates (by index), not the
 * whole country. Wider than the rules by a day on each side; the rules above decide.
 */
export function reminderWindows(now: Date, deadlineWeeks: { min: number; max: number }) {
  const today = osloToday(now);
  const back = REMINDER_LOOKBACK_DAYS + 1;
  return {
    planExpiresAt: { gte: addDays(now, -back), lte: addDays(now, PLAN_EXPIRY_WARNING_DAYS + 1) },
    employmentStart: {
      gte: addDays(today, -(deadlineWeeks.max * 7 + back)),
      lte: addDays(today, -(deadlineWeeks.min * 7) + PLAN_DEADLINE_NOTICE_DAYS + 1),
    },
    offerDeadline: { gte: addDays(now, -back), lte: addDays(now, OFFER_DEADLINE_NOTICE_DAYS + 1) },
    intakeFilledAt: { gte: addDays(now, -(INTAKE_WAITING_DAYS + back)), lte: addDays(now, -INTAKE_WAITING_DAYS) },
    fagavtaleValidTo: { gte: today, lte: addDays(today, FAGAVTALE_NOTICE_DAYS) },
  };
}

/** A coordinator's "send påminnelse" (issue 10 §4): once a day per item and recipient. */
export function manualReminderKey(kind: string, entityId: string, recipientId: string, today: Date): string {
  return `manuell:${kind}:${entityId}:${recipientId}:${today.toISOString().slice(0, 10)}`;
}

export type ManualPlanReminder = { step: "signering" | "mangler-plan" | "fornyelse"; subject: string; body: string };

/**
 * What a coordinator's "send påminnelse" about a LIS's plan says, from where the plan stands; null when
 * nothing waits for the LIS or leader (the plan is valid and not expiring soon, or it waits for the
 * coordinator's own approval).
 */
export function manualPlanReminder(input: {
  lisName: string;
  standing: { kind: "INGEN_PLAN" | "GYLDIG" | "UTLOPT" | "UNDER_ARBEID"; expiringSoon?: boolean; pendingRevision?: boolean; dueAt?: Date; expiresAt?: Date; expiredAt?: Date };
  openStatus: string | null;
}): ManualPlanReminder | null {
  const { lisName, standing, openStatus } = input;
  if (openStatus === "TIL_GODKJENNING") return null;
  if (openStatus === "UTKAST" || openStatus === "RETURNERT") {
    return {
      step: "signering",
      subject: `Påminnelse: gjennomføringsplanen til ${lisName} venter på signatur`,
      body:
        `Gjennomføringsplanen til ${lisName} er ikke ferdig signert${openStatus === "RETURNERT" ? " (den er returnert av lokal koordinator for retting)" : ""}. ` +
        "LIS og leder går gjennom planen og signerer den, så lokal koordinator kan godkjenne den.",
    };
  }
  if (standing.kind === "INGEN_PLAN") {
    const due = standing.dueAt ? ` Fristen for første plan: ${formatDay(standing.dueAt)}.` : "";
    return {
      step: "mangler-plan",
      subject: `Påminnelse: ${lisName} mangler gjennomføringsplan`,
      body: `${lisName} har ingen gjennomføringsplan ennå.${due} LIS og leder lager planen og signerer den, og lokal koordinator godkjenner den.`,
    };
  }
  if (standing.kind === "UTLOPT" || (standing.kind === "GYLDIG" && standing.expiringSoon)) {
    const when = standing.kind === "UTLOPT" ? `utløp ${formatDay(osloToday(standing.expiredAt!))}` : `utløper ${formatDay(osloToday(standing.expiresAt!))}`;
    return {
      step: "fornyelse",
      subject: `Påminnelse: gjennomføringsplanen til ${lisName} må fornyes`,
      body: `Godkjenningen av gjennomføringsplanen til ${lisName} ${when}. LIS og leder lager en ny versjon og signerer den, og lokal koordinator godkjenner den.`,
    };
  }
  return null;
}
