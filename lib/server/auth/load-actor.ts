import "server-only";
import { db } from "@/lib/server/db";
import { ROLE_PRIORITY, ROLE_LABEL, type Role } from "@/lib/domain/roles";

export type RoleGrant = {
  id: string;
  role: Role;
  organisationId: string | null;
  departmentId: string | null;
  regionId: string | null;
  /** Norwegian description, e.g. "Leder – Kirurgisk avdeling, Helgelandssykehuset". */
  label: string;
};

/** The logged-in person as the server sees them on this request, resolved from the database. */
export type Actor = {
  personId: string;
  name: string;
  email: string;
  roles: RoleGrant[];
  /** The session's chosen role (start page, default area); the person's highest-priority role until one is chosen. */
  activeRole: RoleGrant;
  /** The server-side session this request belongs to (`AuthSession.id`); null outside a request (scripts, tests). */
  sessionId: string | null;
};

/** The part of an `AuthSession` row the actor depends on. */
export type ActorSession = { id: string; activeRoleAssignmentId: string | null };

/**
 * Loads a person and their valid role assignments. Null if the person is unknown, disabled or has no role.
 * The active role is the session's, if still valid, else the highest-priority role (ROLE_PRIORITY).
 */
export async function loadActor(personId: string, now: Date = new Date(), session: ActorSession | null = null): Promise<Actor | null> {
  const person = await db.person.findUnique({
    where: { id: personId },
    include: {
      roles: {
        where: { validFrom: { lte: now }, OR: [{ validTo: null }, { validTo: { gt: now } }] },
        include: { organisation: true, department: { include: { organisation: true } }, region: true },
      },
    },
  });
  if (!person || person.disabledAt) return null;
  return buildActor(
    person,
    person.roles.map((a) => ({
      id: a.id,
      role: a.role as Role,
      organisationId: a.organisationId,
      departmentId: a.departmentId,
      regionId: a.regionId,
      organisationShortName: a.organisation?.shortName ?? null,
      department: a.department ? { name: a.department.name, organisationId: a.department.organisationId, organisationShortName: a.department.organisation.shortName } : null,
      regionName: a.region?.name ?? null,
    })),
    session,
  );
}

/** The part of a valid role assignment (and the names of its scope) the actor is built from. */
export type AssignmentRow = {
  id: string;
  role: Role;
  organisationId: string | null;
  departmentId: string | null;
  regionId: string | null;
  organisationShortName: string | null;
  department: { name: string; organisationId: string; organisationShortName: string } | null;
  regionName: string | null;
};

/**
 * The actor from a person and their valid assignments, however they were loaded (Prisma in `loadActor`,
 * one joined statement in `resolveSessionActor`). Null if there is no role.
 */
export function buildActor(
  person: { id: string; name: string; email: string },
  assignments: readonly AssignmentRow[],
  session: ActorSession | null,
): Actor | null {
  const roles: RoleGrant[] = assignments
    .map((assignment) => {
      const scopeName = assignment.department
        ? `${assignment.department.name}, ${assignment.department.organisationShortName}`
        : (assignment.organisationShortName ?? assignment.regionName ?? "");
      return {
        id: assignment.id,
        role: assignment.role,
        organisationId: assignment.organisationId ?? assignment.department?.organisationId ?? null,
        departmentId: assignment.departmentId,
        regionId: assignment.regionId,
        label: scopeName ? `${ROLE_LABEL[assignment.role]} – ${scopeName}` : ROLE_LABEL[assignment.role],
      };
    })
    .sort((a, b) => ROLE_PRIORITY.indexOf(a.role) - ROLE_PRIORITY.indexOf(b.role) || a.label.localeCompare(b.label, "nb"));

  const activeRole = roles.find((r) => r.id === session?.activeRoleAssignmentId) ?? roles[0];
  if (!activeRole) return null;
  return { personId: person.id, name: person.name, email: person.email, roles, activeRole, sessionId: session?.id ?? null };
}

export function hasRole(actor: Actor, role: Role): boolean {
  return actor.roles.some((r) => r.role === role);
}

export function grantsFor(actor: Actor, role: Role): RoleGrant[] {
  return actor.roles.filter((r) => r.role === role);
}
