import { addDays, addMonths, daysBetween, osloToday } from "./calendar";
import { PERIOD_STATUS_LABEL, PLAN_PERIOD_KIND_LABEL } from "./labels";
import type { PeriodStatus } from "./period-status";
import { formatDay, isShowableDate } from "@/lib/format";

/**
 * A LIS's course as a timeline (issue 13 §3): the employment at the home trust, the plan's periods, and
 * the spesialiseringsperioder (wished, agreed, ongoing, completed; a cancelled one only with its reason),
 * with today's line and a text summary. The same facts feed the picture, the list beside it and the
 * summary, so they cannot disagree. Every date the user reads is inclusive ("til og med"); the database's
 * exclusive ends (PlanPeriod.endDate, Spesialiseringsperiode.agreedEnd) lose one day here, once.
 */

export type TimelineEmployment = {
  id: string;
  /** "Kirurgisk avdeling, Helgelandssykehuset HF". */
  label: string;
  startDate: Date;
  /** The last day of the employment, as Min side shows it; null while it runs. */
  endDate: Date | null;
};

export type TimelinePlanPeriod = {
  id: string;
  kind: "HJEMME" | "SPESIALISERINGSPERIODE";
  /** The læringsarena: a home department, or "arena, samarbeidspart". */
  label: string;
  startDate: Date;
  /** Exclusive, as stored. */
  endDate: Date;
};

export type TimelinePeriod = {
  id: string;
  status: PeriodStatus;
  /** "Nevrologi ved St. Olavs hospital HF". */
  label: string;
  desiredStart: Date;
  durationMonths: number;
  agreedStart: Date | null;
  /** Exclusive, as stored. */
  agreedEnd: Date | null;
  statusReason: string | null;
};

/** A loaded spesialiseringsperiode row as the timeline reads it (Min side and the plan page alike). */
export function timelinePeriodOf(p: Omit<TimelinePeriod, "label"> & { specialty: { name: string }; receivingOrganisation: { name: string } }): TimelinePeriod {
  return {
    id: p.id,
    status: p.status,
    label: `${p.specialty.name} ved ${p.receivingOrganisation.name}`,
    desiredStart: p.desiredStart,
    durationMonths: p.durationMonths,
    agreedStart: p.agreedStart,
    agreedEnd: p.agreedEnd,
    statusReason: p.statusReason,
  };
}

/** A plan period's læringsarena as the plan shows it: "arena, samarbeidspart" away, the department at home. */
export function planArenaLabel(p: { fagavtale: { arenaName: string; partnerOrganisation: { name: string } } | null; department: { name: string } | null }): string {
  return p.fagavtale ? `${p.fagavtale.arenaName}, ${p.fagavtale.partnerOrganisation.name}` : (p.department?.name ?? "");
}

export type TimelineInput = {
  employments: readonly TimelineEmployment[];
  planPeriods: readonly TimelinePlanPeriod[];
  periods: readonly TimelinePeriod[];
  now: Date;
};

export type TimelineLaneKey = "ARBEIDSFORHOLD" | "PLAN" | "SPESIALISERINGSPERIODER";

/**
 * What a segment is, each with its own colour and its word in the legend: employment, a home period or a
 * spesialiseringsperiode in the plan, and the spesialiseringsperiode's standing (planned or wished,
 * agreed, ongoing, completed, cancelled).
 */
export type TimelineCategory = "ANSATT" | "PLAN_HJEMME" | "PLAN_PERIODE" | "ONSKET" | "AVTALT" | "PAGAR" | "GJENNOMFORT" | "AVBRUTT";

export const TIMELINE_CATEGORY_LABEL: Record<TimelineCategory, string> = {
  ANSATT: "Ansatt ved eget helseforetak",
  PLAN_HJEMME: "Planlagt ved eget helseforetak",
  PLAN_PERIODE: "Planlagt spesialiseringsperiode",
  ONSKET: "Behov eller ønske",
  AVTALT: "Avtalt",
  PAGAR: "Pågår",
  GJENNOMFORT: "Gjennomført",
  AVBRUTT: "Avbrutt",
};

export const TIMELINE_LANE_LABEL: Record<TimelineLaneKey, string> = {
  ARBEIDSFORHOLD: "Arbeidsforhold",
  PLAN: "Gjennomføringsplanen",
  SPESIALISERINGSPERIODER: "Spesialiseringsperioder",
};

/** Relative to today: ended, covers today, or ahead. */
export type TimelineTense = "FORBI" | "NA" | "FREMTID";

export type TimelineSegment = {
  id: string;
  lane: TimelineLaneKey;
  category: TimelineCategory;
  /** The word shown on the bar and in the list: "I kø", "Avtalt", "Eget helseforetak". */
  statusLabel: string;
  label: string;
  start: Date;
  /** Inclusive last day; null when open-ended (an employment that runs). */
  lastDay: Date | null;
  /** "01.04.2027–30.09.2027", "fra 01.03.2024 (løpende)". */
  dateText: string;
  /** Dates from a wish or a plan (desired start and normert tid), not agreed. */
  tentative: boolean;
  /** A cancelled period's reason. */
  note: string | null;
  tense: TimelineTense;
  /** Position on the time axis, in percent of its width (two decimals). */
  offsetPercent: number;
  widthPercent: number;
  /** The row inside its lane: overlapping segments of one lane stack on rows 0, 1, … */
  row: number;
};

export type TimelineLane = { key: TimelineLaneKey; label: string; segments: TimelineSegment[]; rows: number };

export type Timeline = {
  /** The axis: first day and inclusive last day. */
  from: Date;
  to: Date;
  today: { date: Date; text: string; offsetPercent: number };
  /** 1 January of each year inside the axis, for the year ticks. */
  years: { year: number; offsetPercent: number }[];
  lanes: TimelineLane[];
  /** Every segment, in date order (start, then lane): the list beside the picture. */
  segments: TimelineSegment[];
  summary: string;
  empty: boolean;
};

/** The period's standing on the timeline; null when it is not shown (a cancellation without a reason). */
function periodCategory(p: TimelinePeriod): TimelineCategory | null {
  switch (p.status) {
    case "BEHOV":
    case "ONSKE":
    case "I_KO":
    case "TILBUDT":
      return "ONSKET";
    case "AVTALT":
      return "AVTALT";
    case "PAGAR":
      return "PAGAR";
    case "GJENNOMFORT":
      return "GJENNOMFORT";
    case "AVBRUTT":
      return p.statusReason?.trim() ? "AVBRUTT" : null;
  }
}

type Draft = Omit<TimelineSegment, "offsetPercent" | "widthPercent" | "tense" | "dateText" | "row"> & { endExclusive: Date | null };

function periodDraft(p: TimelinePeriod): Draft | null {
  const category = periodCategory(p);
  if (!category) return null;
  const agreed = p.agreedStart !== null;
  const start = p.agreedStart ?? p.desiredStart;
  const endExclusive = agreed && p.agreedEnd ? p.agreedEnd : addMonths(start, p.durationMonths);
  return {
    id: p.id,
    lane: "SPESIALISERINGSPERIODER",
    category,
    statusLabel: PERIOD_STATUS_LABEL[p.status],
    label: p.label,
    start,
    lastDay: addDays(endExclusive, -1),
    endExclusive,
    tentative: !agreed || !p.agreedEnd,
    note: category === "AVBRUTT" ? p.statusReason!.trim() : null,
  };
}

const round2 = (n: number) => Math.round(n * 100) / 100;

/** "01.04.2027–30.09.2027", or "fra 01.03.2024 (løpende)". */
export function timelineDateText(start: Date, lastDay: Date | null): string {
  return lastDay ? `${formatDay(start)}–${formatDay(lastDay)}` : `fra ${formatDay(start)} (løpende)`;
}

const MAX_YEAR_TICKS = 20;

const LANE_ORDER: readonly TimelineLaneKey[] = ["ARBEIDSFORHOLD", "PLAN", "SPESIALISERINGSPERIODER"];

export function buildTimeline(input: TimelineInput): Timeline {
  const today = osloToday(input.now);
  const drafts: Draft[] = [
    ...input.employments.map(
      (e): Draft => ({
        id: e.id,
        lane: "ARBEIDSFORHOLD",
        category: "ANSATT",
        statusLabel: "Ansatt",
        label: e.label,
        start: e.startDate,
        lastDay: e.endDate,
        endExclusive: e.endDate ? addDays(e.endDate, 1) : null,
        tentative: false,
        note: null,
      }),
    ),
    ...input.planPeriods
      .filter((p) => p.endDate.getTime() > p.startDate.getTime())
      .map(
        (p): Draft => ({
          id: p.id,
          lane: "PLAN",
          category: p.kind === "HJEMME" ? "PLAN_HJEMME" : "PLAN_PERIODE",
          statusLabel: PLAN_PERIOD_KIND_LABEL[p.kind],
          label: p.label,
          start: p.startDate,
          lastDay: addDays(p.endDate, -1),
          endExclusive: p.endDate,
          // The plan's dates for a spesialiseringsperiode are a tentative start (seed 000 §Individuell gjennomføringsplan).
          tentative: p.kind === "SPESIALISERINGSPERIODE",
          note: null,
        }),
      ),
    ...input.periods.map(periodDraft).filter((d): d is Draft => d !== null),
  ];

  // The axis covers every dated segment and today; an open-ended employment runs to the axis's end.
  // A stored date that cannot be shown (issue 11 §5) stays in the list as "ugyldig dato" but does not stretch the axis.
  const dated = drafts.filter((d) => isShowableDate(d.start) && (!d.endExclusive || isShowableDate(d.endExclusive)));
  const starts = dated.map((d) => d.start.getTime());
  const ends = dated.flatMap((d) => (d.endExclusive ? [d.endExclusive.getTime()] : []));
  const axisStart = Math.min(today.getTime(), ...starts);
  const axisEnd = Math.max(addDays(today, 1).getTime(), ...ends, ...starts.map((s) => addDays(new Date(s), 1).getTime()));
  const span = axisEnd - axisStart;
  const at = (t: number) => {
    const percent = round2(((t - axisStart) / span) * 100);
    return Number.isFinite(percent) ? Math.min(100, Math.max(0, percent)) : 0;
  };

  const tenseOf = (d: Draft): TimelineTense => {
    if (today.getTime() < d.start.getTime()) return "FREMTID";
    if (d.endExclusive && d.endExclusive.getTime() <= today.getTime()) return "FORBI";
    return "NA";
  };

  const segments: TimelineSegment[] = drafts.map(({ endExclusive, ...d }) => {
    const end = (endExclusive ?? new Date(axisEnd)).getTime();
    const offsetPercent = at(d.start.getTime());
    return { ...d, dateText: timelineDateText(d.start, d.lastDay), tense: tenseOf({ ...d, endExclusive }), offsetPercent, widthPercent: round2(at(end) - offsetPercent), row: 0 };
  });
  segments.sort((a, b) => a.start.getTime() - b.start.getTime() || LANE_ORDER.indexOf(a.lane) - LANE_ORDER.indexOf(b.lane) || a.id.localeCompare(b.id));

  // Within a lane, each segment takes the first row where the one before it has ended (by day, not by the rounded percent).
  const rowEnds = new Map<TimelineLaneKey, number[]>();
  for (const s of segments) {
    const ends = rowEnds.get(s.lane) ?? [];
    const end = s.lastDay ? addDays(s.lastDay, 1).getTime() : Number.POSITIVE_INFINITY;
    const free = ends.findIndex((e) => e <= s.start.getTime());
    s.row = free === -1 ? ends.length : free;
    ends[s.row] = end;
    rowEnds.set(s.lane, ends);
  }

  const years: Timeline["years"] = [];
  const firstYear = new Date(axisStart).getUTCFullYear() + 1;
  const lastYear = new Date(axisEnd - 1).getUTCFullYear();
  // A long axis (a date typed decades off) gets every n-th year, so the picture keeps a readable number of ticks.
  const step = Math.max(1, Math.ceil((lastYear - firstYear + 1) / MAX_YEAR_TICKS));
  for (let y = firstYear; y <= lastYear; y += step) years.push({ year: y, offsetPercent: at(Date.UTC(y, 0, 1)) });

  const lanes = LANE_ORDER.map((key) => ({ key, label: TIMELINE_LANE_LABEL[key], segments: segments.filter((s) => s.lane === key), rows: rowEnds.get(key)?.length ?? 0 })).filter(
    (l) => l.segments.length > 0,
  );

  return {
    from: new Date(axisStart),
    to: addDays(new Date(axisEnd), -1),
    today: { date: today, text: `I dag ${formatDay(today)}`, offsetPercent: at(today.getTime()) },
    years,
    lanes,
    segments,
    summary: timelineSummary(segments, today, new Date(axisStart), addDays(new Date(axisEnd), -1)),
    empty: segments.length === 0,
  };
}

const inDays = (n: number) => (n === 1 ? "i morgen" : `om ${n} dager`);

const SUMMARY_COUNTS: readonly TimelineCategory[] = ["GJENNOMFORT", "PAGAR", "AVTALT", "ONSKET", "AVBRUTT"];

/**
 * The picture in words: the axis, where the LIS is today, how many spesialiseringsperioder of each
 * standing, and the next one ahead.
 */
function timelineSummary(segments: readonly TimelineSegment[], today: Date, from: Date, to: Date): string {
  if (segments.length === 0) return "Ingen arbeidsforhold, planlagte perioder eller spesialiseringsperioder er registrert ennå.";
  const periods = segments.filter((s) => s.lane === "SPESIALISERINGSPERIODER");
  // Where the LIS is and what comes next are read only from dates that can be shown.
  const placed = periods.filter((s) => isShowableDate(s.start) && (!s.lastDay || isShowableDate(s.lastDay)));
  const parts = [`Tidslinjen går fra ${formatDay(from)} til og med ${formatDay(to)}.`];

  const away = placed.find((s) => s.tense === "NA" && s.category !== "AVBRUTT" && s.category !== "ONSKET");
  const home = segments.find((s) => s.lane === "ARBEIDSFORHOLD" && s.tense === "NA");
  if (away) parts.push(`I dag (${formatDay(today)}): spesialiseringsperiode, ${away.label} (${away.statusLabel.toLocaleLowerCase("nb")}, ${away.dateText}).`);
  else if (home) parts.push(`I dag (${formatDay(today)}): ansatt ved ${home.label}.`);
  else parts.push(`I dag (${formatDay(today)}): ingen periode pågår.`);

  if (periods.length === 0) parts.push("Ingen spesialiseringsperioder er registrert.");
  else {
    const counts = SUMMARY_COUNTS.map((c) => [c, periods.filter((s) => s.category === c).length] as const).filter(([, n]) => n > 0);
    parts.push(`Spesialiseringsperioder: ${counts.map(([c, n]) => `${TIMELINE_CATEGORY_LABEL[c].toLocaleLowerCase("nb")} ${n}`).join(", ")}.`);
  }

  const next = placed
    .filter((s) => s.tense === "FREMTID" && s.category !== "AVBRUTT")
    .sort((a, b) => a.start.getTime() - b.start.getTime())[0];
  if (next) parts.push(`Neste: ${next.label} (${next.statusLabel.toLocaleLowerCase("nb")}), ${next.tentative ? "foreløpig " : ""}${next.dateText}, ${inDays(daysBetween(today, next.start))}.`);
  return parts.join(" ");
}
