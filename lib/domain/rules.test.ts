import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import * as rules from "./rules";

const { RULE_TEXT, daysText, monthsText, weeksText } = rules;

describe("rule texts", () => {
  it("are derived from the numbers", () => {
    expect(RULE_TEXT.planValidity).toBe("Godkjenningen gjelder i 12 måneder.");
    expect(RULE_TEXT.planApproved(3)).toBe("Gjennomføringsplanen din (versjon 3) er godkjent og gjelder i 12 måneder.");
    expect(RULE_TEXT.planExpiringTitle).toBe("Utløper innen 30 dager");
    expect(RULE_TEXT.vikariatTooShort).toContain("kortere enn 6 måneder");
    expect(RULE_TEXT.refunded).toBe("Refunderes av hovedarbeidsgiver (under 3 måneder)");
    expect(RULE_TEXT.startWindowMax).toBe("Vinduet kan ikke være over 365 dager.");
  });

  it("says one and many in Norwegian", () => {
    expect([monthsText(1), monthsText(2), daysText(1), daysText(14), weeksText(1), weeksText(4)]).toEqual([
      "1 måned",
      "2 måneder",
      "1 dag",
      "14 dager",
      "1 uke",
      "4 uker",
    ]);
  });
});

// The guard that keeps it so: a rule's number written out with its unit outside this module.
describe("no rule text is written by hand elsewhere", () => {
  const root = path.resolve(import.meta.dirname, "../..");
  const numbers = new Set(
    Object.values(rules as Record<string, unknown>)
      .filter((v): v is number => typeof v === "number")
      .map(String),
  );
  const pattern = /\b(\d+) (måneder|måned|dager|dag|uker|uke)\b/g;
  function* sources(dir: string): Generator<string> {
    for (const name of readdirSync(dir)) {
      const file = path.join(dir, name);
      if (statSync(file).isDirectory()) {
        if (name !== "generated" && name !== "node_modules") yield* sources(file);
      } else if (/\.tsx?$/.test(name) && !/\.test\.tsx?$/.test(name) && !file.endsWith(path.join("domain", "rules.ts"))) {
        yield file;
      }
    }
  }

  it("app, components and lib state the rules only through lib/domain/rules.ts", () => {
    const found: string[] = [];
    for (const dir of ["app", "components", "lib"]) {
      for (const file of sources(path.join(root, dir))) {
        for (const m of readFileSync(file, "utf8").matchAll(pattern)) if (numbers.has(m[1]!)) found.push(`${path.relative(root, file)}: ${m[0]}`);
      }
    }
    expect(found).toEqual([]);
  });
});
