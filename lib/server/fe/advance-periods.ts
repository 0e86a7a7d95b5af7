import "server-only";
import { db, type Tx } from "@/lib/server/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { writeAudit } from "@/lib/server/audit/write-audit";
import { enqueueNotification } from "@/lib/server/notifications/enqueue-notification";
import { agreedStateOn } from "@/lib/domain/period-lifecycle";
import { isoDay, osloToday } from "@/lib/domain/calendar";
import { formatPeriod } from "@/lib/format";

/** Agreed periods whose dates say they have started or ended (start inclusive, stored end exclusive). */
const dueWhere = (today: Date): Prisma.SpesialiseringsperiodeWhereInput => ({
  OR: [
    { status: "AVTALT", agreedStart: { lte: today } },
    { status: "PAGAR", agreedEnd: { lte: today } },
  ],
  agreedStart: { not: null },
  agreedEnd: { not: null },
});

/**
 * One period to the state its dates give on `today`: AVTALT → PAGAR on its start day, → GJENNOMFORT the
 * day after its last day (issue 14 §2). The UPDATE is conditional on the state it was read in, so two
 * instances (or the job and a coordinator's change) racing for the same period move it once: the
 * second waits for the row and then matches nothing. Audited as the system's act (no actor).
 */
async function advanceOne(tx: Tx, periodId: string, today: Date): Promise<"PAGAR" | "GJENNOMFORT" | null> {
  const period = await tx.spesialiseringsperiode.findUniqueOrThrow({
    where: { id: periodId },
    select: {
      id: true,
      status: true,
      agreedStart: true,
      agreedEnd: true,
      personId: true,
      person: { select: { name: true } },
      specialty: { select: { name: true } },
      receivingOrganisation: { select: { name: true } },
      fagavtale: { select: { homeOrganisation: { select: { id: true, regionId: true } } } },
    },
  });
  if (!period.agreedStart || !period.agreedEnd) return null;
  const state = agreedStateOn({ agreedStart: period.agreedStart, agreedEnd: period.agreedEnd }, today);
  if (state === "AVTALT" || state === period.status) return null;
  const changed = await tx.spesialiseringsperiode.updateMany({ where: { id: period.id, status: period.status, agreedStart: period.agreedStart, agreedEnd: period.agreedEnd }, data: { status: state } });
  if (changed.count === 0) return null;
  await writeAudit(tx, null, {
    action: state === "PAGAR" ? "periode-startet" : "periode-gjennomfort",
    entityType: "Spesialiseringsperiode",
    entityId: period.id,
    data: { personId: period.personId, fraStatus: period.status, tilStatus: state, dag: isoDay(today), agreedStart: isoDay(period.agreedStart), agreedEnd: isoDay(period.agreedEnd) },
  });
  if (state === "GJENNOMFORT") {
    await enqueueNotification(tx, {
      kind: "periode.gjennomfort",
      recipientPersonId: period.personId,
      subject: `Spesialiseringsperioden er gjennomført: ${period.specialty.name} ved ${period.receivingOrganisation.name}`,
      body: `Spesialiseringsperioden i ${period.specialty.name} ved ${period.receivingOrganisation.name} (${formatPeriod(period.agreedStart, period.agreedEnd)}) er registrert som gjennomført. Ble den avbrutt eller forlenget, gi beskjed til lokal koordinator, som retter det.`,
      entityType: "Spesialiseringsperiode",
      entityId: period.id,
    });
  }
  return state;
}

/**
 * The scheduled step (run with the reminder job from instrumentation.ts): every agreed period whose start
 * day has come is "pågår", and every one whose last day has passed is "gjennomført", each in its own short
 * transaction with its audit record. Safe to run from several instances at once and idempotent: a
 * second run on the same day finds nothing. A period whose start and end both passed goes straight to
 * gjennomført. `now` is injectable (the tests' clock).
 */
export async function advancePeriodStatuses(options: { now?: Date; batchSize?: number } = {}): Promise<{ started: number; completed: number }> {
  const today = osloToday(options.now ?? new Date());
  const due = await db.spesialiseringsperiode.findMany({ where: dueWhere(today), select: { id: true }, orderBy: [{ agreedStart: "asc" }, { id: "asc" }], take: options.batchSize ?? 500 });
  const result = { started: 0, completed: 0 };
  for (const { id } of due) {
    const state = await db.$transaction((tx) => advanceOne(tx, id, today));
    if (state === "PAGAR") result.started += 1;
    else if (state === "GJENNOMFORT") result.completed += 1;
  }
  return result;
}
