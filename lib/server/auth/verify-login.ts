import "server-only";
import bcrypt from "bcryptjs";
import { db } from "@/lib/server/db";
import { writeAudit } from "@/lib/server/audit/write-audit";
import { MS_PER_MINUTE } from "@/lib/domain/calendar";

/** After this many failures for one e-mail address within the window, further attempts are refused. */
export const MAX_FAILED_ATTEMPTS = 5;
export const FAILURE_WINDOW_MINUTES = 15;

// Compared against when the e-mail is unknown, so a miss takes as long as a wrong password.
const DUMMY_HASH = "$2b$10$CwTycUXWue0Thq9StjUM0uJ8e3jYk1o5P9bQ1e6p1Hq3b4Zq0V1xW";

export type LoginResult = { ok: true; personId: string; name: string; email: string } | { ok: false; reason: "INVALID" | "THROTTLED" };

export async function verifyLogin(
  input: { email: string; password: string; ip?: string | null },
  options: { now?: Date; delay?: (ms: number) => Promise<void> } = {},
): Promise<LoginResult> {
  const now = options.now ?? new Date();
  const delay = options.delay ?? ((ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms)));
  const email = input.email.trim().toLowerCase();
  const since = new Date(now.getTime() - FAILURE_WINDOW_MINUTES * MS_PER_MINUTE);

  const recentFailures = await db.loginAttempt.count({ where: { email, success: false, at: { gt: since } } });
  if (recentFailures >= MAX_FAILED_ATTEMPTS) return { ok: false, reason: "THROTTLED" };
  // Each earlier failure slows the next attempt down a little more.
  if (recentFailures > 0) await delay(Math.min(300 * recentFailures, 1500));

  const person = email ? await db.person.findUnique({ where: { email } }) : null;
  const valid = await bcrypt.compare(input.password, person?.passwordHash ?? DUMMY_HASH);
  const success = Boolean(person && person.passwordHash && !person.disabledAt && valid);

  await db.$transaction(async (tx) => {
    await tx.loginAttempt.create({ data: { email, success, ip: input.ip ?? null, at: now } });
    if (success && person) {
      await writeAudit(tx, null, { action: "innlogget", entityType: "Person", entityId: person.id, data: { method: "passord" } });
    }
  });

  if (!success || !person) return { ok: false, reason: "INVALID" };
  return { ok: true, personId: person.id, name: person.name, email: person.email };
}
