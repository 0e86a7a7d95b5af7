import { describe, expect, it } from "vitest";
import { inject } from "vitest";
import { ownerDb, testDb } from "../helpers/db";

// Issue 11 §3: the app connects as a role that is not superuser, owns nothing, has no DDL, and cannot
// change or remove an audit row by any route an attacker with SQL injection would try.
const roles = inject("testDatabase");
const describeWithRoles = roles.appRole ? describe : describe.skip;

describeWithRoles("least privilege for the app's database role", () => {
  it("is not a superuser, cannot create roles or databases, and owns no object", async () => {
    const [me] = await testDb().$queryRawUnsafe<{ rolname: string; rolsuper: boolean; rolcreaterole: boolean; rolcreatedb: boolean; rolbypassrls: boolean }[]>(
      `SELECT rolname, rolsuper, rolcreaterole, rolcreatedb, rolbypassrls FROM pg_roles WHERE rolname = current_user`,
    );
    expect(me).toEqual({ rolname: roles.appRole, rolsuper: false, rolcreaterole: false, rolcreatedb: false, rolbypassrls: false });
    const owned = await testDb().$queryRawUnsafe<{ n: bigint }[]>(
      `SELECT count(*) AS n FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname = 'public' AND c.relowner = (SELECT oid FROM pg_roles WHERE rolname = current_user)`,
    );
    expect(Number(owned[0]!.n)).toBe(0);
  });

  it("can append to the audit log but not change, delete or truncate it by any route", async () => {
    const db = testDb();
    const entry = await db.auditLog.create({ data: { action: "test", entityType: "Test" } });
    const attempts: [string, () => Promise<unknown>, RegExp][] = [
      ["UPDATE", () => db.auditLog.update({ where: { id: entry.id }, data: { action: "endret" } }), /permission denied/],
      ["DELETE", () => db.auditLog.delete({ where: { id: entry.id } }), /permission denied/],
      ["TRUNCATE", () => db.$executeRawUnsafe(`TRUNCATE "AuditLog"`), /permission denied/],
      // Bypassing the append-only trigger: replication role (superuser only) or disabling it (owner only).
      ["replica role", () => db.$transaction([db.$executeRawUnsafe(`SET LOCAL session_replication_role = replica`), db.$executeRawUnsafe(`DELETE FROM "AuditLog"`)]), /permission denied/],
      ["DISABLE TRIGGER", () => db.$executeRawUnsafe(`ALTER TABLE "AuditLog" DISABLE TRIGGER ALL`), /must be owner/],
      ["DROP TRIGGER", () => db.$executeRawUnsafe(`DROP TRIGGER "AuditLog_append_only" ON "AuditLog"`), /must be owner/],
      ["replace the trigger function", () => db.$executeRawUnsafe(`CREATE OR REPLACE FUNCTION audit_log_append_only() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RETURN OLD; END $$`), /must be owner|permission denied/],
      ["DROP TABLE", () => db.$executeRawUnsafe(`DROP TABLE "AuditLog"`), /must be owner/],
      ["rename", () => db.$executeRawUnsafe(`ALTER TABLE "AuditLog" RENAME TO "Gammel"`), /must be owner/],
      ["COPY TO PROGRAM", () => db.$executeRawUnsafe(`COPY (SELECT 1) TO PROGRAM 'true'`), /permission denied|must be superuser|pg_execute_server_program/],
      ["COPY FROM PROGRAM", () => db.$executeRawUnsafe(`COPY "AuditLog" FROM PROGRAM 'true'`), /permission denied|must be superuser|pg_execute_server_program/],
      ["CREATE TABLE", () => db.$executeRawUnsafe(`CREATE TABLE "x" (id int)`), /permission denied for schema public/],
    ];
    for (const [name, attempt, refusal] of attempts) {
      await expect(attempt(), name).rejects.toThrow(refusal);
    }
    // Granting itself the right is a no-op with a warning (only the owner grants), so UPDATE stays refused.
    await db.$executeRawUnsafe(`GRANT UPDATE ON "AuditLog" TO CURRENT_USER`).catch(() => {});
    await expect(db.auditLog.update({ where: { id: entry.id }, data: { action: "endret" } })).rejects.toThrow(/permission denied/);
    expect(await db.auditLog.findUnique({ where: { id: entry.id } })).toMatchObject({ action: "test" });
  });

  it("has no rights on the migration history", async () => {
    await expect(testDb().$queryRawUnsafe(`SELECT count(*) FROM _prisma_migrations`)).rejects.toThrow(/permission denied/);
    await expect(testDb().$executeRawUnsafe(`DELETE FROM _prisma_migrations`)).rejects.toThrow(/permission denied/);
    const rows = await ownerDb().$queryRawUnsafe<{ n: bigint }[]>(`SELECT count(*) AS n FROM _prisma_migrations`);
    expect(Number(rows[0]!.n)).toBeGreaterThan(0);
  });

  it("still reads and writes the data tables the app needs", async () => {
    const db = testDb();
    const region = await db.region.create({ data: { id: "test-region-roles", code: "TEST", name: "Testregion" } });
    await db.region.update({ where: { id: region.id }, data: { name: "Testregion 2" } });
    await db.region.delete({ where: { id: region.id } });
  });
});
