import "server-only";

/** True for the database's refusal of active wishes at two receiving trusts (exclusion constraint). */
export function isOneReceivingTrustViolation(error: unknown): boolean {
  const seen = new Set<unknown>();
  let current: unknown = error;
  while (current && typeof current === "object" && !seen.has(current)) {
    seen.add(current);
    const text = `${(current as { message?: unknown }).message ?? ""} ${JSON.stringify((current as { meta?: unknown }).meta ?? "")}`;
    if (text.includes("Spesialiseringsperiode_one_receiving_trust") || (current as { code?: unknown }).code === "23P01") return true;
    current = (current as { cause?: unknown }).cause;
  }
  return false;
}
