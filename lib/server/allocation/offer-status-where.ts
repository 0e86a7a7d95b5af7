import "server-only";
import { Prisma } from "@/lib/generated/prisma/client";
import type { OfferStatus } from "@/lib/domain/offer-expiry";

/**
 * The SQL side of `offerStatusAt` (lib/domain/offer-expiry.ts): the offers whose status, as shown now,
 * is `status`. An open offer past its deadline (`isOverdue`: TILBUDT and deadline < now; at the deadline
 * itself it is still open) counts as expired before the sweep has written it, so "open" is TILBUDT with
 * the deadline not yet passed and "expired" is UTLOPT or an overdue TILBUDT. Every list or count that
 * filters or groups offers by their shown status in SQL goes through this translation (or, in raw SQL,
 * `offerStatusShownSql` below, the same rule as an expression); tests/integration/allocation-overview.test.ts
 * checks both against offerStatusAt row by row.
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

/**
 * The same rule as a raw SQL expression over the offer table aliased `alias`: its status as shown now
 * (text), for aggregates written in raw SQL (the indicators count offers "etter status i dag").
 */
export function offerStatusShownSql(alias: string, now: Date): Prisma.Sql {
  if (!/^[a-z]+$/.test(alias)) throw new Error(`offerStatusShownSql: bad alias ${alias}`);
  const o = Prisma.raw(alias);
  return Prisma.sql`(CASE WHEN ${o}.status = 'TILBUDT' AND ${o}.deadline < ${now} THEN 'UTLOPT' ELSE ${o}.status::text END)`;
}
