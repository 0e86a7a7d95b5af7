import { describe, expect, it } from "vitest";
import { createElement } from "react";
import { renderToString } from "react-dom/server";
import { AllocationOverview } from "./allocation-overview";
import type { Page } from "@/lib/domain/pagination";
import type { AllocationRow, VacancyAllocationSummary } from "@/lib/server/allocation/list-allocations";

const line: VacancyAllocationSummary = {
  vacancyId: "v1",
  specialty: "Generell kirurgi",
  department: "Gastroenterologisk kirurgi",
  organisation: "UNN",
  startDate: new Date("2027-03-01T00:00:00Z"),
  durationMonths: 6,
  posts: 2,
  offers: { TILBUDT: 1, AKSEPTERT: 2, AVSLATT: 3, UTLOPT: 4, TRUKKET: 0 },
};
const offer: AllocationRow = {
  id: "o1",
  vacancyId: "v1",
  status: "UTLOPT",
  lis: "Mathias Hansen",
  homeOrganisation: "Finnmarkssykehuset HF",
  receiving: "Gastroenterologisk kirurgi, UNN",
  specialty: "Generell kirurgi",
  startDate: new Date("2027-03-01T00:00:00Z"),
  durationMonths: 6,
  rankAtOffer: 1,
  deviationReason: null,
  deadline: new Date("2027-01-15T12:00:00Z"),
  offeredAt: new Date("2027-01-01T12:00:00Z"),
  respondedAt: null,
  leaveAutomatic: true,
};
const page = <T>(items: T[], n: number, of: number): Page<T> => ({ items, page: n, pageCount: of, total: of * 50, from: (n - 1) * 50 + 1, to: (n - 1) * 50 + items.length });

const render = (filter: { status?: "UTLOPT"; vacancyId?: string }) =>
  renderToString(createElement(AllocationOverview, { basePath: "/regional/tildelinger", summaries: page([line], 2, 3), offers: page([offer], 3, 4), filter, chosen: null, offersCaption: "Tilbud" }));

describe("AllocationOverview", () => {
  it("shows each vacancy's counts by status and links to the vacancy's offers and ranking", () => {
    const html = render({});
    expect(html).toContain('href="/regional/tildelinger?stilling=v1#tilbud"');
    expect(html).toContain("01.03.2027<!-- -->, <!-- -->6<!-- --> mnd");
    for (const n of ["1", "2", "3", "4", "0"]) expect(html).toContain(`<td class="p-2">${n}</td>`);
    expect(html).toContain("Utløpt");
    expect(html).toContain("Velg en stilling");
  });

  it("keeps the filter and the other list's page in each list's page links", () => {
    const html = render({ status: "UTLOPT" }).replaceAll("&amp;", "&");
    // The summary's next page keeps the offers' page 3 and the status filter …
    expect(html).toContain('href="/regional/tildelinger?status=UTLOPT&side=3&stillingsside=3#per-stilling"');
    // … and the offers' next page keeps the summary's page 2.
    expect(html).toContain('href="/regional/tildelinger?status=UTLOPT&stillingsside=2&side=4#tilbud"');
  });
});
