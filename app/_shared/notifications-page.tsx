import { requirePageScope } from "@/lib/server/scope/require-scope";
import { listNotifications } from "@/lib/server/notifications/list-notifications";
import { parsePageNumber } from "@/lib/domain/pagination";
import { ROLE_START_PATH, type Role } from "@/lib/domain/roles";
import { formatDateTime, formatNumber } from "@/lib/format";
import { PaginationNav } from "@/components/pagination-nav";
import { MarkReadButton } from "@/components/notifications/mark-read-button";


type SearchParams = Promise<Record<string, string | string[] | undefined>>;

/** Varsler (issue 10 §6): the person's own notifications in this role area, newest first, paginated. */
export async function NotificationsPage({ role, searchParams }: { role: Role; searchParams: SearchParams }) {
  const scope = await requirePageScope("notification:read", role);
  const params = await searchParams;
  const page = await listNotifications({ scope, page: parsePageNumber(params.side) });
  const basePath = `${ROLE_START_PATH[role]}/varsler`;
  return (
    <>
      <h1 className="text-2xl font-semibold">Varsler</h1>
      <p className="mt-2 text-slate-700">
        Påminnelser og meldinger til deg, nyeste først.{" "}
        {page.unread === 0 ? "Du har ingen uleste varsler." : `Du har ${formatNumber(page.unread)} ${page.unread === 1 ? "ulest varsel" : "uleste varsler"}.`}
      </p>
      {page.items.length === 0 ? (
        <p className="mt-6">Du har ingen varsler.</p>
      ) : (
        <ul className="mt-6 space-y-3" aria-label="Varsler">
          {page.items.map((n) => (
            <li key={n.id} className={`rounded border p-4 ${n.readAt ? "border-slate-300 bg-white" : "border-brand-700 bg-brand-50"}`}>
              <article aria-labelledby={`varsel-${n.id}`}>
                <h2 id={`varsel-${n.id}`} className="text-base font-semibold">
                  {n.subject}
                </h2>
                <p className="mt-1 text-sm text-slate-700">
                  {formatDateTime(n.createdAt)} · {n.readAt ? `Lest ${formatDateTime(n.readAt)}` : <strong>Ulest</strong>}
                </p>
                <p className="mt-2 whitespace-pre-line">{n.body}</p>
                {n.readAt ? null : <MarkReadButton notificationId={n.id} subject={n.subject} />}
              </article>
            </li>
          ))}
        </ul>
      )}
      <PaginationNav page={page} basePath={basePath} query="" label="Sider med varsler" />
    </>
  );
}
