import "server-only";
import type { AccessScope } from "@/lib/domain/access-scope";
import { toCsv } from "@/lib/domain/csv";
import { formatDay } from "@/lib/format";
import { logAccess } from "@/lib/server/access-log/log-access";
import { getLocalToday } from "./get-local-today";

/** At most this many items per group in an export (every group of a trust the size of OUS fits). */
export const TODAY_EXPORT_MAX_PER_GROUP = 5000;

/**
 * The "I dag" list as an Excel-friendly CSV (nb-NO dates, `;`, UTF-8 BOM, formula-safe): every item of
 * every group, bounded per group. One access-log row naming how many LIS it held (decision 0008).
 */
export async function exportTodayCsv(options: { scope: AccessScope; now?: Date }): Promise<{ csv: string; lisCount: number }> {
  const today = await getLocalToday({ scope: options.scope, now: options.now, take: TODAY_EXPORT_MAX_PER_GROUP });
  const items = today.groups.flatMap((g) => g.items.map((item) => ({ group: g.title, item })));
  const personIds = [...new Set(items.map((x) => x.item.personId))];
  await logAccess(options.scope, [{ what: "WORKLIST_EXPORT", subjectPersonIds: personIds, context: { place: "I dag" } }]);
  const csv = toCsv(
    ["Gruppe", "LIS", "Ansvarlig", "Frist", "Dager igjen", "Status", "Sak"],
    items.map(({ group, item }) => [group, item.lisName, item.responsible, item.deadline ? formatDay(item.deadline) : "", item.days ?? "", item.dueText, item.detail]),
  );
  return { csv, lisCount: personIds.length };
}
