import type { RegistryFilter } from "@/lib/server/fe/list-fe-registry";
import { EMPLOYMENT_TYPE_LABEL, PLAN_BUCKET_LABEL, YES_NO_LABEL } from "@/lib/domain/labels";

const selectClass = "mt-1 block rounded border border-slate-500 bg-white px-2 py-1.5";

/** A plain GET form: the filter lives in the query string, so the page is server-rendered and linkable. */
export function RegistryFilterForm({
  basePath,
  filter,
  specialties,
  organisations,
}: {
  basePath: string;
  filter: RegistryFilter;
  specialties: { id: string; name: string }[];
  organisations?: { id: string; name: string }[];
}) {
  return (
    <form method="get" action={basePath} className="mt-4 flex flex-wrap items-end gap-4 rounded border border-slate-300 bg-white p-4" aria-label="Filtrer fiktiv enhet">
      <div>
        <label htmlFor="filter-q" className="block font-medium">
          Navn
        </label>
        <input id="filter-q" name="q" defaultValue={filter.q ?? ""} className="mt-1 block rounded border border-slate-500 px-2 py-1.5" />
      </div>
      {organisations ? (
        <FilterSelect id="filter-foretak" label="Foretak" name="organisationId" value={filter.organisationId} options={organisations.map((o) => [o.id, o.name])} />
      ) : null}
      <FilterSelect id="filter-spesialitet" label="Spesialitet" name="specialtyId" value={filter.specialtyId} options={specialties.map((sp) => [sp.id, sp.name])} />
      <FilterSelect id="filter-type" label="Stilling" name="type" value={filter.type} options={Object.entries(EMPLOYMENT_TYPE_LABEL)} />
      <FilterSelect
        id="filter-plan"
        label="Plan"
        name="plan"
        value={filter.plan}
        options={Object.entries(PLAN_BUCKET_LABEL)}
      />
      <FilterSelect id="filter-tildelbar" label="Tildelbar" name="eligible" value={filter.eligible} options={Object.entries(YES_NO_LABEL)} />
      {filter.sort ? <input type="hidden" name="sort" value={filter.sort} /> : null}
      {filter.dir ? <input type="hidden" name="dir" value={filter.dir} /> : null}
      <button type="submit" className="rounded bg-brand-700 px-3 py-1.5 font-medium text-white hover:bg-brand-800">
        Filtrer
      </button>
      <a href={basePath} className="py-1.5 underline">
        Nullstill
      </a>
    </form>
  );
}

/** One labelled filter select; "Alle" (empty) means no filter. */
function FilterSelect({ id, label, name, value, options }: { id: string; label: string; name: string; value?: string; options: [string, string][] }) {
  return (
    <div>
      <label htmlFor={id} className="block font-medium">
        {label}
      </label>
      <select id={id} name={name} defaultValue={value ?? ""} className={selectClass}>
        <option value="">Alle</option>
        {options.map(([v, text]) => (
          <option key={v} value={v}>
            {text}
          </option>
        ))}
      </select>
    </div>
  );
}
