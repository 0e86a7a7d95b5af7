// Least privilege in PostgreSQL (issue 11 §3): migrations run as an owner role, the app as a role that
// is not superuser, owns nothing, has no DDL, cannot change or remove audit rows, and cannot see the
// migration history. The embedded start creates both roles; on an external server an administrator
// does (README "Using an external PostgreSQL"), and `migrate(ownerUrl, { appRole })` keeps the grants.
import pg from "pg";
import { pgConfigFromUrl } from "./database-url.mjs";

export const OWNER_ROLE = "lis_owner";
export const APP_ROLE = "lis_app";
// The embedded server listens on 127.0.0.1 only; these are not secrets of any real deployment.
const EMBEDDED_PASSWORDS = { [OWNER_ROLE]: "lis_owner_local", [APP_ROLE]: "lis_app_local" };

/** The same server and database, as another role. */
export function asRole(url, role, password = EMBEDDED_PASSWORDS[role]) {
  const u = new URL(url);
  u.username = encodeURIComponent(role);
  u.password = encodeURIComponent(password ?? "");
  return u.toString();
}

/** The role name a URL connects as. */
export function roleOf(url) {
  return pgConfigFromUrl(url).config.user ?? null;
}

async function withClient(url, fn) {
  const { config } = pgConfigFromUrl(url);
  const client = new pg.Client(config);
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

/**
 * As a superuser (or CREATEROLE): creates the owner and app roles if missing, with the embedded
 * passwords, and makes the owner own `database` and its public schema. Objects an earlier version
 * created as the superuser are handed to the owner, so an existing data directory keeps working.
 * Returns false (and changes nothing) when `adminUrl` may not create roles.
 */
export async function ensureRoles(adminUrl, database) {
  return withClient(adminUrl, async (c) => {
    const { rows } = await c.query("SELECT rolsuper FROM pg_roles WHERE rolname = current_user");
    if (!rows[0]?.rolsuper) return false;
    for (const role of [OWNER_ROLE, APP_ROLE]) {
      const exists = (await c.query("SELECT 1 FROM pg_roles WHERE rolname = $1", [role])).rowCount;
      const verb = exists ? "ALTER" : "CREATE";
      await c.query(
        `${verb} ROLE ${c.escapeIdentifier(role)} LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOREPLICATION NOBYPASSRLS ${
          role === APP_ROLE ? "NOINHERIT" : "INHERIT"
        } PASSWORD ${c.escapeLiteral(EMBEDDED_PASSWORDS[role])}`,
      );
    }
    if (database) await adoptDatabase(adminUrl, database);
    return true;
  });
}

/** As a superuser: `database`, its public schema and everything in it belong to the owner role. */
export async function adoptDatabase(adminUrl, database) {
  await withClient(adminUrl, (c) => c.query(`ALTER DATABASE ${c.escapeIdentifier(database)} OWNER TO ${OWNER_ROLE}`));
  const u = new URL(adminUrl);
  u.pathname = `/${encodeURIComponent(database)}`;
  await withClient(u.toString(), (c) =>
    c.query(`
      ALTER SCHEMA public OWNER TO ${OWNER_ROLE};
      DO $$
      DECLARE r record;
      BEGIN
        -- Tables first (their indexes and owned sequences follow), then free-standing sequences, enums, functions.
        FOR r IN SELECT c.oid::regclass AS obj, c.relkind FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
                 WHERE n.nspname = 'public' AND c.relkind IN ('r', 'p', 'v', 'm') AND pg_get_userbyid(c.relowner) <> '${OWNER_ROLE}'
                   AND NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.objid = c.oid AND d.deptype = 'e') LOOP
          EXECUTE format('ALTER %s %s OWNER TO ${OWNER_ROLE}', CASE r.relkind WHEN 'v' THEN 'VIEW' WHEN 'm' THEN 'MATERIALIZED VIEW' ELSE 'TABLE' END, r.obj);
        END LOOP;
        FOR r IN SELECT c.oid::regclass AS obj FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
                 WHERE n.nspname = 'public' AND c.relkind = 'S' AND pg_get_userbyid(c.relowner) <> '${OWNER_ROLE}'
                   AND NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.objid = c.oid AND d.deptype IN ('a', 'i', 'e')) LOOP
          EXECUTE format('ALTER SEQUENCE %s OWNER TO ${OWNER_ROLE}', r.obj);
        END LOOP;
        FOR r IN SELECT t.oid::regtype AS obj FROM pg_type t JOIN pg_namespace n ON n.oid = t.typnamespace
                 WHERE n.nspname = 'public' AND t.typtype = 'e' AND pg_get_userbyid(t.typowner) <> '${OWNER_ROLE}' LOOP
          EXECUTE format('ALTER TYPE %s OWNER TO ${OWNER_ROLE}', r.obj);
        END LOOP;
        FOR r IN SELECT p.oid::regprocedure AS obj FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace
                 WHERE n.nspname = 'public' AND pg_get_userbyid(p.proowner) <> '${OWNER_ROLE}'
                   AND NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.objid = p.oid AND d.deptype = 'e') LOOP
          EXECUTE format('ALTER FUNCTION %s OWNER TO ${OWNER_ROLE}', r.obj);
        END LOOP;
      END $$;`),
  );
}

/**
 * As the owner, after migrations: the app role may read and write the data tables, append to the
 * audit log but never change, delete or truncate it, and has no rights on the migration history. It
 * owns nothing and has no CREATE on the schema, so it can run no DDL (nor disable the audit trigger).
 */
export async function grantAppRole(ownerUrl, appRole = APP_ROLE) {
  await withClient(ownerUrl, async (c) => {
    const app = c.escapeIdentifier(appRole);
    const { rows } = await c.query("SELECT current_database() AS db");
    await c.query(`
      REVOKE ALL ON SCHEMA public FROM PUBLIC;
      GRANT USAGE ON SCHEMA public TO ${app};
      GRANT CONNECT ON DATABASE ${c.escapeIdentifier(rows[0].db)} TO ${app};
      GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO ${app};
      GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO ${app};
      REVOKE UPDATE, DELETE, TRUNCATE, REFERENCES, TRIGGER ON "AuditLog" FROM ${app};
      REVOKE ALL ON "_prisma_migrations" FROM ${app};
    `);
  });
}
