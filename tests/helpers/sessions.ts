import { testDb } from "./db";
import type { Actor } from "@/lib/server/auth/load-actor";
import { createSession } from "@/lib/server/auth/create-session";
import { resolveSessionActor } from "@/lib/server/auth/resolve-session-actor";

/** Signs a seeded person in (a new server-side session) and returns the actor of that session. */
export async function signInAs(email: string, now = new Date()): Promise<Actor> {
  const person = await testDb().person.findUniqueOrThrow({ where: { email } });
  const session = await createSession({ personId: person.id, now });
  const actor = await resolveSessionActor(session.id, { now });
  if (!actor) throw new Error(`no actor for ${email}`);
  return actor;
}
