// SQL of the durable job table.
import { and, desc, eq, lt, sql } from 'drizzle-orm';
import type { Db } from '../db/client.ts';
import { countCapped } from '../db/count.ts';
import { jobs } from './jobs.table.ts';

export type JobRow = typeof jobs.$inferSelect;

/** Inserts a job; call inside the transaction whose commit should make it runnable. */
export async function insertJob(db: Db, row: typeof jobs.$inferInsert): Promise<void> {
  await db.insert(jobs).values(row);
}

/**
 * Claims up to `n` ready jobs for this worker: queued ones whose time has come, and running ones
 * whose lock has passed (their worker died). SKIP LOCKED lets many workers claim at once.
 */
export async function claimJobs(db: Db, worker: string, n: number, now: Date, lockMs: number): Promise<JobRow[]> {
  const lockUntil = new Date(now.getTime() + lockMs);
  const rows = await db.execute(sql`
    update jobs set status = 'running', attempts = attempts + 1, locked_by = ${worker}, locked_until = ${lockUntil.toISOString()}::timestamptz
    where id in (
      select id from jobs
      where (status = 'queued' and run_at <= ${now.toISOString()}::timestamptz)
         or (status = 'running' and locked_until < ${now.toISOString()}::timestamptz)
      order by run_at
      limit ${n}
      for update skip locked)
    returning id, kind, payload, attempts, max_attempts as "maxAttempts"`);
  return (rows as unknown as { rows: Pick<JobRow, 'id' | 'kind' | 'payload' | 'attempts' | 'maxAttempts'>[] }).rows as JobRow[];
}

/** Marks a job done, if this worker still holds it. */
export async function finishJob(db: Db, id: string, worker: string, now: Date): Promise<void> {
  await db
    .update(jobs)
    .set({ status: 'done', finishedAt: now, lockedBy: null, lockedUntil: null, lastError: null })
    .where(and(eq(jobs.id, id), eq(jobs.lockedBy, worker)));
}

/** Puts a failed job back in the queue for `runAt`, or buries it when attempts are used up. */
export async function failJob(db: Db, id: string, worker: string, error: string, runAt: Date | null, now: Date): Promise<void> {
  await db
    .update(jobs)
    .set(
      runAt
        ? { status: 'queued', runAt, lastError: error, lockedBy: null, lockedUntil: null }
        : { status: 'dead', finishedAt: now, lastError: error, lockedBy: null, lockedUntil: null },
    )
    .where(and(eq(jobs.id, id), eq(jobs.lockedBy, worker)));
}

/** Newest first, for operators. */
export async function listJobs(db: Db, status: JobRow['status'] | undefined, beforeId: string | undefined, limit: number): Promise<JobRow[]> {
  return db
    .select()
    .from(jobs)
    .where(and(status ? eq(jobs.status, status) : undefined, beforeId ? lt(jobs.id, beforeId) : undefined))
    .orderBy(desc(jobs.id))
    .limit(limit + 1);
}

export async function countJobs(db: Db, status: JobRow['status'] | undefined, cap: number): Promise<number> {
  return countCapped(db, jobs, status ? eq(jobs.status, status) : undefined, cap);
}

export async function getJob(db: Db, id: string): Promise<JobRow | undefined> {
  const [r] = await db.select().from(jobs).where(eq(jobs.id, id));
  return r;
}

/** Queues a dead job again with fresh attempts. */
export async function requeueJob(db: Db, id: string, now: Date): Promise<void> {
  await db
    .update(jobs)
    .set({ status: 'queued', attempts: 0, runAt: now, finishedAt: null, lastError: null })
    .where(eq(jobs.id, id));
}
