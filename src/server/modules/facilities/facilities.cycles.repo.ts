// SQL of cycles and their operating calendars, sample environments, and which environments and
// scientists a station has.
import { and, asc, desc, eq, inArray } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { people } from '../../db/schema.ts';
import {
  calendarPeriods,
  facilityCycles,
  instruments,
  sampleEnvironments,
  schedules,
  stationEnvironments,
  stationScientists,
  stations,
} from './facilities.table.ts';

export type CycleRow = typeof facilityCycles.$inferSelect;
export type PeriodRow = typeof calendarPeriods.$inferSelect;
export type EnvironmentRow = typeof sampleEnvironments.$inferSelect;
export type StationRow = typeof stations.$inferSelect;
export type ScheduleSummaryRow = Pick<typeof schedules.$inferSelect, 'id' | 'version' | 'status' | 'policy' | 'objective' | 'createdAt' | 'publishedAt'>;

/** Cycles of a facility, latest start first. */
export async function cyclesOf(db: Db, facilityId: string): Promise<CycleRow[]> {
  return db.select().from(facilityCycles).where(eq(facilityCycles.facilityId, facilityId)).orderBy(desc(facilityCycles.startsAt), desc(facilityCycles.id));
}

export async function findCycle(db: Db, id: string): Promise<CycleRow | undefined> {
  const [r] = await db.select().from(facilityCycles).where(eq(facilityCycles.id, id));
  return r;
}

/** The cycle row locked for the rest of the transaction (serializes versions and publishing). */
export async function lockCycle(tx: Db, id: string): Promise<CycleRow | undefined> {
  const [r] = await tx.select().from(facilityCycles).where(eq(facilityCycles.id, id)).for('update');
  return r;
}

export async function cycleByCode(db: Db, facilityId: string, code: string): Promise<CycleRow | undefined> {
  const [r] = await db
    .select()
    .from(facilityCycles)
    .where(and(eq(facilityCycles.facilityId, facilityId), eq(facilityCycles.code, code)));
  return r;
}

export async function insertCycle(tx: Db, row: typeof facilityCycles.$inferInsert): Promise<CycleRow> {
  const [r] = await tx.insert(facilityCycles).values(row).returning();
  return r as CycleRow;
}

export async function updateCycle(tx: Db, id: string, patch: Partial<typeof facilityCycles.$inferInsert>): Promise<CycleRow> {
  const [r] = await tx.update(facilityCycles).set(patch).where(eq(facilityCycles.id, id)).returning();
  return r as CycleRow;
}

/** The calendar periods of a cycle, in time order. */
export async function periodsOf(db: Db, cycleId: string): Promise<PeriodRow[]> {
  return db.select().from(calendarPeriods).where(eq(calendarPeriods.cycleId, cycleId)).orderBy(asc(calendarPeriods.startsAt), asc(calendarPeriods.id));
}

export async function findPeriod(db: Db, cycleId: string, periodId: string): Promise<PeriodRow | undefined> {
  const [r] = await db
    .select()
    .from(calendarPeriods)
    .where(and(eq(calendarPeriods.cycleId, cycleId), eq(calendarPeriods.id, periodId)));
  return r;
}

export async function insertPeriod(tx: Db, row: typeof calendarPeriods.$inferInsert): Promise<PeriodRow> {
  const [r] = await tx.insert(calendarPeriods).values(row).returning();
  return r as PeriodRow;
}

export async function deletePeriod(tx: Db, id: string): Promise<void> {
  await tx.delete(calendarPeriods).where(eq(calendarPeriods.id, id));
}

/** Stations of a facility with their instrument, in instrument then station code order. */
export async function stationsWithInstrument(db: Db, facilityId: string) {
  return db
    .select({ s: stations, instrumentCode: instruments.code, instrumentName: instruments.name, instrumentNameEn: instruments.nameEn })
    .from(stations)
    .innerJoin(instruments, eq(instruments.id, stations.instrumentId))
    .where(eq(stations.facilityId, facilityId))
    .orderBy(asc(instruments.code), asc(stations.code));
}

export async function findStation(db: Db, id: string): Promise<StationRow | undefined> {
  const [r] = await db.select().from(stations).where(eq(stations.id, id));
  return r;
}

export async function environmentsOf(db: Db, facilityId: string): Promise<EnvironmentRow[]> {
  return db.select().from(sampleEnvironments).where(eq(sampleEnvironments.facilityId, facilityId)).orderBy(asc(sampleEnvironments.code));
}

export async function environmentByCode(db: Db, facilityId: string, code: string): Promise<EnvironmentRow | undefined> {
  const [r] = await db
    .select()
    .from(sampleEnvironments)
    .where(and(eq(sampleEnvironments.facilityId, facilityId), eq(sampleEnvironments.code, code)));
  return r;
}

export async function insertEnvironment(tx: Db, row: typeof sampleEnvironments.$inferInsert): Promise<EnvironmentRow> {
  const [r] = await tx.insert(sampleEnvironments).values(row).returning();
  return r as EnvironmentRow;
}

/** Environments by id, restricted to a facility. */
export async function environmentsByIds(db: Db, facilityId: string, ids: string[]): Promise<EnvironmentRow[]> {
  if (ids.length === 0) return [];
  return db
    .select()
    .from(sampleEnvironments)
    .where(and(eq(sampleEnvironments.facilityId, facilityId), inArray(sampleEnvironments.id, ids)));
}

/** The environments a station can mount. */
export async function environmentsOfStation(db: Db, stationId: string): Promise<EnvironmentRow[]> {
  return db
    .select({ e: sampleEnvironments })
    .from(stationEnvironments)
    .innerJoin(sampleEnvironments, eq(sampleEnvironments.id, stationEnvironments.environmentId))
    .where(eq(stationEnvironments.stationId, stationId))
    .orderBy(asc(sampleEnvironments.code))
    .then((rows) => rows.map((r) => r.e));
}

export async function replaceStationEnvironments(tx: Db, stationId: string, environmentIds: string[]): Promise<void> {
  await tx.delete(stationEnvironments).where(eq(stationEnvironments.stationId, stationId));
  if (environmentIds.length) await tx.insert(stationEnvironments).values(environmentIds.map((environmentId) => ({ stationId, environmentId })));
}

export type StationScientistRow = { personId: string; name: string; email: string; role: 'lead' | 'scientist' };

/** The scientists of a station with their names. */
export async function scientistsOfStation(db: Db, stationId: string): Promise<StationScientistRow[]> {
  return db
    .select({ personId: stationScientists.personId, name: people.name, email: people.email, role: stationScientists.role })
    .from(stationScientists)
    .innerJoin(people, eq(people.id, stationScientists.personId))
    .where(eq(stationScientists.stationId, stationId))
    .orderBy(asc(people.name));
}

export async function replaceStationScientists(tx: Db, stationId: string, rows: { personId: string; role: 'lead' | 'scientist' }[], now: Date): Promise<void> {
  await tx.delete(stationScientists).where(eq(stationScientists.stationId, stationId));
  if (rows.length) await tx.insert(stationScientists).values(rows.map((r) => ({ stationId, personId: r.personId, role: r.role, createdAt: now })));
}

/** Which of these people exist (and are active). */
export async function existingPeople(db: Db, ids: string[]): Promise<string[]> {
  if (ids.length === 0) return [];
  const rows = await db.select({ id: people.id }).from(people).where(inArray(people.id, ids));
  return rows.map((r) => r.id);
}

/** The schedule versions of a cycle, newest first. */
export async function schedulesOfCycle(db: Db, cycleId: string): Promise<ScheduleSummaryRow[]> {
  return db
    .select({ id: schedules.id, version: schedules.version, status: schedules.status, policy: schedules.policy, objective: schedules.objective, createdAt: schedules.createdAt, publishedAt: schedules.publishedAt })
    .from(schedules)
    .where(eq(schedules.cycleId, cycleId))
    .orderBy(desc(schedules.version));
}
