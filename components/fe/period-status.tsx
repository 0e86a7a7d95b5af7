import { periodStatusLabel } from "@/lib/domain/labels";

const TONE: Record<string, string> = {
  BEHOV: "bg-slate-100 text-slate-900 border-slate-600",
  ONSKE: "bg-brand-50 text-brand-800 border-brand-700",
  I_KO: "bg-brand-50 text-brand-800 border-brand-700",
  TILBUDT: "bg-amber-100 text-amber-900 border-amber-700",
  AVTALT: "bg-green-100 text-green-900 border-green-700",
  PAGAR: "bg-green-100 text-green-900 border-green-700",
  GJENNOMFORT: "bg-slate-100 text-slate-900 border-slate-600",
  AVBRUTT: "bg-slate-100 text-slate-900 border-slate-600",
};

export function PeriodStatusBadge({ status }: { status: string }) {
  return (
    <span className={`inline-block rounded border px-2 py-0.5 text-sm font-medium ${TONE[status] ?? TONE.BEHOV}`}>
      {periodStatusLabel(status)}
    </span>
  );
}
