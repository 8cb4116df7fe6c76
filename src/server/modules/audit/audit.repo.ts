// SQL of the audit log: append under a lock so the chain follows commit order; read; verify.
import { createHash } from 'node:crypto';
import { and, asc, desc, eq, gt, gte, lt, lte, sql, type SQL } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { countCapped } from '../../db/count.ts';
import { auditLog } from './audit.table.ts';

export type AuditRow = typeof auditLog.$inferSelect;

export const GENESIS_HASH = '0'.repeat(64);
// Any constant: the transaction-scoped advisory lock that orders appends to the chain.
const AUDIT_LOCK = 727_002;

const SECRET_KEYS = new Set(['passwordHash', 'secretHash', 'tokenHash', 'csrfToken', 'password', 'secret', 'token', 'codeVerifier']);

/** A JSON value with keys sorted and secrets removed: the exact form that is hashed and stored. */
export function canonical(value: unknown): unknown {
  if (value === null || value === undefined) return null;
  if (value instanceof Date) return value.toISOString();
  if (Array.isArray(value)) return value.map(canonical);
  if (typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const key of Object.keys(value as object).sort()) {
      if (SECRET_KEYS.has(key)) continue;
      const v = (value as Record<string, unknown>)[key];
      if (v === undefined) continue;
      out[key] = canonical(v);
    }
    return out;
  }
  if (typeof value === 'bigint') return value.toString();
  if (typeof value === 'number' && !Number.isFinite(value)) return null;
  return value;
}

/** sha256 over the previous hash and the record's canonical JSON. */
export function chainHash(prevHash: string, row: Omit<AuditRow, 'hash' | 'prevHash'>): string {
  const body = JSON.stringify(
    canonical({
      seq: row.seq,
      id: row.id,
      at: row.at,
      actorId: row.actorId,
      actorLabel: row.actorLabel,
      action: row.action,
      objectType: row.objectType,
      objectId: row.objectId,
      orgId: row.orgId,
      before: row.before,
      after: row.after,
      requestId: row.requestId,
      ip: row.ip,
    }),
  );
  return createHash('sha256').update(prevHash).update('\n').update(body).digest('hex');
}

export type NewAudit = Omit<AuditRow, 'seq' | 'hash' | 'prevHash'>;

/** Appends one record to the chain. Must run inside the transaction that made the change. */
export async function appendAudit(tx: Db, entry: NewAudit): Promise<AuditRow> {
  await tx.execute(sql`select pg_advisory_xact_lock(${AUDIT_LOCK})`);
  const [last] = await tx.select({ seq: auditLog.seq, hash: auditLog.hash }).from(auditLog).orderBy(desc(auditLog.seq)).limit(1);
  const seq = (last?.seq ?? 0) + 1;
  const prevHash = last?.hash ?? GENESIS_HASH;
  const stored = {
    ...entry,
    before: canonical(entry.before) as AuditRow['before'],
    after: canonical(entry.after) as AuditRow['after'],
    seq,
  };
  const row: AuditRow = { ...stored, prevHash, hash: chainHash(prevHash, stored) };
  await tx.insert(auditLog).values(row);
  return row;
}

export interface AuditFilter {
  actorId?: string | undefined;
  action?: string | undefined;
  objectType?: string | undefined;
  objectId?: string | undefined;
  orgId?: string | undefined;
  from?: Date | undefined;
  to?: Date | undefined;
}

function where(f: AuditFilter): SQL | undefined {
  return and(
    f.actorId ? eq(auditLog.actorId, f.actorId) : undefined,
    f.action ? eq(auditLog.action, f.action) : undefined,
    f.objectType ? eq(auditLog.objectType, f.objectType) : undefined,
    f.objectId ? eq(auditLog.objectId, f.objectId) : undefined,
    f.orgId ? eq(auditLog.orgId, f.orgId) : undefined,
    f.from ? gte(auditLog.at, f.from) : undefined,
    f.to ? lte(auditLog.at, f.to) : undefined,
  );
}

/** Newest first, keyset-paged by seq; fetches limit + 1 rows. */
export async function listAudit(db: Db, f: AuditFilter, beforeSeq: number | undefined, limit: number): Promise<AuditRow[]> {
  return db
    .select()
    .from(auditLog)
    .where(and(where(f), beforeSeq !== undefined ? lt(auditLog.seq, beforeSeq) : undefined))
    .orderBy(desc(auditLog.seq))
    .limit(limit + 1);
}

/** Counts matching records, stopping at `cap`. */
export async function countAudit(db: Db, f: AuditFilter, cap: number): Promise<number> {
  return countCapped(db, auditLog, where(f), cap);
}

/** Reads the chain in seq order, `batch` rows at a time, after `afterSeq`. */
export async function readChain(db: Db, afterSeq: number, batch: number): Promise<AuditRow[]> {
  return db.select().from(auditLog).where(gt(auditLog.seq, afterSeq)).orderBy(asc(auditLog.seq)).limit(batch);
}
