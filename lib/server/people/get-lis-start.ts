import "server-only";
import type { AccessScope } from "@/lib/domain/access-scope";
import { getMinSide, type MinSide } from "@/lib/server/people/get-min-side";
import { getQueueOverview, type QueueOverview } from "@/lib/server/allocation/get-queue-position";

/**
 * Min side's data (/lis): the person's page and the queue overview, read side by side. The queue's
 * rankings load the LIS's own eligibility facts (the LIS is a candidate in its own queues); Min side
 * takes them from there instead of a second read, and reads them itself only when the LIS has no
 * queue (no active wish). Each part keeps its own scope (person:read, queue:read).
 */
export async function getLisStart(options: { personScope: AccessScope; queueScope: AccessScope; now?: Date }): Promise<{ side: MinSide; queue: QueueOverview }> {
  const now = options.now ?? new Date();
  const queue = getQueueOverview({ scope: options.queueScope, now });
  // A failed overview fails the page below; Min side then falls back to its own read, never to an unhandled rejection.
  const ownFacts = queue.then(
    (q) => q.ownFacts,
    () => null,
  );
  const [side, overview] = await Promise.all([getMinSide({ scope: options.personScope, now, ownFacts }), queue]);
  return { side, queue: overview };
}
