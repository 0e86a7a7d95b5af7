/**
 * An offer of a gjennomstrømningsstilling is open until its deadline; unanswered by then it lapses
 * (UTLOPT), its reserved capacity is freed and the LIS goes back to the queue. The lapse is written by
 * a scheduled sweep and, scoped, by the writes that need it (issue 8 §6); reads never write, so they
 * show an open offer past its deadline as expired from the deadline itself.
 */
import { addDays } from "./calendar";
import type { OfferStatus } from "./offer-status";
import { OFFER_DEADLINE_DAYS } from "./rules";

export type { OfferStatus } from "./offer-status";
export { OFFER_DEADLINE_DAYS } from "./rules";

/** The answer deadline of an offer made at `offeredAt`. */
export function offerDeadline(offeredAt: Date): Date {
  return addDays(offeredAt, OFFER_DEADLINE_DAYS);
}

/** True for an open offer whose deadline has passed (at the deadline itself it is still open). */
export function isOverdue(offer: { status: OfferStatus; deadline: Date }, now: Date): boolean {
  return offer.status === "TILBUDT" && offer.deadline.getTime() < now.getTime();
}

/** The status to show and to reason with now: an overdue open offer counts as expired even before the sweep has written it. */
export function offerStatusAt(offer: { status: OfferStatus; deadline: Date }, now: Date): OfferStatus {
  return isOverdue(offer, now) ? "UTLOPT" : offer.status;
}
