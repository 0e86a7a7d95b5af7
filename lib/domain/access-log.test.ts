import { describe, expect, it } from "vitest";
import { accessDescription, accessRowsFor, readAccessContext } from "./access-log";

describe("accessRowsFor", () => {
  it("logs reads of others' data and leaves out the viewer's own", () => {
    const rows = accessRowsFor("leder", [
      { what: "PLAN", subjectPersonId: "lis-a", entityId: "emp-a" },
      { what: "PLAN", subjectPersonId: "leder", entityId: "emp-own" },
      { what: "INTAKE_FORM", subjectPersonId: "lis-b", context: { place: "Helse Bergen" } },
    ]);
    expect(rows).toEqual([
      expect.objectContaining({ what: "PLAN", subjectPersonId: "lis-a", subjectPersonIds: [], count: null, entityId: "emp-a", context: null }),
      expect.objectContaining({ what: "INTAKE_FORM", subjectPersonId: "lis-b", subjectPersonIds: [], count: null, entityId: null, context: { place: "Helse Bergen" } }),
    ]);
  });

  it("writes an export as one row with its count and its LIS, the viewer counted but not listed", () => {
    const [row, ...rest] = accessRowsFor("koord", [{ what: "FE_REGISTRY_EXPORT", subjectPersonIds: ["a", "b", "koord", "a"] }]);
    expect(rest).toEqual([]);
    expect(row).toMatchObject({ what: "FE_REGISTRY_EXPORT", subjectPersonId: null, subjectPersonIds: ["a", "b"], count: 3 });
  });

  it("writes nothing for an export of only the viewer, or an empty one", () => {
    expect(accessRowsFor("koord", [{ what: "FE_REGISTRY_EXPORT", subjectPersonIds: ["koord"] }])).toEqual([]);
    expect(accessRowsFor("koord", [{ what: "FE_REGISTRY_EXPORT", subjectPersonIds: [] }])).toEqual([]);
  });
});

describe("accessDescription", () => {
  it.each([
    [{ what: "PLAN", count: null, context: null }, "Gjennomføringsplanen din"],
    [{ what: "FE_REGISTRY_EXPORT", count: 37, context: null }, "Eksport (CSV) av registeret over fiktiv enhet med 37 LIS"],
    [{ what: "VACANCY_CANDIDATE", count: null, context: { place: "Nevrologi: Nevrologisk avdeling, UNN" } }, "Deg som kandidat til en gjennomstrømningsstilling – Nevrologi: Nevrologisk avdeling, UNN"],
  ] as const)("%o → %s", (row, text) => {
    expect(accessDescription(row)).toBe(text);
  });

  it("reads back only the known context fields", () => {
    expect(readAccessContext({ place: "UNN", page: 2, other: "x" })).toEqual({ place: "UNN", page: 2 });
    expect(readAccessContext({ place: 3, page: "2" })).toEqual({});
    expect(readAccessContext(null)).toBeNull();
    expect(readAccessContext([1])).toBeNull();
  });
});
