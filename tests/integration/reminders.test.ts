import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { ParsedMail } from "mailparser";
import { startLocalSmtp, type LocalSmtp } from "../helpers/smtp";
import { seedDemo, testDb } from "../helpers/db";
import { createPrismaClient } from "@/lib/db/create-client";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { addDays, addMonths, MS_PER_DAY, osloToday } from "@/lib/domain/calendar";

const { runReminders } = await import("@/lib/server/reminders/run-reminders");

const SMTP_PORT = 2661;
const T0 = new Date();
const EMAIL = {
  ida: "ida.karlsen@eksempel.no",
  kari: "kari.johnsen@eksempel.no",
  hilde: "hilde.pedersen@eksempel.no",
  emma: "emma.solheim@eksempel.no",
  mathias: "mathias.hansen@eksempel.no",
  jonas: "jonas.eriksen@eksempel.no",
  sara: "sara.mortensen@eksempel.no",
};

const db = () => testDb();
const received: ParsedMail[] = [];
let smtp: LocalSmtp;
let second: PrismaClient;
const ids = { mathiasOffer: "", jonasOffer: "", saraForm: "", fagavtale: "", emmaVersion: "" };

const to = (m: ParsedMail) => (Array.isArray(m.to) ? m.to[0] : m.to)?.value[0]?.address ?? "";
const mailsTo = (email: string, subjectPart: string) => received.filter((m) => to(m) === email && (m.subject ?? "").includes(subjectPart));

/** Waits until the SMTP server has parsed `n` mails (sendMail resolves when the server accepted them). */
async function waitForMails(n: number) {
  for (let i = 0; i < 100 && received.length < n; i++) await new Promise((r) => setTimeout(r, 50));
}

/** Every reminder notification with an address, and the mails that arrived: one mail each, never two. */
async function expectOneMailPerNotification() {
  const notes = await db().notification.findMany({ where: { kind: { startsWith: "paminnelse." }, toEmail: { not: null } }, select: { toEmail: true, subject: true, sentAt: true } });
  await waitForMails(notes.length);
  expect(notes.every((n) => n.sentAt)).toBe(true);
  const sent = received.map((m) => `${to(m)} · ${m.subject}`).sort();
  expect(sent).toEqual(notes.map((n) => `${n.toEmail} · ${n.subject}`).sort());
  expect(new Set(sent).size).toBe(sent.length);
}

beforeAll(async () => {
  await seedDemo(T0);
  second = createPrismaClient();
  smtp = await startLocalSmtp(SMTP_PORT, received);
  process.env.SMTP_URL = `smtp://127.0.0.1:${SMTP_PORT}`;

  // Items the demo does not have: two offers answering in 2 days (one already accepted), an intake form
  // waiting 10 days for the leader, a fagavtale ending in 60 days.
  const person = async (email: string) => (await db().person.findUniqueOrThrow({ where: { email } })).id;
  const mathiasPeriod = await db().spesialiseringsperiode.findUniqueOrThrow({ where: { id: "seed-periode-mathias-unn" }, include: { fagavtale: true } });
  const department = await db().department.findFirstOrThrow({ where: { organisationId: mathiasPeriod.fagavtale.partnerOrganisationId } });
  const vacancy = await db().vacancy.create({
    data: {
      organisationId: mathiasPeriod.receivingOrganisationId,
      departmentId: department.id,
      specialtyId: mathiasPeriod.specialtyId,
      startDate: osloToday(addMonths(T0, 3)),
      durationMonths: 6,
      posts: 2,
      drawSeed: "test",
      createdById: await person(EMAIL.kari),
    },
  });
  const offer = async (periodId: string, personId: string, postNumber: number, status: "TILBUDT" | "AKSEPTERT") =>
    (
      await db().offer.create({
        data: {
          vacancyId: vacancy.id,
          postNumber,
          spesialiseringsperiodeId: periodId,
          personId,
          rankAtOffer: postNumber,
          deadline: addDays(T0, 2),
          offeredById: vacancy.createdById,
          status,
          respondedAt: status === "AKSEPTERT" ? T0 : null,
        },
      })
    ).id;
  ids.mathiasOffer = await offer(mathiasPeriod.id, await person(EMAIL.mathias), 1, "TILBUDT");
  ids.jonasOffer = await offer("seed-periode-jonas-unn", await person(EMAIL.jonas), 2, "AKSEPTERT");
  ids.saraForm = (
    await db().intakeForm.create({ data: { spesialiseringsperiodeId: "seed-periode-sara-helse-bergen", content: {}, filledById: await person(EMAIL.sara), filledAt: addDays(T0, -10) } })
  ).id;
  const fagavtale = await db().fagavtale.findFirstOrThrow({ where: { validTo: { not: null } }, orderBy: { id: "asc" } });
  ids.fagavtale = fagavtale.id;
  await db().fagavtale.update({ where: { id: fagavtale.id }, data: { validTo: addDays(osloToday(T0), 60) } });
  ids.emmaVersion = (await db().planVersion.findFirstOrThrow({ where: { status: "GODKJENT", plan: { person: { email: EMAIL.emma } } } })).id;
});

afterAll(async () => {
  delete process.env.SMTP_URL;
  await second?.$disconnect();
  await smtp.close();
});

describe("the reminder job", () => {
  it("run from two clients at once, then again, sends exactly one e-mail per due reminder and recipient", async () => {
    const [a, b] = await Promise.all([runReminders({ now: T0, client: db() }), runReminders({ now: T0, client: second })]);
    expect(a.due).toBeGreaterThan(0);
    expect(a.due).toBe(b.due);
    const reminders = await db().reminder.findMany();
    expect(a.created + b.created).toBe(reminders.length);
    expect(reminders.length).toBe(a.due);
    const again = await runReminders({ now: addDays(T0, 0.01) });
    expect(again).toEqual({ due: a.due, created: 0, sent: 0 });
    expect(await db().reminder.count()).toBe(reminders.length);
    await expectOneMailPerNotification();

    // Ida is past her 4-week deadline: she, her leader (Kari) and the local coordinator (Hilde) are told once.
    for (const email of [EMAIL.ida, EMAIL.kari, EMAIL.hilde]) expect(mailsTo(email, "Fristen for gjennomføringsplan for Ida Karlsen er passert")).toHaveLength(1);
    // Emma's plan expires within 30 days.
    expect(mailsTo(EMAIL.emma, "Gjennomføringsplanen til Emma Solheim utløper")).toHaveLength(1);
    // Mathias's open offer: 2 days left. Jonas's accepted offer: nothing.
    expect(mailsTo(EMAIL.mathias, "Svar på tilbudet")).toHaveLength(1);
    expect(mailsTo(EMAIL.jonas, "tilbud")).toHaveLength(0);
    expect(await db().reminder.findMany({ where: { entityId: ids.jonasOffer } })).toEqual([]);
    // Sara's intake form waits for her leader; the fagavtale's coordinators on both sides are told.
    expect(await db().reminder.findMany({ where: { entityId: { in: [ids.saraForm, ids.fagavtale] } }, select: { kind: true } })).toEqual(
      expect.arrayContaining([{ kind: "innmeldingsskjema-venter" }, { kind: "fagavtale-utloper" }]),
    );
    const fagavtaleNotes = await db().notification.findMany({ where: { entityId: ids.fagavtale, kind: "paminnelse.fagavtale-utloper" }, select: { recipientPersonId: true } });
    expect(fagavtaleNotes.length).toBeGreaterThanOrEqual(2);
  });

  it("writes one audit record per reminder, by nobody (the schedule), naming the key", async () => {
    const reminders = await db().reminder.findMany({ select: { key: true, entityId: true } });
    const audit = await db().auditLog.findMany({ where: { action: "paminnelse-sendt" } });
    expect(audit).toHaveLength(reminders.length);
    expect(audit.every((a) => a.actorId === null)).toBe(true);
    expect(audit.map((a) => (a.data as { key: string }).key).sort()).toEqual(reminders.map((r) => r.key).sort());
  });

  it("a later day brings the next step once, and nothing for items handled in between", async () => {
    // Handled: Mathias answers (declines), Sara's leader approves, the fagavtale is extended, Emma's plan is renewed.
    await db().offer.update({ where: { id: ids.mathiasOffer }, data: { status: "AVSLATT", respondedAt: T0 } });
    await db().intakeForm.update({ where: { id: ids.saraForm }, data: { leaderApprovedAt: T0 } });
    await db().fagavtale.update({ where: { id: ids.fagavtale }, data: { validTo: addMonths(osloToday(T0), 24) } });
    const emma = await db().planVersion.findUniqueOrThrow({ where: { id: ids.emmaVersion } });
    await db().planVersion.update({ where: { id: emma.id }, data: { status: "ERSTATTET" } });
    const last = await db().planVersion.aggregate({ where: { planId: emma.planId }, _max: { versionNumber: true } });
    await db().planVersion.create({
      data: { planId: emma.planId, versionNumber: (last._max.versionNumber ?? 0) + 1, status: "GODKJENT", approvedAt: T0, expiresAt: addMonths(T0, 12), createdById: emma.createdById },
    });
    const before = await db().reminder.count();
    const mailsBefore = received.length;

    // 3 days on: Mathias's deadline has passed (answered: nothing), Emma's old approval would be at 7 days.
    const later = new Date(Math.max(T0.getTime() + 3 * MS_PER_DAY, emma.expiresAt!.getTime() - 6 * MS_PER_DAY));
    const [a, b] = await Promise.all([runReminders({ now: later, client: db() }), runReminders({ now: later, client: second })]);
    const fresh = await db().reminder.findMany({ orderBy: { createdAt: "asc" }, skip: before });
    expect(a.created + b.created).toBe(fresh.length);
    const handled = [ids.mathiasOffer, ids.saraForm, ids.fagavtale, ids.emmaVersion];
    expect(fresh.filter((r) => handled.includes(r.entityId))).toEqual([]);
    await expectOneMailPerNotification();
    expect(received.slice(mailsBefore).filter((m) => to(m) === EMAIL.emma || to(m) === EMAIL.mathias)).toEqual([]);
    expect(mailsTo(EMAIL.ida, "Fristen for gjennomføringsplan")).toHaveLength(1);
  });
});
