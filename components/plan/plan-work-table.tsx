import Link from "next/link";
import type { PlanWorkRow } from "@/lib/server/plans/list-plan-work";
import { PlanStandingBadge } from "@/components/plan-standing-badge";
import { SendReminderButton } from "@/components/notifications/send-reminder-button";

/** A work list of plans, each row linking to the plan; with `reminders`, a "Send påminnelse" per row (local coordinator). */
export function PlanWorkTable({ rows, caption, basePath, empty, reminders = false }: { rows: PlanWorkRow[]; caption: string; basePath: string; empty: string; reminders?: boolean }) {
  if (rows.length === 0) return <p className="mt-2">{empty}</p>;
  return (
    <table className="mt-3 w-full border-collapse bg-white text-left text-sm">
      <caption className="sr-only">{caption}</caption>
      <thead>
        <tr className="border-b border-slate-400">
          <th scope="col" className="p-2">LIS</th>
          <th scope="col" className="p-2">Avdeling</th>
          <th scope="col" className="p-2">Spesialitet</th>
          <th scope="col" className="p-2">Status</th>
          <th scope="col" className="p-2">Mangler</th>
          {reminders ? <th scope="col" className="p-2">Påminnelse</th> : null}
        </tr>
      </thead>
      <tbody>
        {rows.map((r) => (
          <tr key={r.employmentId} className="border-b border-slate-200 align-top">
            <td className="p-2">
              <Link href={`${basePath}/${r.employmentId}`} className="font-medium text-brand-800 underline">
                {r.lisName}
              </Link>
            </td>
            <td className="p-2">{r.department}</td>
            <td className="p-2">{r.specialty}</td>
            <td className="p-2">
              <PlanStandingBadge standing={r.standing} />
            </td>
            <td className="p-2">{r.missing.join(" ") || "–"}</td>
            {reminders ? (
              <td className="p-2">
                <SendReminderButton employmentId={r.employmentId} lisName={r.lisName} />
              </td>
            ) : null}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
