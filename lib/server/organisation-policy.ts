import "server-only";
import { policyOfOrganisation, type ResolvedPolicy } from "@/lib/domain/region-policy";

/** What a reader selects of an organisation to resolve its policy (lib/domain/region-policy). */
export const organisationPolicySelect = { policyOverride: true, planDeadlineWeeks: true, region: { select: { policyKey: true } } } as const;

export const policyOf = (o: Parameters<typeof policyOfOrganisation>[0]): ResolvedPolicy => policyOfOrganisation(o);
