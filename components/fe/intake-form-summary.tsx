import type { IntakeFormRow } from "@/lib/server/intake/list-intake-forms";
import { periodStatusLabel } from "@/lib/domain/labels";
import { formatDate, formatDay } from "@/lib/format";

export function IntakeFormSummary({ form }: { form: IntakeFormRow }) {
  return (
    <>
      <h2 className="text-lg font-semibold">
        {form.personName}: {form.specialty} ved {form.partner}
      </h2>
      <p className="text-sm text-slate-700">
        Ønske: {periodStatusLabel(form.status)} · utfylt {formatDate(form.filledAt)} ·{" "}
        {form.leaderApprovedAt ? `godkjent av leder ${formatDate(form.leaderApprovedAt)}` : "ikke godkjent av leder"}
        {form.forwardedAt ? ` · sendt ${formatDate(form.forwardedAt)}` : " · ikke sendt"}
        {form.receivedOn ? ` · mottatt ${formatDay(form.receivedOn)} (kødato)` : ""}
      </p>
      {form.needsResend ? (
        <p className="mt-2 rounded border border-amber-700 bg-amber-100 p-2 font-medium text-amber-900">
          Må sendes på nytt{form.resendReason ? `: ${form.resendReason}` : "."}
        </p>
      ) : null}
      <dl className="mt-2 grid grid-cols-[max-content_1fr] gap-x-4 gap-y-1 text-sm">
        <dt className="font-medium">Ønsket oppstart</dt>
        <dd>{form.content.onsketOppstart ? formatDay(new Date(`${form.content.onsketOppstart}T00:00:00.000Z`)) : "–"}</dd>
        <dt className="font-medium">Motivasjon</dt>
        <dd>{form.content.motivasjon}</dd>
        <dt className="font-medium">Oppnådde læringsmål</dt>
        <dd>{form.content.oppnaddeLaeringsmal}</dd>
        <dt className="font-medium">Kontaktinformasjon</dt>
        <dd>{form.content.kontaktinfo}</dd>
      </dl>
    </>
  );
}
