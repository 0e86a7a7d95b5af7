import "server-only";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { RETURN_PATH_HEADER, loginUrl } from "@/lib/return-path";

/**
 * For pages that find no actor: the login page, with the path `proxy.ts` recorded for this request
 * so the person comes back here. (The proxy already redirects when the session cookie is missing or
 * invalid; this covers a valid cookie whose person can no longer be loaded.)
 */
export async function redirectToLogin(): Promise<never> {
  const returnTo = (await headers()).get(RETURN_PATH_HEADER);
  redirect(loginUrl({ returnTo, reason: "utlopt" }));
}
