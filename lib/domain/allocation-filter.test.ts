import { describe, expect, it } from "vitest";
import { allocationFilterQuery, parseAllocationFilter } from "./allocation-filter";

describe("the allocations pages' offers filter", () => {
  it("reads a known status and a vacancy, and ignores the rest", () => {
    expect(parseAllocationFilter({})).toEqual({});
    expect(parseAllocationFilter({ status: "UTLOPT", stilling: "v1", side: "2" })).toEqual({ status: "UTLOPT", vacancyId: "v1" });
    expect(parseAllocationFilter({ status: ["AKSEPTERT", "TILBUDT"] })).toEqual({ status: "AKSEPTERT" });
    expect(parseAllocationFilter({ status: "tilbudt" })).toEqual({});
    expect(parseAllocationFilter({ status: "'; DROP TABLE", stilling: "x".repeat(101) })).toEqual({});
    expect(parseAllocationFilter({ stilling: "" })).toEqual({});
  });

  it("writes the filter back as a query string that reads back the same", () => {
    expect(allocationFilterQuery({})).toBe("");
    const filter = { status: "TRUKKET" as const, vacancyId: "c1 & 2" };
    const query = allocationFilterQuery(filter);
    expect(query).toBe("?status=TRUKKET&stilling=c1+%26+2");
    expect(parseAllocationFilter(Object.fromEntries(new URLSearchParams(query.slice(1))))).toEqual(filter);
  });
});
