import "server-only";
import nodemailer from "nodemailer";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { db } from "@/lib/server/db";

export const DEFAULT_MAIL_FROM = "LIS-koordinering <ikke-svar@lis-koordinering.no>";
const MAX_ATTEMPTS = 5;

/**
 * Sends unsent outbox notifications that have an e-mail address, via SMTP_URL. Each one is marked
 * sent, or its attempt count and last error are recorded. Does nothing when SMTP_URL is unset.
 */
export async function deliverPendingNotifications(options: { limit?: number; client?: PrismaClient } = {}): Promise<{ sent: number; failed: number }> {
  const smtpUrl = process.env.SMTP_URL;
  if (!smtpUrl) return { sent: 0, failed: 0 };
  const from = process.env.MAIL_FROM || DEFAULT_MAIL_FROM;
  const limit = options.limit ?? 50;
  // Rows are claimed with FOR UPDATE SKIP LOCKED, so deliveries started by simultaneous actions (or
  // several app instances) never send the same notification twice.
  return (options.client ?? db).$transaction(
    async (tx) => {
      const claimed = await tx.$queryRaw<{ id: string }[]>`
        SELECT id FROM "Notification"
        WHERE "sentAt" IS NULL AND "toEmail" IS NOT NULL AND attempts < ${MAX_ATTEMPTS}
        ORDER BY "createdAt" LIMIT ${limit}
        FOR UPDATE SKIP LOCKED`;
      if (claimed.length === 0) return { sent: 0, failed: 0 };
      const pending = await tx.notification.findMany({ where: { id: { in: claimed.map((c) => c.id) } }, orderBy: { createdAt: "asc" } });
      const transport = nodemailer.createTransport(smtpUrl);
      let sent = 0;
      let failed = 0;
      try {
        for (const n of pending) {
          try {
            await transport.sendMail({ from, to: n.toEmail!, subject: n.subject, text: n.body });
            await tx.notification.update({ where: { id: n.id }, data: { sentAt: new Date(), attempts: { increment: 1 }, lastError: null } });
            sent++;
          } catch (error) {
            failed++;
            const message = error instanceof Error ? error.message : String(error);
            await tx.notification.update({ where: { id: n.id }, data: { attempts: { increment: 1 }, lastError: message.slice(0, 500) } });
          }
        }
      } finally {
        transport.close();
      }
      return { sent, failed };
    },
    { timeout: 120_000, maxWait: 10_000 },
  );
}
