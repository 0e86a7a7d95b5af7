import { OFFER_STATUS_LABEL } from "@/lib/domain/labels";
import { share, type Indicator } from "./types";

export type OfferStatusKey = keyof typeof OFFER_STATUS_LABEL;
export type OfferFacts = { byStatus: Partial<Record<OfferStatusKey, number>>; deviated: number };

const STATUSES = Object.keys(OFFER_STATUS_LABEL) as OfferStatusKey[];

export const OFFER_INDICATOR: Indicator<OfferFacts> = {
  id: "offers",
  title: "Tilbud om spesialiseringsperiode",
  definition:
    "Alle tilbud som er gitt, etter status i dag (tilbudt, akseptert, avslått, utløpt, trukket), og antallet tilbud der leder valgte en annen enn kandidaten øverst i rangeringen (med begrunnelse).",
  compute: (f) => {
    const total = STATUSES.reduce((sum, s) => sum + (f.byStatus[s] ?? 0), 0);
    return [
      ...STATUSES.map((s) => ({ label: OFFER_STATUS_LABEL[s], count: f.byStatus[s] ?? 0, share: share(f.byStatus[s] ?? 0, total) })),
      { label: "Tilbud i alt", count: total, share: total > 0 ? 1 : null },
      { label: "Avvik fra øverste kandidat", count: f.deviated, share: share(f.deviated, total) },
    ];
  },
};
