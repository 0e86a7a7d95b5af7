import type { IndicatorPage as PageData } from "@/lib/server/indicators/get-indicator-report";
import { formatDay } from "@/lib/format";
import { IndicatorSection, KeyFigureTable } from "./indicator-page";
import { PrintButton } from "./print-button";

/**
 * The printable report (issue 13 §4): the same key figures and indicator tables as the page, each
 * indicator on a page of its own when printed; navigation, choices and the print button stay off paper.
 */
export function IndicatorReportView({ data, basePath }: { data: PageData; basePath: string }) {
  const { report, last } = data;
  const computed = formatDay(new Date(`${report.computedFor}T12:00:00Z`));
  return (
    <article className="bg-white print:text-black">
      <div className="no-print flex flex-wrap items-center gap-4">
        <a href={`${basePath}?omrade=${encodeURIComponent(report.scopeId)}`} className="text-brand-800 underline">
          Tilbake til styringsinformasjon
        </a>
        <PrintButton />
      </div>
      {data.choices.length > 1 ? (
        <nav aria-label="Velg foretak eller region" className="no-print mt-3">
          <ul className="flex flex-wrap gap-3">
            {data.choices.map((c) => (
              <li key={c.id}>
                <a href={`${basePath}/rapport?omrade=${encodeURIComponent(c.id)}`} aria-current={c.id === report.scopeId ? "page" : undefined} className="text-brand-800 underline">
                  {c.name}
                </a>
              </li>
            ))}
          </ul>
        </nav>
      ) : null}
      <h1 className="mt-6 text-2xl font-semibold print:mt-0">Styringsrapport – {report.scopeName}</h1>
      <p className="mt-2 text-slate-700 print:text-black">
        {report.scopeKind === "TRUST" ? "Foretak" : "Region"}: {report.scopeName}. Tallene gjelder LIS som har {report.scopeKind === "TRUST" ? "dette foretaket" : "et foretak i regionen"} som
        hovedarbeidsgiver, beregnet {computed}.{" "}
        {last ? `Sammenlignet med øyeblikksbildet fra ${formatDay(last.takenFor)}.` : "Det finnes ikke noe øyeblikksbilde å sammenligne med."}
      </p>
      <section aria-labelledby="rapport-nokkeltall" className="mt-6 break-inside-avoid">
        <h2 id="rapport-nokkeltall" className="text-xl font-semibold">
          Nøkkeltall
        </h2>
        <KeyFigureTable data={data} />
      </section>
      {report.tables.map((t) => (
        <IndicatorSection key={t.id} table={t} className="mt-10 print:mt-0 print:break-before-page" />
      ))}
    </article>
  );
}
