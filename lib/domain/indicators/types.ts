/** An indicator is defined once here (issue 13 §1): its id, Norwegian title, the exact definition shown on the page, and a pure compute over compact facts. */
export type IndicatorRow = { label: string; count: number; share: number | null };

export type Indicator<Facts> = {
  id: string;
  title: string;
  definition: string;
  compute: (facts: Facts) => IndicatorRow[];
};

/** count / total, or null when there is nothing to divide by (shown as "–", never as 0 %). */
export function share(count: number, total: number): number | null {
  return total > 0 ? count / total : null;
}
