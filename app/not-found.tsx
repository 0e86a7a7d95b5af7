import Link from "next/link";

export const metadata = { title: "Fant ikke siden" };

export default function NotFound() {
  return (
    <main id="hovedinnhold" tabIndex={-1} className="mx-auto max-w-xl px-4 py-16 focus:outline-none">
      <h1 className="text-2xl font-semibold">Fant ikke siden (404)</h1>
      <p className="mt-4">Siden finnes ikke, eller du har ikke tilgang til den.</p>
      <p className="mt-6">
        <Link href="/" className="font-medium text-brand-700 underline">
          Til min startside
        </Link>
      </p>
    </main>
  );
}
