import { describe, expect, it } from "vitest";
import { periodLineText } from "./period-line";

const d = (iso: string) => new Date(`${iso}T00:00:00Z`);
const base = { specialty: "Plastikkirurgi", partner: "Helse Bergen", desiredStart: d("2027-02-01"), queueDate: null, agreedStart: null, agreedEnd: null };

describe("periodLineText", () => {
  it.each([
    [{ status: "ONSKE" }, "Ønske: Plastikkirurgi ved Helse Bergen, ønsket start 01.02.2027"],
    [{ status: "I_KO", queueDate: d("2026-11-04") }, "I kø: Plastikkirurgi ved Helse Bergen, i kø fra 04.11.2026"],
    [{ status: "AVTALT", agreedStart: d("2027-02-01"), agreedEnd: d("2027-08-01") }, "Avtalt: Plastikkirurgi ved Helse Bergen, 01.02.2027–31.07.2027"],
    [{ status: "PAGAR", agreedStart: d("2027-02-01"), agreedEnd: d("2027-08-01") }, "Pågår: Plastikkirurgi ved Helse Bergen, til og med 31.07.2027 (startet 01.02.2027)"],
    [{ status: "GJENNOMFORT", agreedStart: d("2027-02-01"), agreedEnd: d("2027-08-01") }, "Gjennomført: Plastikkirurgi ved Helse Bergen, 01.02.2027–31.07.2027"],
  ])("%o", (change, text) => {
    expect(periodLineText({ ...base, ...change })).toBe(text);
  });
});
