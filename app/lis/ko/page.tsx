import { requirePageScope } from "@/lib/server/scope/require-scope";
import { getQueueOverview } from "@/lib/server/allocation/get-queue-position";
import { QueuePositionView } from "@/components/queue-position";

export const metadata = { title: "Min plass i køen" };

export default async function QueuePage() {
  const scope = await requirePageScope("queue:read", "LIS");
  const { positions, offers } = await getQueueOverview({ scope });
  return (
    <>
      <h1 className="text-2xl font-semibold">Min plass i køen</h1>
      <p className="mt-2 text-slate-700">Plassen din blant kandidatene med ønsket start i samme tidsrom, rangert etter de samme kriteriene mottakende leder ser.</p>
      <QueuePositionView positions={positions} offers={offers} />
    </>
  );
}
