import { FagavtaleNewPage } from "@/app/_shared/fagavtale-pages";

export const metadata = { title: "Ny fagavtale" };

export default function Page() {
  return <FagavtaleNewPage as="LOKAL_KOORDINATOR" />;
}
