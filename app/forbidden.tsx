import Link from "next/link";

export const metadata = { title: "Ingen tilgang" };

export default function Forbidden() {
  return (
    <main id="hovedinnhold" tabIndex={-1} className="mx-auto max-w-xl px-4 py-16 focus:outline-none">
      <h1 className="text-2xl font-semibold">Ingen tilgang (403)</h1>
      <p className="mt-4">Du har ikke tilgang til denne siden med rollene du har. Bytt rolle eller gå til din egen startside.</p>
      <p className="mt-6">
        <Link href="/" className="font-medium text-brand-700 underline">
          Til min startside
        </Link>
      </p>
    </main>
  );
}
