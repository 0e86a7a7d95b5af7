import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { OfferStatus } from "@/lib/domain/offer-expiry";

/**
 * The SQL side of `offerStatusAt` (lib/domain/offer-expiry.ts): the offers whose status, as shown now,
 * is `status`. An open offer past its deadline (`isOverdue`: TILBUDT and deadline < now; at the deadline
 * itself it is still open) counts as expired before the sweep has written it, so "open" is TILBUDT with
 * the deadline not yet passed and "expired" is UTLOPT or an overdue TILBUDT. Every list or count that
 * filters or groups offers by their shown status in SQL goes through this one translation;
 * tests/integration/allocation-overview.test.ts checks it against offerStatusAt row by row.
 */
export function offerStatusWhere(status: OfferStatus, now: Date): Prisma.OfferWhereInput {
  switch (status) {
    case "TILBUDT":
      return { status: "TILBUDT", deadline: { gte: now } };
    case "UTLOPT":
      return { OR: [{ status: "UTLOPT" }, { status: "TILBUDT", deadline: { lt: now } }] };
    default:
      return { status };
  }
}
