// The caller's organizations as the ledger's lists filter by them, idempotent writes, and the
// center's calendar. Checks of the caller's role in an object's organizations are identity's
// requireOrgRole.
import { createHash } from 'node:crypto';
import type { Db } from '../../db/client.ts';
import type { Deps } from '../../deps.ts';
import { actorLabel, type RequestCtx } from '../../http/context.ts';
import { AppError } from '../../http/errors.ts';
import { personOf } from '../identity/index.ts';
import * as prepo from './ledger.programs.repo.ts';

/** The caller's organizations and the providers among them. */
export async function myOrgs(db: Db, ctx: RequestCtx): Promise<{ orgIds: string[]; providerIds: string[] }> {
  return prepo.orgsOfPerson(db, personOf(ctx).personId);
}

/** The center keeps its books in China Standard Time (UTC+8, no daylight saving). */
const CST_MS = 8 * 3600 * 1000;

/** The calendar year of an instant in the center's time zone. */
export function centerYear(d: Date): number {
  return new Date(d.getTime() + CST_MS).getUTCFullYear();
}

/** The month `YYYY-MM` of an instant in the center's time zone. */
export function centerMonth(d: Date): string {
  return new Date(d.getTime() + CST_MS).toISOString().slice(0, 7);
}

/** The first instant of a `YYYY-MM` month and of the month after, in the center's time zone. */
export function monthBounds(period: string): { from: Date; to: Date } {
  const m = /^(\d{4})-(\d{2})$/.exec(period);
  if (!m || Number(m[2]) < 1 || Number(m[2]) > 12) throw new AppError('validation_failed', 'period must be YYYY-MM');
  const y = Number(m[1]);
  const mo = Number(m[2]);
  return { from: new Date(Date.UTC(y, mo - 1, 1) - CST_MS), to: new Date(Date.UTC(y, mo, 1) - CST_MS) };
}

/** The first instant of a year and of the next, in the center's time zone. */
export function yearBounds(year: number): { from: Date; to: Date } {
  return { from: new Date(Date.UTC(year, 0, 1) - CST_MS), to: new Date(Date.UTC(year + 1, 0, 1) - CST_MS) };
}

function canonicalJson(v: unknown): string {
  if (v === null || typeof v !== 'object') return JSON.stringify(v ?? null);
  if (Array.isArray(v)) return `[${v.map(canonicalJson).join(',')}]`;
  const o = v as Record<string, unknown>;
  return `{${Object.keys(o)
    .filter((k) => o[k] !== undefined)
    .sort()
    .map((k) => `${JSON.stringify(k)}:${canonicalJson(o[k])}`)
    .join(',')}}`;
}

/**
 * Runs a write once per idempotency key. The key is claimed in the write's own transaction: a
 * concurrent request with the same key waits for it, then answers the stored result; a retry
 * after a failure runs again (failures are not stored); another body is a conflict.
 */
export async function idempotent<T>(
  deps: Pick<Deps, 'db'>,
  ctx: RequestCtx,
  op: string,
  key: string | undefined,
  body: unknown,
  run: (tx: Db) => Promise<T>,
  opts: { shared?: boolean } = {},
): Promise<T> {
  if (key === undefined) return deps.db.db.transaction(run);
  if (key.length === 0 || key.length > 200) throw new AppError('validation_failed', 'Idempotency-Key must be 1 to 200 characters');
  // Operators' writes share their keys (a CSV of grants run again by another operator grants
  // nothing twice); everyone else's keys are their own.
  const scope = opts.shared ? `staff:${op}` : `${actorLabel(ctx)}:${op}`;
  const hash = createHash('sha256').update(canonicalJson(body)).digest('hex');
  return deps.db.db.transaction(async (tx) => {
    if (!(await prepo.claimIdempotencyKey(tx, scope, key, hash))) {
      const prior = await prepo.findIdempotencyKey(tx, scope, key);
      if (!prior) throw new AppError('idempotency_in_progress', 'retry shortly');
      if (prior.bodyHash !== hash) throw new AppError('idempotency_conflict', 'this Idempotency-Key was used with another request');
      if (prior.result === null) throw new AppError('idempotency_in_progress', 'retry shortly');
      return prior.result as T;
    }
    const result = await run(tx);
    await prepo.storeIdempotentResult(tx, scope, key, result);
    return result;
  });
}

/** The program's share of a purchase: rounded down to the fen, so the program never pays a fen too much. */
export function subsidyOf(totalFen: number, rateBp: number): number {
  return Number((BigInt(totalFen) * BigInt(rateBp)) / 10000n);
}
