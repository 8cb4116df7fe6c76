// The ledger core: open accounts, create transfers in batches (locked, decided, written, checked
// again by the database), read balances now and as of any instant, expire lapsed pending
// transfers, and reconcile every balance against every transfer.
import { LEDGERS, type AccountCode, type BalanceRule } from '../../../shared/enums.ts';
import { newId } from '../../../shared/ids.ts';
import type { Db } from '../../db/client.ts';
import type { Deps } from '../../deps.ts';
import type { RequestCtx } from '../../http/context.ts';
import { AppError } from '../../http/errors.ts';
import { COUNT_CAP, decodeCursor, toPage, type Page } from '../../http/paging.ts';
import { record } from '../audit/index.ts';
import { isStaff, orgRoleOf } from '../identity/index.ts';
import { decide, type EngineRequest, type EngineState, type PendingState, type TransferResult, type TransferRow } from './ledger.engine.ts';
import * as repo from './ledger.repo.ts';

type D = Pick<Deps, 'db' | 'now'>;

/** The most transfers one call may create. */
export const MAX_BATCH = 8190;

export interface AccountView {
  id: string;
  ledger: number;
  code: AccountCode;
  rule: BalanceRule;
  refKey: string | null;
  orgId: string | null;
  name: string;
  closed: boolean;
  debitsPending: number;
  debitsPosted: number;
  creditsPending: number;
  creditsPosted: number;
  /** credits − debits posted: what a credit-normal account (a voucher, a wallet) holds. */
  balance: number;
  /** balance − debits pending: what it may still spend. */
  available: number;
  createdAt: string;
}

export function accountView(a: repo.AccountRow): AccountView {
  return {
    id: a.id,
    ledger: a.ledger,
    code: a.code,
    rule: a.rule,
    refKey: a.refKey,
    orgId: a.orgId,
    name: a.name,
    closed: a.closed,
    debitsPending: a.debitsPending,
    debitsPosted: a.debitsPosted,
    creditsPending: a.creditsPending,
    creditsPosted: a.creditsPosted,
    balance: a.creditsPosted - a.debitsPosted,
    available: a.creditsPosted - a.debitsPosted - a.debitsPending,
    createdAt: a.createdAt.toISOString(),
  };
}

export interface TransferView {
  id: string;
  seq?: number;
  key: string | null;
  kind: TransferRow['kind'];
  ledger: number;
  code: TransferRow['code'];
  debitAccountId: string;
  creditAccountId: string;
  amount: number;
  released: number;
  pendingId: string | null;
  timeoutAt: string | null;
  chainId: string | null;
  refType: string | null;
  refId: string | null;
  memo: string | null;
  createdBy: string | null;
  createdAt: string;
}

export function transferView(t: TransferRow & { seq?: number }): TransferView {
  return {
    id: t.id,
    ...(t.seq !== undefined ? { seq: t.seq } : {}),
    key: t.key,
    kind: t.kind,
    ledger: t.ledger,
    code: t.code,
    debitAccountId: t.debitAccountId,
    creditAccountId: t.creditAccountId,
    amount: t.amount,
    released: t.released,
    pendingId: t.pendingId,
    timeoutAt: t.timeoutAt ? t.timeoutAt.toISOString() : null,
    chainId: t.chainId,
    refType: t.refType,
    refId: t.refId,
    memo: t.memo,
    createdBy: t.createdBy,
    createdAt: t.createdAt.toISOString(),
  };
}

export interface OpenAccountInput {
  ledger?: number;
  code: AccountCode;
  rule: BalanceRule;
  name: string;
  orgId?: string | null;
  refKey?: string | null;
}

/** Opens an account in `tx` (or returns the one already holding `refKey`). */
export async function openAccountIn(tx: Db, input: OpenAccountInput, now: Date): Promise<repo.AccountRow> {
  return (await ensureAccount(tx, input, now)).account;
}

/** Opens an account in `tx` unless one holds `refKey`; says which. */
export async function ensureAccount(tx: Db, input: OpenAccountInput, now: Date): Promise<{ account: repo.AccountRow; created: boolean }> {
  return repo.openAccount(tx, {
    id: newId('account', now.getTime()),
    ledger: input.ledger ?? LEDGERS.cny,
    code: input.code,
    rule: input.rule,
    refKey: input.refKey ?? null,
    orgId: input.orgId ?? null,
    name: input.name,
  });
}

/** The system accounts every center has, opened on first use. */
export const SYSTEM_ACCOUNTS = {
  funding: { code: 'funding', rule: 'none', name: 'Program funding (appropriations)', refKey: 'system:funding' },
  clearing: { code: 'clearing', rule: 'none', name: 'Bank clearing', refKey: 'system:clearing' },
  quotaSource: { code: 'quota_source', rule: 'none', name: 'Subsidy quotas', refKey: 'system:quota_source', ledger: LEDGERS.cny_quota },
} as const satisfies Record<string, OpenAccountInput>;

export async function systemAccount(tx: Db, which: keyof typeof SYSTEM_ACCOUNTS, now: Date): Promise<repo.AccountRow> {
  const found = await repo.accountByRef(tx, SYSTEM_ACCOUNTS[which].refKey);
  return found ?? openAccountIn(tx, SYSTEM_ACCOUNTS[which], now);
}

export interface CreateOptions {
  now: Date;
  /** Who asked: a person id or a system label. */
  createdBy: string | null;
}

/**
 * Decides and writes a batch of transfers inside the caller's transaction. Accounts are locked
 * in id order first; pending states and idempotency keys are read after the locks, so a
 * concurrent writer's committed transfers are seen. Returns one result per request; failed
 * requests write nothing (and fail their whole linked chain).
 */
export async function createTransfersIn(tx: Db, requests: readonly EngineRequest[], opts: CreateOptions): Promise<TransferResult[]> {
  if (requests.length > MAX_BATCH) throw new AppError('validation_failed', `at most ${MAX_BATCH} transfers per batch`);
  const pendingIds = [...new Set(requests.flatMap((r) => (r.pendingId ? [r.pendingId] : [])))];
  const accountIds = new Set<string>();
  for (const r of requests) {
    if ('debitAccountId' in r && typeof r.debitAccountId === 'string') accountIds.add(r.debitAccountId);
    if ('creditAccountId' in r && typeof r.creditAccountId === 'string') accountIds.add(r.creditAccountId);
  }
  // Pending transfers never change, so their accounts can be read before locking.
  const pendingRows = pendingIds.length ? await repo.transfersByIds(tx, pendingIds) : [];
  for (const p of pendingRows) {
    accountIds.add(p.debitAccountId);
    accountIds.add(p.creditAccountId);
  }
  const locked = await repo.lockAccounts(tx, [...accountIds]);
  const keys = [...new Set(requests.flatMap((r) => (r.key !== undefined ? [r.key] : [])))];
  const [pendings, prior] = await Promise.all([
    pendingIds.length ? repo.pendingStates(tx, pendingIds) : Promise.resolve([] as PendingState[]),
    keys.length ? repo.transfersByKeys(tx, keys) : Promise.resolve([] as TransferRow[]),
  ]);
  // Stamped after the locks and never before an account's latest transfer: the history of every
  // account moves forward, so balances as of any instant are balances that really were.
  const latest = Math.max(opts.now.getTime(), ...locked.map((a) => a.lastTransferAt?.getTime() ?? 0));
  const now = new Date(latest);
  const state: EngineState = {
    accounts: new Map(locked.map(({ lastTransferAt: _last, ...a }) => [a.id, a])),
    pendings: new Map(pendings.map((p) => [p.id, p])),
    byKey: new Map(prior.map((t) => [t.key!, t])),
  };
  const { results, rows } = decide(state, requests, { now, createdBy: opts.createdBy, newId: () => newId('transfer', latest) });
  if (rows.length) {
    try {
      await repo.insertTransfers(tx, rows);
    } catch (err) {
      // Two writers raced with one key on disjoint accounts: the loser's body differs (the same
      // body names the same accounts, which the locks serialize).
      if ((err as { code?: string }).code === '23505' || (err as { cause?: { code?: string } }).cause?.code === '23505') {
        throw new AppError('idempotency_conflict', 'an idempotency key of this batch was just used by another request');
      }
      throw err;
    }
  }
  return results;
}

/** Throws the first failure of `results` as an AppError (for callers that need all to succeed). */
export function expectCreated(results: TransferResult[]): TransferRow[] {
  const failed = results.find((r) => r.status === 'failed' && r.code !== 'linked_event_failed') ?? results.find((r) => r.status === 'failed');
  if (failed && failed.status === 'failed') {
    throw new AppError(failed.code, failed.message, failed.accountId ? { accountId: failed.accountId } : undefined);
  }
  return results.map((r) => (r as Exclude<TransferResult, { status: 'failed' }>).transfer);
}

export interface BatchResultView {
  index: number;
  status: TransferResult['status'];
  transfer?: TransferView;
  code?: string;
  message?: string;
}

/** An operator's batch of transfers (corrections, deposits, payouts), audited as one write. */
export async function submitTransfers(deps: D, ctx: RequestCtx, requests: EngineRequest[]): Promise<BatchResultView[]> {
  const now = deps.now();
  const createdBy = ctx.actor.kind === 'person' ? ctx.actor.personId : (ctx.label ?? null);
  const results = await deps.db.db.transaction(async (tx) => {
    const results = await createTransfersIn(tx, requests, { now, createdBy });
    const created = results.flatMap((r) => (r.status === 'created' ? [r.transfer] : []));
    if (created.length) {
      await record(
        tx,
        ctx,
        {
          action: 'ledger.transfers.create',
          objectType: 'ledger_transfer',
          objectId: created.length === 1 ? created[0]!.id : null,
          after: { count: created.length, ids: created.slice(0, 100).map((t) => t.id), fen: created.reduce((s, t) => s + t.amount, 0) },
        },
        now,
      );
    }
    return results;
  });
  return results.map((r, index) =>
    r.status === 'failed' ? { index, status: r.status, code: r.code, message: r.message } : { index, status: r.status, transfer: transferView(r.transfer) },
  );
}

/** Opens an account by hand (operators). */
export async function openAccount(deps: D, ctx: RequestCtx, input: OpenAccountInput): Promise<AccountView> {
  const now = deps.now();
  return deps.db.db.transaction(async (tx) => {
    if (input.refKey && (await repo.accountByRef(tx, input.refKey))) throw new AppError('name_taken', `an account named ${input.refKey} exists`);
    const a = await openAccountIn(tx, input, now);
    await record(tx, ctx, { action: 'ledger.account.open', objectType: 'ledger_account', objectId: a.id, orgId: a.orgId, after: accountView(a) }, now);
    return accountView(a);
  });
}

async function personOrgIds(db: Db, ctx: RequestCtx): Promise<string[]> {
  if (ctx.actor.kind !== 'person') return [];
  return repo.orgIdsOfPerson(db, ctx.actor.personId);
}

/**
 * An account the caller may read: operators any; members of the account's organization theirs
 * (a voucher, their own account); anything else is not found.
 */
async function readableAccount(deps: D, ctx: RequestCtx, id: string): Promise<repo.AccountRow> {
  const a = await repo.accountById(deps.db.db, id);
  if (!a) throw new AppError('not_found', 'no such account');
  if (!isStaff(ctx.actor)) {
    if (!a.orgId || ctx.actor.kind !== 'person' || !(await orgRoleOf(deps.db.db, ctx.actor.personId, a.orgId))) throw new AppError('not_found', 'no such account');
  }
  return a;
}

export async function getAccount(deps: D, ctx: RequestCtx, id: string): Promise<AccountView> {
  return accountView(await readableAccount(deps, ctx, id));
}

/** An account's balances at an instant (default: now). */
export async function balancesAt(deps: D, ctx: RequestCtx, id: string, at: Date): Promise<repo.Balances & { accountId: string; at: string; balance: number; available: number }> {
  await readableAccount(deps, ctx, id);
  const b = await repo.balancesAsOf(deps.db.db, id, at);
  return { accountId: id, at: at.toISOString(), ...b, balance: b.creditsPosted - b.debitsPosted, available: b.creditsPosted - b.debitsPosted - b.debitsPending };
}

/** Transfers, newest first: operators all; others those touching their organizations' accounts. */
export async function listTransfers(deps: D, ctx: RequestCtx, filter: repo.TransferFilter, cursor: string | undefined, limit: number): Promise<Page<TransferView>> {
  if (!isStaff(ctx.actor)) {
    if (filter.accountId) await readableAccount(deps, ctx, filter.accountId);
    else filter = { ...filter, orgIds: await personOrgIds(deps.db.db, ctx) };
  }
  const c = decodeCursor(cursor, 1);
  const before = c ? Number(c[0]) : undefined;
  if (before !== undefined && !Number.isSafeInteger(before)) throw new AppError('validation_failed', 'cursor is not valid');
  const [rows, total] = await Promise.all([repo.listTransfers(deps.db.db, filter, before, limit), repo.countTransfers(deps.db.db, filter, COUNT_CAP)]);
  return toPage(rows, limit, (r) => [r.seq], transferView, total);
}

export async function listAccounts(deps: D, filter: repo.AccountFilter, cursor: string | undefined, limit: number): Promise<Page<AccountView>> {
  const c = decodeCursor(cursor, 1);
  const rows = await repo.listAccounts(deps.db.db, filter, c ? String(c[0]) : undefined, limit);
  return toPage(rows, limit, (r) => [r.id], accountView, await repo.countAccounts(deps.db.db, filter, COUNT_CAP));
}

export async function getTransfer(deps: D, ctx: RequestCtx, id: string): Promise<TransferView> {
  const [t] = await repo.transfersByIds(deps.db.db, [id]);
  if (!t) throw new AppError('not_found', 'no such transfer');
  if (!isStaff(ctx.actor)) {
    const readable = await Promise.all([t.debitAccountId, t.creditAccountId].map((a) => readableAccount(deps, ctx, a).then(() => true, () => false)));
    if (!readable.some(Boolean)) throw new AppError('not_found', 'no such transfer');
  }
  return transferView(t);
}

/**
 * Expires pending transfers whose timeout passed, a batch at a time; returns how many. Each
 * expiry is a transfer of kind `expire` (the pending amount returns to its debit account).
 */
export async function expireDuePendings(deps: D, ctx: RequestCtx, limit = 1000): Promise<TransferRow[]> {
  const now = deps.now();
  return deps.db.db.transaction(async (tx) => {
    const due = await repo.duePendings(tx, now, limit);
    if (!due.length) return [];
    const results = await createTransfersIn(
      tx,
      due.map((p) => ({ kind: 'expire' as const, pendingId: p.id, code: p.code, refType: p.refType ?? undefined, refId: p.refId ?? undefined, memo: 'timeout' })),
      { now, createdBy: ctx.label ?? 'system' },
    );
    const created = results.flatMap((r) => (r.status === 'created' ? [r.transfer] : []));
    if (created.length) {
      await record(tx, ctx, { action: 'ledger.pending.expire', objectType: 'ledger_transfer', after: { count: created.length, ids: created.slice(0, 100).map((t) => t.id) } }, now);
    }
    return created;
  });
}

export interface ReconcileView {
  ok: boolean;
  transfers: number;
  accounts: number;
  pendingOpen: number;
  mismatches: { id: string; stored: repo.Balances; computed: repo.Balances }[];
  ruleBreaks: string[];
  ledgers: { ledger: number; debitsPosted: number; creditsPosted: number; debitsPending: number; creditsPending: number; balanced: boolean }[];
  ms: number;
}

/** Recomputes every balance from every transfer and checks double entry per ledger. */
export async function reconcile(deps: Pick<Deps, 'db'>): Promise<ReconcileView> {
  const t0 = performance.now();
  const r = await repo.reconcile(deps.db.db);
  const ledgers = r.ledgers.map((l) => ({ ...l, balanced: l.debitsPosted === l.creditsPosted && l.debitsPending === l.creditsPending }));
  return {
    ok: r.mismatches.length === 0 && r.ruleBreaks.length === 0 && ledgers.every((l) => l.balanced),
    transfers: r.transfers,
    accounts: r.accounts,
    pendingOpen: r.pendingOpen,
    mismatches: r.mismatches.slice(0, 100).map((m) => ({ id: m.id, stored: m.stored, computed: m.computed })),
    ruleBreaks: r.ruleBreaks.slice(0, 100),
    ledgers,
    ms: Math.round(performance.now() - t0),
  };
}
