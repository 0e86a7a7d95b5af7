import { PersonIdentityPage } from "@/components/people/person-identity-page";
import { loadPersonIdentityPage } from "@/lib/server/people/list-person-identities";

export const metadata = { title: "Personer og innlogging" };

export default async function Page({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const data = await loadPersonIdentityPage("LOKAL_KOORDINATOR", await searchParams);
  return <PersonIdentityPage role="LOKAL_KOORDINATOR" base="/koordinator/personer" data={data} />;
}
