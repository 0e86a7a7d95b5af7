// Issue 9: Min side (/lis) reads the LIS's own eligibility facts once per request. The queue overview's
// rankings load them (the LIS is a candidate in its own queues) and getLisStart hands them to Min side;
// the page's data is the same as Min side and the queue overview read apart, in fewer statements.
import { beforeAll, describe, expect, it, vi } from "vitest";
import { scopeByEmail, seedDemo, testDb } from "../helpers/db";
import { countStatements, useCountingClient } from "../helpers/statement-count";
import { QUEUED_STATUSES } from "@/lib/domain/period-status";
import type { EligibilityFacts } from "@/lib/domain/eligibility-facts";

vi.mock("@/lib/auth/session", () => import("../helpers/session-mock"));
vi.mock("next/navigation", () => import("../helpers/next-navigation-mock"));

const { getLisStart } = await import("@/lib/server/people/get-lis-start");
const { getMinSide } = await import("@/lib/server/people/get-min-side");
const { getQueueOverview } = await import("@/lib/server/allocation/get-queue-position");

const JONAS = "jonas.eriksen@eksempel.no"; // LIS, Helgeland, in the queue for UNN
const NOW = new Date("2026-03-10T09:00:00.000Z");

async function scopes(email: string) {
  return { personScope: await scopeByEmail(email, "person:read", "LIS"), queueScope: await scopeByEmail(email, "queue:read", "LIS") };
}

/** A demo LIS with no active wish (so no queue to take the facts from). */
async function lisWithoutQueue(): Promise<string> {
  const person = await testDb().person.findFirstOrThrow({
    where: { roles: { some: { role: "LIS" } }, employments: { some: {} }, spesialiseringsperioder: { none: { status: { in: [...QUEUED_STATUSES] } } } },
    select: { email: true },
    orderBy: { email: "asc" },
  });
  return person.email;
}

beforeAll(async () => {
  await useCountingClient();
  await seedDemo(NOW);
});

describe("Min side's data in one request (getLisStart)", () => {
  it("is Min side and the queue overview as read apart, with the own facts taken from the queue's rankings", async () => {
    const { personScope, queueScope } = await scopes(JONAS);
    const apart = { side: await getMinSide({ scope: personScope, now: NOW }), queue: await getQueueOverview({ scope: queueScope, now: NOW }) };
    expect(apart.queue.positions.length).toBeGreaterThan(0);
    expect(apart.queue.ownFacts?.personId).toBe(personScope.personId);

    const together = await getLisStart({ personScope, queueScope, now: NOW });
    expect(together).toEqual(apart);
  });

  it("sends fewer statements than Min side and the queue overview apart: the own facts are not read twice", async () => {
    const { personScope, queueScope } = await scopes(JONAS);
    const side = await countStatements("side", () => getMinSide({ scope: personScope, now: NOW }));
    const queue = await countStatements("queue", () => getQueueOverview({ scope: queueScope, now: NOW }));
    const factsAlone = await countStatements("facts", async () => {
      const { loadEligibilityFacts } = await import("@/lib/server/eligibility/load-eligibility-facts");
      await loadEligibilityFacts(testDb(), [personScope.personId]);
    });
    const together = await countStatements("together", () => getLisStart({ personScope, queueScope, now: NOW }));
    expect(factsAlone.statements).toBeGreaterThan(0);
    expect(together.statements).toBe(side.statements + queue.statements - factsAlone.statements);
  });

  it("reads the facts itself for a LIS with no queue, and the answer is Min side's own", async () => {
    const email = await lisWithoutQueue();
    const { personScope, queueScope } = await scopes(email);
    const together = await getLisStart({ personScope, queueScope, now: NOW });
    expect(together.queue.positions).toEqual([]);
    expect(together.queue.ownFacts).toBeNull();
    expect(together.side).toEqual(await getMinSide({ scope: personScope, now: NOW }));
  });

  it("ignores facts handed in for another person", async () => {
    const { personScope, queueScope } = await scopes(JONAS);
    const jonasQueue = await getQueueOverview({ scope: queueScope, now: NOW });
    const forged: EligibilityFacts = { ...jonasQueue.ownFacts!, personId: "someone-else", employments: [], feRegistrations: [] };
    const side = await getMinSide({ scope: personScope, now: NOW, ownFacts: Promise.resolve(forged) });
    expect(side).toEqual(await getMinSide({ scope: personScope, now: NOW }));
    // Jonas's own facts (not emptied) decide: a forged set without employments would say otherwise.
    const emptied = await getMinSide({ scope: personScope, now: NOW, ownFacts: Promise.resolve({ ...forged, personId: personScope.personId }) });
    expect(emptied.eligibility).not.toEqual(side.eligibility);
  });
});
