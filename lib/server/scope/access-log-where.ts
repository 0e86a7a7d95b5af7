import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { AccessScope, RoleScope } from "@/lib/domain/access-scope";

/** The access log's id is a bigint, so the shared NO_ROWS (string ids) does not fit it. */
const NO_ACCESS_ROWS: Prisma.AccessLogWhereInput = { id: { in: [] } };

/**
 * Who has looked at whose data (issue 11 §9) is the LIS's own to see: the rows naming them, alone or
 * among the LIS of an export. No other role reaches anyone's access log.
 */
function perRole(r: RoleScope, personId: string): Prisma.AccessLogWhereInput {
  switch (r.role) {
    case "LIS":
      return { OR: [{ subjectPersonId: personId }, { subjectPersonIds: { has: personId } }] };
    case "LEDER":
    case "LOKAL_KOORDINATOR":
    case "REGIONAL_KOORDINATOR":
      return NO_ACCESS_ROWS;
  }
}

export function accessLogWhere(scope: AccessScope): Prisma.AccessLogWhereInput {
  return { OR: scope.roles.map((r) => perRole(r, scope.personId)) };
}
