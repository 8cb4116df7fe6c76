// Counting without scanning: list pages show a total, but never count past a cap.
import { sql, type SQL } from 'drizzle-orm';
import type { PgTable } from 'drizzle-orm/pg-core';
import type { Db } from './client.ts';

/** Counts the rows of `table` matching `where`, stopping at `cap + 1`. */
export async function countCapped(db: Db, table: PgTable, where: SQL | undefined, cap: number): Promise<number> {
  const inner = db.select({ one: sql`1` }).from(table).where(where).limit(cap + 1);
  const [r] = await db.select({ n: sql<number>`count(*)::int` }).from(inner.as('capped'));
  return Number(r?.n ?? 0);
}
