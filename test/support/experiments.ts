// Fixtures of experiments: a row of `experiments` for an award, as publishing a schedule would
// write it, so that the experiment screens and routes can be tested without the scheduler.
import { newId } from '../../src/shared/ids.ts';
import * as schema from '../../src/server/db/schema.ts';
import type { ExperimentStatus } from '../../src/server/modules/facilities/index.ts';
import type { TestApp } from './app.ts';
import type { World } from './facilities.ts';

const HOUR = 3600_000;

/**
 * An experiment of an award (default: starting on the cycle's first day, for the award's shifts
 * of 8 hours), at `status` (default scheduled).
 */
export async function insertExperiment(
  t: TestApp,
  w: World,
  o: { applicationId: string; awardId: string; stationId: string; startShift?: number; shifts?: number; status?: ExperimentStatus; cycleId?: string; startsAt?: Date },
): Promise<string> {
  const id = newId('experiment');
  const start = o.startsAt ?? new Date(w.cycle.startsAt.getTime() + (o.startShift ?? 0) * w.cycle.shiftHours * HOUR);
  const end = new Date(start.getTime() + (o.shifts ?? 3) * w.cycle.shiftHours * HOUR);
  const status = o.status ?? 'scheduled';
  const approved = status !== 'scheduled' && status !== 'cancelled';
  const started = status === 'running' || status === 'finished';
  await t.deps.db.db.insert(schema.experiments).values({
    id,
    applicationId: o.applicationId,
    awardId: o.awardId,
    cycleId: o.cycleId ?? w.cycle.id,
    stationId: o.stationId,
    scheduledStart: start,
    scheduledEnd: end,
    status,
    safetyApprovedAt: approved ? t.deps.now() : null,
    safetyApprovedBy: approved ? (w.stations.find((s) => s.id === o.stationId) ?? w.stations[0]!).scientist.personId : null,
    startedAt: started ? start : null,
    endedAt: status === 'finished' ? end : null,
  });
  return id;
}
