import { isEntraObjectId } from "./entra-claims";

/**
 * A person's identifiers for single sign-on (issue 12 §5, decision 0021): the HPR number (HelseID) and
 * the Entra ID directory object id. Empty text clears one. The HPR number is the Helsepersonellregister
 * number: digits only, four to nine of them (real numbers today have seven to nine).
 */
export const HPR_PATTERN = /^\d{4,9}$/;

export const HPR_PROBLEM = "HPR-nummeret må bestå av 4–9 sifre.";
export const ENTRA_OID_PROBLEM = "Katalog-ID-en må være en Entra ID-objekt-ID (GUID), for eksempel 0a5f1d2e-3b4c-4d5e-8f60-7a8b9c0d1e2f.";

/** The stored form of the entered HPR number (spaces removed), null to clear, or a problem. */
export function parseHprNumber(text: string): { ok: true; value: string | null } | { ok: false; problem: string } {
  const compact = text.replace(/\s+/g, "");
  if (compact === "") return { ok: true, value: null };
  return HPR_PATTERN.test(compact) ? { ok: true, value: compact } : { ok: false, problem: HPR_PROBLEM };
}

/** The stored form of the entered directory object id (lower case), null to clear, or a problem. */
export function parseEntraObjectId(text: string): { ok: true; value: string | null } | { ok: false; problem: string } {
  const trimmed = text.trim().toLowerCase();
  if (trimmed === "") return { ok: true, value: null };
  return isEntraObjectId(trimmed) ? { ok: true, value: trimmed } : { ok: false, problem: ENTRA_OID_PROBLEM };
}
