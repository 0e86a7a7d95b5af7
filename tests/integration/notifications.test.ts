import { beforeAll, describe, expect, it, vi } from "vitest";
import { actorByEmail, scopeByEmail, seedDemo, testDb } from "../helpers/db";
import { actAs } from "../helpers/session-mock";

vi.mock("@/lib/auth/session", () => import("../helpers/session-mock"));
vi.mock("next/cache", () => ({ revalidatePath: () => {} }));
vi.mock("next/navigation", () => import("../helpers/next-navigation-mock"));

const { markNotificationRead } = await import("@/lib/actions/notifications/mark-notification-read");
const { sendPlanReminder, sendPlanReminderForm } = await import("@/lib/actions/notifications/send-plan-reminder");
const { listNotifications, countUnreadNotifications } = await import("@/lib/server/notifications/list-notifications");
const { unreadCountFor } = await import("@/lib/server/notifications/unread-count");

const EMAIL = {
  ida: "ida.karlsen@eksempel.no",
  kari: "kari.johnsen@eksempel.no",
  hilde: "hilde.pedersen@eksempel.no",
  marit: "marit.sorensen@eksempel.no",
  jonas: "jonas.eriksen@eksempel.no",
};
const IDA_EMPLOYMENT = "seed-employment-ida";
const db = () => testDb();
const personId = async (email: string) => (await db().person.findUniqueOrThrow({ where: { email } })).id;
const as = async (email: string) => actAs(await actorByEmail(email));

beforeAll(async () => {
  await seedDemo();
  const ida = await personId(EMAIL.ida);
  // 25 notifications to Ida, one a minute, and one to Jonas.
  await db().notification.createMany({
    data: Array.from({ length: 25 }, (_, i) => ({
      id: `t-varsel-${String(i).padStart(2, "0")}`,
      kind: "test",
      subject: `Varsel ${i}`,
      body: "Tekst",
      recipientPersonId: ida,
      createdAt: new Date(Date.UTC(2026, 0, 1, 12, i)),
    })),
  });
  await db().notification.create({ data: { id: "t-varsel-jonas", kind: "test", subject: "Til Jonas", body: "Tekst", recipientPersonId: await personId(EMAIL.jonas) } });
});

describe("varsler", () => {
  it("lists the person's own notifications newest first, 20 a page, with the unread count", async () => {
    const scope = await scopeByEmail(EMAIL.ida, "notification:read", "LIS");
    const first = await listNotifications({ scope, page: 1 });
    expect(first).toMatchObject({ page: 1, pageCount: 2, total: 25, from: 1, to: 20, unread: 25 });
    expect(first.items.map((n) => n.subject).slice(0, 2)).toEqual(["Varsel 24", "Varsel 23"]);
    const second = await listNotifications({ scope, page: 9 });
    expect(second).toMatchObject({ page: 2, from: 21, to: 25 });
    expect(second.items.map((n) => n.id)).toEqual(["t-varsel-04", "t-varsel-03", "t-varsel-02", "t-varsel-01", "t-varsel-00"]);
    expect([...first.items, ...second.items].map((n) => n.id)).not.toContain("t-varsel-jonas");
    expect(await unreadCountFor(await actorByEmail(EMAIL.ida), "LIS")).toBe(25);
  });

  it("marks one read, audited once; another person's is not found and stays unread", async () => {
    await as(EMAIL.ida);
    expect(await markNotificationRead({ notificationId: "t-varsel-24" })).toMatchObject({ ok: true, data: { changed: true }, message: "Varselet er markert som lest." });
    expect(await markNotificationRead({ notificationId: "t-varsel-24" })).toMatchObject({ ok: true, data: { changed: false } });
    expect(await db().auditLog.count({ where: { action: "varsel-lest", entityId: "t-varsel-24" } })).toBe(1);
    expect(await countUnreadNotifications({ scope: await scopeByEmail(EMAIL.ida, "notification:read", "LIS") })).toBe(24);
    expect(await markNotificationRead({ notificationId: "t-varsel-jonas" })).toMatchObject({ ok: false, code: "NOT_FOUND" });
    expect((await db().notification.findUniqueOrThrow({ where: { id: "t-varsel-jonas" } })).readAt).toBeNull();
    expect(await markNotificationRead({ notificationId: "'; DROP TABLE" })).toMatchObject({ ok: false, code: "VALIDATION" });
  });
});

describe("send påminnelse", () => {
  it("reminds the LIS and the leader about a missing plan once a day each, audited, with a Norwegian answer", async () => {
    await as(EMAIL.hilde);
    const form = (to: string) => {
      const data = new FormData();
      data.set("employmentId", IDA_EMPLOYMENT);
      data.set("to", to);
      return data;
    };
    const first = await sendPlanReminderForm(null, form("LIS"));
    expect(first).toMatchObject({ ok: true, message: "Påminnelse sendt til Ida Karlsen." });
    const both = await sendPlanReminderForm(null, form("BEGGE"));
    expect(both).toMatchObject({ ok: true, message: "Påminnelse sendt til Kari Johnsen. Ida Karlsen hadde allerede fått påminnelse i dag." });
    const again = await sendPlanReminder({ employmentId: IDA_EMPLOYMENT, to: "BEGGE" });
    expect(again).toMatchObject({ ok: false, code: "CONFLICT", message: "Påminnelse om denne planen er allerede sendt i dag til Ida Karlsen og Kari Johnsen. Du kan sende en ny i morgen." });

    const notes = await db().notification.findMany({ where: { kind: "paminnelse.plan-paminnelse", entityId: IDA_EMPLOYMENT }, select: { recipientPersonId: true, subject: true } });
    expect(notes.map((n) => n.recipientPersonId).sort()).toEqual([await personId(EMAIL.ida), await personId(EMAIL.kari)].sort());
    expect(notes[0]!.subject).toBe("Påminnelse: Ida Karlsen mangler gjennomføringsplan");
    const audit = await db().auditLog.findMany({ where: { action: "paminnelse-sendt-av-koordinator", entityId: IDA_EMPLOYMENT } });
    expect(audit).toHaveLength(2);
    expect(audit.every((a) => a.actorId !== null && a.actorRole === "LOKAL_KOORDINATOR")).toBe(true);
    expect(await db().reminder.count({ where: { entityId: IDA_EMPLOYMENT, requestedById: { not: null } } })).toBe(2);
  });

  it("refuses another trust's plan as not found, and says when nothing waits for the LIS or leader", async () => {
    await as(EMAIL.marit); // Helgeland
    expect(await sendPlanReminder({ employmentId: IDA_EMPLOYMENT, to: "LIS" })).toMatchObject({ ok: false, code: "NOT_FOUND" });
    expect(await sendPlanReminder({ employmentId: "seed-employment-jonas", to: "LIS" })).toMatchObject({ ok: false, code: "RULE" });
    expect(await sendPlanReminder({ employmentId: "seed-employment-jonas", to: "ALLE" })).toMatchObject({ ok: false, code: "VALIDATION" });
    await as(EMAIL.kari); // a leader may not
    expect(await sendPlanReminder({ employmentId: IDA_EMPLOYMENT, to: "LIS" })).toMatchObject({ ok: false, code: "FORBIDDEN" });
  });
});
