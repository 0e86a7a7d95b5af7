import "server-only";
import { db } from "@/lib/server/db";
import { buildActor, type Actor, type AssignmentRow } from "@/lib/server/auth/load-actor";
import { currentSessionPolicy } from "@/lib/server/auth/session-policy";
import { sessionNeedsTouch, sessionState, SESSION_TOUCH_INTERVAL_MS, type SessionPolicy } from "@/lib/domain/session-policy";
import type { Role } from "@/lib/domain/roles";

/** One row per valid role assignment of the session's person (one row with nulls if there is none). */
type SessionRow = {
  sessionId: string;
  personId: string;
  activeRoleAssignmentId: string | null;
  createdAt: Date;
  lastSeenAt: Date;
  expiresAt: Date;
  revokedAt: Date | null;
  name: string;
  email: string;
  disabledAt: Date | null;
  assignmentId: string | null;
  role: string | null;
  organisationId: string | null;
  departmentId: string | null;
  regionId: string | null;
  organisationShortName: string | null;
  departmentName: string | null;
  departmentOrganisationId: string | null;
  departmentOrganisationShortName: string | null;
  regionName: string | null;
};

/**
 * The session, its person and the person's valid role assignments with the names of their scopes, in
 * one statement (issue 9 §3: the session was seven statements before every page's own).
 */
async function loadSessionRows(sessionId: string, now: Date): Promise<SessionRow[]> {
  return db.$queryRaw<SessionRow[]>`
    SELECT s."id" AS "sessionId", s."personId", s."activeRoleAssignmentId", s."createdAt", s."lastSeenAt", s."expiresAt", s."revokedAt",
           p."name", p."email", p."disabledAt",
           ra."id" AS "assignmentId", ra."role"::text AS "role", ra."organisationId", ra."departmentId", ra."regionId",
           o."shortName" AS "organisationShortName",
           d."name" AS "departmentName", d."organisationId" AS "departmentOrganisationId", dorg."shortName" AS "departmentOrganisationShortName",
           r."name" AS "regionName"
      FROM "AuthSession" s
      JOIN "Person" p ON p."id" = s."personId"
      LEFT JOIN "RoleAssignment" ra ON ra."personId" = p."id" AND ra."validFrom" <= ${now} AND (ra."validTo" IS NULL OR ra."validTo" > ${now})
      LEFT JOIN "Organisation" o ON o."id" = ra."organisationId"
      LEFT JOIN "Department" d ON d."id" = ra."departmentId"
      LEFT JOIN "Organisation" dorg ON dorg."id" = d."organisationId"
      LEFT JOIN "Region" r ON r."id" = ra."regionId"
     WHERE s."id" = ${sessionId}`;
}

function assignmentsOf(rows: readonly SessionRow[]): AssignmentRow[] {
  return rows.flatMap((row) =>
    row.assignmentId && row.role
      ? [
          {
            id: row.assignmentId,
            role: row.role as Role,
            organisationId: row.organisationId,
            departmentId: row.departmentId,
            regionId: row.regionId,
            organisationShortName: row.organisationShortName,
            department:
              row.departmentName !== null && row.departmentOrganisationId !== null
                ? { name: row.departmentName, organisationId: row.departmentOrganisationId, organisationShortName: row.departmentOrganisationShortName ?? "" }
                : null,
            regionName: row.regionName,
          },
        ]
      : [],
  );
}

/**
 * The actor of a server-side session, or null if the session is unknown, revoked (logout, "logg ut
 * overalt", role removed, person disabled), past its absolute limit or idle too long. Called once per
 * request by `getActor()` (React `cache()`), so a copied token dies the moment its row does. One
 * statement, plus at most one write a minute (`lastSeenAt`) or on a lapsed role.
 */
export async function resolveSessionActor(
  sessionId: string,
  options: { now?: Date; policy?: SessionPolicy } = {},
): Promise<Actor | null> {
  const now = options.now ?? new Date();
  const policy = options.policy ?? currentSessionPolicy();
  const rows = await loadSessionRows(sessionId, now);
  const first = rows[0];
  if (!first) return null;
  const session = { id: first.sessionId, activeRoleAssignmentId: first.activeRoleAssignmentId, createdAt: first.createdAt, lastSeenAt: first.lastSeenAt, expiresAt: first.expiresAt, revokedAt: first.revokedAt };
  if (sessionState(session, now, policy) !== "ACTIVE") return null;
  if (first.disabledAt) return null;

  const actor = buildActor({ id: first.personId, name: first.name, email: first.email }, assignmentsOf(rows), session);
  if (!actor) return null;
  if (session.activeRoleAssignmentId && actor.activeRole.id !== session.activeRoleAssignmentId) {
    // The role this session acts in has lapsed (validTo passed): the session ends with it.
    await db.authSession.updateMany({
      where: { id: session.id, revokedAt: null },
      data: { revokedAt: now, revokedReason: "rolle-utlopt" },
    });
    return null;
  }

  if (sessionNeedsTouch(session.lastSeenAt, now)) {
    // At most one write a minute per session; concurrent requests race harmlessly on the WHERE.
    await db.authSession.updateMany({
      where: { id: session.id, revokedAt: null, lastSeenAt: { lte: new Date(now.getTime() - SESSION_TOUCH_INTERVAL_MS) } },
      data: { lastSeenAt: now },
    });
  }
  return actor;
}
