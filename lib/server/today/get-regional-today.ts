import "server-only";
import { db } from "@/lib/server/db";
import { organisationPolicySelect, policyOf } from "@/lib/server/organisation-policy";
import { rescope, type AccessScope } from "@/lib/domain/access-scope";
import { addDays, osloToday } from "@/lib/domain/calendar";
import { capacityInTerm, termLabel, termOf, termRange, type CapacityUnit } from "@/lib/domain/capacity";
import { AGREED_STATUSES, QUEUED_STATUSES } from "@/lib/domain/period-status";
import { FAGAVTALE_EXPIRY_WARNING_DAYS, TODAY_ITEMS_PER_GROUP, capacityShortfall, daysLeft, daysLeftText, missingPlanStartCutoff, waitingText } from "@/lib/domain/today";
import { conflictWhere } from "@/lib/server/scope/conflict-where";
import { fagavtaleWhere } from "@/lib/server/scope/fagavtale-where";
import { organisationWhere } from "@/lib/server/scope/organisation-where";
import { currentEmploymentWhere } from "@/lib/server/scope/employment-where";
import { NO_ROWS } from "@/lib/server/scope/in-scope";
import { formatDay } from "@/lib/format";

export type RegionalItem = { id: string; title: string; detail: string; dueText: string; days: number | null; href: string };
export type RegionalGroup = { key: "KONFLIKTER" | "FAGAVTALER" | "PLANER" | "KAPASITET"; title: string; count: number; items: RegionalItem[]; allHref: string };
export type RegionalToday = { groups: RegionalGroup[] };

/**
 * The regional coordinator's start page (issue 10 §5): samtidskonflikter to decide, fagavtaler expiring
 * within 90 days, the trusts with most expired or missing plans (counts only), and the terms where more
 * LIS wait than there are free places. Each a bounded query: counts and groupings in SQL, a constant
 * number of statements whatever the number of LIS. `scope` is an organisation:read scope as REGIONAL_KOORDINATOR.
 */
export async function getRegionalToday(options: { scope: AccessScope; now?: Date; take?: number }): Promise<RegionalToday> {
  const { scope } = options;
  const now = options.now ?? new Date();
  const take = options.take ?? TODAY_ITEMS_PER_GROUP;
  const today = osloToday(now);
  const conflictScope = rescope(scope, "conflict:resolve", "REGIONAL_KOORDINATOR");
  const fagScope = rescope(scope, "fagavtale:read", "REGIONAL_KOORDINATOR");
  const conflictsWhere = { AND: [conflictScope ? conflictWhere(conflictScope) : NO_ROWS, { status: { in: ["APEN" as const, "ESKALERT" as const] } }] };
  const agreements = fagScope ? fagavtaleWhere(fagScope) : NO_ROWS;
  const expiringWhere = { AND: [agreements, { validTo: { gte: today, lte: addDays(today, FAGAVTALE_EXPIRY_WARNING_DAYS) } }] };
  const validAgreements = { AND: [agreements, { OR: [{ validTo: null }, { validTo: { gte: today } }] }] };
  const firstTermStart = new Date(Date.UTC(today.getUTCFullYear(), today.getUTCMonth() < 6 ? 0 : 6, 1));

  const [conflictCount, conflicts, fagCount, expiring, trusts, agreementRows] = await Promise.all([
    db.conflict.count({ where: conflictsWhere }),
    db.conflict.findMany({
      where: conflictsWhere,
      select: { id: true, status: true, openedAt: true, vacancy: { select: { startDate: true, department: { select: { name: true } }, organisation: { select: { name: true } } } }, _count: { select: { candidates: true } } },
      orderBy: [{ openedAt: "asc" }, { id: "asc" }],
      take,
    }),
    db.fagavtale.count({ where: expiringWhere }),
    db.fagavtale.findMany({
      where: expiringWhere,
      select: { id: true, arenaName: true, validTo: true, homeOrganisation: { select: { name: true } }, partnerOrganisation: { select: { name: true } }, specialty: { select: { name: true } } },
      orderBy: [{ validTo: "asc" }, { id: "asc" }],
      take,
    }),
    db.organisation.findMany({ where: { AND: [organisationWhere(scope), { kind: "HELSEFORETAK" }] }, select: { id: true, name: true, ...organisationPolicySelect } }).then((rows) => rows.map((o) => ({ id: o.id, name: o.name, planDeadlineWeeks: policyOf(o).planDeadlineWeeks }))),
    db.fagavtale.findMany({
      where: validAgreements,
      select: { id: true, arenaName: true, capacityCount: true, capacityUnit: true, partnerOrganisation: { select: { name: true } }, homeOrganisation: { select: { name: true } }, specialty: { select: { name: true } } },
    }),
  ]);

  // Expired and missing plans per trust: two GROUP BYs over the region's current employments.
  const trustIds = trusts.map((t) => t.id);
  const current = { AND: [{ organisationId: { in: trustIds } }, currentEmploymentWhere(now)] };
  const agreementIds = agreementRows.map((a) => a.id);
  const [expiredByTrust, missingByTrust, waitingRows, agreedRows, reservedRows] = await Promise.all([
    db.employment.groupBy({ by: ["organisationId"], where: { AND: [current, { plan: { versions: { some: { status: "GODKJENT", expiresAt: { lte: now } } } } }] }, _count: { _all: true } }),
    db.employment.groupBy({
      by: ["organisationId"],
      where: {
        AND: [
          current,
          { OR: trusts.length ? trusts.map((t) => ({ organisationId: t.id, startDate: { lte: missingPlanStartCutoff(now, t.planDeadlineWeeks) } })) : [NO_ROWS] },
          { NOT: { plan: { versions: { some: { status: "GODKJENT", expiresAt: { not: null } } } } } },
        ],
      },
      _count: { _all: true },
    }),
    // Capacity: LIS waiting (wish or queue) per agreement and desired start, agreed periods and open offers per term.
    db.spesialiseringsperiode.groupBy({ by: ["fagavtaleId", "desiredStart"], where: { fagavtaleId: { in: agreementIds }, status: { in: [...QUEUED_STATUSES] }, desiredStart: { gte: firstTermStart } }, _count: { _all: true } }),
    db.spesialiseringsperiode.groupBy({ by: ["fagavtaleId", "agreedStart", "desiredStart"], where: { fagavtaleId: { in: agreementIds }, status: { in: [...AGREED_STATUSES] }, OR: [{ agreedStart: { gte: firstTermStart } }, { agreedStart: null, desiredStart: { gte: firstTermStart } }] }, _count: { _all: true } }),
    db.capacityUse.groupBy({ by: ["fagavtaleId", "term"], where: { fagavtaleId: { in: agreementIds }, offer: { status: "TILBUDT" } }, _count: { _all: true } }),
  ]);

  const countOf = (rows: { organisationId: string; _count: { _all: number } }[], id: string) => rows.find((r) => r.organisationId === id)?._count._all ?? 0;
  const trustRows = trusts
    .map((t) => ({ ...t, expired: countOf(expiredByTrust, t.id), missing: countOf(missingByTrust, t.id) }))
    .filter((t) => t.expired + t.missing > 0)
    .sort((a, b) => b.expired + b.missing - (a.expired + a.missing) || a.name.localeCompare(b.name, "nb"));

  type Cell = { waiting: number; used: number; reserved: number };
  const cells = new Map<string, Cell>();
  const unitOf = new Map(agreementRows.map((a) => [a.id, a.capacityUnit as CapacityUnit]));
  const cell = (fagavtaleId: string, term: string) => {
    const key = `${fagavtaleId}|${term}`;
    let c = cells.get(key);
    if (!c) cells.set(key, (c = { waiting: 0, used: 0, reserved: 0 }));
    return c;
  };
  for (const r of waitingRows) cell(r.fagavtaleId, termOf(r.desiredStart, unitOf.get(r.fagavtaleId)!)).waiting += r._count._all;
  for (const r of agreedRows) cell(r.fagavtaleId, termOf(r.agreedStart ?? r.desiredStart, unitOf.get(r.fagavtaleId)!)).used += r._count._all;
  for (const r of reservedRows) cell(r.fagavtaleId, r.term).reserved += r._count._all;
  const shortfalls = [...cells.entries()]
    .map(([key, c]) => {
      const [fagavtaleId, term] = key.split("|") as [string, string];
      const a = agreementRows.find((x) => x.id === fagavtaleId)!;
      const capacity = capacityInTerm(a.capacityUnit as CapacityUnit, a.capacityCount, term);
      const free = capacity - c.used - c.reserved;
      return { a, term, ...c, capacity, free: Math.max(0, free), short: capacityShortfall({ waiting: c.waiting, free }) };
    })
    .filter((s) => s.short > 0)
    .sort((x, y) => y.short - x.short || termRange(x.term).start.getTime() - termRange(y.term).start.getTime() || x.a.arenaName.localeCompare(y.a.arenaName, "nb"));

  const groups: RegionalGroup[] = [
    {
      key: "KONFLIKTER",
      title: "Samtidskonflikter å avgjøre",
      count: conflictCount,
      allHref: "/regional/konflikter",
      items: conflicts.map((c) => ({
        id: c.id,
        title: `${c.vacancy.department.name}, ${c.vacancy.organisation.name}`,
        detail: `${c._count.candidates} kandidater står likt om stillingen med start ${formatDay(c.vacancy.startDate)}${c.status === "ESKALERT" ? "; eskalert til fagsjef" : ""}.`,
        dueText: waitingText(c.openedAt, now),
        days: null,
        href: "/regional/konflikter",
      })),
    },
    {
      key: "FAGAVTALER",
      title: `Fagavtaler som utløper innen ${FAGAVTALE_EXPIRY_WARNING_DAYS} dager`,
      count: fagCount,
      allHref: "/regional/fagavtaler",
      items: expiring.map((f) => {
        const days = f.validTo ? daysLeft(f.validTo, now) : null;
        return {
          id: f.id,
          title: `${f.arenaName}, ${f.partnerOrganisation.name}`,
          detail: `${f.specialty.name} for LIS fra ${f.homeOrganisation.name}; gjelder til og med ${formatDay(f.validTo)}.`,
          dueText: days === null ? "" : daysLeftText(days),
          days,
          href: `/regional/fagavtaler/${encodeURIComponent(f.id)}`,
        };
      }),
    },
    {
      key: "PLANER",
      title: "Foretak med flest utløpte eller manglende planer",
      count: trustRows.length,
      allHref: "/regional/fiktiv-enhet",
      items: trustRows.slice(0, take).map((t) => ({
        id: t.id,
        title: t.name,
        detail: `${t.expired} utløpte plangodkjenninger, ${t.missing} LIS uten godkjent plan etter fristen.`,
        dueText: "",
        days: null,
        href: `/regional/fiktiv-enhet?organisationId=${encodeURIComponent(t.id)}&plan=${t.expired >= t.missing ? "utlopt" : "mangler"}`,
      })),
    },
    {
      key: "KAPASITET",
      title: "Terminer med for få ledige plasser",
      count: shortfalls.length,
      allHref: "/regional/fagavtaler",
      items: shortfalls.slice(0, take).map((s) => ({
        id: `${s.a.id}|${s.term}`,
        title: `${s.a.arenaName}, ${s.a.partnerOrganisation.name} – ${termLabel(s.term)}`,
        detail: `${s.waiting} LIS venter (ønske eller kø), ${s.free} av ${s.capacity} plasser ledige: ${s.short} for få. ${s.a.specialty.name}, LIS fra ${s.a.homeOrganisation.name}.`,
        dueText: "",
        days: null,
        href: `/regional/fagavtaler/${encodeURIComponent(s.a.id)}`,
      })),
    },
  ];
  return { groups };
}
