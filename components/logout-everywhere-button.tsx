"use client";
import { useState, useTransition } from "react";
import { signOut } from "next-auth/react";
import { logOutEverywhere } from "@/lib/actions/auth/log-out-everywhere";

/** Ends every session of this person (other browsers and devices included), then this one's cookie. */
export function LogoutEverywhereButton() {
  const [pending, startTransition] = useTransition();
  const [error, setError] = useState<string | null>(null);

  function onClick() {
    setError(null);
    startTransition(async () => {
      try {
        const result = await logOutEverywhere({});
        // UNAUTHENTICATED: this session had already ended; clearing the cookie is all that is left.
        if (!result.ok && result.code !== "UNAUTHENTICATED") {
          setError(result.message);
          return;
        }
      } catch {
        // No answer (network): the other sessions may still be live, so say so rather than sign out here.
        setError("Kunne ikke logge ut overalt. Prøv igjen.");
        return;
      }
      await signOut({ callbackUrl: "/logg-inn" });
    });
  }

  return (
    <>
      <button
        type="button"
        onClick={onClick}
        disabled={pending}
        className="rounded border border-white/70 px-3 py-1.5 text-sm font-medium text-white hover:bg-white/10 disabled:opacity-70"
      >
        {pending ? "Logger ut …" : "Logg ut overalt"}
      </button>
      {error ? (
        <p role="alert" className="text-sm text-white">
          {error}
        </p>
      ) : null}
    </>
  );
}
