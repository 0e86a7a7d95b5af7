/**
 * Runs once when a Next.js server instance starts. In the Node.js runtime (not during `next build`) it
 * starts the scheduled jobs of this instance: the offer-expiry sweep (issue 8 §6: reads never write;
 * overdue offers lapse on a schedule, and scoped inside the writes that need it).
 */
export async function register(): Promise<void> {
  if (process.env.NEXT_RUNTIME !== "nodejs" || process.env.NEXT_PHASE === "phase-production-build") return;
  const { startOfferExpirySweep } = await import("@/lib/server/allocation/offer-expiry-schedule");
  startOfferExpirySweep();
}
