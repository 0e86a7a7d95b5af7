"use client";
import Link from "next/link";
import { useEffect, useRef } from "react";

/** Next's reference for a server error (the digest it logs with the error), if the thrown value has one. */
export function errorReference(error: unknown): string | null {
  if (typeof error !== "object" || error === null) return null;
  const digest = (error as { digest?: unknown }).digest;
  return typeof digest === "string" && digest.length > 0 ? digest : null;
}

/**
 * What a person sees after an unexpected error (app/error.tsx, app/global-error.tsx): Norwegian, the
 * reference to quote to support (Next's digest; the server logged the error once under it), a
 * "Prøv igjen" button and a way home. Nothing is logged here: Next logs server errors itself.
 */
export function ErrorView({ error, retry }: { error: unknown; retry: () => void }) {
  const heading = useRef<HTMLHeadingElement>(null);
  const reference = errorReference(error);
  useEffect(() => heading.current?.focus(), []);
  return (
    <main id="hovedinnhold" className="mx-auto max-w-xl px-4 py-16">
      <h1 ref={heading} tabIndex={-1} className="text-2xl font-semibold focus:outline-none">
        Noe gikk galt
      </h1>
      <p className="mt-4">Siden kunne ikke vises på grunn av en feil hos oss. Prøv igjen om litt.</p>
      {reference ? (
        <p className="mt-4" data-testid="feilreferanse">
          Oppgi referansen <strong className="font-mono">{reference}</strong> hvis du kontakter brukerstøtte.
        </p>
      ) : null}
      <div className="mt-6 flex flex-wrap items-center gap-4">
        <button type="button" onClick={() => retry()} className="rounded bg-brand-700 px-4 py-2 font-medium text-white hover:bg-brand-800 focus-visible:outline-2 focus-visible:outline-offset-2">
          Prøv igjen
        </button>
        <Link href="/" className="font-medium text-brand-700 underline">
          Til min startside
        </Link>
      </div>
    </main>
  );
}
