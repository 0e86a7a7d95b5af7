/** The allocations pages' offers filter, read from and written to the query string. */
import { OFFER_STATUSES, type OfferStatus } from "./offer-status";

/** The offers list's filter: a status as shown now (an overdue open offer is expired) and one vacancy. */
export type AllocationFilter = { status?: OfferStatus; vacancyId?: string };

/** `?status=…&stilling=…` from the page's search parameters; an unknown status is no filter. */
export function parseAllocationFilter(params: Record<string, string | string[] | undefined>): AllocationFilter {
  const one = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);
  const status = one(params.status);
  const vacancyId = one(params.stilling);
  return {
    ...((OFFER_STATUSES as readonly string[]).includes(status ?? "") ? { status: status as OfferStatus } : {}),
    ...(vacancyId && vacancyId.length <= 100 ? { vacancyId } : {}),
  };
}

/** The filter as a query string ("" or "?…"), for pagination links. */
export function allocationFilterQuery(filter: AllocationFilter): string {
  const q = new URLSearchParams();
  if (filter.status) q.set("status", filter.status);
  if (filter.vacancyId) q.set("stilling", filter.vacancyId);
  const s = q.toString();
  return s ? `?${s}` : "";
}
