import "server-only";
import { expireOverdueOffers } from "./expire-offers";
import { deliverPendingNotifications } from "@/lib/server/notifications/deliver-notifications";
import { MS_PER_MINUTE } from "@/lib/domain/calendar";

const DEFAULT_INTERVAL_MS = MS_PER_MINUTE;
const globalForSweep = globalThis as unknown as { __lisOfferExpirySweep?: ReturnType<typeof setInterval> };

/** How often the sweep runs: OFFER_EXPIRY_INTERVAL_MS (milliseconds), 60 s by default; 0 turns it off. */
export function offerExpiryIntervalMs(env: Record<string, string | undefined> = process.env): number {
  const raw = env.OFFER_EXPIRY_INTERVAL_MS;
  if (raw === undefined || raw.trim() === "") return DEFAULT_INTERVAL_MS;
  const value = Number(raw);
  return Number.isFinite(value) && value >= 0 ? value : DEFAULT_INTERVAL_MS;
}

/**
 * Starts the offer-expiry sweep for this app instance, once (instrumentation.ts `register()`), and runs
 * it straight away. Runs never overlap within an instance; across instances the conditional UPDATE in
 * `expireOverdueOffers` makes each expiry happen once. The timer does not keep the process alive.
 */
export function startOfferExpirySweep(): void {
  const interval = offerExpiryIntervalMs();
  if (interval === 0 || globalForSweep.__lisOfferExpirySweep) return;
  let running = false;
  const tick = async () => {
    if (running) return;
    running = true;
    try {
      const expired = await expireOverdueOffers();
      if (expired > 0) {
        console.info(`[tilbud] ${expired} tilbud utløp uten svar`);
        if (process.env.SMTP_URL) await deliverPendingNotifications();
      }
    } catch (error) {
      console.error("[tilbud] utløp av tilbud feilet; prøver igjen ved neste runde", error);
    } finally {
      running = false;
    }
  };
  const timer = setInterval(() => void tick(), interval);
  timer.unref();
  globalForSweep.__lisOfferExpirySweep = timer;
  void tick();
}
