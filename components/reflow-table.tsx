/**
 * A table that reflows on narrow screens (WCAG 1.4.10, issue 10 §8): from `sm:` up it is an ordinary
 * table; below, each row is a card and each cell a block with its column's name above the value.
 *
 * Changing a table's CSS display makes some browsers drop its table semantics, so the elements carry
 * their roles explicitly (table, rowgroup, row, columnheader, cell); the visible per-cell label is
 * `aria-hidden`, since assistive technology already announces the column header.
 */
export const reflow = {
  table: "mt-3 block w-full border-collapse bg-white text-left text-sm sm:table",
  thead: "sr-only sm:not-sr-only sm:table-header-group",
  headRow: "border-b border-slate-400 sm:table-row",
  th: "p-2",
  tbody: "block sm:table-row-group",
  row: "block border-b border-slate-300 py-2 align-top sm:table-row sm:py-0",
  cell: "block px-2 py-1 break-words sm:table-cell sm:p-2",
} as const;

/** The column's name, shown above the value only on narrow screens. */
export function CellLabel({ children }: { children: string }) {
  return (
    <span aria-hidden="true" className="block text-xs font-semibold text-slate-700 sm:hidden">
      {children}
    </span>
  );
}
