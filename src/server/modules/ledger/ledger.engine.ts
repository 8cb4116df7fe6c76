// The ledger's state machine, in memory and free of I/O: given the locked accounts, the pending
// transfers a batch names and the transfers that already hold its idempotency keys, it decides
// each transfer of the batch in order (TigerBeetle's semantics) and returns the rows to insert.
// ledger.service.ts loads that state under lock and writes the rows; the database then checks
// the same invariants again (migrations/0003_ledger_invariants.sql).
import { createHash } from 'node:crypto';
import type { BalanceRule, TransferCode, TransferKind } from '../../../shared/enums.ts';
import type { ErrorCode } from '../../http/errors.ts';

/** What a caller asks the ledger to do. Amounts are integers in fen. */
export interface TransferRequest {
  /** Idempotency key: the same key and body answer the first result; another body is a conflict. */
  key?: string;
  /** single (default) moves money; pending reserves it; post and void resolve a pending transfer. */
  kind?: 'single' | 'pending' | 'post' | 'void';
  debitAccountId?: string;
  creditAccountId?: string;
  /** Required for single and pending; for post, the part to post (default: all of it). */
  amount?: number;
  /** When given, both accounts must be on this ledger. */
  ledger?: number;
  code: TransferCode;
  /** The pending transfer a post or void resolves. */
  pendingId?: string;
  /** A pending transfer lapses this many seconds after it is made; 0 or absent: never. */
  timeoutSeconds?: number;
  /** This transfer and the next succeed or fail together. */
  linked?: boolean;
  refType?: string;
  refId?: string;
  memo?: string;
}

/** Internal: an expiry the system makes for a pending transfer past its timeout. */
export interface ExpireRequest {
  kind: 'expire';
  pendingId: string;
  code: TransferCode;
  key?: string;
  linked?: boolean;
  refType?: string;
  refId?: string;
  memo?: string;
}

export type EngineRequest = TransferRequest | ExpireRequest;

/** A transfer as stored. */
export interface TransferRow {
  id: string;
  key: string | null;
  bodyHash: string | null;
  kind: TransferKind;
  ledger: number;
  code: TransferCode;
  debitAccountId: string;
  creditAccountId: string;
  amount: number;
  released: number;
  pendingId: string | null;
  timeoutAt: Date | null;
  chainId: string | null;
  refType: string | null;
  refId: string | null;
  memo: string | null;
  createdBy: string | null;
  createdAt: Date;
}

export interface AccountState {
  id: string;
  ledger: number;
  rule: BalanceRule;
  closed: boolean;
  debitsPending: number;
  debitsPosted: number;
  creditsPending: number;
  creditsPosted: number;
}

export interface PendingState {
  id: string;
  debitAccountId: string;
  creditAccountId: string;
  ledger: number;
  amount: number;
  kind: TransferKind;
  timeoutAt: Date | null;
  /** How it was resolved, if it was. */
  resolvedBy: TransferKind | null;
}

export type LedgerFailure = Extract<
  ErrorCode,
  | 'validation_failed'
  | 'idempotency_conflict'
  | 'account_not_found'
  | 'accounts_must_differ'
  | 'ledger_mismatch'
  | 'account_closed'
  | 'exceeds_credits'
  | 'exceeds_debits'
  | 'amount_overflow'
  | 'pending_not_found'
  | 'pending_already_resolved'
  | 'pending_expired'
  | 'exceeds_pending_amount'
  | 'pending_mismatch'
  | 'linked_event_failed'
  | 'linked_chain_open'
  | 'invalid_state'
>;

export type TransferResult =
  | { status: 'created'; transfer: TransferRow }
  | { status: 'exists'; transfer: TransferRow }
  | { status: 'failed'; code: LedgerFailure; message: string; accountId?: string };

export interface EngineState {
  accounts: Map<string, AccountState>;
  pendings: Map<string, PendingState>;
  /** Transfers already stored under the batch's keys. */
  byKey: Map<string, TransferRow>;
}

export interface EngineOptions {
  now: Date;
  createdBy: string | null;
  newId: () => string;
}

/** The longest a pending transfer may wait: ten years. */
export const MAX_TIMEOUT_SECONDS = 10 * 365 * 86_400;

/** The largest amount or balance the ledger holds: 2^53 − 1 fen. */
export const MAX_FEN = Number.MAX_SAFE_INTEGER;

/** The fields that make two requests with one key the same request. */
export function bodyHash(r: EngineRequest): string {
  const canonical = JSON.stringify([
    r.kind ?? 'single',
    'debitAccountId' in r ? (r.debitAccountId ?? null) : null,
    'creditAccountId' in r ? (r.creditAccountId ?? null) : null,
    'amount' in r ? (r.amount ?? null) : null,
    'ledger' in r ? (r.ledger ?? null) : null,
    r.code,
    r.pendingId ?? null,
    'timeoutSeconds' in r ? (r.timeoutSeconds ?? 0) : 0,
    r.linked ?? false,
    r.refType ?? null,
    r.refId ?? null,
    r.memo ?? null,
  ]);
  return createHash('sha256').update(canonical).digest('hex');
}

class Failure extends Error {
  readonly code: LedgerFailure;
  readonly accountId: string | undefined;
  constructor(code: LedgerFailure, message: string, accountId?: string) {
    super(message);
    this.code = code;
    this.accountId = accountId;
  }
}

const isFen = (n: unknown): n is number => typeof n === 'number' && Number.isSafeInteger(n) && n > 0;

/** Checks a request's shape alone; the engine applies the same rules but callers may check early. */
export function shapeProblem(r: EngineRequest): string | null {
  const kind = r.kind ?? 'single';
  if (r.key !== undefined && (typeof r.key !== 'string' || r.key.length === 0 || r.key.length > 200)) return 'key must be 1 to 200 characters';
  if (kind === 'single' || kind === 'pending') {
    const t = r as TransferRequest;
    if (!t.debitAccountId || !t.creditAccountId) return 'debitAccountId and creditAccountId are required';
    if (!isFen(t.amount)) return 'amount must be a positive integer number of fen';
    if (t.pendingId) return 'pendingId belongs to post and void only';
    if (kind === 'single' && t.timeoutSeconds) return 'timeoutSeconds belongs to pending transfers only';
    if (t.timeoutSeconds !== undefined && !(Number.isSafeInteger(t.timeoutSeconds) && t.timeoutSeconds >= 0 && t.timeoutSeconds <= MAX_TIMEOUT_SECONDS)) {
      return `timeoutSeconds must be a whole number of seconds from 0 to ${MAX_TIMEOUT_SECONDS} (ten years)`;
    }
    return null;
  }
  if (!r.pendingId) return `${kind} needs pendingId`;
  if ('timeoutSeconds' in r && r.timeoutSeconds) return 'timeoutSeconds belongs to pending transfers only';
  if ('amount' in r && r.amount !== undefined && (kind !== 'post' || !isFen(r.amount))) {
    return kind === 'post' ? 'amount must be a positive integer number of fen' : `${kind} takes no amount: it releases the whole pending amount`;
  }
  return null;
}

function checkedAdd(a: number, b: number, accountId: string): number {
  const s = a + b;
  if (s > MAX_FEN) throw new Failure('amount_overflow', `account ${accountId} would pass 2^53 fen`, accountId);
  return s;
}

/**
 * Decides every request of a batch in order and mutates `state` to match. Linked chains succeed
 * or fail together: a failure rolls back the chain's earlier effects. Returns one result per
 * request and the rows to insert, in order.
 */
export function decide(state: EngineState, requests: readonly EngineRequest[], opts: EngineOptions): { results: TransferResult[]; rows: TransferRow[] } {
  const results: TransferResult[] = new Array(requests.length);
  let rows: TransferRow[] = [];
  let i = 0;
  while (i < requests.length) {
    // A chain runs from i to the first request that is not linked.
    let end = i;
    while (end < requests.length && requests[end]!.linked) end++;
    if (end === requests.length) {
      for (let j = i; j < requests.length; j++) {
        results[j] = { status: 'failed', code: 'linked_chain_open', message: 'the last transfer of the batch is linked to nothing' };
      }
      break;
    }
    const chain = end > i;
    const chainId = chain ? opts.newId() : null;
    // Snapshot what a chain may change, to undo it if a later member fails.
    const savedAccounts = new Map<string, AccountState>();
    const savedPendings = new Map<string, PendingState | undefined>();
    const savedKeys: string[] = [];
    const rowsBefore = rows.length;
    const save = {
      account(a: AccountState) {
        if (chain && !savedAccounts.has(a.id)) savedAccounts.set(a.id, { ...a });
      },
      pending(id: string) {
        if (chain && !savedPendings.has(id)) {
          const p = state.pendings.get(id);
          savedPendings.set(id, p ? { ...p } : undefined);
        }
      },
      key(k: string) {
        if (chain) savedKeys.push(k);
      },
    };
    let failedAt = -1;
    for (let j = i; j <= end; j++) {
      try {
        const result = decideOne(state, requests[j]!, opts, chainId, save);
        results[j] = result;
        if (result.status === 'created') rows.push(result.transfer);
      } catch (err) {
        if (!(err instanceof Failure)) throw err;
        results[j] = { status: 'failed', code: err.code, message: err.message, ...(err.accountId ? { accountId: err.accountId } : {}) };
        failedAt = j;
        break;
      }
    }
    if (failedAt >= 0 && chain) {
      for (const [id, a] of savedAccounts) state.accounts.set(id, a);
      for (const [id, p] of savedPendings) {
        if (p) state.pendings.set(id, p);
        else state.pendings.delete(id);
      }
      for (const k of savedKeys) state.byKey.delete(k);
      rows = rows.slice(0, rowsBefore);
      for (let j = i; j <= end; j++) {
        if (j !== failedAt) results[j] = { status: 'failed', code: 'linked_event_failed', message: `transfer ${failedAt} of the chain failed` };
      }
    }
    i = end + 1;
  }
  return { results, rows };
}

interface Saver {
  account(a: AccountState): void;
  pending(id: string): void;
  key(k: string): void;
}

function decideOne(state: EngineState, r: EngineRequest, opts: EngineOptions, chainId: string | null, save: Saver): TransferResult {
  const problem = shapeProblem(r);
  if (problem) throw new Failure('validation_failed', problem);
  const hash = r.key !== undefined ? bodyHash(r) : null;
  if (r.key !== undefined) {
    const prior = state.byKey.get(r.key);
    if (prior) {
      if (prior.bodyHash !== hash) throw new Failure('idempotency_conflict', `key ${r.key} was used for another transfer`);
      return { status: 'exists', transfer: prior };
    }
  }
  const kind = r.kind ?? 'single';
  const base = {
    id: opts.newId(),
    key: r.key ?? null,
    bodyHash: hash,
    code: r.code,
    chainId,
    refType: r.refType ?? null,
    refId: r.refId ?? null,
    memo: r.memo ?? null,
    createdBy: opts.createdBy,
    createdAt: opts.now,
  };
  let row: TransferRow;
  if (kind === 'single' || kind === 'pending') {
    const t = r as TransferRequest;
    const amount = t.amount!;
    const debit = state.accounts.get(t.debitAccountId!);
    const credit = state.accounts.get(t.creditAccountId!);
    if (!debit) throw new Failure('account_not_found', `no account ${t.debitAccountId}`, t.debitAccountId);
    if (!credit) throw new Failure('account_not_found', `no account ${t.creditAccountId}`, t.creditAccountId);
    if (debit.id === credit.id) throw new Failure('accounts_must_differ', 'a transfer moves money between two accounts');
    if (debit.ledger !== credit.ledger) throw new Failure('ledger_mismatch', `the accounts are on ledgers ${debit.ledger} and ${credit.ledger}`);
    if (t.ledger !== undefined && t.ledger !== debit.ledger) throw new Failure('ledger_mismatch', `the accounts are on ledger ${debit.ledger}, not ${t.ledger}`);
    if (debit.closed) throw new Failure('account_closed', `account ${debit.id} is closed`, debit.id);
    if (credit.closed) throw new Failure('account_closed', `account ${credit.id} is closed`, credit.id);
    if (debit.rule === 'debits_must_not_exceed_credits' && debit.debitsPending + debit.debitsPosted + amount > debit.creditsPosted) {
      throw new Failure('exceeds_credits', `account ${debit.id} has ${debit.creditsPosted - debit.debitsPosted - debit.debitsPending} fen available`, debit.id);
    }
    if (credit.rule === 'credits_must_not_exceed_debits' && credit.creditsPending + credit.creditsPosted + amount > credit.debitsPosted) {
      throw new Failure('exceeds_debits', `account ${credit.id} may take ${credit.debitsPosted - credit.creditsPosted - credit.creditsPending} fen more`, credit.id);
    }
    const pending = kind === 'pending';
    const nextDebit = pending ? checkedAdd(debit.debitsPending, amount, debit.id) : checkedAdd(debit.debitsPosted, amount, debit.id);
    const nextCredit = pending ? checkedAdd(credit.creditsPending, amount, credit.id) : checkedAdd(credit.creditsPosted, amount, credit.id);
    save.account(debit);
    save.account(credit);
    if (pending) {
      debit.debitsPending = nextDebit;
      credit.creditsPending = nextCredit;
    } else {
      debit.debitsPosted = nextDebit;
      credit.creditsPosted = nextCredit;
    }
    const timeoutAt = pending && t.timeoutSeconds ? new Date(opts.now.getTime() + t.timeoutSeconds * 1000) : null;
    row = { ...base, kind, ledger: debit.ledger, debitAccountId: debit.id, creditAccountId: credit.id, amount, released: 0, pendingId: null, timeoutAt };
    if (pending) {
      save.pending(row.id);
      state.pendings.set(row.id, { id: row.id, debitAccountId: debit.id, creditAccountId: credit.id, ledger: debit.ledger, amount, kind: 'pending', timeoutAt, resolvedBy: null });
    }
  } else {
    const p = state.pendings.get(r.pendingId!);
    if (!p || p.kind !== 'pending') throw new Failure('pending_not_found', `no pending transfer ${r.pendingId}`);
    if (p.resolvedBy) throw new Failure('pending_already_resolved', `pending transfer ${p.id} was already ${p.resolvedBy === 'post' ? 'posted' : p.resolvedBy === 'void' ? 'voided' : 'expired'}`);
    if ('debitAccountId' in r && r.debitAccountId !== undefined && r.debitAccountId !== p.debitAccountId) throw new Failure('pending_mismatch', 'debitAccountId differs from the pending transfer');
    if ('creditAccountId' in r && r.creditAccountId !== undefined && r.creditAccountId !== p.creditAccountId) throw new Failure('pending_mismatch', 'creditAccountId differs from the pending transfer');
    if ('ledger' in r && r.ledger !== undefined && r.ledger !== p.ledger) throw new Failure('pending_mismatch', 'ledger differs from the pending transfer');
    const expired = p.timeoutAt !== null && opts.now.getTime() >= p.timeoutAt.getTime();
    if (kind === 'expire') {
      if (!expired) throw new Failure('invalid_state', `pending transfer ${p.id} has not reached its timeout`);
    } else if (expired) {
      throw new Failure('pending_expired', `pending transfer ${p.id} expired at ${p.timeoutAt!.toISOString()}`);
    }
    const amount = kind === 'post' && 'amount' in r && r.amount !== undefined ? r.amount : p.amount;
    if (amount > p.amount) throw new Failure('exceeds_pending_amount', `the pending transfer reserved ${p.amount} fen`);
    const debit = state.accounts.get(p.debitAccountId);
    const credit = state.accounts.get(p.creditAccountId);
    if (!debit || !credit) throw new Failure('account_not_found', 'an account of the pending transfer is missing');
    const posted = kind === 'post';
    const nextDebit = posted ? checkedAdd(debit.debitsPosted, amount, debit.id) : debit.debitsPosted;
    const nextCredit = posted ? checkedAdd(credit.creditsPosted, amount, credit.id) : credit.creditsPosted;
    save.account(debit);
    save.account(credit);
    save.pending(p.id);
    debit.debitsPending -= p.amount;
    credit.creditsPending -= p.amount;
    debit.debitsPosted = nextDebit;
    credit.creditsPosted = nextCredit;
    p.resolvedBy = kind;
    row = { ...base, kind, ledger: p.ledger, debitAccountId: p.debitAccountId, creditAccountId: p.creditAccountId, amount, released: p.amount, pendingId: p.id, timeoutAt: null };
  }
  if (row.key !== null) {
    save.key(row.key);
    state.byKey.set(row.key, row);
  }
  return { status: 'created', transfer: row };
}
