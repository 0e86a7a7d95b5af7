import Link from "next/link";
import { requirePageScope } from "@/lib/server/scope/require-scope";
import { listAccessLog } from "@/lib/server/access-log/list-access-log";
import { parsePageNumber } from "@/lib/domain/pagination";
import { AccessLogTable } from "@/components/access-log-table";
import { PaginationNav } from "@/components/pagination-nav";

export const metadata = { title: "Hvem har sett mine opplysninger" };

export default async function AccessLogPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const scope = await requirePageScope("access-log:read", "LIS");
  const page = await listAccessLog({ scope, page: parsePageNumber((await searchParams).side) });
  return (
    <>
      <p>
        <Link href="/lis" className="text-brand-700 underline">
          Tilbake til Min side
        </Link>
      </p>
      <h1 className="mt-2 text-2xl font-semibold">Hvem har sett mine opplysninger</h1>
      <p className="mt-2 max-w-prose text-slate-700">
        Her ser du hvem andre enn deg som har sett gjennomføringsplanen din, opplysningene dine i fiktiv enhet, innmeldingsskjemaene dine og deg som kandidat til
        gjennomstrømningsstillinger, i hvilken rolle og når. Eksporter av registeret står også her, med hvor mange LIS de inneholdt. Det du selv ser, logges ikke.
      </p>
      {page.total === 0 ? (
        <p className="mt-4">Ingen andre har sett opplysningene dine ennå.</p>
      ) : (
        <>
          <AccessLogTable items={page.items} caption={`Innsyn i opplysningene dine, nyeste først (side ${page.page} av ${page.pageCount})`} />
          <PaginationNav page={page} basePath="/lis/innsyn" query="" label="Sider i innsynsloggen" />
        </>
      )}
    </>
  );
}
