import Link from "next/link";
import type { RegistryFilter, RegistryRow } from "@/lib/server/fe/list-fe-registry";
import { EMPLOYMENT_TYPE_LABEL, YES_NO_LABEL, periodStatusLabel } from "@/lib/domain/labels";
import { PlanStandingBadge } from "@/components/plan-standing-badge";
import { formatDay, formatPeriod } from "@/lib/format";

type SortKey = NonNullable<RegistryFilter["sort"]>;

function sortHref(basePath: string, filter: RegistryFilter, key: SortKey): string {
  const params = new URLSearchParams();
  for (const [k, v] of Object.entries(filter)) if (v && k !== "sort" && k !== "dir") params.set(k, String(v));
  const current = filter.sort ?? "ansiennitet";
  params.set("sort", key);
  params.set("dir", current === key && filter.dir !== "desc" ? "desc" : "asc");
  return `${basePath}?${params.toString()}`;
}

function SortHeader({ label, sortKey, basePath, filter }: { label: string; sortKey: SortKey; basePath: string; filter: RegistryFilter }) {
  const active = (filter.sort ?? "ansiennitet") === sortKey;
  const ariaSort = active ? (filter.dir === "desc" ? "descending" : "ascending") : "none";
  return (
    <th scope="col" aria-sort={ariaSort} className="px-3 py-2 text-left">
      <Link href={sortHref(basePath, filter, sortKey)} className="underline">
        {label}
        {active ? <span aria-hidden="true">{filter.dir === "desc" ? " ↓" : " ↑"}</span> : null}
        <span className="sr-only">{active ? (filter.dir === "desc" ? ", sortert synkende" : ", sortert stigende") : ", sorter"}</span>
      </Link>
    </th>
  );
}

/** The fiktiv enhet as a table: one row per registered LIS. `rowExtra` renders per-row tools. */
export function RegistryTable({
  rows,
  basePath,
  filter,
  showOrganisation,
  caption,
  total,
  rowExtra,
}: {
  rows: RegistryRow[];
  /** All rows matching the filter, when `rows` is one page of them. */
  total?: number;
  basePath: string;
  filter: RegistryFilter;
  showOrganisation: boolean;
  caption: string;
  rowExtra?: (row: RegistryRow) => React.ReactNode;
}) {
  return (
    <div className="mt-4 overflow-x-auto">
      <table className="min-w-full border-collapse bg-white text-sm">
        <caption className="mb-2 text-left font-medium">
          {caption} ({total ?? rows.length} LIS)
        </caption>
        <thead className="bg-slate-100">
          <tr>
            <SortHeader label="Navn" sortKey="navn" basePath={basePath} filter={filter} />
            {showOrganisation ? <SortHeader label="Foretak" sortKey="foretak" basePath={basePath} filter={filter} /> : null}
            <SortHeader label="Spesialitet" sortKey="spesialitet" basePath={basePath} filter={filter} />
            <th scope="col" className="px-3 py-2 text-left">
              Stilling
            </th>
            <SortHeader label="Ansiennitet" sortKey="ansiennitet" basePath={basePath} filter={filter} />
            <th scope="col" className="px-3 py-2 text-left">
              Plan
            </th>
            <th scope="col" className="px-3 py-2 text-left">
              Ønsker og perioder
            </th>
            <th scope="col" className="px-3 py-2 text-left">
              Tildelbar
            </th>
            {rowExtra ? (
              <th scope="col" className="px-3 py-2 text-left">
                Handlinger
              </th>
            ) : null}
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.registrationId} className="border-t border-slate-300 align-top">
              <th scope="row" className="px-3 py-2 text-left font-medium">
                {r.name}
              </th>
              {showOrganisation ? <td className="px-3 py-2">{r.organisation}</td> : null}
              <td className="px-3 py-2">{r.specialty}</td>
              <td className="px-3 py-2">{EMPLOYMENT_TYPE_LABEL[r.employmentType]}</td>
              <td className="px-3 py-2">{formatDay(r.registeredOn)}</td>
              <td className="px-3 py-2">
                <PlanStandingBadge standing={r.plan} />
              </td>
              <td className="px-3 py-2">
                {r.periods.length === 0 ? (
                  "–"
                ) : (
                  <ul className="space-y-1">
                    {r.periods.map((p) => (
                      <li key={p.id}>
                        {periodStatusLabel(p.status)}: {p.specialty}, {p.partner}
                        {p.agreedStart ? (
                          <>
                            {p.status === "AVBRUTT" ? ", var avtalt " : ", avtalt "}
                            {formatPeriod(p.agreedStart, p.agreedEnd)}
                            {p.agreedWith ? ` med ${p.agreedWith}${p.agreedOn ? ` ${formatDay(p.agreedOn)}` : ""}` : ""}
                          </>
                        ) : (
                          <>
                            , ønsket start {formatDay(p.desiredStart)}
                            {p.queueDate ? `, i kø fra ${formatDay(p.queueDate)}` : ""}
                            {p.sendingRank ? `, prioritet ${p.sendingRank}` : ""}
                          </>
                        )}
                        {p.record.length ? (
                          <ul className="mt-1 list-disc pl-4 text-slate-700" aria-label={`Avslag og avlysninger, ${p.partner}`}>
                            {p.record.map((n, i) => (
                              <li key={i}>{n.text}</li>
                            ))}
                          </ul>
                        ) : null}
                      </li>
                    ))}
                  </ul>
                )}
              </td>
              <td className="px-3 py-2">
                {r.eligibility.eligible ? (
                  YES_NO_LABEL.ja
                ) : (
                  <>
                    <span className="font-medium">{YES_NO_LABEL.nei}</span>
                    <ul className="mt-1 list-disc pl-4">
                      {r.eligibility.reasons.map((reason) => (
                        <li key={reason.code}>{reason.message}</li>
                      ))}
                    </ul>
                  </>
                )}
              </td>
              {rowExtra ? <td className="px-3 py-2">{rowExtra(r)}</td> : null}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
