import { describe, expect, it } from "vitest";
import { pageOf, pageWindow, paginate, parsePageNumber } from "./pagination";

const rows = Array.from({ length: 101 }, (_, i) => i + 1);

describe("paginate", () => {
  it.each([
    [1, { page: 1, pageCount: 3, from: 1, to: 50, first: 1 }],
    [2, { page: 2, pageCount: 3, from: 51, to: 100, first: 51 }],
    [3, { page: 3, pageCount: 3, from: 101, to: 101, first: 101 }],
    [4, { page: 3, pageCount: 3, from: 101, to: 101, first: 101 }],
    [0, { page: 1, pageCount: 3, from: 1, to: 50, first: 1 }],
  ])("page %i of 101 rows", (page, expected) => {
    const p = paginate(rows, page, 50);
    expect({ page: p.page, pageCount: p.pageCount, from: p.from, to: p.to, first: p.items[0] }).toEqual(expected);
    expect(p.total).toBe(101);
  });

  it("gives one empty page for no rows, and exact pages at the boundary", () => {
    expect(paginate([], 3, 50)).toEqual({ items: [], page: 1, pageCount: 1, total: 0, from: 0, to: 0 });
    expect(paginate(rows.slice(0, 100), 2, 50)).toMatchObject({ pageCount: 2, from: 51, to: 100 });
  });

  it.each([
    [undefined, 1],
    ["2", 2],
    [["3", "4"], 3],
    ["0", 1],
    ["-2", 1],
    ["1.5", 1],
    ["abc", 1],
  ] as const)("parsePageNumber(%j) = %i", (value, expected) => {
    expect(parsePageNumber(value as string | string[] | undefined)).toBe(expected);
  });
});

describe("pageWindow and pageOf (a page loaded in SQL)", () => {
  it("lands on the same page as paginate for every requested page, and skips to it", () => {
    for (const requested of [0, 1, 2, 3, 4, 1.5, Number.NaN]) {
      const w = pageWindow(101, requested, 50);
      const expected = paginate(rows, requested, 50);
      expect(pageOf(rows.slice(w.skip, w.skip + 50), 101, w)).toEqual(expected);
    }
  });

  it("gives one empty page for no rows", () => {
    const w = pageWindow(0, 5, 50);
    expect(w).toEqual({ page: 1, pageCount: 1, skip: 0 });
    expect(pageOf([], 0, w)).toEqual({ items: [], page: 1, pageCount: 1, total: 0, from: 0, to: 0 });
  });
});
