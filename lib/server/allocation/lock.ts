import "server-only";
import type { Tx } from "@/lib/server/db";

/** Row locks that serialise allocation on one vacancy and one fagavtale's capacity (vacancy first, then fagavtale). */
export async function lockVacancy(tx: Tx, vacancyId: string): Promise<void> {
  await tx.$queryRaw`SELECT id FROM "Vacancy" WHERE id = ${vacancyId} FOR UPDATE`;
}

export async function lockFagavtale(tx: Tx, fagavtaleId: string): Promise<void> {
  await tx.$queryRaw`SELECT id FROM "Fagavtale" WHERE id = ${fagavtaleId} FOR UPDATE`;
}
