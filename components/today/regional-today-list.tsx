import Link from "next/link";
import type { RegionalGroup } from "@/lib/server/today/get-regional-today";
import { formatNumber } from "@/lib/format";

/** The regional start page's groups: a heading with its count, then the first items as sentences with a link to act. */
export function RegionalTodayList({ groups }: { groups: readonly RegionalGroup[] }) {
  return (
    <div className="mt-4 space-y-6">
      {groups.map((g) => (
        <section key={g.key} aria-labelledby={`regional-${g.key}`} className="rounded border border-slate-300 bg-white p-4">
          <h3 id={`regional-${g.key}`} className="text-lg font-semibold break-words">
            {g.title} ({formatNumber(g.count)})
          </h3>
          {g.items.length === 0 ? (
            <p className="mt-2 text-slate-700">Ingenting her nå.</p>
          ) : (
            <ul className="mt-2 divide-y divide-slate-200">
              {g.items.map((item) => (
                <li key={item.id} className="py-2">
                  <p className="break-words">
                    <Link href={item.href} className="font-medium text-brand-800 underline">
                      {item.title}
                    </Link>
                    {item.dueText ? <span className={`ml-2 whitespace-nowrap font-semibold ${item.days !== null && item.days < 0 ? "text-red-800" : "text-slate-900"}`}>– {item.dueText}</span> : null}
                  </p>
                  <p className="text-sm text-slate-700 break-words">{item.detail}</p>
                </li>
              ))}
            </ul>
          )}
          {g.count > g.items.length ? (
            <p className="mt-2">
              <Link href={g.allHref} className="text-brand-800 underline">
                Se alle {formatNumber(g.count)}<span className="sr-only"> – {g.title.toLowerCase()}</span>
              </Link>
            </p>
          ) : null}
        </section>
      ))}
    </div>
  );
}
