import { requirePageScope } from "@/lib/server/scope/require-scope";
import { listCoordinatorPlanWork, logPlanWorkRowsShown } from "@/lib/server/plans/list-plan-work";
import { PlanWorkTable } from "@/components/plan/plan-work-table";
import { formatDateTime } from "@/lib/format";
import { RULE_TEXT } from "@/lib/domain/rules";

export const metadata = { title: "Gjennomføringsplaner" };

export default async function KoordinatorPlanerPage() {
  const scope = await requirePageScope("plan:read", "LOKAL_KOORDINATOR");
  const work = await listCoordinatorPlanWork({ scope });
  await logPlanWorkRowsShown(scope, [...work.awaitingApproval, ...work.expiringSoon, ...work.expired, ...work.overdue]);
  const sections = [
    { id: "til-godkjenning", title: "Venter på godkjenning", rows: work.awaitingApproval, total: work.totals.awaitingApproval, empty: "Ingen planer venter på godkjenning." },
    { id: "utloper", title: RULE_TEXT.planExpiringTitle, rows: work.expiringSoon, total: work.totals.expiringSoon, empty: RULE_TEXT.planExpiringNone },
    { id: "utlopt", title: "Utløpte planer", rows: work.expired, total: work.totals.expired, empty: "Ingen planer er utløpt." },
    { id: "frist", title: "Uten godkjent plan etter fristen", rows: work.overdue, total: work.totals.overdue, empty: "Ingen LIS har passert fristen for første plan." },
  ];
  return (
    <>
      <h1 className="text-2xl font-semibold">Gjennomføringsplaner</h1>
      <p className="mt-2 text-slate-700">Planer ved helseforetaket ditt som trenger oppfølging.</p>
      {sections.map((s) => (
        <section key={s.id} aria-labelledby={s.id} className="mt-8">
          <h2 id={s.id} className="text-xl font-semibold">
            {s.title} ({s.total})
          </h2>
          {s.total > s.rows.length ? (
            <p className="mt-1 text-sm text-slate-700">
              Viser de {s.rows.length} første etter navn av {s.total}.
            </p>
          ) : null}
          <PlanWorkTable rows={s.rows} caption={s.title} basePath="/koordinator/planer" empty={s.empty} reminders={s.id !== "til-godkjenning"} />
        </section>
      ))}
      <section aria-labelledby="varsler" className="mt-8">
        <h2 id="varsler" className="text-xl font-semibold">
          Varsler til samarbeidsforetak
        </h2>
        {work.sentNotifications.length === 0 ? (
          <p className="mt-2">Ingen varsler er sendt.</p>
        ) : (
          <table className="mt-3 w-full border-collapse bg-white text-left text-sm">
            <caption className="sr-only">Varsler til samarbeidsforetak</caption>
            <thead>
              <tr className="border-b border-slate-400">
                <th scope="col" className="p-2">Mottaker</th>
                <th scope="col" className="p-2">Emne</th>
                <th scope="col" className="p-2">Opprettet</th>
                <th scope="col" className="p-2">E-post</th>
              </tr>
            </thead>
            <tbody>
              {work.sentNotifications.map((n) => (
                <tr key={n.id} className="border-b border-slate-200">
                  <td className="p-2">{n.organisation}</td>
                  <td className="p-2">{n.subject}</td>
                  <td className="p-2">{formatDateTime(n.createdAt)}</td>
                  <td className="p-2">{n.sentAt ? `Sendt ${formatDateTime(n.sentAt)}` : n.toEmail ? "Ikke sendt ennå" : "Mangler e-postadresse"}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>
    </>
  );
}
