import { describe, expect, it } from "vitest";
import { dueReminders, manualPlanReminder, manualReminderKey, recipientsOf, reminderKey, reminderWindows, type ReminderPeople } from "./reminders";

// 12:00 in Oslo on 10 June 2027 (CEST, UTC+2).
const NOW = new Date("2027-06-10T10:00:00Z");
const day = (iso: string) => new Date(`${iso}T00:00:00Z`);
const people: ReminderPeople = { LIS: ["lis"], LEDER: ["leder"], LOKAL_KOORDINATOR: ["lk"] };

const plan = (expiresAt: Date) => dueReminders(NOW, { plans: [{ planVersionId: "pv", employmentId: "e", lisName: "Emma Solheim", expiresAt, people }] });
const deadline = (startIso: string, hasApprovedPlan = false, weeks = 4) =>
  dueReminders(NOW, { planDeadlines: [{ employmentId: "e", lisName: "Ida Karlsen", employmentStart: day(startIso), deadlineWeeks: weeks, hasApprovedPlan, people }] });
const offer = (deadlineAt: Date, status = "TILBUDT") =>
  dueReminders(NOW, { offers: [{ offerId: "o", lisName: "Mathias Hansen", status, deadline: deadlineAt, arena: "Nevrologisk avdeling, UNN", people }] });
const intake = (filledAt: Date, approved: Date | null = null) =>
  dueReminders(NOW, { intakeForms: [{ intakeFormId: "i", lisName: "Jonas Eriksen", arena: "St. Olavs", filledAt, leaderApprovedAt: approved, people }] });
const fagavtale = (validTo: Date | null) => dueReminders(NOW, { fagavtaler: [{ fagavtaleId: "f", title: "NLSH – UNN nevrologi", validTo, people }] });
const steps = (r: { step: string }[]) => r.map((x) => x.step);

describe("reminder rules", () => {
  it("plan approval: 30 days, 7 days and expired, the most urgent step only, at the boundaries", () => {
    expect(steps(plan(new Date("2027-07-11T08:00:00Z")))).toEqual([]); // 31 days
    expect(steps(plan(new Date("2027-07-10T08:00:00Z")))).toEqual(["30-dager"]); // 30 days
    expect(steps(plan(new Date("2027-06-18T08:00:00Z")))).toEqual(["30-dager"]); // 8 days
    expect(steps(plan(new Date("2027-06-17T08:00:00Z")))).toEqual(["7-dager"]); // 7 days
    expect(steps(plan(new Date("2027-06-10T10:00:01Z")))).toEqual(["7-dager"]); // later today
    expect(steps(plan(new Date("2027-06-10T10:00:00Z")))).toEqual(["utlopt"]); // at the instant
    expect(steps(plan(new Date("2027-05-11T08:00:00Z")))).toEqual(["utlopt"]); // 30 days ago
    expect(steps(plan(new Date("2027-05-10T08:00:00Z")))).toEqual([]); // beyond the lookback
  });

  it("plan reminders go to the LIS, the home leader and the local coordinator, with a key per item and step", () => {
    const [r] = plan(new Date("2027-06-25T08:00:00Z"));
    expect(r).toMatchObject({ key: "plan-utloper:pv:30-dager", kind: "plan-utloper", entityType: "PlanVersion", entityId: "pv" });
    expect(r!.recipients).toEqual([
      { role: "LIS", personId: "lis" },
      { role: "LEDER", personId: "leder" },
      { role: "LOKAL_KOORDINATOR", personId: "lk" },
    ]);
    expect(r!.subject).toBe("Gjennomføringsplanen til Emma Solheim utløper 25.06.2027");
    expect(r!.body).toContain("(om 15 dager)");
  });

  it("a renewal waiting for approval: only the local coordinator is reminded", () => {
    const [r] = dueReminders(NOW, {
      plans: [{ planVersionId: "pv", employmentId: "e", lisName: "Emma Solheim", expiresAt: new Date("2027-06-15T08:00:00Z"), revisionAwaitingApproval: true, people }],
    });
    expect(r!.recipients).toEqual([{ role: "LOKAL_KOORDINATOR", personId: "lk" }]);
    expect(r!.body).toContain("venter på godkjenning fra lokal koordinator");
  });

  it("the first-plan deadline: 7 days before and passed; nothing once a plan is approved", () => {
    // 4 weeks after 2027-05-13 is 2027-06-10 (today): passed.
    expect(steps(deadline("2027-05-13"))).toEqual(["passert"]);
    expect(deadline("2027-05-13")[0]!.subject).toBe("Fristen for gjennomføringsplan for Ida Karlsen er passert");
    expect(steps(deadline("2027-05-14"))).toEqual(["7-dager"]); // due tomorrow
    expect(steps(deadline("2027-05-20"))).toEqual(["7-dager"]); // due in 7 days
    expect(steps(deadline("2027-05-21"))).toEqual([]); // due in 8 days
    expect(steps(deadline("2027-04-13"))).toEqual(["passert"]); // 30 days past
    expect(steps(deadline("2027-04-12"))).toEqual([]); // beyond the lookback
    expect(steps(deadline("2027-05-13", true))).toEqual([]);
    expect(steps(deadline("2027-05-13", false, 5))).toEqual(["7-dager"]); // a trust with 5 weeks: due 17.06
    expect(deadline("2027-05-13")[0]!.key).toBe("plan-frist:e:passert");
  });

  it("an offer: 3 days before its deadline to the LIS, expired to the LIS and local coordinator; nothing once answered", () => {
    expect(steps(offer(new Date("2027-06-14T21:59:00Z")))).toEqual([]); // 14.06 in Oslo: 4 days
    expect(steps(offer(new Date("2027-06-13T21:59:00Z")))).toEqual(["3-dager"]); // 13.06 23:59 Oslo
    expect(offer(new Date("2027-06-13T21:59:00Z"))[0]!.recipients).toEqual([{ role: "LIS", personId: "lis" }]);
    expect(steps(offer(new Date("2027-06-10T09:59:59Z")))).toEqual(["utlopt"]); // past, sweep not yet run
    expect(steps(offer(new Date("2027-06-08T10:00:00Z"), "UTLOPT"))).toEqual(["utlopt"]);
    expect(offer(new Date("2027-06-08T10:00:00Z"), "UTLOPT")[0]!.recipients.map((r) => r.role)).toEqual(["LIS", "LOKAL_KOORDINATOR"]);
    for (const status of ["AKSEPTERT", "AVSLATT", "TRUKKET"]) expect(steps(offer(new Date("2027-06-11T10:00:00Z"), status))).toEqual([]);
  });

  it("an intake form waiting for the leader more than 7 days; nothing once approved", () => {
    expect(steps(intake(new Date("2027-06-03T08:00:00Z")))).toEqual([]); // 7 days
    expect(steps(intake(new Date("2027-06-02T08:00:00Z")))).toEqual(["7-dager"]); // 8 days
    expect(intake(new Date("2027-06-02T08:00:00Z"))[0]!.recipients).toEqual([{ role: "LEDER", personId: "leder" }]);
    expect(steps(intake(new Date("2027-06-02T08:00:00Z"), new Date("2027-06-05T08:00:00Z")))).toEqual([]);
  });

  it("a fagavtale ending within 90 days, to the local coordinators, keyed by its end date", () => {
    expect(steps(fagavtale(day("2027-09-08")))).toEqual(["90-dager-2027-09-08"]); // 90 days
    expect(steps(fagavtale(day("2027-09-09")))).toEqual([]); // 91 days
    expect(steps(fagavtale(day("2027-06-10")))).toEqual(["90-dager-2027-06-10"]);
    expect(steps(fagavtale(day("2027-06-09")))).toEqual([]); // already ended
    expect(steps(fagavtale(null))).toEqual([]);
    const both = dueReminders(NOW, { fagavtaler: [{ fagavtaleId: "f", title: "X", validTo: day("2027-07-01"), people: { LOKAL_KOORDINATOR: ["a", "b"], LIS: ["lis"] } }] });
    expect(both[0]!.recipients).toEqual([
      { role: "LOKAL_KOORDINATOR", personId: "a" },
      { role: "LOKAL_KOORDINATOR", personId: "b" },
    ]);
  });

  it("an item with nobody to tell gives no reminder; a person in two roles is told once", () => {
    expect(dueReminders(NOW, { plans: [{ planVersionId: "pv", employmentId: "e", lisName: "X", expiresAt: NOW, people: {} }] })).toEqual([]);
    expect(recipientsOf({ LEDER: ["p"], LOKAL_KOORDINATOR: ["p", "q"] }, ["LEDER", "LOKAL_KOORDINATOR"])).toEqual([
      { role: "LEDER", personId: "p" },
      { role: "LOKAL_KOORDINATOR", personId: "q" },
    ]);
  });

  it("keys and the query windows", () => {
    expect(reminderKey("a", "b", "c")).toBe("a:b:c");
    expect(manualReminderKey("plan", "e1", "p1", day("2027-06-10"))).toBe("manuell:plan:e1:p1:2027-06-10");
    const w = reminderWindows(NOW, { min: 4, max: 6 });
    expect(w.fagavtaleValidTo).toEqual({ gte: day("2027-06-10"), lte: day("2027-09-08") });
    expect(w.employmentStart.gte.getTime()).toBeLessThanOrEqual(day("2027-04-12").getTime() - 14 * 86_400_000);
    expect(w.employmentStart.lte).toEqual(day("2027-05-21"));
  });
});

describe("a coordinator's plan reminder", () => {
  it("says what waits for the LIS and leader, and nothing when the plan waits for the coordinator or is in force", () => {
    expect(manualPlanReminder({ lisName: "Ida", standing: { kind: "INGEN_PLAN", dueAt: day("2020-01-01") }, openStatus: null })).toMatchObject({
      step: "mangler-plan",
      subject: "Påminnelse: Ida mangler gjennomføringsplan",
    });
    expect(manualPlanReminder({ lisName: "Ida", standing: { kind: "UNDER_ARBEID" }, openStatus: "UTKAST" })?.step).toBe("signering");
    expect(manualPlanReminder({ lisName: "Ida", standing: { kind: "UNDER_ARBEID" }, openStatus: "RETURNERT" })?.body).toContain("returnert");
    expect(manualPlanReminder({ lisName: "Ida", standing: { kind: "UNDER_ARBEID" }, openStatus: "TIL_GODKJENNING" })).toBeNull();
    expect(manualPlanReminder({ lisName: "E", standing: { kind: "GYLDIG", expiringSoon: true, expiresAt: NOW }, openStatus: null })?.step).toBe("fornyelse");
    expect(manualPlanReminder({ lisName: "T", standing: { kind: "UTLOPT", expiredAt: NOW }, openStatus: null })?.body).toContain("utløp 10.06.2027");
    expect(manualPlanReminder({ lisName: "E", standing: { kind: "GYLDIG", expiringSoon: false, expiresAt: NOW }, openStatus: null })).toBeNull();
  });
});
