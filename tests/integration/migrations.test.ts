import { describe, expect, it } from "vitest";
import { createHash } from "node:crypto";
import { readFileSync, readdirSync } from "node:fs";
import path from "node:path";
// @ts-expect-error: plain ESM script without types
import { migrate } from "../../scripts/db-migrate.mjs";
import { ownerDb } from "../helpers/db";

const migrationsDir = path.resolve(import.meta.dirname, "../../prisma/migrations");

describe("offline migrations", () => {
  it("are all applied, with the CLI's checksums, and a second run changes nothing", async () => {
    const folders = readdirSync(migrationsDir, { withFileTypes: true })
      .filter((e) => e.isDirectory())
      .map((e) => e.name)
      .sort();
    const rows = await ownerDb().$queryRawUnsafe<{ migration_name: string; checksum: string; finished_at: Date | null }[]>(
      `SELECT migration_name, checksum, finished_at FROM _prisma_migrations ORDER BY migration_name`,
    );
    expect(rows.map((r) => r.migration_name)).toEqual(folders);
    for (const row of rows) {
      const sql = readFileSync(path.join(migrationsDir, row.migration_name, "migration.sql"));
      expect(row.checksum).toBe(createHash("sha256").update(sql).digest("hex"));
      expect(row.finished_at).not.toBeNull();
    }

    const applied = await migrate(process.env.DATABASE_OWNER_URL, { quiet: true });
    expect(applied).toEqual([]);
    const after = await ownerDb().$queryRawUnsafe<{ n: bigint }[]>(`SELECT count(*) AS n FROM _prisma_migrations`);
    expect(Number(after[0]!.n)).toBe(folders.length);
  });
});
