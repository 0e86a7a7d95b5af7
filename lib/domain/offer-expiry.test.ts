import { describe, expect, it } from "vitest";
import { isOverdue, offerDeadline, offerStatusAt, OFFER_DEADLINE_DAYS, type OfferStatus } from "./offer-expiry";

const at = (iso: string) => new Date(iso);

describe("offer expiry", () => {
  it("gives an offer 14 days to be answered", () => {
    expect(OFFER_DEADLINE_DAYS).toBe(14);
    expect(offerDeadline(at("2027-01-10T09:30:00.000Z")).toISOString()).toBe("2027-01-24T09:30:00.000Z");
  });

  const deadline = at("2027-01-24T09:30:00.000Z");
  it.each<[OfferStatus, string, boolean, OfferStatus]>([
    ["TILBUDT", "2027-01-24T09:29:59.999Z", false, "TILBUDT"],
    ["TILBUDT", "2027-01-24T09:30:00.000Z", false, "TILBUDT"], // at the deadline itself it is still open
    ["TILBUDT", "2027-01-24T09:30:00.001Z", true, "UTLOPT"],
    ["AKSEPTERT", "2027-02-24T00:00:00.000Z", false, "AKSEPTERT"],
    ["AVSLATT", "2027-02-24T00:00:00.000Z", false, "AVSLATT"],
    ["TRUKKET", "2027-02-24T00:00:00.000Z", false, "TRUKKET"],
    ["UTLOPT", "2027-02-24T00:00:00.000Z", false, "UTLOPT"],
  ])("%s at %s: overdue %s, shown as %s", (status, now, overdue, shown) => {
    expect(isOverdue({ status, deadline }, at(now))).toBe(overdue);
    expect(offerStatusAt({ status, deadline }, at(now))).toBe(shown);
  });
});
