import { describe, expect, it } from "vitest";
import { capacityByTerm } from "./capacity-usage";

const d = (s: string) => new Date(`${s}T00:00:00.000Z`);

describe("capacityByTerm", () => {
  it("puts a period starting 30 June in the spring term and 1 July in the autumn term", () => {
    const result = capacityByTerm({
      unit: "PER_SEMESTER",
      count: 2,
      terms: ["2027-V", "2027-H"],
      uses: [],
      periods: [
        { id: "a", status: "AVTALT", agreedStart: d("2027-06-30"), desiredStart: d("2027-06-30") },
        { id: "b", status: "PAGAR", agreedStart: d("2027-07-01"), desiredStart: d("2027-07-01") },
        { id: "c", status: "GJENNOMFORT", agreedStart: d("2027-12-31"), desiredStart: d("2027-12-31") },
      ],
    });
    expect(result).toEqual([
      { term: "2027-V", capacity: 2, used: 1, reserved: 0, free: 1 },
      { term: "2027-H", capacity: 2, used: 2, reserved: 0, free: 0 },
    ]);
  });

  it("counts an accepted offer's place once together with its agreed period, and open offers as reserved", () => {
    const result = capacityByTerm({
      unit: "PER_AR",
      count: 3,
      terms: ["2027", "2028"],
      uses: [
        { term: "2027", offerStatus: "AKSEPTERT", periodId: "a" },
        { term: "2027", offerStatus: "TILBUDT", periodId: "b" },
        { term: "2028", offerStatus: "AVSLATT", periodId: "c" },
      ],
      periods: [
        { id: "a", status: "AVTALT", agreedStart: d("2027-12-31"), desiredStart: d("2027-12-01") },
        { id: "x", status: "ONSKE", agreedStart: null, desiredStart: d("2027-03-01") },
        { id: "y", status: "AVTALT", agreedStart: d("2028-01-01"), desiredStart: d("2027-11-01") },
      ],
    });
    expect(result).toEqual([
      { term: "2027", capacity: 3, used: 1, reserved: 1, free: 1 },
      { term: "2028", capacity: 3, used: 1, reserved: 0, free: 2 },
    ]);
  });

  it("gives no places in the autumn for a spring-only agreement, and free never goes below zero", () => {
    const result = capacityByTerm({
      unit: "VARSEMESTER",
      count: 1,
      terms: ["2028-V", "2028-H"],
      uses: [{ term: "2028-V", offerStatus: "TILBUDT", periodId: "b" }],
      periods: [
        { id: "a", status: "AVTALT", agreedStart: d("2028-02-01"), desiredStart: d("2028-02-01") },
        { id: "h", status: "AVTALT", agreedStart: d("2028-08-01"), desiredStart: d("2028-08-01") },
      ],
    });
    expect(result).toEqual([
      { term: "2028-V", capacity: 1, used: 1, reserved: 1, free: 0 },
      { term: "2028-H", capacity: 0, used: 1, reserved: 0, free: 0 },
    ]);
  });
});
