// Recording what every write did, browsing it, and checking that nobody rewrote history.
import type { Db } from '../../db/client.ts';
import type { RequestCtx } from '../../http/context.ts';
import { AppError } from '../../http/errors.ts';
import { countAudit, listAudit, readChain, chainHash, appendAudit, GENESIS_HASH, type AuditFilter, type AuditRow } from './audit.repo.ts';
import { COUNT_CAP, decodeCursor, toPage, type Page } from '../../http/paging.ts';
import { newId } from '../../../shared/ids.ts';

export interface AuditInput {
  action: string;
  objectType: string;
  objectId?: string | null;
  orgId?: string | null;
  before?: unknown;
  after?: unknown;
}

/** Appends an audit record for a write, in the write's own transaction. */
export async function record(tx: Db, ctx: RequestCtx, input: AuditInput, now: Date = new Date()): Promise<void> {
  const actor = ctx.actor;
  await appendAudit(tx, {
    id: newId('audit', now.getTime()),
    at: now,
    actorId: actor.kind === 'person' ? actor.personId : null,
    actorLabel: actor.kind === 'person' ? actor.email : (ctx.label ?? 'anonymous'),
    action: input.action,
    objectType: input.objectType,
    objectId: input.objectId ?? null,
    orgId: input.orgId ?? null,
    before: (input.before ?? null) as AuditRow['before'],
    after: (input.after ?? null) as AuditRow['after'],
    requestId: ctx.requestId,
    ip: ctx.ip,
  });
}

export interface AuditView {
  seq: number;
  id: string;
  at: string;
  actorId: string | null;
  actorLabel: string;
  action: string;
  objectType: string;
  objectId: string | null;
  orgId: string | null;
  before: unknown;
  after: unknown;
  requestId: string | null;
  ip: string | null;
  hash: string;
}

function view(r: AuditRow): AuditView {
  return {
    seq: r.seq,
    id: r.id,
    at: r.at.toISOString(),
    actorId: r.actorId,
    actorLabel: r.actorLabel,
    action: r.action,
    objectType: r.objectType,
    objectId: r.objectId,
    orgId: r.orgId,
    before: r.before,
    after: r.after,
    requestId: r.requestId,
    ip: r.ip,
    hash: r.hash,
  };
}

/** One page of the log, newest first. */
export async function browse(db: Db, filter: AuditFilter, cursor: string | undefined, limit: number): Promise<Page<AuditView>> {
  const c = decodeCursor(cursor, 1);
  const beforeSeq = c ? Number(c[0]) : undefined;
  if (beforeSeq !== undefined && !Number.isInteger(beforeSeq)) throw new AppError('validation_failed', 'cursor is not valid');
  const [rows, total] = await Promise.all([listAudit(db, filter, beforeSeq, limit), countAudit(db, filter, COUNT_CAP)]);
  return toPage(rows, limit, (r) => [r.seq], view, total);
}

export interface VerifyResult {
  ok: boolean;
  checked: number;
  lastSeq: number;
  firstBadSeq: number | null;
  reason: string | null;
}

/** Walks the whole chain; reports the first record whose seq, link or hash is wrong. */
export async function verify(db: Db, onProgress?: (checked: number) => void, batch = 5000): Promise<VerifyResult> {
  let prevHash = GENESIS_HASH;
  let prevSeq = 0;
  let checked = 0;
  for (;;) {
    const rows = await readChain(db, prevSeq, batch);
    if (rows.length === 0) break;
    for (const r of rows) {
      const bad = (reason: string): VerifyResult => ({ ok: false, checked, lastSeq: prevSeq, firstBadSeq: r.seq, reason });
      if (r.seq !== prevSeq + 1) return bad(`record ${prevSeq + 1} is missing`);
      if (r.prevHash !== prevHash) return bad('link to the previous record is broken');
      const { hash, prevHash: _p, ...rest } = r;
      if (chainHash(prevHash, rest) !== hash) return bad('record content does not match its hash');
      prevHash = hash;
      prevSeq = r.seq;
      checked++;
    }
    onProgress?.(checked);
  }
  return { ok: true, checked, lastSeq: prevSeq, firstBadSeq: null, reason: null };
}
