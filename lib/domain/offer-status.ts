/** The statuses of an offer of a gjennomstrømningsstilling, and the set that holds a post. */
export const OFFER_STATUSES = ["TILBUDT", "AKSEPTERT", "AVSLATT", "UTLOPT", "TRUKKET"] as const;
export type OfferStatus = (typeof OFFER_STATUSES)[number];

/** Open (awaiting an answer) or accepted: the offer takes one of the vacancy's posts. */
export const POST_HOLDING_OFFER_STATUSES = ["TILBUDT", "AKSEPTERT"] as const satisfies readonly OfferStatus[];

export function holdsPost(status: string): boolean {
  return (POST_HOLDING_OFFER_STATUSES as readonly string[]).includes(status);
}
