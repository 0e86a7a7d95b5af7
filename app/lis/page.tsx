import { PeriodGoals } from "@/components/period/period-goals";
import Link from "next/link";
import { getLisStart } from "@/lib/server/people/get-lis-start";
import { requirePageScope } from "@/lib/server/scope/require-scope";
import { PlanStandingBadge } from "@/components/plan-standing-badge";
import { PeriodStatusBadge } from "@/components/fe/period-status";
import { ActionForm } from "@/components/fe/action-form";
import { activateWishForm } from "@/lib/actions/wishes/activate-wish";
import { withdrawWishForm } from "@/lib/actions/wishes/withdraw-wish";
import { saveIntakeFormForm } from "@/lib/actions/intake/save-intake-form";
import { EMPLOYMENT_TYPE_LABEL, INTAKE_PROCEDURE_LABEL, LIS_PART_LABEL, periodStatusLabel } from "@/lib/domain/labels";
import { formatDate, formatDay, formatPeriod } from "@/lib/format";
import { QueuePositionView } from "@/components/queue-position";
import { DeadlineBanner } from "@/components/lis/deadline-banner";
import { PlanProgressView } from "@/components/lis/plan-progress";
import { ELIGIBILITY_ADVICE } from "@/lib/domain/eligibility-advice";
import { TimelineView } from "@/components/lis/timeline";

export const metadata = { title: "Min side" };

const secondaryButton = "rounded border border-brand-700 bg-white px-3 py-1.5 text-sm font-medium text-brand-800 hover:bg-brand-50";

export default async function LisStartPage() {
  const [personScope, queueScope] = await Promise.all([requirePageScope("person:read", "LIS"), requirePageScope("queue:read", "LIS")]);
  const {
    side,
    queue: { positions, offers },
  } = await getLisStart({ personScope, queueScope });
  return (
    <>
      <h1 className="text-2xl font-semibold">Min side</h1>
      <DeadlineBanner notices={side.notices} />
      <p className="mt-2 text-slate-700">Hei, {side.name}. Her ser du arbeidsforholdene dine, behov og ønsker om spesialiseringsperioder, og hvor du står.</p>

      <section aria-labelledby="tildelbar" className="mt-6 rounded border border-slate-300 bg-white p-4">
        <h2 id="tildelbar" className="text-xl font-semibold">
          Gjennomstrømningsstilling
        </h2>
        {side.eligibility.eligible ? (
          <p className="mt-2">
            Du oppfyller kravene for å kunne tildeles gjennomstrømningsstilling{side.eligibilityTarget ? ` (${side.eligibilityTarget})` : ""}.
          </p>
        ) : (
          <>
            <p className="mt-2 font-medium">
              Du kan ikke tildeles gjennomstrømningsstilling nå{side.eligibilityTarget ? ` (${side.eligibilityTarget})` : ""}. Grunnen er:
            </p>
            <ul className="mt-1 space-y-2 pl-0" data-testid="tildelbar-grunner">
              {side.eligibility.reasons.map((r) => {
                const advice = ELIGIBILITY_ADVICE[r.code];
                return (
                  <li key={r.code} className="border-l-4 border-amber-700 pl-3">
                    <p>{r.message}</p>
                    <p className="text-sm text-slate-700">
                      <span className="font-medium">Dette kan du gjøre:</span> {advice.todo}{" "}
                      {advice.planLink ? (
                        <Link href="/lis/plan" className="text-brand-800 underline">
                          Gå til planen
                        </Link>
                      ) : null}
                    </p>
                  </li>
                );
              })}
            </ul>
            <p className="mt-3 text-sm" data-testid="lokal-koordinator">
              {side.coordinators.length > 0 ? (
                <>
                  Spørsmål? Kontakt lokal koordinator:{" "}
                  {side.coordinators.map((c, i) => (
                    <span key={c.email}>
                      {i > 0 ? ", " : ""}
                      {c.name} (
                      <a href={`mailto:${c.email}`} className="text-brand-800 underline">
                        {c.email}
                      </a>
                      )
                    </span>
                  ))}
                  .
                </>
              ) : (
                "Spørsmål? Kontakt lokal koordinator ved foretaket ditt."
              )}
            </p>
          </>
        )}
      </section>

      <section aria-labelledby="plass-i-koen" className="mt-8">
        <h2 id="plass-i-koen" className="text-xl font-semibold">
          Plass i køen
        </h2>
        <QueuePositionView positions={positions} headingLevel={3} offers={offers} />
      </section>

      <section aria-labelledby="arbeidsforhold" className="mt-8">
        <h2 id="arbeidsforhold" className="text-xl font-semibold">
          Arbeidsforhold
        </h2>
        {side.employments.length === 0 && side.fe.length === 0 ? (
          <p className="mt-2">Du har ingen registrerte arbeidsforhold.</p>
        ) : (
          <ul className="mt-3 space-y-3">
            {side.employments.map((e) => (
              <li key={e.id} className="rounded border border-slate-300 bg-white p-4">
                <p className="font-medium">
                  {e.title}, {e.department}
                </p>
                <p className="text-sm text-slate-700">
                  {e.organisation} · {e.specialty} · {LIS_PART_LABEL[e.part]} · {EMPLOYMENT_TYPE_LABEL[e.type]} · fra {formatDay(e.startDate)}
                  {e.endDate ? ` til ${formatDay(e.endDate)}` : ""}
                </p>
                <p className="mt-2 text-sm">
                  Gjennomføringsplan: <PlanStandingBadge standing={e.plan} />{" "}
                  <Link href="/lis/plan" className="ml-2 text-brand-800 underline">
                    Gå til planen
                  </Link>
                </p>
                {e.current ? <PlanProgressView progress={e.progress} label={e.department} /> : null}
              </li>
            ))}
            {side.fe.map((f) => (
              <li key={f.id} className="rounded border border-slate-300 bg-white p-4" aria-label={`Fiktiv enhet: ${f.unitName}`}>
                <p className="font-medium">{f.unitName}</p>
                <p className="text-sm text-slate-700">
                  Fiktiv enhet · {f.organisation} · leder: {f.leaders.length > 0 ? f.leaders.join(", ") : "ikke oppgitt"} (lokal koordinator)
                </p>
                <p className="mt-1 text-sm">
                  Registrert {formatDay(f.registeredOn)} – dette er ansiennitetsdatoen din i køen.
                  {f.endedOn ? ` Avsluttet ${formatDay(f.endedOn)}${f.endReason ? ` (${f.endReason})` : ""}.` : ""}
                </p>
              </li>
            ))}
          </ul>
        )}
      </section>

      <section aria-labelledby="tilleggsinformasjon" className="mt-8">
        <h2 id="tilleggsinformasjon" className="text-xl font-semibold">
          Tilleggsinformasjon: spesialiseringsperioder
        </h2>
        <p className="mt-2 text-slate-700">Én linje per behov, ønske, avtalt og gjennomført periode. Du kan ha ønsker ved ett mottakende foretak om gangen.</p>
        {side.periods.length === 0 ? (
          <p className="mt-2">Du har ingen behov eller ønsker registrert.</p>
        ) : (
          <ul className="mt-3 space-y-2">
            {side.periods.map((p) => (
              <li key={p.id} className="rounded border border-slate-300 bg-white">
                <details>
                  <summary className="cursor-pointer p-3">
                    <span className="font-medium">
                      {periodStatusLabel(p.status)}: {p.specialty} ved {p.partner}
                    </span>
                    {" · "}
                    {p.agreedStart ? `avtalt ${formatPeriod(p.agreedStart, p.agreedEnd)}` : `ønsket start ${formatDay(p.desiredStart)}`}
                    {/* An agreed period is no longer in a queue (issue 14): its dates say it all. */}
                    {p.queueDate && !p.agreedStart ? ` · i kø fra ${formatDay(p.queueDate)}` : ""}
                  </summary>
                  <div className="border-t border-slate-300 p-3">
                    <dl className="grid grid-cols-[max-content_1fr] gap-x-4 gap-y-1 text-sm">
                      <dt className="font-medium">Status</dt>
                      <dd>
                        <PeriodStatusBadge status={p.status} />
                      </dd>
                      <dt className="font-medium">Samarbeidspart</dt>
                      <dd>{p.partner}</dd>
                      <dt className="font-medium">Læringsarena</dt>
                      <dd>{p.arenaName}</dd>
                      <dt className="font-medium">Ønsket start</dt>
                      <dd>{formatDay(p.desiredStart)}</dd>
                      <dt className="font-medium">Normert tid</dt>
                      <dd>{p.durationMonths} måneder</dd>
                      <dt className="font-medium">Kødato</dt>
                      <dd>{p.queueDate ? formatDay(p.queueDate) : "Ikke i kø ennå"}</dd>
                      {p.agreedStart ? (
                        <>
                          <dt className="font-medium">Avtalt periode</dt>
                          <dd>
                            {formatPeriod(p.agreedStart, p.agreedEnd)}
                          </dd>
                        </>
                      ) : null}
                      <dt className="font-medium">Inntak</dt>
                      <dd>{INTAKE_PROCEDURE_LABEL[p.intakeProcedure]}</dd>
                      {p.statusReason ? (
                        <>
                          <dt className="font-medium">Merknad</dt>
                          <dd>{p.statusReason}</dd>
                        </>
                      ) : null}
                    </dl>
                    <PeriodGoals periodId={p.id} goals={p.goals} canMark={p.can.markGoals} title="Læringsmål i perioden" saveLabel={`Lagre læringsmål i perioden ved ${p.partner}`} />
                    {p.can.activateWish ? (
                      <ActionForm
                        action={activateWishForm}
                        idPrefix={`onske-${p.id}-`}
                        hidden={{ periodId: p.id }}
                        submitLabel={`Gjør til ønske: ${p.partner}`}
                        className="mt-3"
                        buttonClassName={secondaryButton}
                      />
                    ) : null}
                    {p.can.fillIntake ? (
                      <div className="mt-4 rounded border border-slate-300 p-3">
                        <h3 className="font-semibold">Innmeldingsskjema til {p.partner}</h3>
                        <p className="mt-1 text-sm text-slate-700">
                          {p.partner} har egen inntaksprosedyre. Fyll ut skjemaet; lederen din godkjenner det, og lokal koordinator sender det. Du står i kø fra datoen
                          foretaket mottar det.
                        </p>
                        {p.intake ? (
                          <p className="mt-1 text-sm">
                            Utfylt {formatDate(p.intake.filledAt)} · {p.intake.leaderApprovedAt ? `godkjent av leder ${formatDate(p.intake.leaderApprovedAt)}` : "venter på godkjenning fra leder"}
                            {p.intake.forwardedAt ? ` · sendt ${formatDate(p.intake.forwardedAt)}` : ""}
                            {p.intake.receivedOn ? ` · mottatt ${formatDay(p.intake.receivedOn)}` : ""}
                            {p.intake.needsResend ? " · må sendes på nytt" : ""}
                          </p>
                        ) : null}
                        <ActionForm
                          action={saveIntakeFormForm}
                          idPrefix={`skjema-${p.id}-`}
                          hidden={{ periodId: p.id }}
                          fields={[
                            { name: "motivasjon", label: "Motivasjon", type: "textarea", required: true, defaultValue: p.intake?.content.motivasjon ?? "" },
                            { name: "onsketOppstart", label: "Ønsket oppstart", type: "date", required: true, defaultValue: p.desiredStart.toISOString().slice(0, 10) },
                            { name: "oppnaddeLaeringsmal", label: "Oppnådde læringsmål", type: "textarea", required: true, defaultValue: p.intake?.content.oppnaddeLaeringsmal ?? "" },
                            { name: "kontaktinfo", label: "Kontaktinformasjon (telefon, e-post)", type: "text", required: true, defaultValue: p.intake?.content.kontaktinfo ?? "" },
                          ]}
                          submitLabel={p.intake ? "Lagre endringer i skjemaet" : "Lagre innmeldingsskjema"}
                          className="mt-3 max-w-xl"
                        />
                      </div>
                    ) : null}
                    {p.can.withdrawWish ? (
                      <ActionForm
                        action={withdrawWishForm}
                        idPrefix={`trekk-${p.id}-`}
                        hidden={{ periodId: p.id }}
                        submitLabel={`Trekk ønsket: ${p.partner}`}
                        className="mt-3"
                        buttonClassName={secondaryButton}
                      />
                    ) : null}
                  </div>
                </details>
              </li>
            ))}
          </ul>
        )}
      </section>

      <TimelineView
        timeline={side.timeline}
        id="tidslinje"
        heading="Tidslinje"
        intro="Arbeidsforholdene dine, periodene i gjennomføringsplanen (den godkjente versjonen, ellers den du arbeider med) og spesialiseringsperiodene dine, fra behov og ønsker til avtalte og gjennomførte, med dagens dato."
      />

      <section aria-labelledby="innsyn" className="mt-8">
        <h2 id="innsyn" className="text-xl font-semibold">
          Innsyn
        </h2>
        <p className="mt-2">
          <Link href="/lis/innsyn" className="text-brand-800 underline">
            Hvem har sett mine opplysninger
          </Link>{" "}
          – ledere og koordinatorer som har sett planen din, opplysningene dine i fiktiv enhet eller deg som kandidat.
        </p>
      </section>
    </>
  );
}
