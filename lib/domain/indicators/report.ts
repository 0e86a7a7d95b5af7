import { termLabel } from "@/lib/domain/capacity";
import { CAPACITY_INDICATOR, type CapacityBalance } from "./capacity";
import { FORECAST_INDICATOR, type ForecastRow } from "./forecast";
import { OFFER_INDICATOR, type OfferFacts } from "./offers";
import { PLAN_CATEGORY_LABEL, PLAN_DEADLINE_INDICATOR, PLAN_STATUS_INDICATOR, type PlanFacts, type PlanIndicatorCategory } from "./plans";
import { QUEUE_TIME_INDICATOR, SMALL_GROUP_LIMIT, WAITING_INDICATOR, groupDays, wholeDays, type QueueTimeGroup, type WaitingGroup } from "./queue";
import { share } from "./types";

export type Cell = string | number | null;
/** How a column's numbers read: a count, a share (0–1, shown as %), whole days, or text. */
export type ColumnKind = "text" | "count" | "share" | "days";
export type Column = { label: string; kind: ColumnKind };
/** Which rows and columns the table's chart draws: `label` (and `sublabel`) name each bar group, `series` its bars. */
export type ChartSpec = { label: number; sublabel?: number; series: number[]; rows: number[] };

export type IndicatorTable = {
  id: string;
  title: string;
  definition: string;
  /** One sentence that says what the chart shows. */
  summary: string;
  columns: Column[];
  rows: Cell[][];
  chart: ChartSpec | null;
};

/** The headline numbers a snapshot is compared by. */
export type KeyFigure = { id: string; label: string; value: number | null; kind: Exclude<ColumnKind, "text"> };

export type ScopeKind = "TRUST" | "REGION";

/** Everything the page shows and a snapshot stores (plain JSON). */
export type IndicatorReport = {
  version: 1;
  scopeKind: ScopeKind;
  scopeId: string;
  scopeName: string;
  /** yyyy-mm-dd, Oslo. */
  computedFor: string;
  tables: IndicatorTable[];
  keyFigures: KeyFigure[];
};

export type CapacityFact = { home: string; partner: string; specialty: string; arena: string; term: string; balance: CapacityBalance };

export type IndicatorFacts = {
  plans: { trust: string; facts: PlanFacts }[];
  queueTime: QueueTimeGroup[];
  waiting: WaitingGroup[];
  capacity: CapacityFact[];
  offers: OfferFacts;
  /** Per specialty and forecast term (lib/domain/indicators/forecast.ts). */
  forecast: ForecastRow[];
};

const CATEGORIES = Object.keys(PLAN_CATEGORY_LABEL) as PlanIndicatorCategory[];
const ALL = "Alle";
/** Plain-text numbers in a summary: whole, or with a decimal comma (half a yearly place). */
const nb = (value: number) => String(Math.round(value * 10) / 10).replace(".", ",");
const percent = (value: number | null) => (value === null ? "–" : `${Math.round(value * 100)} %`);
const range = (n: number) => Array.from({ length: n }, (_, i) => i);

function sumPlanFacts(list: readonly PlanFacts[]): PlanFacts {
  const zero: PlanFacts = { GYLDIG: 0, UTLOPER_SNART: 0, UTLOPT: 0, MANGLER_OVER_FRIST: 0, MANGLER_INNEN_FRIST: 0, approvedTotal: 0, approvedWithinDeadline: 0 };
  return list.reduce((acc, f) => {
    const out = { ...acc };
    for (const key of Object.keys(zero) as (keyof PlanFacts)[]) out[key] = acc[key] + f[key];
    return out;
  }, zero);
}

function planTables(plans: IndicatorFacts["plans"]): { tables: IndicatorTable[]; total: PlanFacts } {
  const total = sumPlanFacts(plans.map((p) => p.facts));
  const withTotal = plans.length > 1 ? [...plans, { trust: "Alle foretak", facts: total }] : plans;
  const statusRows = withTotal.map(({ trust, facts }) => {
    const rows = PLAN_STATUS_INDICATOR.compute(facts);
    const sum = rows[rows.length - 1]!.count;
    return [trust, ...CATEGORIES.map((c) => facts[c]), sum, share(facts.GYLDIG, sum)];
  });
  const all = PLAN_STATUS_INDICATOR.compute(total);
  const employed = all[all.length - 1]!.count;
  const deadlineRows = withTotal.map(({ trust, facts }) => {
    const [within, late] = PLAN_DEADLINE_INDICATOR.compute(facts);
    return [trust, within!.count, late!.count, within!.share];
  });
  const [within] = PLAN_DEADLINE_INDICATOR.compute(total);
  return {
    total,
    tables: [
      {
        id: PLAN_STATUS_INDICATOR.id,
        title: PLAN_STATUS_INDICATOR.title,
        definition: PLAN_STATUS_INDICATOR.definition,
        summary:
          employed === 0
            ? "Ingen LIS i løpende arbeidsforhold."
            : `${total.GYLDIG} av ${employed} LIS (${percent(share(total.GYLDIG, employed))}) har gyldig godkjent plan; ${total.UTLOPER_SNART} utløper snart, ${total.UTLOPT} er utløpt og ${total.MANGLER_OVER_FRIST} mangler plan etter fristen.`,
        columns: [{ label: "Foretak", kind: "text" }, ...CATEGORIES.map((c) => ({ label: PLAN_CATEGORY_LABEL[c], kind: "count" as const })), { label: "I alt", kind: "count" }, { label: "Andel gyldig", kind: "share" }],
        rows: statusRows,
        chart: { label: 0, series: range(CATEGORIES.length).map((i) => i + 1), rows: range(plans.length) },
      },
      {
        id: PLAN_DEADLINE_INDICATOR.id,
        title: PLAN_DEADLINE_INDICATOR.title,
        definition: PLAN_DEADLINE_INDICATOR.definition,
        summary:
          total.approvedTotal === 0
            ? "Ingen LIS i løpende arbeidsforhold har en godkjent plan."
            : `${total.approvedWithinDeadline} av ${total.approvedTotal} (${percent(within!.share)}) fikk første plan godkjent innen fristen.`,
        columns: [
          { label: "Foretak", kind: "text" },
          { label: "Godkjent innen fristen", kind: "count" },
          { label: "Godkjent etter fristen", kind: "count" },
          { label: "Andel innen fristen", kind: "share" },
        ],
        rows: deadlineRows,
        chart: { label: 0, series: [1, 2], rows: range(plans.length) },
      },
    ],
  };
}

const groupName = (g: { specialty: string | null; receiving: string | null }) => [g.specialty ?? ALL, g.receiving ?? ALL];
const isTotal = (g: { specialty: string | null }) => g.specialty === null;
/** A group whose times are suppressed (SMALL_GROUP_LIMIT). */
const small = (n: number) => n > 0 && n < SMALL_GROUP_LIMIT;

function queueTables(queueTime: readonly QueueTimeGroup[], waiting: readonly WaitingGroup[]): IndicatorTable[] {
  const qGroups = [...queueTime.filter((g) => !isTotal(g)), ...queueTime.filter(isTotal)];
  const qTotal = queueTime.find(isTotal);
  const wGroups = [...waiting.filter((g) => !isTotal(g)), ...waiting.filter(isTotal)];
  const wTotal = waiting.find(isTotal);
  // The chart draws the groups whose times are shown (a suppressed one would read as 0 days).
  const detail = (list: readonly { specialty: string | null }[], size: (i: number) => number) =>
    range(list.filter((g) => !isTotal(g)).length).filter((i) => size(i) >= SMALL_GROUP_LIMIT);
  return [
    {
      id: QUEUE_TIME_INDICATOR.id,
      title: QUEUE_TIME_INDICATOR.title,
      definition: QUEUE_TIME_INDICATOR.definition,
      summary:
        !qTotal || qTotal.agreed === 0
          ? "Ingen avtalte perioder ennå."
          : small(qTotal.agreed)
            ? `${qTotal.agreed} avtalte perioder; tidene vises ikke for færre enn ${SMALL_GROUP_LIMIT}.`
            : `Median tid fra registrering til avtalt oppstart er ${wholeDays(qTotal.medianDays)} dager, 90-persentilen ${wholeDays(qTotal.p90Days)} dager (${qTotal.agreed} avtalte perioder).`,
      columns: [
        { label: "Spesialitet", kind: "text" },
        { label: "Mottakende foretak", kind: "text" },
        { label: "Avtalte perioder", kind: "count" },
        { label: "Median (dager)", kind: "days" },
        { label: "90-persentil (dager)", kind: "days" },
      ],
      rows: qGroups.map((g) => [...groupName(g), g.agreed, groupDays(g.agreed, g.medianDays), groupDays(g.agreed, g.p90Days)]),
      chart: { label: 0, series: [3, 4], rows: detail(queueTime, (i) => qGroups[i]!.agreed) },
    },
    {
      id: WAITING_INDICATOR.id,
      title: WAITING_INDICATOR.title,
      definition: WAITING_INDICATOR.definition,
      summary:
        !wTotal || wTotal.waiting === 0
          ? "Ingen LIS venter nå."
          : small(wTotal.waiting)
            ? `${wTotal.waiting} LIS venter nå; ventetidene vises ikke for færre enn ${SMALL_GROUP_LIMIT}.`
            : `${wTotal.waiting} LIS venter nå; median ventetid er ${wholeDays(wTotal.medianDays)} dager, lengste ${wholeDays(wTotal.longestDays)} dager.`,
      columns: [
        { label: "Spesialitet", kind: "text" },
        { label: "Mottakende foretak", kind: "text" },
        { label: "LIS som venter", kind: "count" },
        { label: "Median ventetid (dager)", kind: "days" },
        { label: "Lengste ventetid (dager)", kind: "days" },
      ],
      rows: wGroups.map((g) => [...groupName(g), g.waiting, groupDays(g.waiting, g.medianDays), groupDays(g.waiting, g.longestDays)]),
      chart: { label: 0, series: [3, 4], rows: detail(waiting, (i) => wGroups[i]!.waiting) },
    },
  ];
}

function capacityTable(capacity: readonly CapacityFact[]): IndicatorTable {
  const shortfall = capacity.reduce((s, c) => s + c.balance.shortfall, 0);
  const unused = capacity.reduce((s, c) => s + c.balance.unused, 0);
  const short = capacity.filter((c) => c.balance.shortfall > 0).length;
  return {
    id: CAPACITY_INDICATOR.id,
    title: CAPACITY_INDICATOR.title,
    definition: CAPACITY_INDICATOR.definition,
    summary:
      capacity.length === 0
        ? "Ingen gyldige fagavtaler med kapasitet i perioden."
        : `${short} av ${capacity.length} fagavtale-terminer mangler plasser (${shortfall} i alt); ${unused} plasser står ubrukt.`,
    columns: [
      { label: "Fagavtale", kind: "text" },
      { label: "Termin", kind: "text" },
      { label: "Kapasitet", kind: "count" },
      { label: "Brukt", kind: "count" },
      { label: "Reservert", kind: "count" },
      { label: "Ønsket", kind: "count" },
      { label: "Mangler", kind: "count" },
      { label: "Ubrukt", kind: "count" },
    ],
    rows: capacity.map((c) => [
      `${c.specialty}, ${c.home} → ${c.partner} (${c.arena})`,
      termLabel(c.term),
      c.balance.capacity,
      c.balance.used,
      c.balance.reserved,
      c.balance.requested,
      c.balance.shortfall,
      c.balance.unused,
    ]),
    chart: { label: 0, sublabel: 1, series: [2, 3, 4, 5], rows: range(capacity.length) },
  };
}

function forecastTable(forecast: readonly ForecastRow[]): IndicatorTable {
  const need = forecast.reduce((s, r) => s + r.need, 0);
  const capacity = forecast.reduce((s, r) => s + r.capacity, 0);
  const shortfall = forecast.reduce((s, r) => s + r.shortfall, 0);
  const short = forecast.filter((r) => r.shortfall > 0);
  const worst = [...short].sort((a, b) => b.shortfall - a.shortfall)[0];
  const terms = [...new Set(forecast.map((r) => r.term))];
  const span = terms.length > 0 ? `${termLabel(terms[0]!)} til og med ${termLabel(terms[terms.length - 1]!)}` : "";
  return {
    id: FORECAST_INDICATOR.id,
    title: FORECAST_INDICATOR.title,
    definition: FORECAST_INDICATOR.definition,
    summary:
      forecast.length === 0
        ? "Ingen planlagte perioder, ønsker eller fagavtaler å lage prognose av."
        : `Fra ${span} ventes ${nb(need)} starter i spesialiseringsperioder mot ${nb(capacity)} avtalte plasser. ` +
          (worst
            ? `${short.length} av ${forecast.length} spesialitet-semestre mangler plasser (${nb(shortfall)} i alt); størst mangel: ${worst.specialty}, ${termLabel(worst.term)} (${nb(worst.shortfall)}).`
            : "Ingen spesialitet mangler plasser i perioden."),
    columns: [
      { label: "Spesialitet", kind: "text" },
      { label: "Semester", kind: "text" },
      { label: "Avtalt", kind: "count" },
      { label: "Ønsket eller i kø", kind: "count" },
      { label: "Planlagt", kind: "count" },
      { label: "Behov i alt", kind: "count" },
      { label: "Kapasitet", kind: "count" },
      { label: "Mangler", kind: "count" },
      { label: "Ledig", kind: "count" },
    ],
    rows: forecast.map((r) => [r.specialty, termLabel(r.term), r.agreed, r.wished, r.planned, r.need, r.capacity, r.shortfall, r.unused]),
    chart: { label: 0, sublabel: 1, series: [5, 6], rows: range(forecast.length) },
  };
}

function offerTable(offers: OfferFacts): IndicatorTable {
  const rows = OFFER_INDICATOR.compute(offers);
  const total = rows.find((r) => r.label === "Tilbud i alt")!;
  const accepted = rows[1]!;
  return {
    id: OFFER_INDICATOR.id,
    title: OFFER_INDICATOR.title,
    definition: OFFER_INDICATOR.definition,
    summary: total.count === 0 ? "Ingen tilbud er gitt ennå." : `${total.count} tilbud er gitt; ${accepted.count} (${percent(accepted.share)}) er akseptert.`,
    columns: [
      { label: "Status", kind: "text" },
      { label: "Antall", kind: "count" },
      { label: "Andel", kind: "share" },
    ],
    rows: rows.map((r) => [r.label, r.count, r.share]),
    chart: { label: 0, series: [1], rows: range(rows.length - 2) },
  };
}

/** The whole report for one trust or region, from the facts the SQL aggregates returned. */
export function buildIndicatorReport(input: { scopeKind: ScopeKind; scopeId: string; scopeName: string; today: Date; facts: IndicatorFacts }): IndicatorReport {
  const { facts } = input;
  const plans = planTables(facts.plans);
  const employed = CATEGORIES.reduce((s, c) => s + plans.total[c], 0);
  const qTotal = facts.queueTime.find(isTotal);
  const wTotal = facts.waiting.find(isTotal);
  const offers = OFFER_INDICATOR.compute(facts.offers);
  return {
    version: 1,
    scopeKind: input.scopeKind,
    scopeId: input.scopeId,
    scopeName: input.scopeName,
    computedFor: input.today.toISOString().slice(0, 10),
    tables: [...plans.tables, ...queueTables(facts.queueTime, facts.waiting), capacityTable(facts.capacity), forecastTable(facts.forecast), offerTable(facts.offers)],
    keyFigures: [
      { id: "lis", label: "LIS i løpende arbeidsforhold", value: employed, kind: "count" },
      { id: "plan-gyldig", label: "Andel med gyldig godkjent plan", value: share(plans.total.GYLDIG, employed), kind: "share" },
      { id: "plan-mangler", label: "Mangler plan, fristen er passert", value: plans.total.MANGLER_OVER_FRIST, kind: "count" },
      // A key figure is a number or nothing: a suppressed median (a small total) is null, like no median.
      { id: "ko-median", label: "Median dager til avtalt oppstart", value: qTotal && small(qTotal.agreed) ? null : wholeDays(qTotal?.medianDays ?? null), kind: "days" },
      { id: "venter", label: "LIS som venter nå", value: wTotal?.waiting ?? 0, kind: "count" },
      { id: "mangler-plasser", label: "Manglende plasser i fagavtalene", value: facts.capacity.reduce((s, c) => s + c.balance.shortfall, 0), kind: "count" },
      { id: "prognose-mangler", label: "Forventet manglende plasser i prognosen", value: facts.forecast.reduce((s, r) => s + r.shortfall, 0), kind: "count" },
      { id: "tilbud", label: "Tilbud gitt", value: offers.find((r) => r.label === "Tilbud i alt")!.count, kind: "count" },
    ],
  };
}

/** Formats a cell as the page and the CSV show it (nb-NO: decimal comma, "–" for nothing). */
export function formatCell(value: Cell, kind: ColumnKind, formatNumber: (n: number) => string): string {
  if (value === null) return "–";
  if (typeof value === "string") return value;
  if (kind === "share") return `${formatNumber(Math.round(value * 1000) / 10)} %`;
  return formatNumber(value);
}
