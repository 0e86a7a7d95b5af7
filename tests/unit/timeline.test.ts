import { describe, expect, it } from "vitest";
import { buildTimeline, timelineDateText, type TimelineInput, type TimelinePeriod } from "@/lib/domain/timeline";

const d = (iso: string) => new Date(`${iso}T00:00:00.000Z`);

const period = (over: Partial<TimelinePeriod> & Pick<TimelinePeriod, "id" | "status">): TimelinePeriod => ({
  label: "Nevrologi ved St. Olavs hospital HF",
  desiredStart: d("2027-10-01"),
  durationMonths: 6,
  agreedStart: null,
  agreedEnd: null,
  statusReason: null,
  ...over,
});

// Today is 3 December 2026 in Oslo (11:42 UTC). The axis is worked out by hand below.
const NOW = new Date("2026-12-03T11:42:00.000Z");

const course: TimelineInput = {
  now: NOW,
  employments: [{ id: "e1", label: "Nevrologisk avdeling, Nordlandssykehuset HF", startDate: d("2024-01-01"), endDate: null }],
  planPeriods: [
    { id: "pp1", kind: "HJEMME", label: "Nevrologisk avdeling", startDate: d("2024-01-01"), endDate: d("2025-12-01") },
    // Crosses the year boundary: 1 Dec 2025 to 31 May 2026 inclusive.
    { id: "pp2", kind: "SPESIALISERINGSPERIODE", label: "Nevrologi, UNN", startDate: d("2025-12-01"), endDate: d("2026-06-01") },
  ],
  periods: [
    // Agreed, and in the past: 1 Dec 2025 – 31 May 2026 (agreedEnd exclusive 2026-06-01).
    period({ id: "sp1", status: "AVTALT", label: "Nevrologi ved UNN", desiredStart: d("2025-11-01"), agreedStart: d("2025-12-01"), agreedEnd: d("2026-06-01") }),
    // Wished, from the desired start and 6 months' normert tid: 1 Oct 2027 – 31 Mar 2028.
    period({ id: "sp2", status: "I_KO" }),
  ],
};

describe("buildTimeline", () => {
  const t = buildTimeline(course);
  const seg = (id: string) => t.segments.find((s) => s.id === id)!;

  it("shows an agreed period crossing a year boundary with its inclusive last day, and as past when it ended before today", () => {
    expect(seg("sp1")).toMatchObject({
      lane: "SPESIALISERINGSPERIODER",
      category: "AVTALT",
      statusLabel: "Avtalt",
      start: d("2025-12-01"),
      lastDay: d("2026-05-31"),
      dateText: "01.12.2025–31.05.2026",
      tentative: false,
      tense: "FORBI",
    });
  });

  it("dates a wish from its desired start and normert tid, marked as tentative and ahead", () => {
    expect(seg("sp2")).toMatchObject({ category: "ONSKET", statusLabel: "I kø", lastDay: d("2028-03-31"), dateText: "01.10.2027–31.03.2028", tentative: true, tense: "FREMTID" });
  });

  it("shows the plan's periods with inclusive last days and a running employment as open-ended", () => {
    expect(seg("pp1")).toMatchObject({ lane: "PLAN", category: "PLAN_HJEMME", statusLabel: "Eget helseforetak", dateText: "01.01.2024–30.11.2025", tense: "FORBI", tentative: false });
    expect(seg("pp2")).toMatchObject({ category: "PLAN_PERIODE", statusLabel: "Spesialiseringsperiode", dateText: "01.12.2025–31.05.2026", tentative: true });
    expect(seg("e1")).toMatchObject({ lane: "ARBEIDSFORHOLD", lastDay: null, dateText: "fra 01.01.2024 (løpende)", tense: "NA" });
  });

  it("spans the axis from the first start to the last end, and places bars and today by day", () => {
    // Axis: 2024-01-01 to 2028-04-01 exclusive = 366 + 365 + 365 + 365 + 91 = 1552 days; last day 31.03.2028.
    expect(t.from).toEqual(d("2024-01-01"));
    expect(t.to).toEqual(d("2028-03-31"));
    // Today 2026-12-03 is day 366 + 365 + 336 = 1067: 1067 / 1552 = 68.75 %.
    expect(t.today).toEqual({ date: d("2026-12-03"), text: "I dag 03.12.2026", offsetPercent: 68.75 });
    // sp1 starts at day 366 + 334 = 700 (45.10 %), ends at day 882 (56.83 %): width 11.73.
    expect(seg("sp1")).toMatchObject({ offsetPercent: 45.1, widthPercent: 11.73 });
    // The open employment runs to the axis's end.
    expect(seg("e1")).toMatchObject({ offsetPercent: 0, widthPercent: 100 });
    expect(t.years.map((y) => y.year)).toEqual([2025, 2026, 2027, 2028]);
    // 1 Jan 2025 is day 366: 23.58 %.
    expect(t.years[0]!.offsetPercent).toBe(23.58);
  });

  it("puts the lanes in a fixed order and the list in date order", () => {
    expect(t.lanes.map((l) => l.label)).toEqual(["Arbeidsforhold", "Gjennomføringsplanen", "Spesialiseringsperioder"]);
    // Nothing overlaps inside a lane: one row each (pp2 starts the day after pp1's last day).
    expect(t.lanes.map((l) => l.rows)).toEqual([1, 1, 1]);
    expect(t.segments.map((s) => s.id)).toEqual(["e1", "pp1", "pp2", "sp1", "sp2"]);
  });

  it("says it in words: the axis, today, the counts, and the next period", () => {
    expect(t.summary).toBe(
      "Tidslinjen går fra 01.01.2024 til og med 31.03.2028. " +
        "I dag (03.12.2026): ansatt ved Nevrologisk avdeling, Nordlandssykehuset HF. " +
        "Spesialiseringsperioder: avtalt 1, behov eller ønske 1. " +
        "Neste: Nevrologi ved St. Olavs hospital HF (i kø), foreløpig 01.10.2027–31.03.2028, om 302 dager.",
    );
  });
});

describe("buildTimeline: statuses", () => {
  const only = (periods: TimelinePeriod[], now = NOW) => buildTimeline({ now, employments: [], planPeriods: [], periods });

  it("shows a cancelled period only when it has a reason, with the reason", () => {
    expect(only([period({ id: "x", status: "AVBRUTT" })]).segments).toEqual([]);
    expect(only([period({ id: "x", status: "AVBRUTT", statusReason: "   " })]).segments).toEqual([]);
    const t = only([period({ id: "x", status: "AVBRUTT", statusReason: "Avtalt periode avlyst: mottakende avdeling mangler veileder." })]);
    expect(t.segments[0]).toMatchObject({ category: "AVBRUTT", note: "Avtalt periode avlyst: mottakende avdeling mangler veileder." });
  });

  it("shows an ongoing period as today's place in the summary", () => {
    const t = only([period({ id: "p", status: "PAGAR", label: "Nevrologi ved UNN", agreedStart: d("2026-10-01"), agreedEnd: d("2027-04-01") })]);
    expect(t.segments[0]).toMatchObject({ category: "PAGAR", tense: "NA", dateText: "01.10.2026–31.03.2027" });
    expect(t.summary).toContain("I dag (03.12.2026): spesialiseringsperiode, Nevrologi ved UNN (pågår, 01.10.2026–31.03.2027).");
    expect(t.summary).toContain("Spesialiseringsperioder: pågår 1.");
  });

  it("counts a completed period and reads behov, ønske and tilbudt as wished", () => {
    const t = only([
      period({ id: "g", status: "GJENNOMFORT", agreedStart: d("2025-01-01"), agreedEnd: d("2025-07-01") }),
      period({ id: "b", status: "BEHOV" }),
      period({ id: "o", status: "ONSKE", desiredStart: d("2028-01-01") }),
      period({ id: "t", status: "TILBUDT", desiredStart: d("2026-12-04") }),
    ]);
    expect(t.segments.map((s) => [s.id, s.category, s.statusLabel])).toEqual([
      ["g", "GJENNOMFORT", "Gjennomført"],
      ["t", "ONSKET", "Tilbudt"],
      ["b", "ONSKET", "Behov"],
      ["o", "ONSKET", "Ønske"],
    ]);
    expect(t.summary).toContain("Spesialiseringsperioder: gjennomført 1, behov eller ønske 3.");
    expect(t.summary).toContain("Neste: Nevrologi ved St. Olavs hospital HF (tilbudt), foreløpig 04.12.2026–03.06.2027, i morgen.");
    expect(t.summary).toContain("I dag (03.12.2026): ingen periode pågår.");
  });

  it("stacks overlapping periods of one lane on rows, and reuses a row once it is free", () => {
    const t = only([
      period({ id: "a", status: "GJENNOMFORT", agreedStart: d("2025-01-01"), agreedEnd: d("2025-07-01") }),
      // Cancelled with the same dates as a: a second row.
      period({ id: "b", status: "AVBRUTT", statusReason: "Trukket.", agreedStart: d("2025-03-01"), agreedEnd: d("2025-09-01") }),
      // Starts on a's exclusive end: row 0 is free again.
      period({ id: "c", status: "AVTALT", agreedStart: d("2025-07-01"), agreedEnd: d("2026-01-01") }),
    ]);
    expect(t.segments.map((s) => [s.id, s.row])).toEqual([
      ["a", 0],
      ["b", 1],
      ["c", 0],
    ]);
    expect(t.lanes[0]!.rows).toBe(2);
  });

  it("an agreed start without an agreed end falls back on the normert tid, as tentative", () => {
    const t = only([period({ id: "a", status: "AVTALT", agreedStart: d("2027-02-15") })]);
    expect(t.segments[0]).toMatchObject({ dateText: "15.02.2027–14.08.2027", tentative: true });
  });

  it("takes today in Oslo: 23:30 UTC on 31 December is already 1 January", () => {
    const t = only([], new Date("2026-12-31T23:30:00.000Z"));
    expect(t.today.date).toEqual(d("2027-01-01"));
    expect(t.empty).toBe(true);
    expect(t.summary).toBe("Ingen arbeidsforhold, planlagte perioder eller spesialiseringsperioder er registrert ennå.");
    // The axis is today alone.
    expect([t.from, t.to]).toEqual([d("2027-01-01"), d("2027-01-01")]);
  });

  it("extends the axis to today when everything lies in the past", () => {
    const t = only([period({ id: "g", status: "GJENNOMFORT", agreedStart: d("2025-01-01"), agreedEnd: d("2025-07-01") })]);
    // 2025-01-01 to 2026-12-04 exclusive = 365 + 337 = 702 days; today at day 701: 99.86 %.
    expect(t.to).toEqual(d("2026-12-03"));
    expect(t.today.offsetPercent).toBe(99.86);
  });
});

describe("buildTimeline: dates that cannot be shown", () => {
  it("keeps such a period in the list as an invalid date and out of the axis, and thins the year ticks of a long axis", () => {
    const t = buildTimeline({
      now: NOW,
      employments: [{ id: "e", label: "Avdeling", startDate: d("2024-01-01"), endDate: null }],
      planPeriods: [],
      periods: [
        period({ id: "bad", status: "AVTALT", agreedStart: new Date(Number.NaN), agreedEnd: new Date(Number.NaN) }),
        // 31.12.2099 typed for 31.12.2029: a real date, decades ahead.
        period({ id: "far", status: "AVTALT", agreedStart: d("2027-01-01"), agreedEnd: d("2100-01-01") }),
      ],
    });
    expect(t.segments.find((s) => s.id === "bad")).toMatchObject({ dateText: "ugyldig dato–ugyldig dato", offsetPercent: 0, widthPercent: 0 });
    expect([t.from, t.to]).toEqual([d("2024-01-01"), d("2099-12-31")]);
    expect(t.summary).toContain("I dag (03.12.2026): ansatt ved Avdeling.");
    // 2025…2099 is 75 years: every 4th (ceil(75 / 20)), 19 ticks.
    expect(t.years.map((y) => y.year).slice(0, 3)).toEqual([2025, 2029, 2033]);
    expect(t.years).toHaveLength(19);
  });
});

describe("timelineDateText", () => {
  it("writes a closed and an open period", () => {
    expect(timelineDateText(d("2027-04-01"), d("2027-09-30"))).toBe("01.04.2027–30.09.2027");
    expect(timelineDateText(d("2024-03-01"), null)).toBe("fra 01.03.2024 (løpende)");
  });
});
