import { formatDate } from "@/lib/format";

/**
 * Declines and broken commitments on the record (issue 14 §3; seed 001: the plan documents both
 * parties' commitments, so a LIS who declines a planned move, or a trust that does not provide it,
 * shows against the plan). One text per event, read alike on the plan, in the FE registry line and on
 * the coordinator's pages.
 */
export type OfferOnRecord = {
  status: string;
  offeredAt: Date;
  respondedAt: Date | null;
  responseReason: string | null;
  /** "Plastikkirurgi, UNN": the receiving department and trust. */
  place: string;
};

export type PeriodOnRecord = { status: string; statusReason: string | null; agreedStart: Date | null };

export type RecordNote = { kind: "AVSLATT" | "TRUKKET" | "UTLOPT" | "AVLYST" | "ENDRET"; at: Date | null; text: string };

/** The prefix of AVBRUTT's statusReason when an agreed period was cancelled ("avlys avtalt periode"). */
export const CANCELLED_AGREED_PREFIX = "Avtalt periode avlyst:";

/** How the statusReason of a moved, cut short or extended agreed period starts (lib/domain/period-lifecycle.ts). */
const CHANGED_AGREED = /^Perioden er (flyttet|forkortet|forlenget) fra /;

const withReason = (reason: string | null) => (reason?.trim() ? `: ${reason.trim()}` : " (ingen begrunnelse oppgitt)");

/** The period's declines, withdrawn places, lapsed offers and a cancelled agreement, oldest first. */
export function periodRecordNotes(period: PeriodOnRecord, offers: readonly OfferOnRecord[]): RecordNote[] {
  const notes: RecordNote[] = [];
  for (const o of offers) {
    const at = o.respondedAt ?? o.offeredAt;
    if (o.status === "AVSLATT") notes.push({ kind: "AVSLATT", at, text: `LIS-en avslo tilbudet ved ${o.place} ${formatDate(at)}${withReason(o.responseReason)}` });
    else if (o.status === "TRUKKET") notes.push({ kind: "TRUKKET", at, text: `Mottakende foretak trakk stillingen ved ${o.place} ${formatDate(at)}${withReason(o.responseReason)}` });
    else if (o.status === "UTLOPT") notes.push({ kind: "UTLOPT", at, text: `Tilbudet ved ${o.place} utløp uten svar.` });
  }
  if (period.status === "AVBRUTT" && period.statusReason?.startsWith(CANCELLED_AGREED_PREFIX)) {
    notes.push({ kind: "AVLYST", at: null, text: period.statusReason });
  } else if (period.statusReason && CHANGED_AGREED.test(period.statusReason)) {
    notes.push({ kind: "ENDRET", at: null, text: period.statusReason });
  }
  return notes.sort((a, b) => (a.at?.getTime() ?? Number.MAX_SAFE_INTEGER) - (b.at?.getTime() ?? Number.MAX_SAFE_INTEGER));
}

/** Whether a period belongs on the record though it is no longer live: a cancelled agreement. */
export function isCancelledAgreement(period: PeriodOnRecord): boolean {
  return period.status === "AVBRUTT" && Boolean(period.statusReason?.startsWith(CANCELLED_AGREED_PREFIX));
}
