import "server-only";
import { db } from "@/lib/server/db";

/** HelseID login (decision 0014): the person with this HPR number, if registered and not disabled. Never by e-mail. */
export async function findPersonIdByHpr(hprNumber: string): Promise<string | null> {
  const person = await db.person.findUnique({ where: { hprNumber }, select: { id: true, disabledAt: true } });
  return person && !person.disabledAt ? person.id : null;
}
