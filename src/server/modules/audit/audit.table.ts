import { bigint, index, jsonb, pgTable, text, timestamp } from 'drizzle-orm/pg-core';

/**
 * The audit log: append-only (a trigger refuses UPDATE, DELETE and TRUNCATE) and hash-chained:
 * hash = sha256(prevHash + canonical JSON of the record), so editing any row breaks the chain.
 */
export const auditLog = pgTable(
  'audit_log',
  {
    seq: bigint({ mode: 'number' }).primaryKey(),
    id: text().notNull().unique(),
    at: timestamp({ withTimezone: true, precision: 3 }).notNull(),
    actorId: text(),
    actorLabel: text().notNull(),
    action: text().notNull(),
    objectType: text().notNull(),
    objectId: text(),
    orgId: text(),
    before: jsonb(),
    after: jsonb(),
    requestId: text(),
    ip: text(),
    prevHash: text().notNull(),
    hash: text().notNull(),
  },
  (t) => [
    index('audit_actor_idx').on(t.actorId, t.seq),
    index('audit_object_idx').on(t.objectType, t.objectId, t.seq),
    index('audit_org_idx').on(t.orgId, t.seq),
    index('audit_action_idx').on(t.action, t.seq),
  ],
);
