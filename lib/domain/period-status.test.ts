import { describe, expect, it } from "vitest";
import {
  ACTIVE_WISH_STATUSES,
  AGREED_STATUSES,
  LIVE_STATUSES,
  PERIOD_STATUSES,
  PERIOD_STATUS_DISPLAY_ORDER,
  PERIOD_STATUS_SET_LABEL,
  PLAN_EDITABLE_STATUSES,
  QUEUED_STATUSES,
  describeStatuses,
  isActiveWish,
  isAgreed,
  isPlanEditable,
  isQueued,
} from "./period-status";
import { PERIOD_STATUS_LABEL, periodStatusLabel } from "./labels";

describe("period status sets", () => {
  it.each([
    ["BEHOV", false, false, false, true],
    ["ONSKE", true, true, false, true],
    ["I_KO", true, true, false, true],
    ["TILBUDT", false, true, false, false],
    ["AVTALT", false, false, true, false],
    ["PAGAR", false, false, true, false],
    ["GJENNOMFORT", false, false, true, false],
    ["AVBRUTT", false, false, false, false],
  ] as const)("%s: queued %s, active wish %s, agreed %s, plan-editable %s", (status, queued, active, agreed, editable) => {
    expect(isQueued(status)).toBe(queued);
    expect(isActiveWish(status)).toBe(active);
    expect(isAgreed(status)).toBe(agreed);
    expect(isPlanEditable(status)).toBe(editable);
  });

  it("an open offer is an active wish but no longer queued for ranking", () => {
    expect(ACTIVE_WISH_STATUSES).toEqual([...QUEUED_STATUSES, "TILBUDT"]);
  });

  it("live is everything but AVBRUTT; the display order lists every status once", () => {
    expect(LIVE_STATUSES).toEqual(PERIOD_STATUSES.filter((s) => s !== "AVBRUTT"));
    expect([...PERIOD_STATUS_DISPLAY_ORDER].sort()).toEqual([...PERIOD_STATUSES].sort());
    expect(AGREED_STATUSES.every((s) => !PLAN_EDITABLE_STATUSES.includes(s as never))).toBe(true);
  });

  it("every status has a Norwegian label; unknown strings are shown as they are", () => {
    for (const s of PERIOD_STATUSES) expect(PERIOD_STATUS_LABEL[s]).toMatch(/\S/);
    expect(periodStatusLabel("I_KO")).toBe("I kø");
    expect(periodStatusLabel("NOE_ANNET")).toBe("NOE_ANNET");
  });

  it("describes a set in Norwegian", () => {
    expect(describeStatuses(ACTIVE_WISH_STATUSES)).toBe("ønske, i kø eller tilbudt");
    expect(describeStatuses(["AVTALT"])).toBe("avtalt");
    expect(PERIOD_STATUS_SET_LABEL.AGREED).toBe("Avtalt periode (avtalt, pågår eller gjennomført)");
  });
});
