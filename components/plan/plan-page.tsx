import Link from "next/link";
import type { PlanWorkspace, PlanVersionView } from "@/lib/server/plans/get-plan-workspace";
import { PLAN_PERIOD_KIND_LABEL, PLAN_STATUS_LABEL, labelOf, periodStatusLabel } from "@/lib/domain/labels";
import { diffPlanVersions } from "@/lib/domain/plan-diff";
import { ROLE_LABEL } from "@/lib/domain/roles";
import { dayInputValue, formatDate, formatDateTime, formatDay, formatPeriod } from "@/lib/format";
import { PlanStandingBadge } from "@/components/plan-standing-badge";
import { PlanForm, type PlanFormRow } from "@/components/plan/plan-form";
import { ApprovePlanForm, ReturnPlanForm, SignPlanForm } from "@/components/plan/plan-step-forms";
import { RULE_TEXT } from "@/lib/domain/rules";
import { CellLabel, reflow } from "@/components/reflow-table";
import { TimelineView } from "@/components/lis/timeline";

const PERIOD_COLUMNS = ["Periode", "Læringsarena", "Tid", "Læringsmål og aktiviteter"] as const;

const SAVED_MESSAGE: Record<string, string> = {
  "1": "Planen er lagret.",
  "signaturer-fjernet": "Planen er lagret. Signaturene er fjernet fordi planen ble endret, så den må signeres på nytt.",
  "ny-versjon": "Planen er lagret som en ny versjon. Den godkjente planen gjelder til den nye er godkjent.",
};


/**
 * The LIS's spesialiseringsperioder against the plan: what is wished, agreed (inclusive dates, who agreed
 * it) and what was declined, withdrawn or cancelled, with the reason (issue 14 §3; seed 001).
 */
function PeriodStandings({ periods }: { periods: PlanWorkspace["spesialiseringsperioder"] }) {
  if (periods.length === 0) return null;
  return (
    <section aria-labelledby="spesialiseringsperioder" className="mt-8">
      <h2 id="spesialiseringsperioder" className="text-xl font-semibold">
        Spesialiseringsperioder
      </h2>
      <ul className="mt-3 space-y-2">
        {periods.map((p) => (
          <li key={p.id} className="rounded border border-slate-300 bg-white p-3">
            <p>
              <strong>{periodStatusLabel(p.status)}:</strong> {p.what}
              {p.agreedStart
                ? `, ${p.status === "AVBRUTT" ? "var avtalt" : "avtalt"} ${formatPeriod(p.agreedStart, p.agreedEnd)}${p.agreedWith ? ` med ${p.agreedWith}${p.agreedOn ? ` ${formatDay(p.agreedOn)}` : ""}` : ""}`
                : `, ønsket start ${formatDay(p.desiredStart)}`}
            </p>
            {p.record.length ? (
              <ul className="mt-1 list-disc pl-5 text-sm text-slate-800" aria-label={`Avslag og avlysninger, ${p.what}`}>
                {p.record.map((n, i) => (
                  <li key={i}>{n.text}</li>
                ))}
              </ul>
            ) : null}
          </li>
        ))}
      </ul>
    </section>
  );
}

export function PeriodsTable({ version, caption }: { version: PlanVersionView; caption: string }) {
  if (version.periods.length === 0) return <p className="mt-2">Planen har ingen perioder ennå.</p>;
  return (
    <table role="table" className={reflow.table}>
      <caption className="sr-only">{caption}</caption>
      <thead role="rowgroup" className={reflow.thead}>
        <tr role="row" className={reflow.headRow}>
          {PERIOD_COLUMNS.map((c) => (
            <th key={c} role="columnheader" scope="col" className={reflow.th}>
              {c}
            </th>
          ))}
        </tr>
      </thead>
      <tbody role="rowgroup" className={reflow.tbody}>
        {version.periods.map((p) => (
          <tr key={p.id} role="row" className={reflow.row}>
            <td role="cell" className={reflow.cell}>
              <CellLabel>{PERIOD_COLUMNS[0]}</CellLabel>
              {PLAN_PERIOD_KIND_LABEL[p.kind]}
            </td>
            <td role="cell" className={reflow.cell}>
              <CellLabel>{PERIOD_COLUMNS[1]}</CellLabel>
              {p.arenaLabel}
              {p.normertTidMonths ? <span className="block text-slate-700">Normert tid {p.normertTidMonths} mnd.</span> : null}
            </td>
            <td role="cell" className={reflow.cell}>
              <CellLabel>{PERIOD_COLUMNS[2]}</CellLabel>
              {formatDay(p.startDate)}–{formatDay(p.lastDate)}
              {p.kind === "SPESIALISERINGSPERIODE" ? <span className="block text-slate-700">{p.durationMonths} måneder (foreløpig start)</span> : null}
              {p.refunded ? <span className="block font-medium">{RULE_TEXT.refunded}</span> : null}
              {p.shortDurationReason ? <span className="block">Kortere enn normert tid: {p.shortDurationReason}</span> : null}
            </td>
            <td role="cell" className={reflow.cell}>
              <CellLabel>{PERIOD_COLUMNS[3]}</CellLabel>
              {p.learningGoals.length ? <span className="block">Læringsmål: {p.learningGoals.join("; ")}</span> : null}
              {p.learningActivities}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

export function Signatures({ version }: { version: PlanVersionView }) {
  if (version.signatures.length === 0) return <p className="mt-2">Ingen har signert denne versjonen.</p>;
  return (
    <ul className="mt-2 list-disc pl-5">
      {version.signatures.map((s) => (
        <li key={s.role}>
          Signert av {s.name} ({ROLE_LABEL[s.role]}) {formatDateTime(s.signedAt)}, versjon {version.versionNumber}
        </li>
      ))}
    </ul>
  );
}

function VersionDiff({ from, to }: { from: PlanVersionView; to: PlanVersionView }) {
  const changes = diffPlanVersions(from, to);
  return changes.length === 0 ? (
    <p className="mt-1 text-sm">Ingen endringer fra versjon {from.versionNumber}.</p>
  ) : (
    <ul className="mt-1 list-disc pl-5 text-sm">
      {changes.map((c, i) => (
        <li key={i}>{c.text}</li>
      ))}
    </ul>
  );
}

function toRows(version: PlanVersionView | null): PlanFormRow[] {
  return (version?.periods ?? []).map((p) => ({
    key: p.id,
    kind: p.kind,
    departmentId: p.departmentId ?? "",
    fagavtaleId: p.fagavtaleId ?? "",
    startDate: dayInputValue(p.startDate),
    endDate: p.kind === "HJEMME" ? dayInputValue(p.lastDate) : "",
    durationMonths: p.kind === "SPESIALISERINGSPERIODE" ? String(p.durationMonths) : "",
    shortDurationReason: p.shortDurationReason ?? "",
    learningActivities: p.learningActivities,
  }));
}

/** The plan page shared by the LIS, leader and coordinator areas. */
export function PlanPage({
  ws,
  basePath,
  editing,
  saved,
  compare,
}: {
  ws: PlanWorkspace;
  basePath: string;
  editing: boolean;
  saved?: string;
  /** Version numbers to compare (?fra=1&til=2). */
  compare?: { from?: string; to?: string };
}) {
  const current = ws.open ?? ws.approved;
  const heading = `Gjennomføringsplan for ${ws.employment.lisName}`;

  if (editing && ws.can.edit) {
    const base = ws.open ?? ws.approved;
    return (
      <>
        <h1 className="text-2xl font-semibold">Rediger {heading.charAt(0).toLowerCase() + heading.slice(1)}</h1>
        <p className="mt-2 text-slate-700">
          {ws.employment.title}, {ws.employment.department}, {ws.employment.organisation}. <Link href={basePath} className="underline">Avbryt og gå tilbake til planen</Link>
        </p>
        <div className="mt-6">
          <PlanForm
            employmentId={ws.employment.id}
            basedOnVersionId={base?.id ?? ""}
            lockVersion={base?.lockVersion ?? 0}
            courses={base?.courses ?? ""}
            notes={base?.notes ?? ""}
            rows={toRows(base)}
            departments={ws.options.departments}
            fagavtaler={ws.options.fagavtaler}
            returnPath={basePath}
            signed={Boolean(ws.open?.signatures.length)}
            revision={!ws.open && Boolean(ws.approved)}
          />
        </div>
      </>
    );
  }

  const history = ws.versions;
  return (
    <>
      <h1 className="text-2xl font-semibold">{heading}</h1>
      <p className="mt-2 text-slate-700">
        {ws.employment.title}, {ws.employment.department}, {ws.employment.organisation}. Startet {formatDay(ws.employment.startDate)}.
      </p>
      {saved && SAVED_MESSAGE[saved] ? (
        <p role="status" className="mt-4 rounded border-l-4 border-green-700 bg-green-50 p-3 text-green-950">
          {SAVED_MESSAGE[saved]}
        </p>
      ) : null}

      <section aria-labelledby="status" className="mt-6 rounded border border-slate-300 bg-white p-4">
        <h2 id="status" className="text-xl font-semibold">
          Status
        </h2>
        <p className="mt-2">
          <PlanStandingBadge standing={ws.standing} />
        </p>
        {ws.approved?.expiresAt ? (
          <p className="mt-2">
            Godkjent versjon {ws.approved.versionNumber} gjelder til {formatDate(ws.approved.expiresAt)}.
          </p>
        ) : null}
        {ws.missing.length ? (
          <>
            <h3 className="mt-3 font-semibold">Dette mangler</h3>
            <ul className="list-disc pl-5">
              {ws.missing.map((m) => (
                <li key={m}>{m}</li>
              ))}
            </ul>
          </>
        ) : null}
        {ws.open?.returnComment && ws.open.status !== "TIL_GODKJENNING" ? (
          <p className="mt-3 rounded border-l-4 border-amber-700 bg-amber-50 p-3 text-amber-950">
            Returnert {formatDateTime(ws.open.returnedAt)} med kommentar: {ws.open.returnComment}
          </p>
        ) : null}
        <div className="mt-4 flex flex-wrap gap-3">
          {ws.can.edit ? (
            <Link href={`${basePath}?rediger=1`} className="rounded bg-brand-700 px-4 py-2 font-medium text-white">
              {ws.open ? "Rediger planen" : ws.approved ? "Endre planen (ny versjon)" : "Lag plan"}
            </Link>
          ) : null}
          {ws.can.print ? (
            <Link href={`${basePath}/utskrift`} className="rounded border border-brand-700 bg-white px-4 py-2 font-medium text-brand-800">
              Utskriftsvennlig versjon
            </Link>
          ) : null}
        </div>
      </section>

      <PeriodStandings periods={ws.spesialiseringsperioder} />

      <TimelineView
        timeline={ws.timeline}
        id="tidslinje"
        heading="Tidslinje"
        intro={
          ws.timelineVersion
            ? `Arbeidsforholdet, periodene i versjon ${ws.timelineVersion.versionNumber} av planen (${labelOf(PLAN_STATUS_LABEL, ws.timelineVersion.status).toLocaleLowerCase("nb")}) og spesialiseringsperiodene, med dagens dato.`
            : "Arbeidsforholdet og spesialiseringsperiodene, med dagens dato. Planen har ingen perioder ennå."
        }
      />

      {current ? (
        <section aria-labelledby="gjeldende" className="mt-8">
          <h2 id="gjeldende" className="text-xl font-semibold">
            Versjon {current.versionNumber}: {labelOf(PLAN_STATUS_LABEL, current.status)}
          </h2>
          <PeriodsTable version={current} caption={`Perioder i versjon ${current.versionNumber}`} />
          <p className="mt-3">
            <strong>Kurs:</strong> {current.courses || "–"}
          </p>
          <p>
            <strong>Merknader:</strong> {current.notes || "–"}
          </p>
          <h3 className="mt-4 font-semibold">Signaturer</h3>
          <Signatures version={current} />
          {ws.open && ws.can.edit && ws.open.signatures.length ? (
            <p className="mt-2 text-sm">Endrer du planen nå, fjernes signaturene, og den må signeres på nytt.</p>
          ) : null}
          {ws.open || ws.approved ? (
            <>
              {ws.viewer.signsAs ? (
                <SignPlanForm
                  versionId={ws.open?.id ?? ""}
                  lockVersion={ws.open?.lockVersion ?? 0}
                  versionNumber={ws.open?.versionNumber}
                  roleLabel={ws.viewer.signsAs === "LIS" ? "LIS" : "leder"}
                  canSign={ws.can.sign}
                />
              ) : null}
              {ws.viewer.approves ? (
                <div className="mt-4 rounded border border-slate-300 bg-white p-4">
                  <h3 className="font-semibold">Godkjenning</h3>
                  {ws.can.approve ? (
                    <p className="text-sm">{RULE_TEXT.planValidity} Samarbeidsforetak med endrede spesialiseringsperioder blir varslet.</p>
                  ) : (
                    <p className="text-sm">Ingen versjon venter på godkjenning nå.</p>
                  )}
                  <ApprovePlanForm versionId={ws.open?.id ?? ""} lockVersion={ws.open?.lockVersion ?? 0} versionNumber={ws.open?.versionNumber} replacesApproved={Boolean(ws.approved)} canAct={ws.can.approve} />
                  <ReturnPlanForm versionId={ws.open?.id ?? ""} lockVersion={ws.open?.lockVersion ?? 0} canAct={ws.can.return} />
                </div>
              ) : null}
            </>
          ) : null}
        </section>
      ) : (
        <p className="mt-8">Det finnes ingen plan ennå.</p>
      )}

      {history.length > 1 ? <CompareVersions ws={ws} basePath={basePath} compare={compare} /> : null}

      {history.length ? (
        <section aria-labelledby="historikk" className="mt-10">
          <h2 id="historikk" className="text-xl font-semibold">
            Historikk
          </h2>
          <ol className="mt-3 space-y-4">
            {history.map((v) => {
              const basis = history.find((x) => x.id === v.basedOnVersionId) ?? history.find((x) => x.versionNumber === v.versionNumber - 1);
              return (
                <li key={v.id} className="rounded border border-slate-300 bg-white p-4">
                  <h3 className="font-semibold">
                    Versjon {v.versionNumber}: {labelOf(PLAN_STATUS_LABEL, v.status)}
                  </h3>
                  <p className="text-sm text-slate-700">
                    Opprettet {formatDateTime(v.createdAt)} av {v.createdBy}
                    {v.approvedAt ? `. Godkjent ${formatDateTime(v.approvedAt)}, utløper ${formatDate(v.expiresAt)}` : ""}
                    {v.returnedAt ? `. Returnert ${formatDateTime(v.returnedAt)}` : ""}.
                  </p>
                  <Signatures version={v} />
                  {basis ? (
                    <>
                      <h4 className="mt-2 text-sm font-semibold">Endringer fra versjon {basis.versionNumber}</h4>
                      <VersionDiff from={basis} to={v} />
                    </>
                  ) : null}
                  {v.notified.length ? (
                    <ul className="mt-2 text-sm">
                      {v.notified.map((n, i) => (
                        <li key={i}>
                          Varslet: {n.organisation} ({formatDateTime(n.createdAt)}
                          {n.sentAt ? ", e-post sendt" : ""})
                        </li>
                      ))}
                    </ul>
                  ) : null}
                </li>
              );
            })}
          </ol>
        </section>
      ) : null}
    </>
  );
}

function CompareVersions({ ws, basePath, compare }: { ws: PlanWorkspace; basePath: string; compare?: { from?: string; to?: string } }) {
  const byNumber = (n?: string) => ws.versions.find((v) => String(v.versionNumber) === n);
  const from = byNumber(compare?.from);
  const to = byNumber(compare?.to);
  const options = [...ws.versions].reverse();
  const newest = ws.versions[0]!;
  const older = ws.versions[1]!;
  return (
    <section aria-labelledby="sammenlign" className="mt-10">
      <h2 id="sammenlign" className="text-xl font-semibold">
        Sammenlign versjoner
      </h2>
      <form method="get" action={basePath} className="mt-3 flex flex-wrap items-end gap-4">
        <VersionSelect id="fra" label="Fra versjon" options={options} defaultNumber={(from ?? older).versionNumber} />
        <VersionSelect id="til" label="Til versjon" options={options} defaultNumber={(to ?? newest).versionNumber} />
        <button type="submit" className="rounded border border-brand-700 bg-white px-4 py-2 font-medium text-brand-800">
          Vis endringer
        </button>
      </form>
      {from && to ? (
        <div className="mt-3 rounded border border-slate-300 bg-white p-4" aria-live="polite">
          <h3 className="font-semibold">
            Endringer fra versjon {from.versionNumber} til versjon {to.versionNumber}
          </h3>
          <VersionDiff from={from} to={to} />
        </div>
      ) : null}
    </section>
  );
}

function VersionSelect({ id, label, options, defaultNumber }: { id: "fra" | "til"; label: string; options: PlanWorkspace["versions"]; defaultNumber: number }) {
  return (
    <div>
      <label htmlFor={id} className="block font-medium">
        {label}
      </label>
      <select id={id} name={id} defaultValue={String(defaultNumber)} className="mt-1 rounded border border-slate-500 bg-white px-3 py-2">
        {options.map((v) => (
          <option key={v.id} value={v.versionNumber}>
            Versjon {v.versionNumber} ({labelOf(PLAN_STATUS_LABEL, v.status)})
          </option>
        ))}
      </select>
    </div>
  );
}
