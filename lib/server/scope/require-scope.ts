import "server-only";
import { redirectToLogin } from "@/lib/server/login-redirect";
import { forbidden } from "next/navigation";
import { getActor } from "@/lib/auth/session";
import { resolveScope, type AccessScope } from "@/lib/domain/access-scope";
import type { Capability } from "@/lib/domain/capabilities";
import type { Role } from "@/lib/domain/roles";
import type { Actor } from "@/lib/server/auth/load-actor";
import { AppError } from "@/lib/server/errors";

/** The scope through which this actor holds the capability; the session's active role is preferred. */
export function scopeOf(actor: Actor, capability: Capability, only?: Role | null): AccessScope | null {
  return resolveScope({ personId: actor.personId, grants: actor.roles, capability, preferred: actor.activeRole.role, only });
}

/**
 * For pages (issue 8 §1): logged in (else the login page), holding the capability in this role's
 * area (else 403). The page hands the scope to its services, which filter by it.
 */
export async function requirePageScope(capability: Capability, as: Role): Promise<AccessScope> {
  const actor = await getActor();
  if (!actor) return redirectToLogin();
  const scope = scopeOf(actor, capability, as);
  if (!scope) forbidden();
  return scope;
}

/** For route handlers and other non-page callers: throws AppError (UNAUTHENTICATED/FORBIDDEN), which they turn into a status. */
export async function requireCapability(capability: Capability, as?: Role | null): Promise<AccessScope> {
  const actor = await getActor();
  if (!actor) throw new AppError("UNAUTHENTICATED", "Du må logge inn på nytt.");
  const scope = scopeOf(actor, capability, as);
  if (!scope) throw new AppError("FORBIDDEN", "Du har ikke tilgang til dette.");
  return scope;
}
