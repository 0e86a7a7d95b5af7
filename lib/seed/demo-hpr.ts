/**
 * Fictional HPR numbers for a few demo personas, so they can sign in through the local HelseID-like
 * provider (tests/helpers/oidc-provider.ts, decision 0014). Kept apart from the rest of the seed.
 */
const DEMO_HPR: Record<string, string> = {
  siri: "9100001",
  kristoffer: "9100006",
  jonas: "9100014",
};

export function demoHprNumber(personKey: string): string | null {
  return DEMO_HPR[personKey] ?? null;
}
