// npm run db:seed: writes the reference data and the demo (lib/seed) to $DATABASE_URL.
// Idempotent: safe to run again; a re-run creates nothing and changes nothing.
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "../lib/generated/prisma/client.ts";
import { seed } from "../lib/seed/seed.ts";
import { isDemoMode } from "../lib/domain/demo-mode.ts";

async function main(): Promise<number> {
  const connectionString = process.env.DATABASE_URL;
  if (!connectionString) {
    console.error(
      "[db:seed] DATABASE_URL mangler / is not set. Sett den til PostgreSQL-databasen, f.eks. postgresql://postgres:postgres@localhost:5433/lis",
    );
    return 1;
  }
  const db = new PrismaClient({ adapter: new PrismaPg({ connectionString }) });
  try {
    const started = Date.now();
    const summary = await db.$transaction((tx) => seed(tx, { now: new Date(), demo: isDemoMode() }), { timeout: 60_000, maxWait: 10_000 });
    console.info(
      `[db:seed] ferdig / done: ${summary.created} nye rader / rows created, ${summary.total} totalt / in total (${Date.now() - started} ms)`,
    );
    return 0;
  } catch (e) {
    console.error(`[db:seed] Feilet / failed: ${e instanceof Error ? e.message : String(e)}`);
    return 1;
  } finally {
    await db.$disconnect();
  }
}

main().then(
  (code) => process.exit(code),
  (e) => {
    console.error(`[db:seed] ${e instanceof Error ? e.message : String(e)}`);
    process.exit(1);
  },
);
