// Stands in for lib/auth/session in integration tests: the actor is set by the test, while
// everything behind it (actions, capability checks, services, database) is the real code.
// Use: vi.mock("@/lib/auth/session", () => import("../helpers/session-mock"));
import type { Actor } from "@/lib/server/auth/load-actor";

let current: Actor | null = null;

export function actAs(actor: Actor | null): void {
  current = actor;
}

export async function getActor(): Promise<Actor | null> {
  return current;
}

export async function requireActor(): Promise<Actor> {
  if (!current) throw new Error("not logged in");
  return current;
}

export async function requireRole(): Promise<Actor> {
  return requireActor();
}
