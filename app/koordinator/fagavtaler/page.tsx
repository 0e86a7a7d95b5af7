import { FagavtaleIndexPage } from "@/app/_shared/fagavtale-pages";

export const metadata = { title: "Fagavtaler" };

export default function Page({ searchParams }: { searchParams: Promise<{ lagret?: string }> }) {
  return <FagavtaleIndexPage as="LOKAL_KOORDINATOR" searchParams={searchParams} />;
}
