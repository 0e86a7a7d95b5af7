// The domain mirrors the schema's enums without importing Prisma; this test (outside lib/domain) keeps
// the mirror and the Norwegian labels complete: a new enum value without a label fails here.
import { describe, expect, it } from "vitest";
import * as Enums from "@/lib/generated/prisma/enums";
import * as Labels from "@/lib/domain/labels";
import { PERIOD_STATUSES } from "@/lib/domain/period-status";
import { OFFER_STATUSES } from "@/lib/domain/offer-status";
import { ROLES } from "@/lib/domain/roles";
import { ACCESS_KINDS, ACCESS_KIND_LABEL } from "@/lib/domain/access-log";

const values = (e: Record<string, string>) => Object.values(e).sort();

describe("enum labels", () => {
  it.each([
    ["PeriodStatus", Enums.PeriodStatus, Labels.PERIOD_STATUS_LABEL],
    ["OfferStatus", Enums.OfferStatus, Labels.OFFER_STATUS_LABEL],
    ["Role", Enums.Role, Labels.ROLE_LABEL],
    ["EmploymentType", Enums.EmploymentType, Labels.EMPLOYMENT_TYPE_LABEL],
    ["LisPart", Enums.LisPart, Labels.LIS_PART_LABEL],
    ["PlanStatus", Enums.PlanStatus, Labels.PLAN_STATUS_LABEL],
    ["PlanPeriodKind", Enums.PlanPeriodKind, Labels.PLAN_PERIOD_KIND_LABEL],
    ["VacancyStatus", Enums.VacancyStatus, Labels.VACANCY_STATUS_LABEL],
    ["ConflictStatus", Enums.ConflictStatus, Labels.CONFLICT_STATUS_LABEL],
    ["ConflictLevel", Enums.ConflictLevel, Labels.CONFLICT_LEVEL_LABEL],
    ["ConflictStepKind", Enums.ConflictStepKind, Labels.CONFLICT_STEP_LABEL],
    ["CapacityUnit", Enums.CapacityUnit, Labels.CAPACITY_UNIT_LABEL],
    ["IntakeProcedure", Enums.IntakeProcedure, Labels.INTAKE_PROCEDURE_LABEL],
    ["AccessKind", Enums.AccessKind, ACCESS_KIND_LABEL],
  ] as const)("%s: every value has a Norwegian label and nothing else does", (_name, e, labels) => {
    expect(Object.keys(labels).sort()).toEqual(values(e));
    for (const label of Object.values(labels)) expect(label).toMatch(/\S/);
  });

  it("the domain's status and role lists are the schema's", () => {
    expect([...PERIOD_STATUSES].sort()).toEqual(values(Enums.PeriodStatus));
    expect([...OFFER_STATUSES].sort()).toEqual(values(Enums.OfferStatus));
    expect([...ROLES].sort()).toEqual(values(Enums.Role));
    expect([...ACCESS_KINDS].sort()).toEqual(values(Enums.AccessKind));
  });

  it("words inside a sentence", () => {
    expect(Labels.roleInSentence("LOKAL_KOORDINATOR")).toBe("lokal koordinator");
    expect(Labels.roleInSentence("LIS")).toBe("LIS");
    expect(Labels.labelOf(Labels.VACANCY_STATUS_LABEL, "UKJENT")).toBe("UKJENT");
  });
});
