import Link from "next/link";
import { requirePageScope } from "@/lib/server/scope/require-scope";
import { listVacancies } from "@/lib/server/allocation/list-vacancies";
import { VacancyForm } from "@/components/allocation/vacancy-form";
import { formatDay } from "@/lib/format";
import { VACANCY_STATUS_LABEL } from "@/lib/domain/labels";

export const metadata = { title: "Gjennomstrømningsstillinger" };


export default async function VacanciesPage() {
  const scope = await requirePageScope("vacancy:manage", "LEDER");
  const { departments, vacancies } = await listVacancies({ scope });
  return (
    <>
      <h1 className="text-2xl font-semibold">Gjennomstrømningsstillinger</h1>
      <p className="mt-2 text-slate-700">Lys ut ledige gjennomstrømningsstillinger i avdelingene du leder, og velg kandidat fra den fiktive enheten.</p>
      <section aria-labelledby="utlysninger" className="mt-8">
        <h2 id="utlysninger" className="text-xl font-semibold">
          Utlyste stillinger
        </h2>
        {vacancies.length === 0 ? (
          <p className="mt-2">Ingen stillinger er lyst ut ennå.</p>
        ) : (
          <table className="mt-3 w-full border-collapse bg-white text-left text-sm">
            <caption className="sr-only">Utlyste gjennomstrømningsstillinger</caption>
            <thead>
              <tr className="border-b border-slate-400">
                <th scope="col" className="p-2">Stilling</th>
                <th scope="col" className="p-2">Start</th>
                <th scope="col" className="p-2">Varighet</th>
                <th scope="col" className="p-2">Stillinger</th>
                <th scope="col" className="p-2">Tilbudt/besatt</th>
                <th scope="col" className="p-2">Status</th>
              </tr>
            </thead>
            <tbody>
              {vacancies.map((v) => (
                <tr key={v.id} className="border-b border-slate-200">
                  <td className="p-2">
                    <Link href={`/leder/stillinger/${v.id}`} className="font-medium text-brand-700 underline">
                      {v.specialty}, {v.department} ({v.organisation}) fra {formatDay(v.startDate)}
                    </Link>
                  </td>
                  <td className="p-2">{formatDay(v.startDate)}</td>
                  <td className="p-2">{v.durationMonths} mnd</td>
                  <td className="p-2">{v.posts}</td>
                  <td className="p-2">
                    {v.liveOffers - v.accepted} tilbudt, {v.accepted} akseptert
                  </td>
                  <td className="p-2">{VACANCY_STATUS_LABEL[v.status]}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>
      <section aria-labelledby="ny-stilling" className="mt-10">
        <h2 id="ny-stilling" className="mb-3 text-xl font-semibold">
          Lys ut ny stilling
        </h2>
        <VacancyForm departments={departments.filter((d) => d.specialty).map((d) => ({ id: d.id, label: `${d.name}, ${d.organisation} (${d.specialty})` }))} />
      </section>
    </>
  );
}
