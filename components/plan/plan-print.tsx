import Link from "next/link";
import type { PlanWorkspace } from "@/lib/server/plans/get-plan-workspace";
import { PLAN_STATUS_LABEL, labelOf } from "@/lib/domain/labels";
import { formatDate, formatDateTime, formatDay } from "@/lib/format";
import { PeriodsTable, Signatures } from "@/components/plan/plan-page";

/** A printable view of the signed (or approved) plan, with signatures and version. */
export function PlanPrint({ ws, basePath }: { ws: PlanWorkspace; basePath: string }) {
  const version = ws.open?.signatures.length ? ws.open : (ws.approved ?? ws.open);
  return (
    <article className="bg-white p-6 print:p-0">
      <p className="no-print mb-4 flex gap-4">
        <Link href={basePath} className="underline">
          Tilbake til planen
        </Link>
        <span>Bruk nettleserens utskrift (Ctrl+P) for å skrive ut.</span>
      </p>
      <h1 className="text-2xl font-semibold">Individuell gjennomføringsplan</h1>
      <dl className="mt-3 grid grid-cols-[max-content_1fr] gap-x-4 gap-y-1">
        <dt className="font-medium">LIS</dt>
        <dd>{ws.employment.lisName}</dd>
        <dt className="font-medium">Stilling</dt>
        <dd>
          {ws.employment.title}, {ws.employment.department}, {ws.employment.organisation}
        </dd>
        <dt className="font-medium">Spesialitet</dt>
        <dd>{ws.employment.specialty}</dd>
        <dt className="font-medium">Startet</dt>
        <dd>{formatDay(ws.employment.startDate)}</dd>
        {version ? (
          <>
            <dt className="font-medium">Versjon</dt>
            <dd>
              {version.versionNumber} ({labelOf(PLAN_STATUS_LABEL, version.status)})
            </dd>
            {version.approvedAt ? (
              <>
                <dt className="font-medium">Godkjent</dt>
                <dd>
                  {formatDateTime(version.approvedAt)}, gyldig til {formatDate(version.expiresAt)}
                </dd>
              </>
            ) : null}
          </>
        ) : null}
      </dl>
      {version ? (
        <>
          <h2 className="mt-6 text-xl font-semibold">Perioder</h2>
          <PeriodsTable version={version} caption={`Perioder i versjon ${version.versionNumber}`} />
          <h2 className="mt-6 text-xl font-semibold">Kurs</h2>
          <p className="whitespace-pre-line">{version.courses || "–"}</p>
          <h2 className="mt-6 text-xl font-semibold">Merknader</h2>
          <p className="whitespace-pre-line">{version.notes || "–"}</p>
          <h2 className="mt-6 text-xl font-semibold">Signaturer</h2>
          <Signatures version={version} />
        </>
      ) : (
        <p className="mt-6">Det finnes ingen plan ennå.</p>
      )}
    </article>
  );
}
