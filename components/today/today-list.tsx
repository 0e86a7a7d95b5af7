import Link from "next/link";
import type { TodayGroupResult } from "@/lib/server/today/get-local-today";
import { formatNumber } from "@/lib/format";

/** The "I dag" list: a heading with its count per group, then the group's first items as sentences. */
export function TodayList({ groups, headingLevel = 2 }: { groups: readonly TodayGroupResult[]; headingLevel?: 2 | 3 }) {
  const H = headingLevel === 2 ? "h2" : "h3";
  const pending = groups.filter((g) => g.count > 0);
  const done = groups.filter((g) => g.count === 0);
  return (
    <div className="mt-4 space-y-6">
      {pending.length === 0 ? <p>Ingenting venter på deg i dag.</p> : null}
      {pending.map((g) => (
        <section key={g.group} aria-labelledby={`i-dag-${g.group}`} className="rounded border border-slate-300 bg-white p-4">
          <H id={`i-dag-${g.group}`} className="text-lg font-semibold break-words">
            {g.title} ({formatNumber(g.count)})
          </H>
          <ul className="mt-2 divide-y divide-slate-200">
            {g.items.map((item) => (
              <li key={item.id} className="py-2">
                <p className="break-words">
                  <Link href={item.href} className="font-medium text-brand-800 underline">
                    {item.lisName}
                  </Link>
                  {item.dueText ? <span className={`ml-2 whitespace-nowrap font-semibold ${item.days !== null && item.days < 0 ? "text-red-800" : "text-slate-900"}`}>– {item.dueText}</span> : null}
                </p>
                <p className="text-sm text-slate-700 break-words">{item.detail}</p>
                <p className="text-sm text-slate-700 break-words">Ansvarlig: {item.responsible}</p>
              </li>
            ))}
          </ul>
          {g.count > g.items.length ? (
            <p className="mt-2">
              <Link href={g.allHref} className="text-brand-800 underline">
                Se alle {formatNumber(g.count)}<span className="sr-only"> – {g.title.toLowerCase()}</span>
              </Link>
            </p>
          ) : null}
        </section>
      ))}
      {done.length > 0 ? (
        <p className="text-sm text-slate-700">Ingenting venter: {done.map((g) => g.title.toLowerCase()).join(", ")}.</p>
      ) : null}
    </div>
  );
}
