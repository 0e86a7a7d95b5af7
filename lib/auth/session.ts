import "server-only";
import { redirectToLogin } from "@/lib/server/login-redirect";
import { cache } from "react";
import { getServerSession } from "next-auth";
import { forbidden } from "next/navigation";
import { authOptions } from "@/lib/auth/auth-options";
import { hasRole, type Actor } from "@/lib/server/auth/load-actor";
import { resolveSessionActor } from "@/lib/server/auth/resolve-session-actor";
import type { Role } from "@/lib/domain/roles";

/**
 * The actor of this request: the JWT names a server-side session (`sid`), whose row must be live —
 * not revoked, not past its absolute limit, not idle too long — and whose person and roles are read
 * from the database every time (never trusted from the client). Null otherwise.
 */
export const getActor = cache(async (): Promise<Actor | null> => {
  const session = (await getServerSession(authOptions)) as { sid?: string | null } | null;
  if (!session?.sid) return null;
  return resolveSessionActor(session.sid);
});

/** For pages: logged in, or off to the login page. */
export async function requireActor(): Promise<Actor> {
  const actor = await getActor();
  if (!actor) return redirectToLogin();
  return actor;
}

/** For a role area's pages: the actor must hold the role, else 403. */
export async function requireRole(role: Role): Promise<Actor> {
  const actor = await requireActor();
  if (!hasRole(actor, role)) forbidden();
  return actor;
}
