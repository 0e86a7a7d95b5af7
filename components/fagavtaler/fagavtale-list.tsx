import Link from "next/link";
import type { FagavtaleSummary } from "@/lib/server/fagavtaler/list-fagavtaler";
import { termLabel } from "@/lib/domain/capacity";
import { INTAKE_PROCEDURE_LABEL, CAPACITY_UNIT_LABEL } from "@/lib/domain/labels";
import { formatDay } from "@/lib/format";

/** Each fagavtale with its terms: capacity, used, reserved (open offers) and free places. */
export function FagavtaleList({ agreements, editBase }: { agreements: FagavtaleSummary[]; editBase?: string }) {
  if (agreements.length === 0) return <p className="mt-4">Ingen fagavtaler.</p>;
  return (
    <ul className="mt-4 space-y-4">
      {agreements.map((a) => (
        <li key={a.id} className="rounded border border-slate-300 bg-white p-4">
          <h2 className="text-lg font-semibold">
            {a.specialty}: {a.home} – {a.partner}
          </h2>
          <p className="text-sm text-slate-700">
            {a.arenaName} · normert tid {a.normertTidMonths} mnd · {a.capacityCount} LIS {CAPACITY_UNIT_LABEL[a.capacityUnit]} · {INTAKE_PROCEDURE_LABEL[a.intakeProcedure]}
            {a.partnerOutsideRegion ? " · utenfor regionen" : ""} · gyldig {formatDay(a.validFrom)}–{a.validTo ? formatDay(a.validTo) : ""} · versjon {a.version}
          </p>
          {a.contactName || a.contactEmail ? (
            <p className="text-sm text-slate-700">
              Kontakt: {a.contactName ?? ""} {a.contactEmail ? `(${a.contactEmail})` : ""}
            </p>
          ) : null}
          <p className="mt-1 text-sm">Dekker: {a.dekkes.length ? a.dekkes.join("; ") : "–"}</p>
          <p className="text-sm">Forkunnskap: {a.forkunnskap.length ? a.forkunnskap.join("; ") : "–"}</p>
          <table className="mt-3 text-sm">
            <caption className="text-left font-medium">Kapasitet per termin</caption>
            <thead>
              <tr className="bg-slate-100">
                <th scope="col" className="px-2 py-1 text-left">
                  Termin
                </th>
                <th scope="col" className="px-2 py-1 text-right">
                  Plasser
                </th>
                <th scope="col" className="px-2 py-1 text-right">
                  Brukt
                </th>
                <th scope="col" className="px-2 py-1 text-right">
                  Reservert
                </th>
                <th scope="col" className="px-2 py-1 text-right">
                  Ledig
                </th>
              </tr>
            </thead>
            <tbody>
              {a.capacity.map((c) => (
                <tr key={c.term} className="border-t border-slate-300">
                  <th scope="row" className="px-2 py-1 text-left font-normal">
                    {termLabel(c.term)}
                  </th>
                  <td className="px-2 py-1 text-right">{c.capacity}</td>
                  <td className="px-2 py-1 text-right">{c.used}</td>
                  <td className="px-2 py-1 text-right">{c.reserved}</td>
                  <td className="px-2 py-1 text-right font-medium">{c.free}</td>
                </tr>
              ))}
            </tbody>
          </table>
          {editBase && a.can.edit ? (
            <p className="mt-3">
              <Link href={`${editBase}/${a.id}`} className="underline">
                Endre fagavtalen<span className="sr-only">
                  {" "}
                  {a.specialty}, {a.home} – {a.partner}
                </span>
              </Link>
            </p>
          ) : null}
        </li>
      ))}
    </ul>
  );
}
