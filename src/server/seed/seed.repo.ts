// The seed's own SQL: a lock so that two processes booting on one database seed it once.
import { sql } from 'drizzle-orm';
import type { Database, Db } from '../db/client.ts';

// Any constant (the migration lock is 727_001, the audit chain's 727_002).
const SEED_LOCK = 727_003;

/** Waits for the seed lock; it is released when the transaction ends. */
export async function lockSeed(tx: Db): Promise<void> {
  await tx.execute(sql`select pg_advisory_xact_lock(${SEED_LOCK})`);
}

/**
 * Refreshes the planner's statistics after a bulk load. PGlite has no autovacuum daemon, so
 * without this the planner would go on believing the tables are empty.
 */
export async function analyzeAfterSeed(db: Db): Promise<void> {
  await db.execute(sql`analyze`);
}

/** The database seen from inside an open transaction: services' own transactions nest in it. */
export function txDatabase(db: Database, tx: Db): Database {
  return {
    ...db,
    db: tx,
    async rows<T>(query: Parameters<Database['rows']>[0]) {
      const r = await tx.execute(query);
      return (r as unknown as { rows: T[] }).rows;
    },
  };
}
