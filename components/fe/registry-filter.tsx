import type { RegistryFilter } from "@/lib/server/fe/list-fe-registry";

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
        <div>
          <label htmlFor="filter-foretak" className="block font-medium">
            Foretak
          </label>
          <select id="filter-foretak" name="organisationId" defaultValue={filter.organisationId ?? ""} className={selectClass}>
            <option value="">Alle</option>
            {organisations.map((o) => (
              <option key={o.id} value={o.id}>
                {o.name}
              </option>
            ))}
          </select>
        </div>
      ) : null}
      <div>
        <label htmlFor="filter-spesialitet" className="block font-medium">
          Spesialitet
        </label>
        <select id="filter-spesialitet" name="specialtyId" defaultValue={filter.specialtyId ?? ""} className={selectClass}>
          <option value="">Alle</option>
          {specialties.map((s) => (
            <option key={s.id} value={s.id}>
              {s.name}
            </option>
          ))}
        </select>
      </div>
      <div>
        <label htmlFor="filter-type" className="block font-medium">
          Stilling
        </label>
        <select id="filter-type" name="type" defaultValue={filter.type ?? ""} className={selectClass}>
          <option value="">Alle</option>
          <option value="FAST">Fast stilling</option>
          <option value="VIKARIAT">Vikariat</option>
        </select>
      </div>
      <div>
        <label htmlFor="filter-plan" className="block font-medium">
          Plan
        </label>
        <select id="filter-plan" name="plan" defaultValue={filter.plan ?? ""} className={selectClass}>
          <option value="">Alle</option>
          <option value="gyldig">Gyldig</option>
          <option value="utloper">Utløper snart</option>
          <option value="utlopt">Utløpt</option>
          <option value="mangler">Mangler godkjent plan</option>
        </select>
      </div>
      <div>
        <label htmlFor="filter-tildelbar" className="block font-medium">
          Tildelbar
        </label>
        <select id="filter-tildelbar" name="eligible" defaultValue={filter.eligible ?? ""} className={selectClass}>
          <option value="">Alle</option>
          <option value="ja">Ja</option>
          <option value="nei">Nei</option>
        </select>
      </div>
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
