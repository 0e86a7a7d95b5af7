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
