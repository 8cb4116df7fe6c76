// SQL of the outbox.
import { and, desc, eq, lt } from 'drizzle-orm';
import type { Db } from '../db/client.ts';
import { countCapped } from '../db/count.ts';
import { outbox } from './mail.table.ts';

export type MailRow = typeof outbox.$inferSelect;

export async function insertMail(db: Db, row: typeof outbox.$inferInsert): Promise<void> {
  await db.insert(outbox).values(row);
}

export async function findMail(db: Db, id: string): Promise<MailRow | undefined> {
  const [m] = await db.select().from(outbox).where(eq(outbox.id, id));
  return m;
}

export async function updateMail(db: Db, id: string, set: Partial<typeof outbox.$inferInsert>): Promise<void> {
  await db.update(outbox).set(set).where(eq(outbox.id, id));
}

/** Newest first; only mail to `toAddress` when given. */
export async function listMail(db: Db, toAddress: string | undefined, beforeId: string | undefined, limit: number): Promise<MailRow[]> {
  return db
    .select()
    .from(outbox)
    .where(and(toAddress ? eq(outbox.toAddress, toAddress) : undefined, beforeId ? lt(outbox.id, beforeId) : undefined))
    .orderBy(desc(outbox.id))
    .limit(limit + 1);
}

/** Counts mail (to `toAddress` when given), stopping at `cap + 1`. */
export async function countMail(db: Db, toAddress: string | undefined, cap: number): Promise<number> {
  return countCapped(db, outbox, toAddress ? eq(outbox.toAddress, toAddress) : undefined, cap);
}
