import "server-only";
import { createPrismaClient } from "@/lib/db/create-client";
import type { Prisma, PrismaClient } from "@/lib/generated/prisma/client";

export type Tx = Prisma.TransactionClient;

const globalForDb = globalThis as unknown as { __lisDb?: PrismaClient };

function client(): PrismaClient {
  // Lazy: `next build` imports modules without a database.
  return (globalForDb.__lisDb ??= createPrismaClient());
}

/** The data-access layer's only handle on the database. */
export const db: PrismaClient = new Proxy({} as PrismaClient, {
  get(_target, property) {
    const c = client();
    const value = Reflect.get(c, property, c);
    return typeof value === "function" ? value.bind(c) : value;
  },
});
