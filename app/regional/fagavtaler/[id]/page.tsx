import { FagavtaleEditPage } from "@/app/_shared/fagavtale-pages";

export const metadata = { title: "Endre fagavtale" };

export default function Page({ params }: { params: Promise<{ id: string }> }) {
  return <FagavtaleEditPage as="REGIONAL_KOORDINATOR" params={params} />;
}
