// Proves the layer rules in eslint.config.mjs fire: each row lints a one-line import as if it were a
// file in that layer. Dropping or loosening a rule turns a row red.
import { readdirSync } from "node:fs";
import path from "node:path";
import { ESLint } from "eslint";
import { beforeAll, describe, expect, it } from "vitest";

const RULE = "@typescript-eslint/no-restricted-imports";
const root = path.resolve(import.meta.dirname, "../..");
let eslint: ESLint;

// Loading eslint-config-next takes seconds on a busy machine: do it once, with room.
beforeAll(async () => {
  eslint = new ESLint({ cwd: root });
  await eslint.lintText("export {};\n", { filePath: "lib/domain/warm-up.ts" });
}, 120_000);

async function restrictedImports(filePath: string, source: string): Promise<string[]> {
  const [result] = await eslint.lintText(`${source}\nexport const used = [x];\n`, { filePath });
  return (result?.messages ?? []).filter((m) => m.ruleId === RULE).map((m) => m.message);
}

// [file, import line, forbidden?]
const CASES: [string, string, boolean][] = [
  // lib/domain: pure, nothing of next, react, Prisma, the server layer, the session or the UI; types neither.
  ["lib/domain/x.ts", 'import x from "next";', true],
  ["lib/domain/x.ts", 'import { redirect as x } from "next/navigation";', true],
  ["lib/domain/x.ts", 'import { cache as x } from "react";', true],
  ["lib/domain/x.ts", 'import { createRoot as x } from "react-dom/client";', true],
  ["lib/domain/x.ts", 'import { PrismaClient as x } from "@prisma/client";', true],
  ["lib/domain/x.ts", 'import { PrismaClient as x } from "@/lib/generated/prisma/client";', true],
  ["lib/domain/x.ts", 'import type { Prisma as x } from "@/lib/generated/prisma/client";', true],
  ["lib/domain/x.ts", 'import { AppError as x } from "@/lib/server/errors";', true],
  ["lib/domain/x.ts", 'import type { Actor as x } from "@/lib/server/auth/load-actor";', true],
  ["lib/domain/x.ts", 'import { getActor as x } from "@/lib/auth/session";', true],
  ["lib/domain/x.ts", 'import { PlanStandingBadge as x } from "@/components/plan-standing-badge";', true],
  ["lib/domain/x.ts", 'import x from "server-only";', true],
  ["lib/domain/x.ts", 'import { db as x } from "../server/db";', true],
  ["lib/domain/x.ts", 'import { addMonths as x } from "./plan-status";', false],
  ["lib/domain/x.ts", 'import { formatDay as x } from "@/lib/format";', false],
  // components: render what they are given; service types may be named, services not called.
  ["components/x.tsx", 'import { getQueuePosition as x } from "@/lib/server/allocation/get-queue-position";', true],
  ["components/x.tsx", 'import type { QueuePosition as x } from "@/lib/server/allocation/get-queue-position";', false],
  ["components/x.tsx", 'import { db as x } from "@/lib/server/db";', true],
  ["components/x.tsx", 'import { createPrismaClient as x } from "@/lib/db/create-client";', true],
  ["components/x.tsx", 'import { PrismaClient as x } from "@/lib/generated/prisma/client";', true],
  ["components/x.tsx", 'import type { PrismaClient as x } from "@/lib/generated/prisma/client";', false],
  ["components/x.tsx", 'import { requireRole as x } from "@/lib/auth/session";', true],
  ["components/x.tsx", 'import { x } from "@/app/_shared/plan-routes";', true],
  ["components/x.tsx", 'import { db as x } from "../lib/server/db";', true],
  ["components/x.tsx", 'import { savePlan as x } from "@/lib/actions/plans/save-plan";', false],
  ["components/x.tsx", 'import x from "next/link";', false],
  // lib/server: never the UI (the CSV export once imported a component).
  ["lib/server/fe/x.ts", 'import { PlanStandingBadge as x } from "@/components/plan-standing-badge";', true],
  ["lib/server/fe/x.ts", 'import type { PlanStandingBadge as x } from "@/components/plan-standing-badge";', true],
  ["lib/server/fe/x.ts", 'import { x } from "@/app/_shared/plan-routes";', true],
  ["lib/server/fe/x.ts", 'import { savePlan as x } from "@/lib/actions/plans/save-plan";', true],
  ["lib/server/fe/x.ts", 'import { db as x } from "@/lib/server/db";', false],
  ["lib/server/fe/x.ts", 'import { Prisma as x } from "@/lib/generated/prisma/client";', false],
  ["lib/server/fe/x.ts", 'import { localTrustIds as x } from "./fe-scope";', false],
  // lib/actions: the wrapper, services and validation; not the UI, not the database.
  ["lib/actions/x/y.ts", 'import { defineAction as x } from "@/lib/server/action";', false],
  ["lib/actions/x/y.ts", 'import { z as x } from "@/lib/validation/zod";', false],
  ["lib/actions/x/y.ts", 'import { Field as x } from "@/components/form/field";', true],
  ["lib/actions/x/y.ts", 'import { db as x } from "@/lib/server/db";', true],
  ["lib/actions/x/y.ts", 'import { Prisma as x } from "@/lib/generated/prisma/client";', true],
  // app: pages call services, never the database.
  ["app/x/page.tsx", 'import { getMinSide as x } from "@/lib/server/people/get-min-side";', false],
  ["app/x/page.tsx", 'import { AppShell as x } from "@/components/app-shell";', false],
  ["app/x/page.tsx", 'import { db as x } from "@/lib/server/db";', true],
  ["app/x/page.tsx", 'import { PrismaClient as x } from "@/lib/generated/prisma/client";', true],
  ["app/x/page.tsx", 'import { PrismaClient as x } from "@prisma/client";', true],
  // The rest of lib/ outside the database layer.
  ["lib/auth/x.ts", 'import { db as x } from "@/lib/server/db";', true],
  ["lib/validation/x.ts", 'import { db as x } from "@/lib/server/db";', true],
  ["lib/x.ts", 'import { db as x } from "@/lib/server/db";', true],
  // Those that may reach the database.
  ["lib/seed/x.ts", 'import { Prisma as x } from "../generated/prisma/client.ts";', false],
  ["lib/db/x.ts", 'import { PrismaClient as x } from "../generated/prisma/client.ts";', false],
  ["scripts/x.ts", 'import { db as x } from "@/lib/server/db";', false],
  ["tests/integration/x.test.ts", 'import { db as x } from "@/lib/server/db";', false],
];

describe("layer import rules (eslint.config.mjs)", () => {
  it.each(CASES)("%s: %s → forbidden %s", async (file, source, forbidden) => {
    const messages = await restrictedImports(file, source);
    if (forbidden) expect(messages).not.toEqual([]);
    else expect(messages).toEqual([]);
  }, 30_000);

  it("covers every source file of app/, components/ and lib/ outside the database layer", async () => {
    const uncovered: string[] = [];
    const skip = new Set(["lib/generated", "lib/seed", "lib/db"]);
    const walk = (dir: string) => {
      for (const entry of readdirSync(path.join(root, dir), { withFileTypes: true })) {
        const rel = `${dir}/${entry.name}`;
        if (entry.isDirectory()) {
          if (!skip.has(rel)) walk(rel);
        } else if (/\.tsx?$/.test(entry.name)) uncovered.push(rel);
      }
    };
    for (const dir of ["app", "components", "lib"]) walk(dir);
    const missing: string[] = [];
    for (const file of uncovered) {
      const config = await eslint.calculateConfigForFile(file);
      const setting = config?.rules?.[RULE];
      if (!setting || (Array.isArray(setting) ? setting[0] : setting) !== 2) missing.push(file);
    }
    expect(missing).toEqual([]);
  }, 60_000);
});
