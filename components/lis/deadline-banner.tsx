import Link from "next/link";
import type { MinSideNotice } from "@/lib/server/people/get-min-side";
import { daysLeftText } from "@/lib/domain/today";
import { formatDate, formatDay } from "@/lib/format";

/** "om 11 dager", "i dag", "2 dager siden" for a deadline that has passed. */
function when(days: number): string {
  if (days >= 0) return daysLeftText(days);
  return `${-days} ${days === -1 ? "dag" : "dager"} siden`;
}

function Notice({ n }: { n: MinSideNotice }) {
  switch (n.kind) {
    case "TILBUD":
      return (
        <>
          <p className="font-medium">
            Du har et tilbud om gjennomstrømningsstilling i {n.place} – svar innen {formatDate(n.deadline)} ({daysLeftText(n.days)}).
          </p>
          <p className="text-sm">
            Svarer du ikke innen fristen, faller tilbudet bort og du går tilbake i køen.{" "}
            <Link href="/lis/tilbud" className="text-brand-800 underline">
              Svar på tilbudet
            </Link>
          </p>
        </>
      );
    case "PLAN_UTLOPT":
      return (
        <>
          <p className="font-medium">
            Godkjenningen av gjennomføringsplanen din ({n.department}) utløp {formatDate(n.deadline)} ({when(n.days)}).
          </p>
          <p className="text-sm">
            {n.pendingRevision ? "En ny versjon er under arbeid: signer den sammen med lederen din, så godkjenner lokal koordinator den." : "Lag en ny versjon sammen med lederen din og send den til godkjenning."}{" "}
            <Link href="/lis/plan" className="text-brand-800 underline">
              Gå til planen
            </Link>
          </p>
        </>
      );
    case "PLAN_UTLOPER":
      return (
        <>
          <p className="font-medium">
            Godkjenningen av gjennomføringsplanen din ({n.department}) utløper {formatDate(n.deadline)} ({daysLeftText(n.days)}).
          </p>
          <p className="text-sm">
            {n.pendingRevision ? "En ny versjon er under arbeid: signer den sammen med lederen din før godkjenningen utløper." : "Lag en ny versjon sammen med lederen din og send den til godkjenning før den utløper."}{" "}
            <Link href="/lis/plan" className="text-brand-800 underline">
              Gå til planen
            </Link>
          </p>
        </>
      );
    case "PLAN_MANGLER":
      return (
        <>
          <p className="font-medium">
            Du mangler godkjent gjennomføringsplan ({n.department}). Fristen var {formatDay(n.deadline)} ({daysLeftText(n.days)}).
          </p>
          <p className="text-sm">
            {n.underWork ? "Planen er under arbeid: signer den sammen med lederen din, så godkjenner lokal koordinator den." : "Lag planen sammen med lederen din, signer den og send den til godkjenning."}{" "}
            <Link href="/lis/plan" className="text-brand-800 underline">
              Gå til planen
            </Link>
          </p>
        </>
      );
  }
}

/** The top of Min side: everything with a deadline, most urgent first, each with what to do next. */
export function DeadlineBanner({ notices }: { notices: MinSideNotice[] }) {
  if (notices.length === 0) return null;
  return (
    <section aria-labelledby="frister" className="mt-4 rounded border-2 border-amber-600 bg-amber-50 p-4">
      <h2 id="frister" className="text-lg font-semibold">
        Dette har frist
      </h2>
      <ul className="mt-2 space-y-3">
        {notices.map((n) => (
          <li key={`${n.kind}-${n.id}`} className="break-words">
            <Notice n={n} />
          </li>
        ))}
      </ul>
    </section>
  );
}
