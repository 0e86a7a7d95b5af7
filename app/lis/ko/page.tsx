import { requireRole } from "@/lib/auth/session";
import { QueuePositionView } from "@/components/queue-position";

export const metadata = { title: "Min plass i køen" };

export default async function QueuePage() {
  const actor = await requireRole("LIS");
  return (
    <>
      <h1 className="text-2xl font-semibold">Min plass i køen</h1>
      <p className="mt-2 text-slate-700">Plassen din blant kandidatene med ønsket start i samme tidsrom, rangert etter de samme kriteriene mottakende leder ser.</p>
      <QueuePositionView actor={actor} />
    </>
  );
}
