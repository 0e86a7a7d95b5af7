import { beforeAll, describe, expect, it } from "vitest";
import { seedDemo, testDb } from "../helpers/db";
import { LOGIN_RULES, verifyLogin } from "@/lib/server/auth/verify-login";
import { clientAddress, trustedProxies } from "@/lib/server/auth/client-address";

// Issue 11 §1: five wrong passwords from a stranger used to refuse the owner's right password for
// 15 minutes, renewable forever. Now the stranger only throttles themselves.
const STRANGER = "203.0.113.9";
const OWNER = "198.51.100.7";
const delays: number[] = [];
const delay = async (ms: number) => {
  delays.push(ms);
};

describe("login throttling", () => {
  beforeAll(async () => {
    await seedDemo();
  });

  it("a stranger's failures refuse the stranger's address, never the owner's right password from the owner's address", async () => {
    const email = "emma.solheim@eksempel.no";
    for (let i = 0; i < LOGIN_RULES.maxFailuresPerAccountAndAddress; i++) {
      expect(await verifyLogin({ email, password: `gjett-${i}`, ip: STRANGER }, { delay })).toEqual({ ok: false, reason: "INVALID" });
    }
    // The stranger is now refused for this account, even with the right password…
    expect(await verifyLogin({ email, password: "demo1234", ip: STRANGER }, { delay })).toEqual({ ok: false, reason: "THROTTLED" });
    // …the owner is only slowed down, and gets in.
    delays.length = 0;
    expect(await verifyLogin({ email, password: "demo1234", ip: OWNER }, { delay })).toMatchObject({ ok: true });
    expect(delays).toEqual([LOGIN_RULES.delayPerAccountFailureMs * LOGIN_RULES.maxFailuresPerAccountAndAddress]);
  });

  it("failures from many addresses slow the account down (capped) and tell the owner once by e-mail, but never refuse the owner", async () => {
    const email = "jonas.eriksen@eksempel.no";
    const person = await testDb().person.findUniqueOrThrow({ where: { email } });
    for (let i = 0; i < LOGIN_RULES.notifyOwnerAfterFailures + 3; i++) {
      await verifyLogin({ email, password: "feil", ip: `192.0.2.${i + 1}` }, { delay });
    }
    delays.length = 0;
    expect(await verifyLogin({ email, password: "demo1234", ip: OWNER }, { delay })).toMatchObject({ ok: true, personId: person.id });
    expect(delays).toEqual([LOGIN_RULES.maxDelayMs]);
    const notices = await testDb().notification.findMany({ where: { kind: "mislykket-innlogging", recipientPersonId: person.id } });
    expect(notices).toHaveLength(1);
    expect(notices[0]!.toEmail).toBe(email);
    expect(notices[0]!.body).toContain("Du kan fortsatt logge inn som vanlig");
  });

  it("many failures from one address across accounts refuse that address only", async () => {
    const bot = "203.0.113.77";
    for (let i = 0; i < LOGIN_RULES.maxFailuresPerAddress; i++) {
      await verifyLogin({ email: `finnes.ikke.${i}@eksempel.no`, password: "x", ip: bot }, { delay });
    }
    expect(await verifyLogin({ email: "sofie.dahl@eksempel.no", password: "demo1234", ip: bot }, { delay })).toEqual({ ok: false, reason: "THROTTLED" });
    expect(await verifyLogin({ email: "sofie.dahl@eksempel.no", password: "demo1234", ip: OWNER }, { delay })).toMatchObject({ ok: true });
    // After the window the address may try again.
    const later = new Date(Date.now() + (LOGIN_RULES.windowMinutes + 1) * 60_000);
    expect(await verifyLogin({ email: "sofie.dahl@eksempel.no", password: "demo1234", ip: bot }, { delay, now: later })).toMatchObject({ ok: true });
  });

  it("treats absurd input as a failed login, not an error", async () => {
    const before = await testDb().loginAttempt.count();
    expect(await verifyLogin({ email: "sofie.dahl@eksempel.no\u0000", password: "x".repeat(100_000), ip: "198.51.100.99" }, { delay })).toEqual({ ok: false, reason: "INVALID" });
    expect(await verifyLogin({ email: "\u0000".repeat(10_000), password: "\ud800", ip: null }, { delay })).toEqual({ ok: false, reason: "INVALID" });
    expect(await testDb().loginAttempt.count()).toBe(before + 2);
  });
});

describe("client address", () => {
  it.each([
    // No trusted proxy: the right-most entry (what Next.js itself sets when the header is absent).
    ["", "198.51.100.7", "198.51.100.7"],
    ["", "6.6.6.6, 198.51.100.7", "198.51.100.7"],
    // Behind trusted proxies, walk from the right past them; what the client wrote to the left is ignored.
    ["10.0.0.0/8", "1.1.1.1, 198.51.100.7, 10.0.0.5", "198.51.100.7"],
    ["10.0.0.0/8,192.168.1.10", "198.51.100.7, 192.168.1.10, 10.1.2.3", "198.51.100.7"],
    ["10.0.0.0/8", "10.0.0.9, 10.0.0.5", "10.0.0.9"],
    // Garbage is dropped; IPv4-mapped IPv6 and ports are normalised.
    ["10.0.0.0/8", "not-an-ip, <script>, 10.0.0.5", null],
    ["", "198.51.100.7, <script>", null],
    ["", "::ffff:198.51.100.7", "198.51.100.7"],
    ["", "198.51.100.7:51234", "198.51.100.7"],
    ["", "[2001:db8::1]:443", "2001:db8::1"],
    ["", "", null],
  ])("TRUSTED_PROXIES=%j, X-Forwarded-For %j → %s", (trusted, header, expected) => {
    expect(clientAddress(header, trustedProxies(trusted))).toBe(expected);
  });
});

describe("demo mode only where asked (issue 11 §8)", () => {
  beforeAll(async () => {
    await seedDemo();
  });

  it("refuses a demo person's shared password when DEMO_MODE is not 1, and accepts it in demo mode", async () => {
    const saved = process.env.DEMO_MODE;
    try {
      process.env.DEMO_MODE = "0";
      expect(await verifyLogin({ email: "magnus.larsen@eksempel.no", password: "demo1234", ip: "198.51.100.50" }, { delay })).toEqual({ ok: false, reason: "INVALID" });
      delete process.env.DEMO_MODE;
      expect(await verifyLogin({ email: "magnus.larsen@eksempel.no", password: "demo1234", ip: "198.51.100.51" }, { delay })).toEqual({ ok: false, reason: "INVALID" });
      process.env.DEMO_MODE = "1";
      expect(await verifyLogin({ email: "magnus.larsen@eksempel.no", password: "demo1234", ip: "198.51.100.52" }, { delay })).toMatchObject({ ok: true });
    } finally {
      process.env.DEMO_MODE = saved;
    }
  });
});
