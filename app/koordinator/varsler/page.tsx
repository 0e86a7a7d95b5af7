import { NotificationsPage } from "@/app/_shared/notifications-page";

export const metadata = { title: "Varsler" };

export default function VarslerPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  return <NotificationsPage role="LOKAL_KOORDINATOR" searchParams={searchParams} />;
}
