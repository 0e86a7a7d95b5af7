import "server-only";
import { db } from "@/lib/server/db";

export async function findPersonIdByEmail(email: string): Promise<string | null> {
  const person = await db.person.findUnique({ where: { email: email.trim().toLowerCase() }, select: { id: true, disabledAt: true } });
  return person && !person.disabledAt ? person.id : null;
}
