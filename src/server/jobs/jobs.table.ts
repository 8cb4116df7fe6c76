import { index, integer, jsonb, pgTable, text, timestamp } from 'drizzle-orm/pg-core';

/** Durable background jobs: claimed with SKIP LOCKED, retried with backoff, reclaimed after a crash. */
export const jobs = pgTable(
  'jobs',
  {
    id: text().primaryKey(),
    kind: text().notNull(),
    payload: jsonb().notNull().$type<Record<string, unknown>>(),
    // queued → running → done | (queued again with a later runAt) | dead after maxAttempts
    status: text().notNull().$type<'queued' | 'running' | 'done' | 'dead'>().default('queued'),
    attempts: integer().notNull().default(0),
    maxAttempts: integer().notNull().default(8),
    runAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    lockedBy: text(),
    // A running job whose lock has passed is taken to have crashed with its worker.
    lockedUntil: timestamp({ withTimezone: true }),
    lastError: text(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    finishedAt: timestamp({ withTimezone: true }),
  },
  (t) => [index('jobs_ready_idx').on(t.status, t.runAt)],
);
