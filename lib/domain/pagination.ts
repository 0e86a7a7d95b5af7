/** Splits a list into pages of `pageSize`; an out-of-range or malformed page number lands on the nearest page. */
export type Page<T> = { items: T[]; page: number; pageCount: number; total: number; from: number; to: number };

export const DEFAULT_PAGE_SIZE = 50;

export function parsePageNumber(value: string | string[] | undefined): number {
  const raw = Array.isArray(value) ? value[0] : value;
  const n = Number(raw);
  return Number.isInteger(n) && n >= 1 ? n : 1;
}

export function paginate<T>(rows: readonly T[], page: number, pageSize: number = DEFAULT_PAGE_SIZE): Page<T> {
  const total = rows.length;
  const pageCount = Math.max(1, Math.ceil(total / pageSize));
  const current = Math.min(Math.max(1, Math.floor(page) || 1), pageCount);
  const start = (current - 1) * pageSize;
  const items = rows.slice(start, start + pageSize);
  return { items, page: current, pageCount, total, from: total === 0 ? 0 : start + 1, to: start + items.length };
}

/** The page a list of `total` rows lands on for a requested page number, and the rows to skip to reach it in SQL. */
export function pageWindow(total: number, page: number, pageSize: number = DEFAULT_PAGE_SIZE): { page: number; pageCount: number; skip: number } {
  const pageCount = Math.max(1, Math.ceil(total / pageSize));
  const current = Math.min(Math.max(1, Math.floor(page) || 1), pageCount);
  return { page: current, pageCount, skip: (current - 1) * pageSize };
}

/** A page of rows loaded in SQL with `pageWindow`'s skip. */
export function pageOf<T>(items: T[], total: number, window: { page: number; pageCount: number; skip: number }): Page<T> {
  return { items, page: window.page, pageCount: window.pageCount, total, from: total === 0 ? 0 : window.skip + 1, to: window.skip + items.length };
}
