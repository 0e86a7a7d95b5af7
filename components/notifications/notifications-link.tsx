import Link from "next/link";
import { formatNumber } from "@/lib/format";

/** The header's link to the person's varsler, with the unread count in its accessible name ("Varsler, 3 uleste"). */
export function NotificationsLink({ href, unread }: { href: string; unread: number }) {
  const label = unread === 0 ? "Varsler, ingen uleste" : `Varsler, ${formatNumber(unread)} ${unread === 1 ? "ulest" : "uleste"}`;
  return (
    <Link href={href} aria-label={label} className="inline-flex items-center gap-2 rounded px-2 py-1 text-sm font-medium text-white underline-offset-2 hover:underline">
      Varsler
      {unread > 0 ? (
        <span aria-hidden="true" className="rounded-full bg-white px-2 py-0.5 text-xs font-bold text-brand-800">
          {formatNumber(unread)}
        </span>
      ) : null}
    </Link>
  );
}
