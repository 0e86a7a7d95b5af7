import { describe, expect, it } from "vitest";
import { AUDIT_ACTIONS, AUDIT_ACTION_LABEL, CONFLICT_DECISION_ACTION, LEGACY_AUDIT_ACTION, auditActionLabel, auditActionNames } from "./audit-actions";

describe("audit actions", () => {
  it("have one style (Norwegian kebab-case, ASCII) and a Norwegian label each", () => {
    for (const action of AUDIT_ACTIONS) {
      expect(action).toMatch(/^[a-z]+(-[a-z]+)*$/);
      expect(AUDIT_ACTION_LABEL[action]).toMatch(/^[A-ZÆØÅ]/);
    }
    expect(new Set(Object.values(AUDIT_ACTION_LABEL)).size).toBe(AUDIT_ACTIONS.length);
  });

  it("old stored names map to today's actions, for reading and for labels", () => {
    for (const [legacy, action] of Object.entries(LEGACY_AUDIT_ACTION)) {
      expect(AUDIT_ACTIONS).toContain(action);
      expect(AUDIT_ACTIONS).not.toContain(legacy);
    }
    expect(auditActionNames("stilling-trukket").sort()).toEqual(["stilling-trukket", "vacancy.withdraw"]);
    expect(auditActionNames("fe-registrert")).toEqual(["fe-registrert"]);
    expect(auditActionLabel("offer.accept")).toBe("Tilbud akseptert");
    expect(auditActionLabel("tilbud-akseptert")).toBe("Tilbud akseptert");
    expect(auditActionLabel("noe-ukjent")).toBe("noe-ukjent");
  });

  it("each conflict decision has its action", () => {
    expect(Object.values(CONFLICT_DECISION_ACTION).every((a) => AUDIT_ACTIONS.includes(a))).toBe(true);
  });
});
