import "server-only";
import bcrypt from "bcryptjs";
import { db } from "@/lib/server/db";
import { writeAudit } from "@/lib/server/audit/write-audit";
import { enqueueNotification } from "@/lib/server/notifications/enqueue-notification";
import { isDemoMode, isDemoPerson } from "@/lib/domain/demo-mode";
import { MS_PER_MINUTE } from "@/lib/domain/calendar";

/**
 * Login throttling without lockout by a stranger (issue 11 §1, OWASP ASVS V6): nothing an attacker
 * does from their own address can refuse the owner's correct password from another address.
 *  - per address: many failures from one address (any accounts) refuse that address for a while;
 *  - per account and address: a few failures for one account from one address refuse that pair;
 *  - per account, from anywhere: failures only slow every attempt down (capped), and the owner is told
 *    by e-mail once when they pile up.
 */
export const LOGIN_RULES = {
  windowMinutes: 15,
  maxFailuresPerAddress: 20,
  maxFailuresPerAccountAndAddress: 5,
  delayPerAccountFailureMs: 300,
  maxDelayMs: 2000,
  notifyOwnerAfterFailures: 10,
} as const;

/** Kept for callers that speak of the per-account limit. */
export const MAX_FAILED_ATTEMPTS = LOGIN_RULES.maxFailuresPerAccountAndAddress;
export const FAILURE_WINDOW_MINUTES = LOGIN_RULES.windowMinutes;

// Compared against when the e-mail is unknown, so a miss takes as long as a wrong password.
const DUMMY_HASH = "$2b$10$CwTycUXWue0Thq9StjUM0uJ8e3jYk1o5P9bQ1e6p1Hq3b4Zq0V1xW";

export type LoginResult = { ok: true; personId: string; name: string; email: string } | { ok: false; reason: "INVALID" | "THROTTLED" };

const MAX_EMAIL = 254;
const MAX_PASSWORD = 1024;

export async function verifyLogin(
  input: { email: string; password: string; ip?: string | null },
  options: { now?: Date; delay?: (ms: number) => Promise<void> } = {},
): Promise<LoginResult> {
  const now = options.now ?? new Date();
  const delay = options.delay ?? ((ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms)));
  // Absurd input (NUL bytes, megabytes) is a failed login, never a database error.
  const email = String(input.email ?? "").trim().toLowerCase().replace(/\0/g, "").slice(0, MAX_EMAIL);
  const password = String(input.password ?? "");
  const ip = input.ip ?? null;
  const since = new Date(now.getTime() - LOGIN_RULES.windowMinutes * MS_PER_MINUTE);

  const [fromAddress, forAccountFromAddress, forAccount] = await Promise.all([
    ip ? db.loginAttempt.count({ where: { ip, success: false, at: { gt: since } } }) : 0,
    db.loginAttempt.count({ where: { email, ip, success: false, at: { gt: since } } }),
    db.loginAttempt.count({ where: { email, success: false, at: { gt: since } } }),
  ]);
  if (fromAddress >= LOGIN_RULES.maxFailuresPerAddress || forAccountFromAddress >= LOGIN_RULES.maxFailuresPerAccountAndAddress) {
    return { ok: false, reason: "THROTTLED" };
  }
  // Failures for the account from anywhere slow the next attempt down a little more, up to a cap.
  if (forAccount > 0) await delay(Math.min(LOGIN_RULES.delayPerAccountFailureMs * forAccount, LOGIN_RULES.maxDelayMs));

  const person = email ? await db.person.findUnique({ where: { email } }) : null;
  const valid = password.length <= MAX_PASSWORD && (await bcrypt.compare(password, person?.passwordHash ?? DUMMY_HASH));
  // A demo person's shared password works only in demo mode (issue 11 §8).
  const allowed = Boolean(person && (isDemoMode() || !isDemoPerson(person.id)));
  const success = Boolean(person && allowed && person.passwordHash && !person.disabledAt && valid);

  await db.$transaction(async (tx) => {
    await tx.loginAttempt.create({ data: { email, success, ip, at: now } });
    if (success && person) {
      await writeAudit(tx, { personId: person.id, role: null }, { action: "innlogging", entityType: "Person", entityId: person.id, data: { method: "passord", ip } });
    }
    // Tell the owner once, when the failures for the account reach the threshold within the window.
    if (!success && person && forAccount + 1 === LOGIN_RULES.notifyOwnerAfterFailures) {
      await enqueueNotification(tx, {
        kind: "mislykket-innlogging",
        recipientPersonId: person.id,
        subject: "Mange mislykkede innloggingsforsøk på kontoen din",
        body:
          `Det har vært ${LOGIN_RULES.notifyOwnerAfterFailures} mislykkede forsøk på å logge inn på kontoen din i LIS-koordinering ` +
          `de siste ${LOGIN_RULES.windowMinutes} minuttene. Var det ikke deg, kan noen prøve å gjette passordet ditt. ` +
          "Du kan fortsatt logge inn som vanlig. Kontakt din lokale koordinator hvis du er usikker.",
        entityType: "Person",
        entityId: person.id,
      });
      await writeAudit(tx, null, { action: "innlogging-varslet", entityType: "Person", entityId: person.id, data: { feil: forAccount + 1 } });
    }
  });

  if (!success || !person) return { ok: false, reason: "INVALID" };
  return { ok: true, personId: person.id, name: person.name, email: person.email };
}
