import "server-only";
import type { AccessScope } from "@/lib/domain/access-scope";
import { CSV_BOM, CSV_SEPARATOR, csvCell } from "@/lib/domain/csv";
import { EMPLOYMENT_TYPE_LABEL, YES_NO_LABEL, periodStatusLabel } from "@/lib/domain/labels";
import { formatDay } from "@/lib/format";
import { planStandingText } from "@/lib/domain/plan-standing-text";
import { feRegistryBatches, type RegistryFilter, type RegistryRow } from "./list-fe-registry";
import { logAccess } from "@/lib/server/access-log/log-access";

const HEADER = ["Navn", "Foretak", "Spesialitet", "Stilling", "Ansiennitetsdato", "Plan", "Ønsker og perioder", "Tildelbar", "Begrunnelse"] as const;

/** Rows read per statement batch while streaming (keyset pagination in the filter's order). */
export const EXPORT_BATCH = 500;

const line = (cells: readonly (string | number | null | undefined)[]) => cells.map(csvCell).join(CSV_SEPARATOR) + "\r\n";

function rowCells(r: RegistryRow): string[] {
  return [
    r.name,
    r.organisation,
    r.specialty,
    EMPLOYMENT_TYPE_LABEL[r.employmentType],
    formatDay(r.registeredOn),
    planStandingText(r.plan).text,
    r.periods
      .map((p) => `${periodStatusLabel(p.status)}: ${p.specialty}, ${p.partner}, ønsket start ${formatDay(p.desiredStart)}` + (p.sendingRank ? `, prioritet ${p.sendingRank}` : ""))
      .join(" | "),
    r.eligibility.eligible ? YES_NO_LABEL.ja : YES_NO_LABEL.nei,
    r.eligibility.reasons.map((x) => x.message).join(" "),
  ];
}

/**
 * The fiktiv enhet the scope reaches, as an Excel-friendly CSV (nb-NO dates, `;`, UTF-8 BOM, formula-safe),
 * streamed: registrations are read EXPORT_BATCH at a time and each batch is written as it comes, so the
 * file is never built in memory. When the stream completes, one access-log row names how many LIS it held,
 * seen by each of them (issue 11 §9, decision 0008); an export that fails or is cancelled logs nothing it did not send.
 */
export function streamFeRegistryCsv(options: { scope: AccessScope; filter?: RegistryFilter; now?: Date; batch?: number }): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  const batches = feRegistryBatches({ ...options, batch: options.batch ?? EXPORT_BATCH });
  const personIds: string[] = [];
  let started = false;
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      try {
        if (!started) {
          started = true;
          controller.enqueue(encoder.encode(CSV_BOM + line(HEADER)));
          return;
        }
        const next = await batches.next();
        if (next.done) {
          await logAccess(options.scope, [{ what: "FE_REGISTRY_EXPORT", subjectPersonIds: personIds }]);
          controller.close();
          return;
        }
        for (const r of next.value) personIds.push(r.personId);
        controller.enqueue(encoder.encode(next.value.map((r) => line(rowCells(r))).join("")));
      } catch (error) {
        controller.error(error);
      }
    },
    async cancel() {
      await batches.return(undefined);
    },
  });
}

/** The whole CSV as one string (tests and small callers); the routes stream with streamFeRegistryCsv. */
export async function exportFeRegistryCsv(options: { scope: AccessScope; filter?: RegistryFilter; now?: Date }): Promise<string> {
  return new Response(streamFeRegistryCsv(options)).text();
}
