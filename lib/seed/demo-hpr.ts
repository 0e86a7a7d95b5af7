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

/**
 * Fictional Entra ID directory object ids (decision 0021) for demo personas already linked, so they
 * can sign in through the local Entra-like provider. Others are linked by a coordinator's confirmation.
 */
const DEMO_ENTRA_OID: Record<string, string> = {
  astrid: "0a5f1d2e-3b4c-4d5e-8f60-7a8b9c0d1e2f",
};

export function demoEntraObjectId(personKey: string): string | null {
  return DEMO_ENTRA_OID[personKey] ?? null;
}
