/**
 * Runs once when a Next.js server instance starts. In the Node.js runtime (not during `next build`) it
 * starts the scheduled jobs of this instance: the offer-expiry sweep (issue 8 §6: reads never write;
 * overdue offers lapse on a schedule, and scoped inside the writes that need it) and the reminder job
 * (issue 10 §6: plan expiry and deadlines, offer deadlines, waiting intake forms, ending fagavtaler) and the
 * indicator snapshots on 1 March and 1 September (issue 13 §2).
 */
export async function register(): Promise<void> {
  if (process.env.NEXT_RUNTIME !== "nodejs" || process.env.NEXT_PHASE === "phase-production-build") return;
  const { startOfferExpirySweep } = await import("@/lib/server/allocation/offer-expiry-schedule");
  startOfferExpirySweep();
  const { startReminderSchedule } = await import("@/lib/server/reminders/reminder-schedule");
  startReminderSchedule();
  const { startSnapshotSchedule } = await import("@/lib/server/indicators/snapshot-schedule");
  startSnapshotSchedule();
}
