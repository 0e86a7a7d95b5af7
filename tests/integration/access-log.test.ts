// "Hvem har sett mine opplysninger" (issue 11 §9): reads of a LIS's personal data by others are logged
// (who, when, in which role, what; an export with how many LIS it held), the LIS's own reads are not,
// and only the LIS sees their log. One seeded database for the file: the tests run in order, and the
// innsyn tests read the rows the earlier ones wrote.
import { beforeAll, describe, expect, it, vi } from "vitest";
import { actorByEmail, ownerDb, scopeByEmail, seedDemo, testDb } from "../helpers/db";
import { actAs } from "../helpers/session-mock";
import { allowConsoleError } from "../helpers/console";
import { monthStartIso } from "../helpers/dates";
import type { AccessScope } from "@/lib/domain/access-scope";
import { renderToStaticMarkup } from "react-dom/server";
import { formatDateTime } from "@/lib/format";

vi.mock("@/lib/auth/session", () => import("../helpers/session-mock"));
vi.mock("next/cache", () => ({ revalidatePath: () => {} }));
vi.mock("next/navigation", () => import("../helpers/next-navigation-mock"));

const { getPlanWorkspace } = await import("@/lib/server/plans/get-plan-workspace");
const { listIntakeForms } = await import("@/lib/server/intake/list-intake-forms");
const { getVacancy } = await import("@/lib/server/allocation/get-vacancy");
const { createVacancy } = await import("@/lib/actions/allocation/create-vacancy");
const { listAccessLog } = await import("@/lib/server/access-log/list-access-log");
const { logAccess } = await import("@/lib/server/access-log/log-access");
const { default: AccessLogPage } = await import("@/app/lis/innsyn/page");
const { default: KoordinatorRegistryPage } = await import("@/app/koordinator/fiktiv-enhet/page");
const { default: RegionalRegistryPage } = await import("@/app/regional/fiktiv-enhet/page");
const { GET: exportLocal } = await import("@/app/koordinator/fiktiv-enhet/eksport/route");
const { listFeRegistry } = await import("@/lib/server/fe/list-fe-registry");

const EMAIL = {
  thomas: "thomas.andreassen@eksempel.no", // LIS NLSH nevrologi, approved plan
  ida: "ida.karlsen@eksempel.no", // LIS NLSH nevrologi
  sara: "sara.mortensen@eksempel.no", // LIS UNN plastikkirurgi, wish at Helse Bergen
  kari: "kari.johnsen@eksempel.no", // leder NLSH nevrologi
  astrid: "astrid.haugen@eksempel.no", // leder UNN plastikkirurgi
  kristoffer: "kristoffer.lund@eksempel.no", // leder UNN gastroenterologisk kirurgi (receiving)
  hilde: "hilde.pedersen@eksempel.no", // lokal koordinator NLSH
  tor: "tor.henriksen@eksempel.no", // regional koordinator Helse Nord
};
const THOMAS_EMPLOYMENT = "seed-employment-thomas";
const SARA_PERIOD = "seed-periode-sara-helse-bergen";
const GASTRO = "seed-dept-unn-gastroenterologisk-kirurgi";

const db = () => testDb();
const personId = async (email: string) => (await db().person.findUniqueOrThrow({ where: { email } })).id;
const rowsAbout = async (subjectPersonId: string) => db().accessLog.findMany({ where: { subjectPersonId }, orderBy: { id: "asc" } });
const newRows = async <T>(read: () => Promise<T>) => {
  const before = (await db().accessLog.aggregate({ _max: { id: true } }))._max.id ?? 0n;
  await read();
  return db().accessLog.findMany({ where: { id: { gt: before } }, orderBy: { id: "asc" } });
};

let thomas: string;
let sara: string;

beforeAll(async () => {
  await seedDemo();
  thomas = await personId(EMAIL.thomas);
  sara = await personId(EMAIL.sara);
  await db().intakeForm.create({ data: { spesialiseringsperiodeId: SARA_PERIOD, content: {}, filledById: sara } });
});

describe("reads that are logged", () => {
  it("a leader opening a LIS's plan, and its print view, writes one row each in the leader's role", async () => {
    const kari = await personId(EMAIL.kari);
    const scope = await scopeByEmail(EMAIL.kari, "plan:read", "LEDER");
    const page = await newRows(() => getPlanWorkspace({ scope, employmentId: THOMAS_EMPLOYMENT }));
    expect(page).toMatchObject([{ viewerPersonId: kari, viewerRole: "LEDER", subjectPersonId: thomas, what: "PLAN", entityId: THOMAS_EMPLOYMENT, count: null }]);
    const print = await newRows(() => getPlanWorkspace({ scope, employmentId: THOMAS_EMPLOYMENT, view: "print" }));
    expect(print).toMatchObject([{ viewerPersonId: kari, viewerRole: "LEDER", subjectPersonId: thomas, what: "PLAN_PRINT" }]);
  });

  it("a local coordinator opening the plan is logged in the coordinator's role", async () => {
    const scope = await scopeByEmail(EMAIL.hilde, "plan:read", "LOKAL_KOORDINATOR");
    const rows = await newRows(() => getPlanWorkspace({ scope, employmentId: THOMAS_EMPLOYMENT }));
    expect(rows).toMatchObject([{ viewerPersonId: await personId(EMAIL.hilde), viewerRole: "LOKAL_KOORDINATOR", subjectPersonId: thomas, what: "PLAN" }]);
  });

  it("a refused read (another department's leader) writes nothing", async () => {
    const scope = await scopeByEmail(EMAIL.astrid, "plan:read", "LEDER");
    const rows = await newRows(() => getPlanWorkspace({ scope, employmentId: THOMAS_EMPLOYMENT }).catch((e: unknown) => e));
    expect(rows).toEqual([]);
  });

  it("the LIS's own reads of their plan write nothing", async () => {
    const scope = await scopeByEmail(EMAIL.thomas, "plan:read", "LIS");
    const rows = await newRows(async () => {
      await getPlanWorkspace({ scope, employmentId: THOMAS_EMPLOYMENT });
      await getPlanWorkspace({ scope, employmentId: THOMAS_EMPLOYMENT, view: "print" });
      await listIntakeForms({ scope: await scopeByEmail(EMAIL.sara, "intake:read", "LIS") });
    });
    expect(rows).toEqual([]);
  });

  it("the leader's list of intake forms writes one row per form, naming the receiving trust", async () => {
    const scope = await scopeByEmail(EMAIL.astrid, "intake:read", "LEDER");
    const forms = await listIntakeForms({ scope });
    expect(forms.length).toBeGreaterThan(0);
    const rows = (await rowsAbout(sara)).filter((r) => r.what === "INTAKE_FORM");
    expect(rows).toHaveLength(forms.length);
    expect(rows[0]).toMatchObject({ viewerPersonId: await personId(EMAIL.astrid), viewerRole: "LEDER", entityId: forms[0]!.id, context: { place: forms[0]!.partner } });
  });

  it("the leader's candidate list on a vacancy page writes one row per candidate shown, in one statement", async () => {
    actAs(await actorByEmail(EMAIL.kristoffer));
    const created = await createVacancy({ departmentId: GASTRO, startDate: monthStartIso(4), posts: "1", startWindowDays: "90" });
    if (!created.ok) throw new Error(created.message);
    const scope = await scopeByEmail(EMAIL.kristoffer, "vacancy:manage", "LEDER");
    let shown: string[] = [];
    const rows = await newRows(async () => {
      const v = await getVacancy({ scope, vacancyId: created.data.id });
      shown = [...v.ranking.ranked, ...v.ranking.ineligible].map((c) => c.candidate.id);
    });
    expect(shown.length).toBeGreaterThan(1);
    expect(rows.map((r) => r.entityId).sort()).toEqual([...shown].sort());
    const periods = await db().spesialiseringsperiode.findMany({ where: { id: { in: shown } }, select: { personId: true } });
    expect(rows.map((r) => r.subjectPersonId).sort()).toEqual(periods.map((p) => p.personId).sort());
    for (const r of rows) expect(r).toMatchObject({ what: "VACANCY_CANDIDATE", viewerRole: "LEDER", context: { place: expect.stringContaining("Gastroenterologisk kirurgi") } });
    // One INSERT for the page: the rows share the statement's timestamp.
    expect(new Set(rows.map((r) => r.at.getTime())).size).toBe(1);
  });
});

describe("the fiktiv-enhet registry", () => {
  it("a local coordinator's registry page writes one row per LIS shown, in one statement", async () => {
    const hilde = await personId(EMAIL.hilde);
    const shown = (await listFeRegistry({ scope: await scopeByEmail(EMAIL.hilde, "fe:read", "LOKAL_KOORDINATOR") })).slice(0, 50);
    expect(shown.length).toBeGreaterThan(1);
    actAs(await actorByEmail(EMAIL.hilde));
    const rows = await newRows(() => KoordinatorRegistryPage({ searchParams: Promise.resolve({}) }));
    expect(rows.map((r) => r.entityId).sort()).toEqual(shown.map((r) => r.registrationId).sort());
    expect(rows.map((r) => r.subjectPersonId).sort()).toEqual(shown.map((r) => r.personId).sort());
    for (const r of rows) expect(r).toMatchObject({ what: "FE_REGISTRY_ROW", viewerPersonId: hilde, viewerRole: "LOKAL_KOORDINATOR", context: { page: 1 } });
    expect(new Set(rows.map((r) => r.at.getTime())).size).toBe(1);
  });

  it("a filter that shows no LIS writes nothing; the regional coordinator's page is logged in the regional role", async () => {
    actAs(await actorByEmail(EMAIL.hilde));
    expect(await newRows(() => KoordinatorRegistryPage({ searchParams: Promise.resolve({ q: "ingen-lis-heter-dette" }) }))).toEqual([]);
    actAs(await actorByEmail(EMAIL.tor));
    const rows = await newRows(() => RegionalRegistryPage({ searchParams: Promise.resolve({}) }));
    expect(rows.length).toBeGreaterThan(0);
    for (const r of rows) expect(r).toMatchObject({ what: "FE_REGISTRY_ROW", viewerRole: "REGIONAL_KOORDINATOR" });
  });

  it("the CSV export writes one row naming how many LIS it held, and each of them sees it", async () => {
    actAs(await actorByEmail(EMAIL.hilde));
    let lines: string[] = [];
    const rows = await newRows(async () => {
      const response = await exportLocal(new Request("http://localhost/koordinator/fiktiv-enhet/eksport"));
      expect(response.status).toBe(200);
      lines = (await response.text()).split("\r\n").filter((l) => l.trim() !== "");
    });
    const held = lines.length - 1;
    expect(held).toBeGreaterThan(1);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ what: "FE_REGISTRY_EXPORT", viewerRole: "LOKAL_KOORDINATOR", subjectPersonId: null, count: held });
    expect(rows[0]!.subjectPersonIds).toHaveLength(held);

    const someone = rows[0]!.subjectPersonIds[0]!;
    const email = (await db().person.findUniqueOrThrow({ where: { id: someone } })).email;
    const theirs = await listAccessLog({ scope: await scopeByEmail(email, "access-log:read", "LIS") });
    expect(theirs.items.map((i) => [i.viewerName, i.viewerRoleLabel, i.description])).toEqual(
      expect.arrayContaining([
        ["Hilde Pedersen", "Lokal koordinator", `Eksport (CSV) av registeret over fiktiv enhet med ${held} LIS`],
        ["Hilde Pedersen", "Lokal koordinator", "Opplysningene dine i registeret over fiktiv enhet"],
      ]),
    );
  });
});

describe("logging never fails the read", () => {
  it("a failing write is logged once and swallowed", async () => {
    const logged = allowConsoleError();
    const scope = await scopeByEmail(EMAIL.kari, "plan:read", "LEDER");
    await expect(logAccess(scope, [{ what: "PLAN", subjectPersonId: "finnes-ikke" }, { what: "PLAN", subjectPersonId: "finnes-heller-ikke" }])).resolves.toBeUndefined();
    expect(logged.calls()).toHaveLength(1);
    expect(await db().accessLog.count({ where: { subjectPersonId: { in: ["finnes-ikke", "finnes-heller-ikke"] } } })).toBe(0);
  });
});

describe("Hvem har sett mine opplysninger", () => {
  it("shows the LIS who read what, in which role and when, newest first", async () => {
    const scope = await scopeByEmail(EMAIL.thomas, "access-log:read", "LIS");
    const page = await listAccessLog({ scope });
    expect(page.total).toBe(await db().accessLog.count({ where: { OR: [{ subjectPersonId: thomas }, { subjectPersonIds: { has: thomas } }] } }));
    expect(page.items.map((i) => [i.viewerName, i.viewerRoleLabel, i.description])).toEqual(
      expect.arrayContaining([
        ["Kari Johnsen", "Leder", "Gjennomføringsplanen din"],
        ["Kari Johnsen", "Leder", "Utskrift av gjennomføringsplanen din"],
        ["Hilde Pedersen", "Lokal koordinator", "Gjennomføringsplanen din"],
      ]),
    );
    const times = page.items.map((i) => i.at.getTime());
    expect(times).toEqual([...times].sort((a, b) => b - a));
    expect(page.items.some((i) => i.viewerName === "Thomas Andreassen")).toBe(false);
  });

  it("pages 50 rows at a time in SQL, newest first, and lands an out-of-range page on the last", async () => {
    const ida = await personId(EMAIL.ida);
    const kari = await personId(EMAIL.kari);
    const base = Date.UTC(2026, 0, 1);
    await db().accessLog.createMany({
      data: Array.from({ length: 120 }, (_, i) => ({ at: new Date(base + i * 60_000), viewerPersonId: kari, viewerRole: "LEDER" as const, subjectPersonId: ida, what: "PLAN" as const })),
    });
    const scope = await scopeByEmail(EMAIL.ida, "access-log:read", "LIS");
    const first = await listAccessLog({ scope });
    expect(first).toMatchObject({ page: 1, pageCount: 3, total: 120, from: 1, to: 50 });
    expect(first.items[0]!.at.getTime()).toBe(base + 119 * 60_000);
    const last = await listAccessLog({ scope, page: 99 });
    expect(last).toMatchObject({ page: 3, from: 101, to: 120 });
    expect(last.items.at(-1)!.at.getTime()).toBe(base);
  });

  it("nobody reads another LIS's log: another LIS sees only their own rows, and no other role reaches any", async () => {
    const ida = await listAccessLog({ scope: await scopeByEmail(EMAIL.ida, "access-log:read", "LIS") });
    const idaId = await personId(EMAIL.ida);
    const idaRows = await db().accessLog.findMany({ where: { id: { in: ida.items.map((i) => BigInt(i.id)) } } });
    expect(idaRows.every((r) => r.subjectPersonId === idaId || r.subjectPersonIds.includes(idaId))).toBe(true);
    expect(idaRows.some((r) => r.subjectPersonId === thomas)).toBe(false);

    // The capability is the LIS's own: a leader or coordinator holds no scope for it …
    for (const email of [EMAIL.kari, EMAIL.hilde]) await expect(scopeByEmail(email, "access-log:read")).rejects.toThrow(/does not hold/);
    // … and the page refuses them (403) …
    actAs(await actorByEmail(EMAIL.kari));
    await expect(AccessLogPage({ searchParams: Promise.resolve({}) })).rejects.toThrow(/forbidden/);
    // … and even a scope naming another role reaches no rows.
    const leaderScope: AccessScope = {
      capability: "access-log:read",
      personId: await personId(EMAIL.kari),
      roles: [{ role: "LEDER", level: "department", grantIds: [], departmentIds: ["seed-dept-nlsh-nevrologi"], organisationIds: [], regionIds: [] }],
      grants: [],
    };
    expect(await listAccessLog({ scope: leaderScope })).toMatchObject({ total: 0, items: [] });
  });

  it("the page shows the LIS a table with caption and column headers, in Norwegian with Oslo times", async () => {
    actAs(await actorByEmail(EMAIL.thomas));
    const html = renderToStaticMarkup(await AccessLogPage({ searchParams: Promise.resolve({ side: "1" }) }));
    expect(html).toContain("<h1");
    expect(html).toMatch(/<caption[^>]*>Innsyn i opplysningene dine, nyeste først \(side 1 av 1\)<\/caption>/);
    for (const header of ["Når", "Hvem", "I rollen", "Hva"]) expect(html).toContain(`<th role="columnheader" scope="col" class="p-2">${header}</th>`);
    // Each cell carries its column's name for the card view on a phone (hidden from assistive technology).
    const label = (name: string) => `<span aria-hidden="true"[^>]*>${name}</span>`;
    expect(html).toMatch(
      new RegExp(`<th role="rowheader" scope="row"[^>]*>${label("Hvem")}Kari Johnsen</th><td role="cell"[^>]*>${label("I rollen")}Leder</td><td role="cell"[^>]*>${label("Hva")}Utskrift av gjennomføringsplanen din</td>`),
    );
    const print = (await rowsAbout(thomas)).find((r) => r.what === "PLAN_PRINT")!;
    expect(html).toContain(`<time dateTime="${print.at.toISOString()}">${formatDateTime(print.at)}</time>`);
  });
});

describe("the access log in the database", () => {
  it("is append-only even for the owner role", async () => {
    const owner = ownerDb();
    const [row] = await rowsAbout(thomas);
    await expect(owner.accessLog.update({ where: { id: row!.id }, data: { viewerRole: "LIS" } })).rejects.toThrow(/append-only/);
    await expect(owner.accessLog.delete({ where: { id: row!.id } })).rejects.toThrow(/append-only/);
    await expect(owner.$executeRawUnsafe(`TRUNCATE "AccessLog"`)).rejects.toThrow(/append-only/);
  });

  it("refuses an export without a count's worth of LIS, and a read naming no LIS", async () => {
    const kari = await personId(EMAIL.kari);
    await expect(db().accessLog.create({ data: { viewerPersonId: kari, viewerRole: "LEDER", what: "PLAN" } })).rejects.toThrow(/AccessLog_subject_check/);
    await expect(
      db().accessLog.create({ data: { viewerPersonId: kari, viewerRole: "LOKAL_KOORDINATOR", what: "FE_REGISTRY_EXPORT", subjectPersonIds: [thomas, sara], count: 1 } }),
    ).rejects.toThrow(/AccessLog_count_check/);
  });
});
