import Link from "next/link";

/** The pages a single sign-on can end on without a session (no access, refused, waiting): a heading, the explanation, the way back. */
export function LoginOutcome({ title, testId, children }: { title: string; testId: string; children: React.ReactNode }) {
  return (
    <main id="hovedinnhold" tabIndex={-1} className="mx-auto max-w-3xl px-4 py-12 focus:outline-none">
      <h1 className="text-3xl font-semibold text-brand-800">{title}</h1>
      <p className="mt-4 text-slate-800" data-testid={testId}>
        {children}
      </p>
      <p className="mt-6">
        <Link href="/logg-inn" className="text-brand-700 underline">
          Tilbake til innlogging
        </Link>
      </p>
    </main>
  );
}
