import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { AccessScope, RoleScope } from "@/lib/domain/access-scope";
import { employmentWhereForRole } from "./employment-where";

/** The people one role reaches: the LIS themself; for the others, the people employed where the role reaches. */
function personWhereForRole(r: RoleScope, personId: string): Prisma.PersonWhereInput {
  switch (r.role) {
    case "LIS":
      return { id: personId };
    case "LEDER":
    case "LOKAL_KOORDINATOR":
    case "REGIONAL_KOORDINATOR":
      return { employments: { some: employmentWhereForRole(r, personId) } };
  }
}

export function personWhere(scope: AccessScope): Prisma.PersonWhereInput {
  return { OR: scope.roles.map((r) => personWhereForRole(r, scope.personId)) };
}
