"use client";
import { useActionState, useEffect } from "react";
import { isUnauthenticated, loginUrl } from "@/lib/return-path";

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
  const [state, formAction, pending] = useActionState<R | null, FormData>(action, null);
  const expired = isUnauthenticated(state);
  useEffect(() => {
    if (expired) window.location.assign(expiredSessionLoginUrl(window.location));
  }, [expired, state]);
  return [state, formAction, pending] as const;
}
