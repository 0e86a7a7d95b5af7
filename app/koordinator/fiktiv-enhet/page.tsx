import { requirePageScope } from "@/lib/server/scope/require-scope";
import { rescope } from "@/lib/domain/access-scope";
import { listFeWorklistPage, logWorklistRowsShown } from "@/lib/server/fe/list-fe-worklist";
import { findRegistrationNotice, listFeRegistryPage, registryFilterOptions } from "@/lib/server/fe/list-fe-registry";
import { logRegistryRowsShown } from "@/lib/server/fe/log-registry-rows";
import { listSendingGroupSummaries, loadSendingGroup } from "@/lib/server/fe/list-sending-groups";
import { parseRegistryFilter, filterQueryString } from "@/lib/server/fe/registry-filter";
import { RegistryTable } from "@/components/fe/registry-table";
import { RegistryFilterForm } from "@/components/fe/registry-filter";
import { ActionForm } from "@/components/fe/action-form";
import { RegistryRowTools } from "@/components/fe/registry-row-tools";
import { registerLisForm } from "@/lib/actions/fe/register-lis";
import { setSendingOrderForm } from "@/lib/actions/fe/set-sending-order";
import { addDays } from "@/lib/domain/calendar";
import { EMPLOYMENT_TYPE_LABEL, periodStatusLabel } from "@/lib/domain/labels";
import { dayInputValue, formatDate, formatDay } from "@/lib/format";
import { parsePageNumber } from "@/lib/domain/pagination";
import { PaginationNav } from "@/components/pagination-nav";
import { RULE_TEXT } from "@/lib/domain/rules";

export const metadata = { title: "Fiktiv enhet" };

const BASE = "/koordinator/fiktiv-enhet";

export default async function KoordinatorFiktivEnhetPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const scope = await requirePageScope("fe:read", "LOKAL_KOORDINATOR");
  // The work list and the sending order are the same trust's, through their own capabilities.
  const registerScope = rescope(scope, "fe:register", "LOKAL_KOORDINATOR");
  const prioritiseScope = rescope(scope, "fe:prioritise", "LOKAL_KOORDINATOR");
  const params = await searchParams;
  const filter = parseRegistryFilter(params);
  const registeredId = typeof params.registrert === "string" ? params.registrert : null;
  // The registry is filtered, sorted, counted and paginated in SQL; only the page's rows are loaded (issue 9 §3).
  const [{ items: worklist, total: worklistTotal }, page, { specialties }, groups, registered] = await Promise.all([
    registerScope ? listFeWorklistPage({ scope: registerScope }) : { items: [], total: 0 },
    listFeRegistryPage({ scope, filter, page: parsePageNumber(params.side) }),
    registryFilterOptions(scope),
    prioritiseScope ? listSendingGroupSummaries({ scope: prioritiseScope }) : [],
    registeredId ? findRegistrationNotice(scope, registeredId) : null,
  ]);
  await Promise.all([logRegistryRowsShown(scope, page), registerScope ? logWorklistRowsShown(registerScope, worklist) : null]);
  // The order is edited one group (home trust, partner, specialty) at a time: the list names every group with its count.
  const groupParam = typeof params.gruppe === "string" ? params.gruppe : null;
  const chosen = groups.find((g) => g.key === groupParam) ?? groups[0];
  const group = chosen && prioritiseScope ? await loadSendingGroup({ scope: prioritiseScope, summary: chosen }) : null;
  const groupHref = (key: string) => {
    const query = new URLSearchParams(filterQueryString(filter).slice(1));
    query.set("gruppe", key);
    return `${BASE}?${query.toString()}#prioritering`;
  };
  return (
    <>
      <h1 className="text-2xl font-semibold">Fiktiv enhet</h1>
      <p className="mt-2 text-slate-700">
        {RULE_TEXT.feWho} registreres i foretakets fiktive enhet fra godkjent gjennomføringsplan. Registreringsdatoen gir
        ansiennitet i køen.
      </p>

      {registered ? (
        <p role="status" className="mt-4 rounded border border-green-700 bg-green-50 p-3 font-medium text-green-900">
          {registered.name} er registrert i fiktiv enhet med ansiennitet fra {formatDay(registered.registeredOn)}.
        </p>
      ) : null}

      <section aria-labelledby="til-registrering" className="mt-8">
        <h2 id="til-registrering" className="text-xl font-semibold">
          Til registrering
        </h2>
        {worklist.length === 0 ? (
          <p className="mt-2">Ingen godkjente planer venter på registrering.</p>
        ) : (
          <>
          {worklistTotal > worklist.length ? (
            <p className="mt-2 text-sm text-slate-700">
              Viser de {worklist.length} første etter navn av {worklistTotal}. Registrer disse, så kommer de neste.
            </p>
          ) : null}
          <ul className="mt-3 space-y-3">
            {worklist.map((w) => (
              <li key={`${w.kind}-${w.employmentId}`} className="rounded border border-slate-300 bg-white p-4">
                <h3 className="font-semibold">
                  {w.personName} – {w.kind === "NY" ? "godkjent plan, ikke registrert" : "plan endret siden registrering"}
                </h3>
                <p className="text-sm text-slate-700">
                  {w.specialty} · {EMPLOYMENT_TYPE_LABEL[w.type]} fra {formatDay(w.startDate)}
                  {w.endDate ? ` til ${formatDay(w.endDate)}` : ""} · plan versjon {w.planVersionNumber} godkjent {formatDate(w.approvedAt)}
                  {w.registeredVersionNumber ? ` (registrert på versjon ${w.registeredVersionNumber})` : ""}
                </p>
                {w.note ? <p className="mt-1 text-sm">{w.note}</p> : null}
                {w.blockedReason ? <p className="mt-2 font-medium text-red-800">Kan ikke registreres: {w.blockedReason}</p> : null}
                {w.can.register ? (
                  <ActionForm
                    action={registerLisForm}
                    idPrefix={`reg-${w.employmentId}-`}
                    hidden={{ employmentId: w.employmentId }}
                    fields={
                      w.kind === "NY"
                        ? [{ name: "registeredOn", label: `Registreringsdato (ansiennitet) for ${w.personName}`, type: "date", hint: "Tomt felt gir dagens dato." }]
                        : []
                    }
                    submitLabel={w.kind === "NY" ? `Registrer ${w.personName} i fiktiv enhet` : `Oppdater registreringen til ny plan for ${w.personName}`}
                    className="mt-3 max-w-md"
                  />
                ) : null}
              </li>
            ))}
          </ul>
          </>
        )}
      </section>

      <section aria-labelledby="prioritering" className="mt-10">
        <h2 id="prioritering" className="text-xl font-semibold">
          Prioritering innen foretaket
        </h2>
        <p className="mt-2 text-slate-700">Når flere LIS fra foretaket venter på samme samarbeidspart og spesialitet, bestemmer foretaket rekkefølgen (kriterium 5).</p>
        {groups.length === 0 ? (
          <p className="mt-2">Ingen grupper med flere LIS som venter på samme sted.</p>
        ) : (
          <>
            <ul className="mt-3 space-y-1" aria-label="Grupper som venter på samme sted">
              {groups.map((g) => (
                <li key={g.key}>
                  {g.key === group?.key ? (
                    <span aria-current="true" className="font-semibold">
                      {g.specialty} ved {g.partner} ({g.count} LIS)
                    </span>
                  ) : (
                    <a className="underline" href={groupHref(g.key)}>
                      {g.specialty} ved {g.partner} ({g.count} LIS)
                    </a>
                  )}
                </li>
              ))}
            </ul>
            {group ? (
            <div key={group.key} className="mt-4 rounded border border-slate-300 bg-white p-4">
              <h3 className="font-semibold">
                {group.specialty} ved {group.partner}
              </h3>
              <ol className="mt-2 list-decimal pl-6" aria-label={`Gjeldende rekkefølge, ${group.specialty} ved ${group.partner}`}>
                {group.members.map((m) => (
                  <li key={m.periodId}>
                    {m.name} ({periodStatusLabel(m.status)}, ansiennitet {formatDay(m.registeredOn)}, ønsket start {formatDay(m.desiredStart)})
                    {m.sendingRank ? ` – prioritet ${m.sendingRank}` : " – ikke prioritert"}
                  </li>
                ))}
              </ol>
              {group.members[0]?.sendingRankReason ? <p className="mt-1 text-sm text-slate-700">Begrunnelse: {group.members[0].sendingRankReason}</p> : null}
              {group.can.prioritise ? (
                <ActionForm
                  action={setSendingOrderForm}
                  idPrefix={`rekkefolge-${group.key.replace(/[^A-Za-z0-9-]/g, "-")}-`}
                  fields={[
                    ...group.members.map((m, i) => ({ name: `rank-${m.periodId}`, label: `Rekkefølge for ${m.name}`, type: "number" as const, defaultValue: m.sendingRank ?? i + 1 })),
                    { name: "reason", label: "Begrunnelse for rekkefølgen", type: "textarea" as const, required: true },
                  ]}
                  submitLabel="Lagre rekkefølge"
                  className="mt-3 max-w-md"
                />
              ) : null}
            </div>
            ) : null}
          </>
        )}
      </section>

      <section aria-labelledby="registrerte" className="mt-10">
        <h2 id="registrerte" className="text-xl font-semibold">
          Registrerte LIS
        </h2>
        <RegistryFilterForm basePath={BASE} filter={filter} specialties={specialties} />
        <p className="mt-3">
          <a href={`${BASE}/eksport${filterQueryString(filter)}`} className="underline" download>
            Last ned som CSV (Excel)
          </a>
        </p>
        <RegistryTable
          rows={page.items}
          total={page.total}
          basePath={BASE}
          filter={filter}
          showOrganisation={false}
          caption="LIS i fiktiv enhet"
          rowExtra={(r) => (
            <RegistryRowTools
              row={{
                registrationId: r.registrationId,
                name: r.name,
                can: r.can,
                periods: r.periods
                  .filter((p) => p.can.activateWish || p.can.withdrawWish || p.can.recordAgreement || p.can.cancelAgreement || p.can.changeAgreement)
                  .map((p) => ({
                    id: p.id,
                    partner: p.partner,
                    status: p.status,
                    desiredStart: dayInputValue(p.desiredStart),
                    agreedStart: dayInputValue(p.agreedStart),
                    agreedLastDay: p.agreedEnd ? dayInputValue(addDays(p.agreedEnd, -1)) : "",
                    can: p.can,
                  })),
              }}
            />
          )}
        />
        <PaginationNav page={page} basePath={BASE} query={filterQueryString(filter)} label="Sider i registeret" />
      </section>
    </>
  );
}
