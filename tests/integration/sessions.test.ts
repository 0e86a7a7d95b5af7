// Server-side sessions (issue 11 §2, docs/decisions/0007): logout and "logg ut overalt" end every copy
// of a token at once; idle timeout and absolute limit; the active role belongs to the session.
import { afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { decode } from "next-auth/jwt";
import { seedDemo, testDb } from "../helpers/db";
import { actAs } from "../helpers/session-mock";
import { signInAs } from "../helpers/sessions";

vi.mock("@/lib/auth/session", () => import("../helpers/session-mock"));
vi.mock("next/navigation", () => import("../helpers/next-navigation-mock"));

process.env.NEXTAUTH_URL = "http://localhost:3000";
process.env.NEXTAUTH_SECRET = "sessions-test-secret-0000000000000000";

const { NextAuthBrowser, sessionIdFromCookie } = await import("../helpers/next-auth-browser");
const { createSession } = await import("@/lib/server/auth/create-session");
const { resolveSessionActor } = await import("@/lib/server/auth/resolve-session-actor");
const { revokeSessionsForPerson } = await import("@/lib/server/auth/revoke-sessions-for-person");
const { logOutEverywhere } = await import("@/lib/actions/auth/log-out-everywhere");
const { switchRole } = await import("@/lib/actions/auth/switch-role");

const SIRI = "siri.mikkelsen@eksempel.no"; // regional Helse Nord + lokal UNN
const PASSWORD = "demo1234";
const MINUTE = 60_000;
const at = (base: Date, ms: number) => new Date(base.getTime() + ms);

async function personId(email: string): Promise<string> {
  return (await testDb().person.findUniqueOrThrow({ where: { email } })).id;
}

/** What a request carrying this cookie gets: next-auth's session → `sid` → the session row's actor. */
async function actorForCookie(cookie: string | undefined, now?: Date) {
  const sid = await sessionIdFromCookie(cookie);
  return sid ? resolveSessionActor(sid, { now }) : null;
}

function form(values: Record<string, string>): FormData {
  const data = new FormData();
  for (const [k, v] of Object.entries(values)) data.set(k, v);
  return data;
}

beforeAll(async () => {
  await seedDemo();
});

afterEach(() => {
  delete process.env.SESSION_IDLE_MINUTES;
  delete process.env.SESSION_MAX_HOURS;
  actAs(null);
});

describe("logout through next-auth ends the session for every copy of its cookie", () => {
  it("a cookie copied before 'Logg ut' gets no actor afterwards", async () => {
    const email = "kristoffer.lund@eksempel.no";
    const browser = new NextAuthBrowser();
    await browser.signIn(email, PASSWORD);
    const copied = browser.sessionCookie!;

    // The token carries only the session id; the row holds everything else.
    const payload = await decode({ token: copied, secret: process.env.NEXTAUTH_SECRET! });
    expect(Object.keys(payload!).sort()).toEqual(["exp", "iat", "jti", "sid"]);
    const row = await testDb().authSession.findUniqueOrThrow({ where: { id: payload!.sid as string } });
    expect(row).toMatchObject({ personId: await personId(email), revokedAt: null, userAgent: null });
    expect(row.id.length).toBeGreaterThanOrEqual(43); // 256 bits, base64url

    expect((await actorForCookie(copied))?.email).toBe(email);

    await browser.signOut();
    expect(browser.sessionCookie).toBeUndefined();
    const ended = await testDb().authSession.findUniqueOrThrow({ where: { id: row.id } });
    expect(ended.revokedAt).not.toBeNull();
    expect(ended.revokedReason).toBe("utlogging");
    expect(await testDb().auditLog.count({ where: { action: "utlogging", entityId: row.personId } })).toBe(1);

    // The copy still decodes (the JWT itself is intact) but names a dead session.
    expect(await sessionIdFromCookie(copied)).toBe(row.id);
    expect(await actorForCookie(copied)).toBeNull();
  });

  it("a token from before server-side sessions (person id, no sid) gets no actor", async () => {
    const { encode } = await import("next-auth/jwt");
    const legacy = await encode({ token: { personId: await personId(SIRI), sub: await personId(SIRI) }, secret: process.env.NEXTAUTH_SECRET! });
    expect(await sessionIdFromCookie(legacy)).toBeNull();
  });
});

describe("idle timeout and absolute limit, on a controlled clock", () => {
  it("ends a session idle longer than SESSION_IDLE_MINUTES (default 30), touching lastSeenAt at most once a minute", async () => {
    const t0 = new Date();
    const { id } = await createSession({ personId: await personId(SIRI), now: t0 });
    const lastSeen = async () => (await testDb().authSession.findUniqueOrThrow({ where: { id } })).lastSeenAt.getTime();

    expect(await resolveSessionActor(id, { now: at(t0, 30 * 1000) })).not.toBeNull();
    expect(await lastSeen()).toBe(t0.getTime()); // under a minute: no write

    const t1 = at(t0, 20 * MINUTE);
    expect(await resolveSessionActor(id, { now: t1 })).not.toBeNull();
    expect(await lastSeen()).toBe(t1.getTime());

    expect(await resolveSessionActor(id, { now: at(t1, 30 * MINUTE) })).not.toBeNull();
    const t2 = at(t1, 30 * MINUTE);
    expect(await lastSeen()).toBe(t2.getTime());
    expect(await resolveSessionActor(id, { now: at(t2, 30 * MINUTE + 1) })).toBeNull();
  });

  it("takes the idle timeout from SESSION_IDLE_MINUTES", async () => {
    process.env.SESSION_IDLE_MINUTES = "5";
    const t0 = new Date();
    const { id } = await createSession({ personId: await personId(SIRI), now: t0 });
    expect(await resolveSessionActor(id, { now: at(t0, 5 * MINUTE) })).not.toBeNull();
    const { id: other } = await createSession({ personId: await personId(SIRI), now: t0 });
    expect(await resolveSessionActor(other, { now: at(t0, 6 * MINUTE) })).toBeNull();
  });

  it("ends every session at SESSION_MAX_HOURS (default 8) however busy it is", async () => {
    const t0 = new Date();
    const { id, expiresAt } = await createSession({ personId: await personId(SIRI), now: t0 });
    expect(expiresAt.getTime()).toBe(at(t0, 8 * 60 * MINUTE).getTime());
    for (let m = 20; m < 8 * 60; m += 20) {
      expect(await resolveSessionActor(id, { now: at(t0, m * MINUTE) })).not.toBeNull();
    }
    expect(await resolveSessionActor(id, { now: at(t0, 8 * 60 * MINUTE - 1) })).not.toBeNull();
    expect(await resolveSessionActor(id, { now: at(t0, 8 * 60 * MINUTE) })).toBeNull();

    process.env.SESSION_MAX_HOURS = "1";
    const short = await createSession({ personId: await personId(SIRI), now: t0 });
    expect(short.expiresAt.getTime()).toBe(at(t0, 60 * MINUTE).getTime());
    expect(await resolveSessionActor(short.id, { now: at(t0, 60 * MINUTE) })).toBeNull();
  });

  it("refuses an unknown session id", async () => {
    expect(await resolveSessionActor("x".repeat(43))).toBeNull();
  });
});

describe("logg ut overalt", () => {
  it("revokes every session of the person, this one included, audited, and no one else's", async () => {
    const email = "tor.henriksen@eksempel.no";
    const browsers = [new NextAuthBrowser(), new NextAuthBrowser(), new NextAuthBrowser()];
    for (const b of browsers) await b.signIn(email, PASSWORD);
    const bystander = new NextAuthBrowser();
    await bystander.signIn(SIRI, PASSWORD);
    for (const b of [...browsers, bystander]) expect(await actorForCookie(b.sessionCookie)).not.toBeNull();

    actAs(await actorForCookie(browsers[0]!.sessionCookie));
    const result = await logOutEverywhere({});
    expect(result).toMatchObject({ ok: true, data: { ended: 3 } });

    for (const b of browsers) expect(await actorForCookie(b.sessionCookie)).toBeNull();
    expect(await actorForCookie(bystander.sessionCookie)).not.toBeNull();
    const rows = await testDb().authSession.findMany({ where: { personId: await personId(email) } });
    expect(rows.map((r) => r.revokedReason)).toEqual(["logg-ut-overalt", "logg-ut-overalt", "logg-ut-overalt"]);
    const audit = await testDb().auditLog.findFirstOrThrow({ where: { action: "utlogging-overalt" } });
    expect(audit).toMatchObject({ actorId: await personId(email), entityId: await personId(email), data: { okter: 3 } });
  });

  it("refuses without a live session", async () => {
    actAs(null);
    expect(await logOutEverywhere({})).toMatchObject({ ok: false, code: "UNAUTHENTICATED" });
  });
});

describe("the active role belongs to the session", () => {
  it("two sessions of one person hold different active roles; the switch is audited", async () => {
    const tabA = await signInAs(SIRI);
    const tabB = await signInAs(SIRI);
    // Both start in the highest-priority role (ROLE_PRIORITY: lokal before regional).
    expect(tabA.activeRole.role).toBe("LOKAL_KOORDINATOR");
    expect(tabB.activeRole.role).toBe("LOKAL_KOORDINATOR");

    const regional = tabA.roles.find((r) => r.role === "REGIONAL_KOORDINATOR")!;
    actAs(tabA);
    await expect(switchRole(null, form({ roleAssignmentId: regional.id }))).rejects.toThrow("redirect:/regional");

    expect((await resolveSessionActor(tabA.sessionId!))!.activeRole.id).toBe(regional.id);
    expect((await resolveSessionActor(tabB.sessionId!))!.activeRole.role).toBe("LOKAL_KOORDINATOR");
    const audit = await testDb().auditLog.findFirstOrThrow({ where: { action: "rolle-byttet", actorId: tabA.personId }, orderBy: { id: "desc" } });
    expect(audit.data).toEqual({ fra: tabA.activeRole.id, til: regional.id, rolle: "REGIONAL_KOORDINATOR" });
  });

  it("a revoked session cannot switch role", async () => {
    const tab = await signInAs(SIRI);
    await testDb().authSession.update({ where: { id: tab.sessionId! }, data: { revokedAt: new Date(), revokedReason: "utlogging" } });
    actAs(tab);
    const other = tab.roles.find((r) => r.id !== tab.activeRole.id)!;
    expect(await switchRole(null, form({ roleAssignmentId: other.id }))).toMatchObject({ ok: false, code: "UNAUTHENTICATED" });
    expect((await testDb().authSession.findUniqueOrThrow({ where: { id: tab.sessionId! } })).activeRoleAssignmentId).toBe(tab.activeRole.id);
  });

  it("the database refuses a session acting in another person's role assignment", async () => {
    const tab = await signInAs(SIRI);
    const foreign = await testDb().roleAssignment.findFirstOrThrow({ where: { personId: { not: tab.personId } } });
    await expect(testDb().authSession.update({ where: { id: tab.sessionId! }, data: { activeRoleAssignmentId: foreign.id } })).rejects.toThrow();
  });
});

describe("removing a role or disabling a person ends their sessions", () => {
  const live = async (id: string) => (await testDb().authSession.findUniqueOrThrow({ where: { id } })).revokedReason;

  it("deleting a role assignment ends every session of its person (trigger)", async () => {
    const actor = await signInAs("ragnhild.johansen@eksempel.no"); // two LEDER grants
    expect(actor.roles.length).toBeGreaterThanOrEqual(2);
    const dropped = actor.roles.find((r) => r.id !== actor.activeRole.id)!;
    await testDb().roleAssignment.delete({ where: { id: dropped.id } });
    expect(await live(actor.sessionId!)).toBe("rolle-fjernet");
    expect(await resolveSessionActor(actor.sessionId!)).toBeNull();
  });

  it("ending a role assignment now ends the sessions; ending it later ends the session acting in it when the time comes", async () => {
    // Siri (regional + lokal) acts in lokal; the lokal grant is set to end in an hour.
    const actor = await signInAs(SIRI);
    expect(actor.activeRole.role).toBe("LOKAL_KOORDINATOR");
    await testDb().roleAssignment.update({ where: { id: actor.activeRole.id }, data: { validTo: new Date(Date.now() + 60 * MINUTE) } });
    expect(await live(actor.sessionId!)).toBeNull();
    const later = new Date(Date.now() + 61 * MINUTE);
    expect(await resolveSessionActor(actor.sessionId!, { now: later, policy: { idleMinutes: 120, maxHours: 8 } })).toBeNull();
    expect(await live(actor.sessionId!)).toBe("rolle-utlopt");

    const other = await signInAs("astrid.haugen@eksempel.no");
    await testDb().roleAssignment.update({ where: { id: other.activeRole.id }, data: { validTo: new Date(Date.now() - 1000) } });
    expect(await live(other.sessionId!)).toBe("rolle-avsluttet");
  });

  it("disabling a person ends their sessions (trigger)", async () => {
    const actor = await signInAs("kari.johnsen@eksempel.no");
    await testDb().person.update({ where: { id: actor.personId }, data: { disabledAt: new Date() } });
    expect(await live(actor.sessionId!)).toBe("person-deaktivert");
  });

  it("revokeSessionsForPerson ends them from code, in the caller's transaction", async () => {
    const a = await signInAs("bjorn.olsen@eksempel.no");
    const b = await signInAs("bjorn.olsen@eksempel.no");
    const ended = await testDb().$transaction((tx) => revokeSessionsForPerson({ tx, personId: a.personId, reason: "rolle-fjernet" }));
    expect(ended).toBe(2);
    expect(await resolveSessionActor(a.sessionId!)).toBeNull();
    expect(await resolveSessionActor(b.sessionId!)).toBeNull();
  });
});
