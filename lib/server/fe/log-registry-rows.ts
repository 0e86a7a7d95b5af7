import "server-only";
import type { AccessScope } from "@/lib/domain/access-scope";
import type { Page } from "@/lib/domain/pagination";
import { logAccess } from "@/lib/server/access-log/log-access";
import type { RegistryRow } from "./list-fe-registry";

/**
 * The registry page's rows shown are reads of those LIS's data (issue 11 §9): one access-log row per
 * LIS on the page (not per LIS loaded for the filters), written in one INSERT. Only the page knows which
 * rows it shows, so it calls this after paginating.
 */
export async function logRegistryRowsShown(scope: AccessScope, page: Page<Pick<RegistryRow, "personId" | "registrationId" | "organisationId">>): Promise<void> {
  await logAccess(
    scope,
    page.items.map((r) => ({ what: "FE_REGISTRY_ROW", subjectPersonId: r.personId, entityId: r.registrationId, facts: { organisationId: r.organisationId }, context: { page: page.page } })),
  );
}
