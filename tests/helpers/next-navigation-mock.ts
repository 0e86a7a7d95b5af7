// Stands in for next/navigation in integration tests, which call server actions outside Next:
// the interrupts throw recognisable errors the tests can assert on.
// Use: vi.mock("next/navigation", () => import("../helpers/next-navigation-mock"));
export function redirect(to: string): never {
  throw Object.assign(new Error(`redirect:${to}`), { digest: `NEXT_REDIRECT;${to}` });
}

export function notFound(): never {
  throw new Error("not-found");
}

export function forbidden(): never {
  throw new Error("forbidden");
}

/** Rethrows the interrupts above (as Next's own does for its redirect/not-found errors). */
export function unstable_rethrow(error: unknown): void {
  if (error instanceof Error && /^(redirect:|not-found$|forbidden$)/.test(error.message)) throw error;
}
