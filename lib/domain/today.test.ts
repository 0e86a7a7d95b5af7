import { describe, expect, it } from "vitest";
import { addDays } from "./calendar";
import { planStanding } from "./plan-status";
import {
  capacityShortfall,
  daysLeft,
  daysLeftText,
  intakeStep,
  isExpiringSoon,
  isPlanMissing,
  missingPlanStartCutoff,
  responsibleText,
  waitingText,
} from "./today";

const at = (iso: string) => new Date(iso);

describe("days left", () => {
  it("counts calendar days in Norway, for dates and instants", () => {
    const now = at("2026-03-10T22:30:00Z"); // 23:30 in Oslo, still 10 March
    expect(daysLeft(at("2026-03-22T00:00:00Z"), now)).toBe(12);
    expect(daysLeft(at("2026-03-10T00:00:00Z"), now)).toBe(0);
    expect(daysLeft(at("2026-03-07T00:00:00Z"), now)).toBe(-3);
    expect(daysLeft(at("2026-03-10T23:30:00Z"), now)).toBe(1); // 00:30 on 11 March in Oslo
  });

  it("says it in Norwegian", () => {
    expect(daysLeftText(12)).toBe("om 12 dager");
    expect(daysLeftText(1)).toBe("i morgen");
    expect(daysLeftText(0)).toBe("i dag");
    expect(daysLeftText(-1)).toBe("1 dag over fristen");
    expect(daysLeftText(-3)).toBe("3 dager over fristen");
    expect(waitingText(at("2026-03-06T12:00:00Z"), at("2026-03-10T09:00:00Z"))).toBe("venter i 4 dager");
    expect(waitingText(at("2026-03-10T06:00:00Z"), at("2026-03-10T09:00:00Z"))).toBe("kom i dag");
  });
});

describe("pending rules", () => {
  const now = at("2026-03-10T09:00:00Z");

  it("expiring soon is planStanding's GYLDIG with expiringSoon", () => {
    for (const d of [-1, 0, 1, 15, 29, 30, 31]) {
      const expiresAt = addDays(now, d);
      const s = planStanding({ versions: [{ status: "GODKJENT", approvedAt: addDays(expiresAt, -365), expiresAt }], employmentStart: at("2020-01-01"), deadlineWeeks: 4, now });
      expect(isExpiringSoon(expiresAt, now)).toBe(s.kind === "GYLDIG" && s.expiringSoon);
    }
  });

  it("a missing plan is planStanding's overdue without approval, and the SQL start-date bound says the same", () => {
    for (const weeks of [2, 4, 6]) {
      for (let d = -60; d <= 0; d++) {
        const start = addDays(at("2026-03-10T00:00:00Z"), d);
        for (const versions of [[], [{ status: "UTKAST", approvedAt: null, expiresAt: null }]]) {
          const s = planStanding({ versions, employmentStart: start, deadlineWeeks: weeks, now });
          const pure = isPlanMissing({ hasApproved: false, employmentStart: start, deadlineWeeks: weeks, now });
          expect(pure).toBe(s.kind !== "GYLDIG" && s.kind !== "UTLOPT" && s.overdue);
          expect(start.getTime() <= missingPlanStartCutoff(now, weeks).getTime()).toBe(pure);
        }
      }
    }
    expect(isPlanMissing({ hasApproved: true, employmentStart: at("2020-01-01"), deadlineWeeks: 4, now })).toBe(false);
  });

  it("an intake form waits to be sent once the leader approved it, then to be recorded as received", () => {
    const base = { leaderApprovedAt: null, forwardedAt: null, receivedOn: null, needsResend: false };
    expect(intakeStep(base)).toBeNull();
    expect(intakeStep({ ...base, leaderApprovedAt: now })).toBe("SEND");
    expect(intakeStep({ ...base, leaderApprovedAt: now, forwardedAt: now })).toBe("REGISTRER_MOTTATT");
    expect(intakeStep({ ...base, leaderApprovedAt: now, forwardedAt: now, needsResend: true })).toBe("SEND");
    expect(intakeStep({ ...base, leaderApprovedAt: now, forwardedAt: now, receivedOn: now })).toBeNull();
  });

  it("names who must act", () => {
    expect(responsibleText("KOORDINATOR", { lis: "Ida", leaders: [] })).toBe("Du (lokal koordinator)");
    expect(responsibleText("LIS", { lis: "Ida Karlsen", leaders: ["Kari"] })).toBe("Ida Karlsen (LIS)");
    expect(responsibleText("LIS_OG_LEDER", { lis: "Ida Karlsen", leaders: ["Kari Johnsen"] })).toBe("Ida Karlsen (LIS) og leder Kari Johnsen");
    expect(responsibleText("LIS_OG_LEDER", { lis: "Ida Karlsen", leaders: [] })).toBe("Ida Karlsen (LIS) og leder ingen leder registrert");
  });

  it("a shortfall is the waiting beyond the free places", () => {
    expect(capacityShortfall({ waiting: 5, free: 2 })).toBe(3);
    expect(capacityShortfall({ waiting: 1, free: 2 })).toBe(0);
    expect(capacityShortfall({ waiting: 2, free: -1 })).toBe(2);
  });
});
