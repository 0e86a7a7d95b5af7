import { FagavtaleNewPage } from "@/components/fagavtaler/fagavtale-pages";

export const metadata = { title: "Ny fagavtale" };

export default function Page() {
  return <FagavtaleNewPage as="LOKAL_KOORDINATOR" />;
}
