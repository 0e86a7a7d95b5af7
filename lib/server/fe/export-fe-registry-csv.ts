import "server-only";
import type { AccessScope } from "@/lib/domain/access-scope";
import { toCsv } from "@/lib/domain/csv";
import { EMPLOYMENT_TYPE_LABEL, YES_NO_LABEL, periodStatusLabel } from "@/lib/domain/labels";
import { formatDay } from "@/lib/format";
import { planStandingText } from "@/lib/domain/plan-standing-text";
import { listFeRegistry, type RegistryFilter } from "./list-fe-registry";

/** The fiktiv enhet the scope reaches, as an Excel-friendly CSV (nb-NO dates, `;`, UTF-8 BOM, formula-safe). */
export async function exportFeRegistryCsv(options: { scope: AccessScope; filter?: RegistryFilter; now?: Date }): Promise<string> {
  const rows = await listFeRegistry(options);
  return toCsv(
    ["Navn", "Foretak", "Spesialitet", "Stilling", "Ansiennitetsdato", "Plan", "Ønsker og perioder", "Tildelbar", "Begrunnelse"],
    rows.map((r) => [
      r.name,
      r.organisation,
      r.specialty,
      EMPLOYMENT_TYPE_LABEL[r.employmentType],
      formatDay(r.registeredOn),
      planStandingText(r.plan).text,
      r.periods
        .map(
          (p) =>
            `${periodStatusLabel(p.status)}: ${p.specialty}, ${p.partner}, ønsket start ${formatDay(p.desiredStart)}` +
            (p.sendingRank ? `, prioritet ${p.sendingRank}` : ""),
        )
        .join(" | "),
      r.eligibility.eligible ? YES_NO_LABEL.ja : YES_NO_LABEL.nei,
      r.eligibility.reasons.map((x) => x.message).join(" "),
    ]),
  );
}
