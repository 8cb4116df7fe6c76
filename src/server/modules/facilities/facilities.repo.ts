// SQL of the facilities catalog: facilities, their instruments and stations.
import { and, asc, eq, gt, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { facilities, instruments, stationScientists, stations } from './facilities.table.ts';

export type FacilityRow = typeof facilities.$inferSelect;
export type InstrumentRow = typeof instruments.$inferSelect;
export type StationRow = typeof stations.$inferSelect;

/** A facility with how many instruments and stations it has. */
export type FacilityWithCounts = FacilityRow & { instrumentCount: number; stationCount: number };

// Correlated counts: the catalog holds tens of facilities, each with tens of instruments, and
// both counts use the (facility_id, code) unique indexes.
const counts = {
  instrumentCount: sql<number>`(select count(*)::int from instruments i where i.facility_id = "facilities"."id")`,
  stationCount: sql<number>`(select count(*)::int from stations s where s.facility_id = "facilities"."id")`,
};

/** Keyset page of facilities in id (creation) order, with counts; fetches limit + 1 rows. */
export async function listFacilities(db: Db, afterId: string | undefined, limit: number): Promise<FacilityWithCounts[]> {
  const rows = await db
    .select({ f: facilities, ...counts })
    .from(facilities)
    .where(afterId ? gt(facilities.id, afterId) : undefined)
    .orderBy(asc(facilities.id))
    .limit(limit + 1);
  return rows.map((r) => ({ ...r.f, instrumentCount: Number(r.instrumentCount), stationCount: Number(r.stationCount) }));
}

export async function countFacilities(db: Db): Promise<number> {
  const [r] = await db.select({ n: sql<number>`count(*)::int` }).from(facilities);
  return Number(r?.n ?? 0);
}

export async function findFacility(db: Db, id: string): Promise<FacilityWithCounts | undefined> {
  const [r] = await db
    .select({ f: facilities, ...counts })
    .from(facilities)
    .where(eq(facilities.id, id));
  return r ? { ...r.f, instrumentCount: Number(r.instrumentCount), stationCount: Number(r.stationCount) } : undefined;
}

export async function instrumentsOf(db: Db, facilityId: string): Promise<InstrumentRow[]> {
  return db.select().from(instruments).where(eq(instruments.facilityId, facilityId)).orderBy(asc(instruments.code));
}

export async function stationsOf(db: Db, facilityId: string): Promise<StationRow[]> {
  return db.select().from(stations).where(eq(stations.facilityId, facilityId)).orderBy(asc(stations.code));
}

export async function insertFacility(db: Db, row: typeof facilities.$inferInsert): Promise<void> {
  await db.insert(facilities).values(row);
}

export async function insertInstruments(db: Db, rows: (typeof instruments.$inferInsert)[]): Promise<void> {
  if (rows.length) await db.insert(instruments).values(rows);
}

export async function insertStations(db: Db, rows: (typeof stations.$inferInsert)[]): Promise<void> {
  if (rows.length) await db.insert(stations).values(rows);
}

/** The stations of a facility a person is a station scientist of. */
export async function stationIdsOfScientist(db: Db, personId: string, facilityId: string): Promise<string[]> {
  const rows = await db
    .select({ id: stationScientists.stationId })
    .from(stationScientists)
    .innerJoin(stations, eq(stations.id, stationScientists.stationId))
    .where(and(eq(stationScientists.personId, personId), eq(stations.facilityId, facilityId)));
  return rows.map((r) => r.id);
}
