import type { IndicatorPage as PageData } from "@/lib/server/indicators/get-indicator-report";
import { formatCell, snapshotFigure, SNAPSHOT_FIGURE_TEXT, type IndicatorTable, type KeyFigure } from "@/lib/domain/indicators";
import { formatDay, formatNumber } from "@/lib/format";
import { ActionForm } from "@/components/fe/action-form";
import { takeIndicatorSnapshotForm } from "@/lib/actions/indicators/take-indicator-snapshot";

const COLORS = ["#1d4ed8", "#b45309", "#047857", "#7c3aed", "#be123c"];

const figure = (f: KeyFigure) => formatCell(f.value, f.kind, formatNumber);

/** A server-rendered horizontal bar chart of the table's chart spec; the numbers are in the table below it. */
function BarChart({ table }: { table: IndicatorTable }) {
  const spec = table.chart;
  if (!spec || spec.rows.length === 0) return null;
  const value = (r: number, s: number) => {
    const v = table.rows[r]?.[s];
    return typeof v === "number" ? v : 0;
  };
  const max = Math.max(1, ...spec.rows.flatMap((r) => spec.series.map((s) => value(r, s))));
  const bar = 14;
  const group = spec.series.length * bar + 22;
  const width = 600;
  const left = 4;
  const height = spec.rows.length * group + 8;
  return (
    <figure className="mt-3">
      <svg role="img" aria-label={`${table.title}: ${table.summary}`} viewBox={`0 0 ${width} ${height}`} className="h-auto w-full max-w-2xl">
        {spec.rows.map((r, gi) => {
          const y0 = gi * group;
          return (
            <g key={r}>
              <text x={left} y={y0 + 14} fontSize="13" fill="#0f172a">
                {[spec.label, ...(spec.sublabel === undefined ? [] : [spec.sublabel])].map((c) => String(table.rows[r]?.[c] ?? "")).join(" – ")}
              </text>
              {spec.series.map((s, si) => {
                const v = value(r, s);
                const w = Math.round((v / max) * (width - 80));
                return (
                  <g key={s}>
                    <rect x={left} y={y0 + 20 + si * bar} width={Math.max(w, 1)} height={bar - 3} fill={COLORS[si % COLORS.length]} />
                    <text x={left + w + 4} y={y0 + 20 + si * bar + 10} fontSize="11" fill="#0f172a">
                      {formatNumber(v)}
                    </text>
                  </g>
                );
              })}
            </g>
          );
        })}
      </svg>
      <figcaption className="mt-1 flex flex-wrap gap-x-4 gap-y-1 text-sm text-slate-700">
        {spec.series.map((s, si) => (
          <span key={s} className="inline-flex items-center gap-1">
            {/* An SVG swatch: a fill attribute, not an inline style the Content-Security-Policy would block. */}
            <svg aria-hidden="true" width="12" height="12" className="inline-block">
              <rect width="12" height="12" fill={COLORS[si % COLORS.length]} />
            </svg>
            {table.columns[s]?.label}
          </span>
        ))}
      </figcaption>
    </figure>
  );
}

/** One indicator: its definition, summary, picture and table; with a CSV link on the page, without one in print. */
export function IndicatorSection({ table, exportHref, className = "mt-10" }: { table: IndicatorTable; exportHref?: string; className?: string }) {
  const headingId = `indikator-${table.id}`;
  return (
    <section aria-labelledby={headingId} className={className}>
      <h2 id={headingId} className="text-xl font-semibold">
        {table.title}
      </h2>
      <p className="mt-1 text-slate-700">
        <strong>Definisjon:</strong> {table.definition}
      </p>
      <p className="mt-2">{table.summary}</p>
      <BarChart table={table} />
      <div className="mt-3 overflow-x-auto">
        <table className="min-w-full text-left text-sm">
          <caption className="text-left font-medium">{table.title}</caption>
          <thead>
            <tr>
              {table.columns.map((c) => (
                <th key={c.label} scope="col" className="border-b border-slate-300 px-2 py-1">
                  {c.label}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {table.rows.length === 0 ? (
              <tr>
                <td colSpan={table.columns.length} className="px-2 py-1">
                  Ingen rader.
                </td>
              </tr>
            ) : (
              table.rows.map((row, i) => (
                <tr key={i}>
                  {row.map((cell, j) =>
                    j === 0 ? (
                      <th key={j} scope="row" className="border-b border-slate-200 px-2 py-1 font-normal">
                        {formatCell(cell, table.columns[j]!.kind, formatNumber)}
                      </th>
                    ) : (
                      <td key={j} className="border-b border-slate-200 px-2 py-1">
                        {formatCell(cell, table.columns[j]!.kind, formatNumber)}
                      </td>
                    ),
                  )}
                </tr>
              ))
            )}
          </tbody>
        </table>
      </div>
      {exportHref ? (
        <p className="mt-2">
          <a href={`${exportHref}&tabell=${encodeURIComponent(table.id)}`} className="text-brand-800 underline" download>
            Last ned «{table.title}» (CSV)
          </a>
        </p>
      ) : null}
    </section>
  );
}

/** Today's key figures beside the last snapshot's. */
export function KeyFigureTable({ data }: { data: PageData }) {
  const { report } = data;
  const lastFigures = data.last ? (data.last.report.keyFigures ?? []) : null;
  return (
    <div className="mt-3 overflow-x-auto">
      <table className="min-w-full text-left text-sm">
        <caption className="text-left font-medium">Nøkkeltall i dag sammenlignet med siste øyeblikksbilde</caption>
        <thead>
          <tr>
            <th scope="col" className="border-b border-slate-300 px-2 py-1">Nøkkeltall</th>
            <th scope="col" className="border-b border-slate-300 px-2 py-1">I dag</th>
            <th scope="col" className="border-b border-slate-300 px-2 py-1">Siste øyeblikksbilde</th>
          </tr>
        </thead>
        <tbody>
          {report.keyFigures.map((f) => {
            const before = snapshotFigure(lastFigures, f.id);
            return (
              <tr key={f.id}>
                <th scope="row" className="border-b border-slate-200 px-2 py-1 font-normal">{f.label}</th>
                <td className="border-b border-slate-200 px-2 py-1">{figure(f)}</td>
                <td className="border-b border-slate-200 px-2 py-1">{before.kind === "VERDI" ? figure(before.figure) : <span className="text-slate-700">{SNAPSHOT_FIGURE_TEXT[before.kind]}</span>}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}

/** Styringsinformasjon for a trust or region: key figures against the last snapshot, then each indicator with its picture and table. */
export function IndicatorPageView({ data, basePath }: { data: PageData; basePath: string }) {
  const { report, last } = data;
  const exportHref = `${basePath}/eksport?omrade=${encodeURIComponent(report.scopeId)}`;
  return (
    <>
      <h1 className="text-2xl font-semibold">Styringsinformasjon – {report.scopeName}</h1>
      <p className="mt-2 text-slate-700">
        Tallene gjelder LIS som har {report.scopeKind === "TRUST" ? "dette foretaket" : "et foretak i regionen"} som hovedarbeidsgiver, beregnet {formatDay(new Date(`${report.computedFor}T12:00:00Z`))}.
      </p>
      <p className="mt-2">
        <a href={`${basePath}/rapport?omrade=${encodeURIComponent(report.scopeId)}`} className="text-brand-800 underline">
          Utskriftsvennlig rapport
        </a>
      </p>
      {data.choices.length > 1 ? (
        <nav aria-label="Velg foretak eller region" className="mt-3">
          <ul className="flex flex-wrap gap-3">
            {data.choices.map((c) => (
              <li key={c.id}>
                <a href={`${basePath}?omrade=${encodeURIComponent(c.id)}`} aria-current={c.id === report.scopeId ? "page" : undefined} className="text-brand-800 underline">
                  {c.name}
                </a>
              </li>
            ))}
          </ul>
        </nav>
      ) : null}
      <section aria-labelledby="sammenligning" className="mt-6">
        <h2 id="sammenligning" className="text-xl font-semibold">
          I dag og ved siste øyeblikksbilde
        </h2>
        <p className="mt-1 text-slate-700">
          {last ? `Siste øyeblikksbilde er fra ${formatDay(last.takenFor)} (${last.source === "PLANLAGT" ? "planlagt" : "manuelt"}).` : "Det finnes ikke noe øyeblikksbilde ennå."}
        </p>
        <KeyFigureTable data={data} />
        <ActionForm action={takeIndicatorSnapshotForm} hidden={{ scopeId: report.scopeId }} submitLabel="Ta øyeblikksbilde" idPrefix="oyeblikksbilde" className="mt-4" />
      </section>
      {report.tables.map((t) => (
        <IndicatorSection key={t.id} table={t} exportHref={exportHref} />
      ))}
    </>
  );
}
