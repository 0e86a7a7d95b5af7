import "server-only";
import { runReminders } from "./run-reminders";
import { advancePeriodStatuses } from "@/lib/server/fe/advance-periods";
import { MS_PER_HOUR } from "@/lib/domain/calendar";

const DEFAULT_INTERVAL_MS = MS_PER_HOUR;
const globalForSchedule = globalThis as unknown as { __lisReminderSchedule?: ReturnType<typeof setInterval> };

/** How often the reminder job runs: REMINDER_INTERVAL_MS (milliseconds), hourly by default; 0 turns it off. */
export function reminderIntervalMs(env: Record<string, string | undefined> = process.env): number {
  const raw = env.REMINDER_INTERVAL_MS;
  if (raw === undefined || raw.trim() === "") return DEFAULT_INTERVAL_MS;
  const value = Number(raw);
  return Number.isFinite(value) && value >= 0 ? value : DEFAULT_INTERVAL_MS;
}

/**
 * Starts the reminder job (with the agreed periods' start and end) for this app instance, once (instrumentation.ts `register()`), and runs it
 * straight away. Runs never overlap within an instance; across instances each reminder's unique key
 * makes it happen once (run-reminders.ts). The timer does not keep the process alive.
 */
export function startReminderSchedule(): void {
  const interval = reminderIntervalMs();
  if (interval === 0 || globalForSchedule.__lisReminderSchedule) return;
  let running = false;
  const tick = async () => {
    if (running) return;
    running = true;
    try {
      // Agreed periods start and end by their dates (issue 14 §2) before the reminders read them.
      const periods = await advancePeriodStatuses();
      if (periods.started + periods.completed > 0) console.info(`[perioder] ${periods.started} startet, ${periods.completed} gjennomført`);
      const result = await runReminders();
      if (result.created > 0) console.info(`[påminnelser] ${result.created} nye påminnelser`);
    } catch (error) {
      console.error("[påminnelser] kjøringen feilet; prøver igjen ved neste runde", error);
    } finally {
      running = false;
    }
  };
  const timer = setInterval(() => void tick(), interval);
  timer.unref();
  globalForSchedule.__lisReminderSchedule = timer;
  void tick();
}
