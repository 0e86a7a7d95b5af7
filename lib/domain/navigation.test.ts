import { describe, expect, it } from "vitest";
import { currentNavHref, NAVIGATION } from "./navigation";

describe("currentNavHref", () => {
  it("marks the start page only on the start page", () => {
    expect(currentNavHref(NAVIGATION.LIS, "/lis")).toBe("/lis");
    expect(currentNavHref(NAVIGATION.LIS, "/lis/")).toBe("/lis");
  });
  it("marks the longest matching item for sub pages", () => {
    expect(currentNavHref(NAVIGATION.LIS, "/lis/plan")).toBe("/lis/plan");
    expect(currentNavHref(NAVIGATION.LIS, "/lis/plan/utskrift")).toBe("/lis/plan");
    expect(currentNavHref(NAVIGATION.LEDER, "/leder/planer/abc")).toBe("/leder/planer");
  });
  it("does not mark an item whose href is only a string prefix", () => {
    expect(currentNavHref([{ href: "/lis/plan", label: "x" }], "/lis/planer")).toBeUndefined();
    expect(currentNavHref(NAVIGATION.LIS, "/leder")).toBeUndefined();
  });
});

describe("Styringsinformasjon in the menu", () => {
  it("is in both coordinators' menus and marked on its sub pages, not in LIS or leader menus", () => {
    expect(currentNavHref(NAVIGATION.LOKAL_KOORDINATOR, "/koordinator/styringsinformasjon")).toBe("/koordinator/styringsinformasjon");
    expect(currentNavHref(NAVIGATION.REGIONAL_KOORDINATOR, "/regional/styringsinformasjon/eksport")).toBe("/regional/styringsinformasjon");
    expect(NAVIGATION.LIS.some((i) => i.label === "Styringsinformasjon")).toBe(false);
    expect(NAVIGATION.LEDER.some((i) => i.label === "Styringsinformasjon")).toBe(false);
  });
});
