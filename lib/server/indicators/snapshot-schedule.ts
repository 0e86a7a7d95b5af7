import "server-only";
import { MS_PER_HOUR } from "@/lib/domain/calendar";
import { runScheduledSnapshots } from "./take-indicator-snapshot";

const globalForSchedule = globalThis as unknown as { __lisSnapshotSchedule?: ReturnType<typeof setInterval> };

/** How often the snapshot job looks at the date: SNAPSHOT_INTERVAL_MS, hourly by default; 0 turns it off. */
export function snapshotIntervalMs(env: Record<string, string | undefined> = process.env): number {
  const raw = env.SNAPSHOT_INTERVAL_MS;
  if (raw === undefined || raw.trim() === "") return MS_PER_HOUR;
  const value = Number(raw);
  return Number.isFinite(value) && value >= 0 ? value : MS_PER_HOUR;
}

/**
 * Starts the 1 March / 1 September snapshot job for this app instance, once (instrumentation.ts), like
 * the reminder schedule (docs/decisions/0012-reminders.md): it runs at start and hourly; on a snapshot
 * day the first run stores the snapshots and later runs (and other instances) store nothing more.
 */
export function startSnapshotSchedule(): void {
  const interval = snapshotIntervalMs();
  if (interval === 0 || globalForSchedule.__lisSnapshotSchedule) return;
  let running = false;
  const tick = async () => {
    if (running) return;
    running = true;
    try {
      const result = await runScheduledSnapshots();
      if (result.created > 0) console.info(`[øyeblikksbilder] ${result.created} nye øyeblikksbilder`);
    } catch (error) {
      console.error("[øyeblikksbilder] kjøringen feilet; prøver igjen ved neste runde", error);
    } finally {
      running = false;
    }
  };
  const timer = setInterval(() => void tick(), interval);
  timer.unref();
  globalForSchedule.__lisSnapshotSchedule = timer;
  void tick();
}
