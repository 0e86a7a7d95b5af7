"use client";
import { useActionState, useEffect } from "react";

/** What the user typed in the last refused submission, and a number that changes with every answer (a form key). */
export type TypedValues = { attempt: number; fields: Record<string, string> | null };
import { isUnauthenticated, loginUrl } from "@/lib/return-path";

function isRefusal(result: unknown): boolean {
  return Boolean(result && typeof result === "object" && "ok" in result && !(result as { ok: unknown }).ok);
}

/** The login page's address for this page: back here after logging in, with "your session expired". */
export function expiredSessionLoginUrl(location: { pathname: string; search: string }): string {
  return loginUrl({ returnTo: `${location.pathname}${location.search}`, reason: "utlopt" });
}

/**
 * `useActionState` for every form bound to a server action (issue 8 §3). A refusal is an answer:
 * VALIDATION, FORBIDDEN, NOT_FOUND and the rest come back with their Norwegian message for the form
 * to show; UNAUTHENTICATED (the session expired between loading the page and submitting) sends the
 * person to the login page, which brings them back to this page afterwards.
 */
export function useServerActionState<R>(action: (previous: R | null, formData: FormData) => Promise<R>) {
  // Each answer carries what was submitted: after a refusal the form is remounted (key = attempt) with
  // the typed values as its defaults, so nothing the user wrote is lost (issue 10 §8).
  const [box, formAction, pending] = useActionState<{ result: R; attempt: number; fields: Record<string, string> } | null, FormData>(async (previous, formData) => {
    const fields: Record<string, string> = {};
    for (const [key, value] of formData.entries()) if (typeof value === "string" && !key.startsWith("$ACTION")) fields[key] = value;
    const result = await action(previous?.result ?? null, formData);
    // Only a refusal remounts the form; after a success React resets it to its defaults as usual.
    return { result, attempt: (previous?.attempt ?? 0) + (isRefusal(result) ? 1 : 0), fields };
  }, null);
  const state = box?.result ?? null;
  const expired = isUnauthenticated(state);
  useEffect(() => {
    if (expired) window.location.assign(expiredSessionLoginUrl(window.location));
  }, [expired, state]);
  const typed: TypedValues = { attempt: box?.attempt ?? 0, fields: box && isRefusal(state) ? box.fields : null };
  return [state, formAction, pending, typed] as const;
}
