import { createPrismaClient } from "@/lib/db/create-client";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { seed } from "@/lib/seed/seed";
import { loadActor, type Actor } from "@/lib/server/auth/load-actor";
import { resolveScope, type AccessScope } from "@/lib/domain/access-scope";
import type { Capability } from "@/lib/domain/capabilities";
import type { Role } from "@/lib/domain/roles";

const globalForDb = globalThis as unknown as { __lisDb?: PrismaClient; __lisOwnerDb?: PrismaClient };

/** The same client the server layer uses, on this test file's own database. */
export function testDb(): PrismaClient {
  return (globalForDb.__lisDb ??= createPrismaClient());
}

/** The owner role's client on the same database (migration history, owner-only checks). */
export function ownerDb(): PrismaClient {
  return (globalForDb.__lisOwnerDb ??= createPrismaClient(process.env.DATABASE_OWNER_URL));
}

export async function seedDemo(now = new Date()): Promise<void> {
  await seed(testDb(), { now });
}

/** The actor for a seeded person, resolved exactly as on a real request. */
export async function actorByEmail(email: string): Promise<Actor> {
  const person = await testDb().person.findUniqueOrThrow({ where: { email } });
  const actor = await loadActor(person.id);
  if (!actor) throw new Error(`no actor for ${email}`);
  return actor;
}

/** The scope a seeded person holds a capability through (optionally only in one role's area), as the wrapper resolves it. */
export async function scopeByEmail(email: string, capability: Capability, only?: Role): Promise<AccessScope> {
  const actor = await actorByEmail(email);
  const scope = resolveScope({ personId: actor.personId, grants: actor.roles, capability, preferred: actor.activeRole.role, only });
  if (!scope) throw new Error(`${email} does not hold ${capability}${only ? ` as ${only}` : ""}`);
  return scope;
}
