// SQL of the facility user office's demo seed: batched inserts into the desk's tables and the
// calls engine's tables, and the lookups the demo needs.
import { and, eq } from 'drizzle-orm';
import type { PgTable } from 'drizzle-orm/pg-core';
import type { Db } from '../../db/client.ts';
import { facilities, stations, instruments } from './facilities.table.ts';

const BATCH = 500;

/** Inserts rows in batches of 500 (well under PostgreSQL's limit of bind parameters). */
export async function insertBatched<T extends PgTable>(db: Db, table: T, rows: T['$inferInsert'][]): Promise<void> {
  for (let i = 0; i < rows.length; i += BATCH) await db.insert(table).values(rows.slice(i, i + BATCH));
}

/** A facility by code with its stations (and their instrument codes), in code order. */
export async function facilityByCode(db: Db, code: string) {
  const [f] = await db.select().from(facilities).where(eq(facilities.code, code));
  if (!f) return undefined;
  const rows = await db
    .select({ id: stations.id, code: stations.code, techniques: stations.techniques, instrumentCode: instruments.code })
    .from(stations)
    .innerJoin(instruments, eq(instruments.id, stations.instrumentId))
    .where(and(eq(stations.facilityId, f.id)))
    .orderBy(stations.code);
  return { facility: f, stations: rows };
}
