import { beforeAll, describe, expect, it, vi } from "vitest";
import { seedDemo, testDb } from "../helpers/db";
import { actAs } from "../helpers/session-mock";
import { signInAs } from "../helpers/sessions";
import { loadActor } from "@/lib/server/auth/load-actor";
import { resolveSessionActor } from "@/lib/server/auth/resolve-session-actor";
import { verifyLogin, MAX_FAILED_ATTEMPTS } from "@/lib/server/auth/verify-login";

vi.mock("@/lib/auth/session", () => import("../helpers/session-mock"));
vi.mock("next/navigation", () => import("../helpers/next-navigation-mock"));

const { switchRole } = await import("@/lib/actions/auth/switch-role");
const noDelay = async () => {};

function form(values: Record<string, string>): FormData {
  const data = new FormData();
  for (const [k, v] of Object.entries(values)) data.set(k, v);
  return data;
}

async function multiRolePerson() {
  const people = await testDb().person.findMany({ include: { roles: true } });
  const person = people.find((p) => new Set(p.roles.map((r) => r.role)).size >= 2);
  if (!person) throw new Error("seed has no multi-role person");
  return person;
}

describe("login", () => {
  beforeAll(async () => {
    await seedDemo();
  });

  it("accepts the demo password, writes an audit record, and refuses a wrong one with no detail", async () => {
    const person = await testDb().person.findFirstOrThrow({ where: { roles: { some: { role: "LIS" } } } });
    const ok = await verifyLogin({ email: person.email.toUpperCase(), password: "demo1234" }, { delay: noDelay });
    expect(ok).toMatchObject({ ok: true, personId: person.id });
    expect(await testDb().auditLog.count({ where: { action: "innlogging", entityId: person.id } })).toBe(1);
    expect(await verifyLogin({ email: person.email, password: "feil" }, { delay: noDelay })).toEqual({ ok: false, reason: "INVALID" });
    expect(await verifyLogin({ email: "finnes.ikke@eksempel.no", password: "demo1234" }, { delay: noDelay })).toEqual({ ok: false, reason: "INVALID" });
  });

  it("slows down and then refuses after repeated failures, even with the right password", async () => {
    const person = await testDb().person.findFirstOrThrow({ where: { roles: { some: { role: "LEDER" } } } });
    const delays: number[] = [];
    const delay = async (ms: number) => {
      delays.push(ms);
    };
    for (let i = 0; i < MAX_FAILED_ATTEMPTS; i++) {
      expect((await verifyLogin({ email: person.email, password: `feil-${i}` }, { delay })).ok).toBe(false);
    }
    expect(delays).toEqual([300, 600, 900, 1200]);
    expect(await verifyLogin({ email: person.email, password: "demo1234" }, { delay })).toEqual({ ok: false, reason: "THROTTLED" });
    // After the window the person may try again.
    const later = new Date(Date.now() + 16 * 60_000);
    expect(await verifyLogin({ email: person.email, password: "demo1234" }, { delay, now: later })).toMatchObject({ ok: true });
  });
});

describe("roles are resolved from the database and switched through the action wrapper", () => {
  it("switches this session to one of the person's own roles, audited, and lands on that role's start page", async () => {
    await seedDemo();
    const person = await multiRolePerson();
    const actor = await signInAs(person.email);
    const other = actor.roles.find((r) => r.role !== actor.activeRole.role)!;
    actAs(actor);
    await expect(switchRole(null, form({ roleAssignmentId: other.id }))).rejects.toThrow(/^redirect:\/(lis|leder|koordinator|regional)$/);
    const after = (await resolveSessionActor(actor.sessionId!))!;
    expect(after.activeRole.id).toBe(other.id);
    const audit = await testDb().auditLog.findFirstOrThrow({ where: { action: "rolle-byttet", actorId: person.id } });
    expect(audit.data).toMatchObject({ til: other.id, rolle: other.role });
  });

  it("refuses another person's role assignment and changes nothing", async () => {
    await seedDemo();
    const person = await multiRolePerson();
    const stranger = await testDb().roleAssignment.findFirstOrThrow({ where: { personId: { not: person.id }, role: "REGIONAL_KOORDINATOR" } });
    const actor = await signInAs(person.email);
    actAs(actor);
    expect(await switchRole(null, form({ roleAssignmentId: stranger.id }))).toMatchObject({ ok: false, code: "FORBIDDEN" });
    expect((await resolveSessionActor(actor.sessionId!))!.activeRole.id).toBe(actor.activeRole.id);
  });

  it("returns a Norwegian validation message for empty input, and refuses without login", async () => {
    const person = await multiRolePerson();
    actAs((await loadActor(person.id))!);
    const result = await switchRole(null, form({ roleAssignmentId: "" }));
    expect(result).toMatchObject({ ok: false, code: "VALIDATION", fieldErrors: { roleAssignmentId: ["Velg en rolle."] } });
    actAs(null);
    expect(await switchRole(null, form({ roleAssignmentId: "x" }))).toMatchObject({ ok: false, code: "UNAUTHENTICATED" });
  });

  it("drops a role whose validity has ended, and a disabled person has no actor", async () => {
    const person = await multiRolePerson();
    const actor = (await loadActor(person.id))!;
    const ended = actor.roles[0]!;
    await testDb().roleAssignment.update({ where: { id: ended.id }, data: { validTo: new Date(Date.now() - 1000) } });
    expect((await loadActor(person.id))!.roles.map((r) => r.id)).not.toContain(ended.id);
    await testDb().person.update({ where: { id: person.id }, data: { disabledAt: new Date() } });
    expect(await loadActor(person.id)).toBeNull();
  });
});
