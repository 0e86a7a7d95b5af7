/**
 * When could a place come? (seed 002 tiltak 22: a transparent, predictable queue.) Walks the terms of
 * the LIS's fagavtale in order: those ahead of the LIS who draw on the same fagavtale take the free
 * places first; the first term with a place left over is the estimate. Null when none within the terms given.
 */
export function estimatePlacementTerm(input: { terms: readonly { term: string; free: number }[]; ahead: number }): string | null {
  let remaining = Math.max(0, input.ahead);
  for (const { term, free } of input.terms) {
    const places = Math.max(0, free);
    if (places > remaining) return term;
    remaining -= places;
  }
  return null;
}
