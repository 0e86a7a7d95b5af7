/** Shared Norwegian messages of the plan services. */
export const VALIDATION_MESSAGE_TEXT = "Skjemaet inneholder feil. Rett opp feltene som er merket.";
