import { describe, expect, it } from "vitest";
import { DEFAULT_SESSION_POLICY, parseSessionPolicy, sessionExpiry, sessionNeedsTouch, sessionState } from "./session-policy";

const policy = DEFAULT_SESSION_POLICY;
const signedIn = new Date("2026-12-01T07:00:00Z");
const minutes = (n: number) => new Date(signedIn.getTime() + n * 60_000);
const session = (lastSeenMinutes: number, revokedAt: Date | null = null) => ({
  createdAt: signedIn,
  lastSeenAt: minutes(lastSeenMinutes),
  expiresAt: sessionExpiry(signedIn, policy),
  revokedAt,
});

describe("sessionState", () => {
  it.each([
    ["just signed in", session(0), minutes(0), "ACTIVE"],
    ["idle exactly 30 minutes", session(0), minutes(30), "ACTIVE"],
    ["idle 30 minutes and a bit", session(0), new Date(minutes(30).getTime() + 1), "IDLE"],
    ["used 10 minutes ago, 7 h 59 in", session(469), minutes(479), "ACTIVE"],
    ["at the absolute limit, though just used", session(479), minutes(480), "EXPIRED"],
    ["revoked, though otherwise fine", session(0, minutes(1)), minutes(2), "REVOKED"],
  ] as const)("%s → %s", (_label, s, now, expected) => {
    expect(sessionState(s, now, policy)).toBe(expected);
  });

  it("takes the earlier of the stored expiry and a lowered policy", () => {
    expect(sessionState(session(59), minutes(61), { idleMinutes: 30, maxHours: 1 })).toBe("EXPIRED");
    expect(sessionState(session(59), minutes(61), { idleMinutes: 30, maxHours: 12 })).toBe("ACTIVE");
  });
});

describe("sessionNeedsTouch", () => {
  it("writes lastSeenAt at most once a minute", () => {
    expect(sessionNeedsTouch(signedIn, new Date(signedIn.getTime() + 59_999))).toBe(false);
    expect(sessionNeedsTouch(signedIn, new Date(signedIn.getTime() + 60_000))).toBe(true);
  });
});

describe("parseSessionPolicy", () => {
  it.each([
    [{}, { idleMinutes: 30, maxHours: 8 }],
    [{ SESSION_IDLE_MINUTES: "15", SESSION_MAX_HOURS: "12" }, { idleMinutes: 15, maxHours: 12 }],
    [{ SESSION_IDLE_MINUTES: "0", SESSION_MAX_HOURS: "-1" }, { idleMinutes: 30, maxHours: 8 }],
    [{ SESSION_IDLE_MINUTES: "tretti", SESSION_MAX_HOURS: "" }, { idleMinutes: 30, maxHours: 8 }],
  ])("%j → %j", (env, expected) => {
    expect(parseSessionPolicy(env)).toEqual(expected);
  });
});
