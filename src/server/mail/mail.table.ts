import { index, pgTable, text, timestamp } from 'drizzle-orm/pg-core';

/** Every mail the platform sends. Without SMTP it stays here ('held') for the web app to show. */
export const outbox = pgTable(
  'outbox',
  {
    id: text().primaryKey(),
    toAddress: text().notNull(),
    subject: text().notNull(),
    body: text().notNull(),
    // pending → sent | held (no SMTP configured) | failed (gave up after retries)
    status: text().notNull().$type<'pending' | 'sent' | 'held' | 'failed'>().default('pending'),
    lastError: text(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    sentAt: timestamp({ withTimezone: true }),
  },
  (t) => [index('outbox_to_idx').on(t.toAddress, t.id)],
);
