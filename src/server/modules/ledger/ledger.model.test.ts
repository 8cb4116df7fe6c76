// Model-based test of the ledger core: fast-check generates sequences of operations (open an
// account, single and pending transfers, posts and voids, linked chains, idempotent repeats,
// clock moves, expiry sweeps); each runs against the real ledger on the test database and
// against the small in-memory model below, written from the rules (not from ledger.engine.ts).
// Every result and every balance must agree after every step; balances as of each past instant
// and the reconciliation are checked at the end of each run.
//
// Replay a failure: LEDGER_MODEL_SEED=<printed seed> (and LEDGER_MODEL_PATH=<printed path> for just
// the shrunk case); LEDGER_MODEL_RUNS changes the count, LEDGER_MODEL_VERBOSE=1 lists every failure.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { testApp, type TestApp } from '../../../../test/support/app.ts';
import { systemCtx, type RequestCtx } from '../../http/context.ts';
import { LEDGERS, type BalanceRule } from '../../../shared/enums.ts';
import type { EngineRequest, TransferRequest } from './ledger.engine.ts';
import { balancesAt, createTransfersIn, expireDuePendings, openAccountIn, reconcile, submitTransfers } from './ledger.service.ts';
import { accountsByIds } from './ledger.repo.ts';

const SEED = Number(process.env.LEDGER_MODEL_SEED ?? Math.floor(Math.random() * 2 ** 31));
const RUNS = Number(process.env.LEDGER_MODEL_RUNS ?? 60);

let t: TestApp;
/** An operator's context: operators may read every account and book transfers. */
let staff: RequestCtx;
before(async () => {
  t = await testApp();
  const op = await t.person({ platformRole: 'operator' });
  staff = {
    actor: { kind: 'person', personId: op.personId, email: op.email, name: 'Ledger operator', platformRole: 'operator', via: 'session', scopes: 'all' },
    requestId: 'ledger-model-test',
    ip: null,
  };
});
after(async () => {
  await t.close();
});

// ---------------------------------------------------------------------------------------------
// The model: accounts with four balances, transfers, idempotency keys. Amounts are small here, so
// the 2^53 limit is not modelled.

type Rule = BalanceRule;
interface MAccount {
  id: string;
  ledger: number;
  rule: Rule;
  dp: number;
  dpo: number;
  cp: number;
  cpo: number;
}
interface MTransfer {
  id: string;
  kind: 'single' | 'pending' | 'post' | 'void' | 'expire';
  debit: string;
  credit: string;
  amount: number;
  released: number;
  pendingId: string | null;
  timeoutAt: number | null;
  resolvedBy: 'post' | 'void' | 'expire' | null;
}
interface MState {
  accounts: Map<string, MAccount>;
  transfers: Map<string, MTransfer>;
  /** key → the body it came with and the transfer it created. */
  keys: Map<string, { body: string; transferId: string }>;
}
/** What one request came to, in the terms both sides can be compared in. */
interface Outcome {
  status: 'created' | 'exists' | 'failed';
  code?: string;
  id?: string;
  kind?: string;
  debit?: string;
  credit?: string;
  amount?: number;
  released?: number;
  pendingId?: string | null;
  timeoutAt?: number | null;
}

class Refused extends Error {
  readonly code: string;
  constructor(code: string) {
    super(code);
    this.code = code;
  }
}

function cloneState(s: MState): MState {
  return {
    accounts: new Map([...s.accounts].map(([k, v]) => [k, { ...v }])),
    transfers: new Map([...s.transfers].map(([k, v]) => [k, { ...v }])),
    keys: new Map(s.keys),
  };
}

/** Two requests are the same request when these fields agree (defaults filled in). */
function sameBody(r: EngineRequest): string {
  const x = r as TransferRequest;
  return JSON.stringify({
    kind: x.kind ?? 'single',
    debit: x.debitAccountId ?? null,
    credit: x.creditAccountId ?? null,
    amount: x.amount ?? null,
    ledger: x.ledger ?? null,
    code: x.code,
    pendingId: x.pendingId ?? null,
    timeout: x.timeoutSeconds ?? 0,
    linked: x.linked ?? false,
    refType: x.refType ?? null,
    refId: x.refId ?? null,
    memo: x.memo ?? null,
  });
}

const positiveFen = (n: unknown) => typeof n === 'number' && Number.isSafeInteger(n) && n > 0;

/** One request against the model; throws Refused with the code the ledger must answer. */
function modelOne(s: MState, r: TransferRequest, now: number, newId: () => string): Outcome {
  const kind = r.kind ?? 'single';
  // The shape of the request first.
  if (r.key !== undefined && (r.key.length === 0 || r.key.length > 200)) throw new Refused('validation_failed');
  if (kind === 'single' || kind === 'pending') {
    if (!r.debitAccountId || !r.creditAccountId || !positiveFen(r.amount) || r.pendingId) throw new Refused('validation_failed');
    if (kind === 'single' && r.timeoutSeconds) throw new Refused('validation_failed');
  } else {
    if (!r.pendingId || r.timeoutSeconds) throw new Refused('validation_failed');
    if (r.amount !== undefined && (kind === 'void' || !positiveFen(r.amount))) throw new Refused('validation_failed');
  }
  // Then the key: a known key answers its first transfer, or conflicts.
  if (r.key !== undefined) {
    const prior = s.keys.get(r.key);
    if (prior) {
      if (prior.body !== sameBody(r)) throw new Refused('idempotency_conflict');
      return outcomeOf('exists', s.transfers.get(prior.transferId)!);
    }
  }
  let tr: MTransfer;
  if (kind === 'single' || kind === 'pending') {
    const d = s.accounts.get(r.debitAccountId!);
    const c = s.accounts.get(r.creditAccountId!);
    if (!d || !c) throw new Refused('account_not_found');
    if (d.id === c.id) throw new Refused('accounts_must_differ');
    if (d.ledger !== c.ledger || (r.ledger !== undefined && r.ledger !== d.ledger)) throw new Refused('ledger_mismatch');
    const amount = r.amount!;
    // Pending debits count against the limit; pending credits count against the mirror limit.
    if (d.rule === 'debits_must_not_exceed_credits' && d.dp + d.dpo + amount > d.cpo) throw new Refused('exceeds_credits');
    if (c.rule === 'credits_must_not_exceed_debits' && c.cp + c.cpo + amount > c.dpo) throw new Refused('exceeds_debits');
    if (kind === 'pending') {
      d.dp += amount;
      c.cp += amount;
    } else {
      d.dpo += amount;
      c.cpo += amount;
    }
    tr = {
      id: newId(),
      kind,
      debit: d.id,
      credit: c.id,
      amount,
      released: 0,
      pendingId: null,
      timeoutAt: kind === 'pending' && r.timeoutSeconds ? now + r.timeoutSeconds * 1000 : null,
      resolvedBy: null,
    };
  } else {
    const p = s.transfers.get(r.pendingId!);
    if (!p || p.kind !== 'pending') throw new Refused('pending_not_found');
    if (p.resolvedBy) throw new Refused('pending_already_resolved');
    if ((r.debitAccountId !== undefined && r.debitAccountId !== p.debit) || (r.creditAccountId !== undefined && r.creditAccountId !== p.credit)) {
      throw new Refused('pending_mismatch');
    }
    if (p.timeoutAt !== null && now >= p.timeoutAt) throw new Refused('pending_expired');
    const amount = kind === 'post' ? (r.amount ?? p.amount) : p.amount;
    if (amount > p.amount) throw new Refused('exceeds_pending_amount');
    const d = s.accounts.get(p.debit)!;
    const c = s.accounts.get(p.credit)!;
    // The whole reservation leaves the pending balances; a post moves `amount` into posted.
    d.dp -= p.amount;
    c.cp -= p.amount;
    if (kind === 'post') {
      d.dpo += amount;
      c.cpo += amount;
    }
    p.resolvedBy = kind;
    tr = { id: newId(), kind, debit: p.debit, credit: p.credit, amount, released: p.amount, pendingId: p.id, timeoutAt: null, resolvedBy: null };
  }
  s.transfers.set(tr.id, tr);
  if (r.key !== undefined) s.keys.set(r.key, { body: sameBody(r), transferId: tr.id });
  return outcomeOf('created', tr);
}

function outcomeOf(status: 'created' | 'exists', tr: MTransfer): Outcome {
  return { status, id: tr.id, kind: tr.kind, debit: tr.debit, credit: tr.credit, amount: tr.amount, released: tr.released, pendingId: tr.pendingId, timeoutAt: tr.timeoutAt };
}

/**
 * A batch against the model: requests in order; a linked chain (each member links to the next,
 * the last does not) succeeds or fails whole; a chain still open at the end fails whole.
 * Returns the outcomes and the state after (a new object when a chain was undone).
 */
function modelBatch(s0: MState, requests: TransferRequest[], now: number, newId: () => string): { state: MState; out: Outcome[] } {
  let s = s0;
  const out: Outcome[] = [];
  let i = 0;
  while (i < requests.length) {
    let end = i;
    while (end < requests.length && requests[end]!.linked) end++;
    if (end === requests.length) {
      for (let j = i; j < requests.length; j++) out[j] = { status: 'failed', code: 'linked_chain_open' };
      break;
    }
    const before = cloneState(s);
    let failed = -1;
    for (let j = i; j <= end; j++) {
      try {
        out[j] = modelOne(s, requests[j]!, now, newId);
      } catch (e) {
        if (!(e instanceof Refused)) throw e;
        out[j] = { status: 'failed', code: e.code };
        failed = j;
        break;
      }
    }
    if (failed >= 0 && end > i) {
      s = before;
      for (let j = i; j <= end; j++) if (j !== failed) out[j] = { status: 'failed', code: 'linked_event_failed' };
    }
    i = end + 1;
  }
  return { state: s, out };
}

/** Pending transfers past their timeout, expired by the sweep; returns the pending ids. */
function modelSweep(s: MState, now: number, newId: () => string): string[] {
  const due: string[] = [];
  for (const p of s.transfers.values()) {
    if (p.kind !== 'pending' || p.resolvedBy || p.timeoutAt === null || p.timeoutAt > now) continue;
    const d = s.accounts.get(p.debit)!;
    const c = s.accounts.get(p.credit)!;
    d.dp -= p.amount;
    c.cp -= p.amount;
    p.resolvedBy = 'expire';
    const id = newId();
    s.transfers.set(id, { id, kind: 'expire', debit: p.debit, credit: p.credit, amount: p.amount, released: p.amount, pendingId: p.id, timeoutAt: null, resolvedBy: null });
    due.push(p.id);
  }
  return due.sort();
}

// ---------------------------------------------------------------------------------------------
// Operations, as fast-check generates them: indexes are resolved against the run's state.

type KeyChoice = { mode: 'none' } | { mode: 'fresh' } | { mode: 'reuse'; pick: number };
type Item =
  | { k: 'single'; d: number; c: number; amount: number; linked: boolean; key: KeyChoice }
  | { k: 'pending'; d: number; c: number; amount: number; timeout: number; linked: boolean; key: KeyChoice }
  | { k: 'post'; p: number; mode: 'full' | 'exact' | 'partial' | 'over' | 'zero'; frac: number; mismatch: boolean; linked: boolean; key: KeyChoice }
  | { k: 'void'; p: number; mismatch: boolean; linked: boolean; key: KeyChoice };
type Op =
  | { t: 'open'; rule: Rule; ledger: 0 | 1 }
  | { t: 'batch'; items: Item[]; direct: boolean }
  | { t: 'advance'; ms: number }
  | { t: 'sweep' }
  | { t: 'repeat'; pick: number; same: boolean };

const keyArb: fc.Arbitrary<KeyChoice> = fc.oneof(
  { arbitrary: fc.constant({ mode: 'none' as const }), weight: 6 },
  { arbitrary: fc.constant({ mode: 'fresh' as const }), weight: 3 },
  { arbitrary: fc.nat({ max: 20 }).map((pick) => ({ mode: 'reuse' as const, pick })), weight: 1 },
);
const amountArb = fc.oneof(
  { arbitrary: fc.integer({ min: 1, max: 300 }), weight: 8 },
  { arbitrary: fc.integer({ min: 301, max: 3000 }), weight: 3 },
  { arbitrary: fc.constant(0), weight: 1 },
);
const accountArb = fc.nat({ max: 63 });
const mismatchArb = fc.oneof({ arbitrary: fc.constant(false), weight: 9 }, { arbitrary: fc.constant(true), weight: 1 });
const linkedArb = fc.oneof({ arbitrary: fc.constant(false), weight: 3 }, { arbitrary: fc.constant(true), weight: 1 });
const itemArb: fc.Arbitrary<Item> = fc.oneof(
  { arbitrary: fc.record({ k: fc.constant('single' as const), d: accountArb, c: accountArb, amount: amountArb, linked: linkedArb, key: keyArb }), weight: 3 },
  {
    arbitrary: fc.record({
      k: fc.constant('pending' as const),
      d: accountArb,
      c: accountArb,
      amount: amountArb,
      timeout: fc.constantFrom(0, 0, 1, 5, 60, 120),
      linked: linkedArb,
      key: keyArb,
    }),
    weight: 5,
  },
  {
    arbitrary: fc.record({
      k: fc.constant('post' as const),
      p: fc.nat({ max: 40 }),
      mode: fc.constantFrom('full' as const, 'full' as const, 'exact' as const, 'partial' as const, 'partial' as const, 'over' as const, 'zero' as const),
      frac: fc.nat({ max: 10_000 }),
      mismatch: mismatchArb,
      linked: linkedArb,
      key: keyArb,
    }),
    weight: 3,
  },
  { arbitrary: fc.record({ k: fc.constant('void' as const), p: fc.nat({ max: 40 }), mismatch: mismatchArb, linked: linkedArb, key: keyArb }), weight: 2 },
);
/** Items of one batch; mostly the last is not linked (else the chain is open and all of it fails). */
const itemsArb = (minLength: number, maxLength: number) =>
  fc.tuple(fc.array(itemArb, { minLength, maxLength }), fc.nat({ max: 7 })).map(([items, r]) => (r === 0 ? items : items.map((it, i) => (i === items.length - 1 ? { ...it, linked: false } : it))));
const opArb: fc.Arbitrary<Op> = fc.oneof(
  { arbitrary: fc.record({ t: fc.constant('open' as const), rule: fc.constantFrom<Rule>('none', 'debits_must_not_exceed_credits', 'credits_must_not_exceed_debits'), ledger: fc.constantFrom(0 as const, 1 as const) }), weight: 1 },
  { arbitrary: fc.record({ t: fc.constant('batch' as const), items: itemsArb(1, 1), direct: fc.boolean() }), weight: 6 },
  { arbitrary: fc.record({ t: fc.constant('batch' as const), items: itemsArb(2, 6), direct: fc.boolean() }), weight: 3 },
  { arbitrary: fc.record({ t: fc.constant('advance' as const), ms: fc.constantFrom(1, 999, 1000, 4000, 5000, 59_999, 60_000, 121_000) }), weight: 3 },
  { arbitrary: fc.constant({ t: 'sweep' as const }), weight: 2 },
  { arbitrary: fc.record({ t: fc.constant('repeat' as const), pick: fc.nat({ max: 20 }), same: fc.oneof({ arbitrary: fc.constant(true), weight: 2 }, { arbitrary: fc.constant(false), weight: 1 }) }), weight: 3 },
);

// ---------------------------------------------------------------------------------------------
// One run: a few fixed accounts, then the generated operations, compared step by step.

const LEDGER_IDS = [LEDGERS.cny, LEDGERS.cny_quota] as const;
let clock = Date.UTC(2031, 0, 1);
let runNo = 0;
/** How often each outcome came up, to see that the runs reach the interesting cases. */
const stats = new Map<string, number>();
const count = (k: string) => stats.set(k, (stats.get(k) ?? 0) + 1);
const deps = () => ({ db: t.deps.db, now: () => new Date(clock) });
/** The context of the expiry sweep, a system job. */
const ctx = systemCtx('ledger-model-test');

function describeDiff(step: number, op: unknown, what: string, expected: unknown, actual: unknown): string {
  return `step ${step} (${JSON.stringify(op)}): ${what}\n  model:  ${JSON.stringify(expected)}\n  ledger: ${JSON.stringify(actual)}`;
}

async function runOps(ops: Op[]): Promise<void> {
  runNo++;
  // A day after the last run: whatever the earlier runs left pending with a timeout is due, and
  // one sweep clears it so that this run's sweeps see only this run's transfers.
  clock += 86_400_000;
  await expireDuePendings(deps(), ctx, 100_000);
  const run = `r${runNo}-${SEED}`;
  let state: MState = { accounts: new Map(), transfers: new Map(), keys: new Map() };
  const order: string[] = [];
  let tmp = 0;
  const tmpId = () => `tmp-${tmp++}`;
  let keyNo = 0;
  const usedKeys: string[] = [];
  const keyed: TransferRequest[] = [];
  const keyedCreated: TransferRequest[] = [];
  /** Balances of the model after the last step at each instant, for balancesAt at the end. */
  const snapshots = new Map<number, Map<string, MAccount>>();

  async function openAcc(rule: Rule, ledger: number, name: string): Promise<void> {
    const now = new Date(clock);
    const a = await t.deps.db.db.transaction((tx) => openAccountIn(tx, { code: 'general', rule, name, ledger }, now));
    state.accounts.set(a.id, { id: a.id, ledger, rule, dp: 0, dpo: 0, cp: 0, cpo: 0 });
    order.push(a.id);
  }

  /** Renames the model's temporary ids to the ledger's ids, once both agreed a transfer was created. */
  function rename(map: Map<string, string>): void {
    if (!map.size) return;
    const transfers = new Map<string, MTransfer>();
    for (const [id, tr] of state.transfers) {
      const nid = map.get(id) ?? id;
      transfers.set(nid, { ...tr, id: nid, pendingId: tr.pendingId ? (map.get(tr.pendingId) ?? tr.pendingId) : null });
    }
    state.transfers = transfers;
    for (const [k, v] of state.keys) state.keys.set(k, { ...v, transferId: map.get(v.transferId) ?? v.transferId });
  }

  async function compareBalances(step: number, op: unknown): Promise<void> {
    const rows = await accountsByIds(t.deps.db.db, order);
    for (const row of rows) {
      const m = state.accounts.get(row.id)!;
      const got = { dp: row.debitsPending, dpo: row.debitsPosted, cp: row.creditsPending, cpo: row.creditsPosted };
      const want = { dp: m.dp, dpo: m.dpo, cp: m.cp, cpo: m.cpo };
      if (JSON.stringify(got) !== JSON.stringify(want)) throw new Error(describeDiff(step, op, `balances of ${row.name} (${row.rule}, ledger ${row.ledger})`, want, got));
    }
    snapshots.set(clock, new Map([...state.accounts].map(([k, v]) => [k, { ...v }])));
  }

  /** Runs one batch on both sides and compares every outcome. */
  async function batch(step: number, op: unknown, requests: TransferRequest[], direct: boolean): Promise<void> {
    const modelNow = clock;
    const { state: next, out: expected } = modelBatch(cloneState(state), requests, modelNow, tmpId);
    let actual: Outcome[];
    if (direct) {
      const rs = await t.deps.db.db.transaction((tx) => createTransfersIn(tx, requests, { now: new Date(modelNow), createdBy: 'model' }));
      actual = rs.map((r) =>
        r.status === 'failed'
          ? { status: 'failed', code: r.code }
          : {
              status: r.status,
              id: r.transfer.id,
              kind: r.transfer.kind,
              debit: r.transfer.debitAccountId,
              credit: r.transfer.creditAccountId,
              amount: r.transfer.amount,
              released: r.transfer.released,
              pendingId: r.transfer.pendingId,
              timeoutAt: r.transfer.timeoutAt ? r.transfer.timeoutAt.getTime() : null,
            },
      );
    } else {
      const rs = await submitTransfers(deps(), staff, requests);
      actual = rs.map((r) =>
        r.status === 'failed'
          ? { status: 'failed', code: r.code! }
          : {
              status: r.status,
              id: r.transfer!.id,
              kind: r.transfer!.kind,
              debit: r.transfer!.debitAccountId,
              credit: r.transfer!.creditAccountId,
              amount: r.transfer!.amount,
              released: r.transfer!.released,
              pendingId: r.transfer!.pendingId,
              timeoutAt: r.transfer!.timeoutAt ? Date.parse(r.transfer!.timeoutAt) : null,
            },
      );
    }
    const map = new Map<string, string>();
    for (let i = 0; i < requests.length; i++) {
      const e = expected[i]!;
      const a = actual[i]!;
      if (e.status !== a.status || e.code !== a.code) throw new Error(describeDiff(step, op, `request ${i} ${JSON.stringify(requests[i])}`, e, a));
      count(`${requests[i]!.kind ?? 'single'} ${e.status === 'failed' ? e.code : e.status}`);
      if (e.status === 'failed') continue;
      // A created transfer gets the ledger's id; an existing one must be the one the key named.
      const { id: eid, ...eRest } = e;
      const { id: aid, ...aRest } = a;
      if (e.status === 'created') map.set(eid!, aid!);
      else if ((map.get(eid!) ?? eid) !== aid) throw new Error(describeDiff(step, op, `request ${i}: the key names another transfer`, e, a));
      if (eRest.pendingId) eRest.pendingId = map.get(eRest.pendingId) ?? eRest.pendingId;
      if (JSON.stringify(eRest) !== JSON.stringify(aRest)) throw new Error(describeDiff(step, op, `request ${i} ${JSON.stringify(requests[i])}`, e, a));
    }
    state = next;
    rename(map);
    requests.forEach((r, i) => {
      if (r.key === undefined) return;
      keyed.push(r);
      if (expected[i]!.status === 'created') keyedCreated.push(r);
    });
  }

  // Fixed accounts: a source that may go negative, one of each rule, and a second ledger.
  await openAcc('none', LEDGER_IDS[0], 'source');
  await openAcc('debits_must_not_exceed_credits', LEDGER_IDS[0], 'wallet');
  await openAcc('credits_must_not_exceed_debits', LEDGER_IDS[0], 'cap');
  await openAcc('none', LEDGER_IDS[1], 'quota source');
  await openAcc('debits_must_not_exceed_credits', LEDGER_IDS[1], 'quota');
  const [src, wallet, cap, qsrc, quota] = order as [string, string, string, string, string];
  await batch(
    0,
    'setup',
    [
      { debitAccountId: src, creditAccountId: wallet, amount: 2000, code: 'deposit' },
      { debitAccountId: cap, creditAccountId: src, amount: 2000, code: 'transfer' },
      { debitAccountId: qsrc, creditAccountId: quota, amount: 2000, code: 'quota' },
    ],
    false,
  );
  await compareBalances(0, 'setup');

  const missing = `acc_missing_${run}`;
  /** Mostly two accounts of one ledger; sometimes any account (the same, another ledger) or none. */
  const pair = (d: number, c: number): [string, string] => {
    if (d >= 60) return [missing, order[c % order.length]!];
    const debit = order[d % order.length]!;
    if (c >= 58) return [debit, c === 63 ? missing : order[c % order.length]!];
    const ledger = state.accounts.get(debit)!.ledger;
    const peers = order.filter((id) => id !== debit && state.accounts.get(id)!.ledger === ledger);
    return [debit, peers[c % peers.length]!];
  };
  const keyFor = (k: KeyChoice): string | undefined => {
    if (k.mode === 'none') return undefined;
    if (k.mode === 'reuse' && usedKeys.length) return usedKeys[k.pick % usedKeys.length];
    const key = `${run}-k${keyNo++}`;
    usedKeys.push(key);
    return key;
  };
  /** A transfer for a post or void to name: mostly pending ones (resolved or not), else another or none. */
  const target = (p: number): MTransfer | undefined => {
    const all = [...state.transfers.values()];
    const pendings = all.filter((x) => x.kind === 'pending');
    const open = pendings.filter((x) => !x.resolvedBy);
    if (p % 8 === 7 || !pendings.length) {
      const others = all.filter((x) => x.kind !== 'pending');
      return p % 2 === 0 && others.length ? others[p % others.length] : undefined;
    }
    if (open.length && p % 3 !== 2) return open[p % open.length];
    return pendings[p % pendings.length];
  };
  const toRequest = (it: Item): TransferRequest => {
    const key = keyFor(it.key);
    const base = { code: 'transfer' as const, ...(key !== undefined ? { key } : {}), ...(it.linked ? { linked: true } : {}) };
    if (it.k === 'single') {
      const [debitAccountId, creditAccountId] = pair(it.d, it.c);
      return { ...base, debitAccountId, creditAccountId, amount: it.amount };
    }
    if (it.k === 'pending') {
      const [debitAccountId, creditAccountId] = pair(it.d, it.c);
      return { ...base, kind: 'pending', debitAccountId, creditAccountId, amount: it.amount, ...(it.timeout ? { timeoutSeconds: it.timeout } : {}) };
    }
    const p = target(it.p);
    const pendingId = p?.id ?? `tr_missing_${run}`;
    const mismatch = it.mismatch && p ? { debitAccountId: p.credit } : {};
    if (it.k === 'void') return { ...base, kind: 'void', pendingId, ...mismatch };
    const full = p?.amount ?? 100;
    const amount = { full: undefined, exact: full, partial: 1 + (it.frac % full), over: full + 1 + (it.frac % 5), zero: 0 }[it.mode];
    return { ...base, kind: 'post', pendingId, ...(amount !== undefined ? { amount } : {}), ...mismatch };
  };

  let step = 0;
  for (const op of ops) {
    step++;
    if (op.t === 'open') {
      await openAcc(op.rule, LEDGER_IDS[op.ledger], `opened ${step}`);
    } else if (op.t === 'advance') {
      clock += op.ms;
    } else if (op.t === 'sweep') {
      const expected = modelSweep(state, clock, tmpId);
      const swept = await expireDuePendings(deps(), ctx, 100_000);
      const got = swept.map((x) => x.pendingId!).sort();
      if (JSON.stringify(got) !== JSON.stringify(expected)) throw new Error(describeDiff(step, op, 'pending transfers expired by the sweep', expected, got));
      const map = new Map<string, string>();
      for (const tr of state.transfers.values()) {
        if (tr.kind !== 'expire' || !tr.id.startsWith('tmp-')) continue;
        const real = swept.find((x) => x.pendingId === tr.pendingId)!;
        if (real.amount !== tr.amount || real.released !== tr.released || real.debitAccountId !== tr.debit) {
          throw new Error(describeDiff(step, op, 'an expiry transfer', tr, real));
        }
        map.set(tr.id, real.id);
      }
      for (let i = 0; i < expected.length; i++) count('expire (sweep)');
      rename(map);
    } else if (op.t === 'repeat') {
      // Mostly a request whose key is stored; sometimes any keyed request sent before.
      const from = op.pick % 3 !== 2 && keyedCreated.length ? keyedCreated : keyed;
      if (!from.length) continue;
      const prior = from[op.pick % from.length]!;
      const request = op.same ? { ...prior } : { ...prior, memo: `other body ${step}` };
      // A linked request is repeated with something after it, so that its chain is closed.
      const closer: TransferRequest[] = prior.linked ? [{ debitAccountId: src, creditAccountId: wallet, amount: 1, code: 'deposit' }] : [];
      await batch(step, op, [request, ...closer], step % 2 === 0);
    } else {
      await batch(step, op, op.items.map(toRequest), op.direct);
    }
    await compareBalances(step, op);
  }

  // Balances as of every instant the run passed through.
  for (const [at, accounts] of snapshots) {
    for (const m of accounts.values()) {
      const b = await balancesAt(deps(), staff, m.id, new Date(at));
      const got = { dp: b.debitsPending, dpo: b.debitsPosted, cp: b.creditsPending, cpo: b.creditsPosted };
      const want = { dp: m.dp, dpo: m.dpo, cp: m.cp, cpo: m.cpo };
      if (JSON.stringify(got) !== JSON.stringify(want)) throw new Error(describeDiff(step, `balancesAt ${new Date(at).toISOString()}`, `balances of ${m.id} as of then`, want, got));
    }
  }
  const rec = await reconcile(t.deps);
  if (!rec.ok) throw new Error(`run ${run}: reconcile failed: ${JSON.stringify(rec)}`);
}

test('the ledger agrees with a simple model on every result and every balance', async (tc) => {
  tc.diagnostic(`seed ${SEED}, ${RUNS} runs — replay with LEDGER_MODEL_SEED=${SEED}`);
  await fc.assert(
    fc.asyncProperty(fc.array(opArb, { minLength: 4, maxLength: 30 }), async (ops) => {
      await runOps(ops);
    }),
    {
      seed: SEED,
      numRuns: RUNS,
      verbose: Number(process.env.LEDGER_MODEL_VERBOSE ?? 0),
      // The path fast-check prints with a counterexample replays just that case.
      ...(process.env.LEDGER_MODEL_PATH ? { path: process.env.LEDGER_MODEL_PATH } : {}),
    },
  );
  const r = await reconcile(t.deps);
  assert.equal(r.ok, true);
  tc.diagnostic(`${runNo} runs, ${r.transfers} transfers, ${r.accounts} accounts, ${r.pendingOpen} pending open; reconcile ok`);
  tc.diagnostic(`outcomes: ${JSON.stringify(Object.fromEntries([...stats].sort()))}`);
});
