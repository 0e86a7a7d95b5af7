import { describe, expect, it } from "vitest";
import { diffPlanVersions, type DiffPeriod } from "./plan-diff";

const d = (iso: string) => new Date(`${iso}T00:00:00Z`);
const home = (start: string, end: string, key = "ane", label = "Anestesiavdelingen"): DiffPeriod => ({ kind: "HJEMME", arenaKey: key, arenaLabel: label, startDate: d(start), endDate: d(end) });
const away = (start: string, end: string, key = "fa-unn", label = "Spesialiseringsperiode ved UNN"): DiffPeriod => ({
  kind: "SPESIALISERINGSPERIODE",
  arenaKey: key,
  arenaLabel: label,
  startDate: d(start),
  endDate: d(end),
});
const version = (...periods: DiffPeriod[]) => ({ periods, courses: "Grunnkurs", notes: "" });

describe("diffPlanVersions", () => {
  it("finds nothing between identical versions", () => {
    expect(diffPlanVersions(version(home("2026-01-01", "2026-07-01")), version(home("2026-01-01", "2026-07-01")))).toEqual([]);
  });

  it("reports a moved spesialiseringsperiode with inclusive Norwegian dates", () => {
    const changes = diffPlanVersions(version(away("2027-03-01", "2027-09-01")), version(away("2027-05-01", "2027-11-01")));
    expect(changes.map((c) => c.text)).toEqual(["Spesialiseringsperiode ved UNN flyttet fra 01.03.2027–31.08.2027 til 01.05.2027–31.10.2027."]);
    expect(changes[0]?.type).toBe("FLYTTET");
  });

  it("reports a changed duration when only the end moves", () => {
    const changes = diffPlanVersions(version(away("2027-03-01", "2027-09-01")), version(away("2027-03-01", "2027-07-01")));
    expect(changes.map((c) => c.type)).toEqual(["ENDRET_VARIGHET"]);
    expect(changes[0]?.text).toContain("varighet endret fra 01.03.2027–31.08.2027 til 01.03.2027–30.06.2027");
  });

  it("reports added and removed periods, in time order", () => {
    const changes = diffPlanVersions(version(home("2026-01-01", "2027-01-01"), away("2027-01-01", "2027-07-01")), version(home("2026-01-01", "2027-01-01"), home("2027-07-01", "2028-01-01", "kir", "Kirurgisk avdeling")));
    expect(changes.map((c) => c.text)).toEqual(["Fjernet: Spesialiseringsperiode ved UNN (01.01.2027–30.06.2027).", "Lagt til: Kirurgisk avdeling (01.07.2027–31.12.2027)."]);
  });

  it("reports a changed arena when the time stays but the department changes", () => {
    const changes = diffPlanVersions(version(home("2026-01-01", "2027-01-01")), version(home("2026-01-01", "2027-01-01", "kir", "Kirurgisk avdeling")));
    expect(changes.map((c) => c.text)).toEqual(["Læringsarena endret fra Anestesiavdelingen til Kirurgisk avdeling (01.01.2026–31.12.2026)."]);
  });

  it("reports changed courses", () => {
    expect(diffPlanVersions(version(), { ...version(), courses: "Grunnkurs og ALS" }).map((c) => c.text)).toEqual(["Kurs er endret."]);
  });
});
