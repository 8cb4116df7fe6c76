// The ledger core against a real database (PGlite and PostgreSQL): concurrent transfers keep
// every balance rule and conserve money, double spends and double resolutions lose, idempotency
// keys answer once, pending transfers expire, linked chains are atomic, balances can be read as
// of past instants, and the database itself refuses writes that would break the invariants.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { sql } from 'drizzle-orm';
import { testApp, type TestApp } from '../../../../test/support/app.ts';
import { systemCtx, type RequestCtx } from '../../http/context.ts';
import { AppError } from '../../http/errors.ts';
import { newId } from '../../../shared/ids.ts';
import { LEDGERS, type BalanceRule } from '../../../shared/enums.ts';
import type { EngineRequest } from './ledger.engine.ts';
import {
  balancesAt,
  createTransfersIn,
  expireDuePendings,
  getAccount,
  openAccountIn,
  reconcile,
  submitTransfers,
  type BatchResultView,
  type TransferView,
} from './ledger.service.ts';
import { setAccountClosed } from './ledger.repo.ts';

let t: TestApp;
/** An operator's context: operators may read every account and book transfers. */
let staff: RequestCtx;
before(async () => {
  t = await testApp();
  const op = await t.person({ platformRole: 'operator' });
  staff = {
    actor: { kind: 'person', personId: op.personId, email: op.email, name: 'Ledger operator', platformRole: 'operator', via: 'session', scopes: 'all' },
    requestId: 'ledger-core-test',
    ip: null,
  };
});
after(async () => {
  await t.close();
});

/** The context of the expiry sweep, a system job. */
const ctx = systemCtx('ledger-core-test');

/** Opens a general account with a balance rule (on the cny ledger unless told). */
async function open(rule: BalanceRule, name = 'test account', ledger?: number) {
  const now = t.deps.now();
  return t.deps.db.db.transaction((tx) => openAccountIn(tx, { code: 'general', rule, name, ...(ledger !== undefined ? { ledger } : {}) }, now));
}

const submit = (requests: EngineRequest[]) => submitTransfers(t.deps, staff, requests);

/** Submits requests that must all be created; returns their transfers. */
async function ok(requests: EngineRequest[]): Promise<TransferView[]> {
  const r = await submit(requests);
  for (const x of r) assert.equal(x.status, 'created', `request ${x.index}: ${x.code} ${x.message}`);
  return r.map((x) => x.transfer!);
}

/** The one result of a one-request batch. */
async function one(request: EngineRequest): Promise<BatchResultView> {
  const [r] = await submit([request]);
  return r!;
}

/** A source account (rule none: it may go negative) and `amount` fen moved from it to `to`. */
async function fund(to: string, amount: number, ledger?: number): Promise<void> {
  const src = await open('none', 'funding source', ledger);
  await ok([{ debitAccountId: src.id, creditAccountId: to, amount, code: 'deposit' }]);
}

async function balances(id: string) {
  const a = await getAccount(t.deps, staff, id);
  return { dp: a.debitsPending, dpo: a.debitsPosted, cp: a.creditsPending, cpo: a.creditsPosted };
}

async function transferCount(accountIds: string[]): Promise<number> {
  const [r] = await t.deps.db.rows<{ n: number }>(
    sql`select count(*)::int as n from ledger_transfers where debit_account_id = any(${sql.param(accountIds)}::text[]) or credit_account_id = any(${sql.param(accountIds)}::text[])`,
  );
  return Number(r!.n);
}

async function assertReconciled(): Promise<void> {
  const r = await reconcile(t.deps);
  assert.deepEqual(r.mismatches, [], 'stored balances equal the sums of the transfers');
  assert.deepEqual(r.ruleBreaks, []);
  for (const l of r.ledgers) assert.ok(l.balanced, `ledger ${l.ledger} balances: ${JSON.stringify(l)}`);
  assert.equal(r.ok, true);
}

/** A small seeded PRNG (mulberry32), so a run's choices can be replayed. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let x = a;
    x = Math.imul(x ^ (x >>> 15), x | 1);
    x ^= x + Math.imul(x ^ (x >>> 7), x | 61);
    return ((x ^ (x >>> 14)) >>> 0) / 4294967296;
  };
}

/** Balances four fields wide, as the test computes them from the transfers it saw acknowledged. */
type Bal = { dp: number; dpo: number; cp: number; cpo: number };
function applyTransfer(book: Map<string, Bal>, tr: TransferView): void {
  const d = book.get(tr.debitAccountId) ?? { dp: 0, dpo: 0, cp: 0, cpo: 0 };
  const c = book.get(tr.creditAccountId) ?? { dp: 0, dpo: 0, cp: 0, cpo: 0 };
  if (tr.kind === 'pending') {
    d.dp += tr.amount;
    c.cp += tr.amount;
  } else if (tr.kind === 'single') {
    d.dpo += tr.amount;
    c.cpo += tr.amount;
  } else {
    d.dp -= tr.released;
    c.cp -= tr.released;
    if (tr.kind === 'post') {
      d.dpo += tr.amount;
      c.cpo += tr.amount;
    }
  }
  book.set(tr.debitAccountId, d);
  book.set(tr.creditAccountId, c);
}

test('bank: concurrent workers moving money among hot accounts conserve it and never break a balance rule', async (tc) => {
  const seed = Number(process.env.LEDGER_BANK_SEED ?? Date.now() % 1_000_000);
  tc.diagnostic(`bank seed ${seed} (LEDGER_BANK_SEED=${seed} replays the choices; interleaving still varies)`);
  const rnd = prng(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)]!;
  const int = (lo: number, hi: number) => lo + Math.floor(rnd() * (hi - lo + 1));

  const src = await open('none', 'bank source');
  const hot: Awaited<ReturnType<typeof open>>[] = [];
  for (let i = 0; i < 4; i++) hot.push(await open('debits_must_not_exceed_credits', `hot ${i}`));
  const qsrc = await open('none', 'quota source', LEDGERS.cny_quota);
  const qhot = [await open('debits_must_not_exceed_credits', 'quota 0', LEDGERS.cny_quota), await open('debits_must_not_exceed_credits', 'quota 1', LEDGERS.cny_quota)];
  const ids = [src.id, ...hot.map((a) => a.id), qsrc.id, ...qhot.map((a) => a.id)];

  const acked: TransferView[] = [];
  const failures = new Map<string, number>();
  const thrown: unknown[] = [];
  const record = (rs: BatchResultView[]) => {
    for (const r of rs) {
      if (r.status === 'created') acked.push(r.transfer!);
      else if (r.status === 'failed') failures.set(r.code!, (failures.get(r.code!) ?? 0) + 1);
      else assert.fail(`no idempotency keys are used here, yet a result was ${r.status}`);
    }
  };
  record(await submit(hot.map((h) => ({ debitAccountId: src.id, creditAccountId: h.id, amount: 50_000, code: 'deposit' as const }))));
  record(await submit(qhot.map((h) => ({ debitAccountId: qsrc.id, creditAccountId: h.id, amount: 20_000, code: 'quota' as const }))));

  // Pending transfers any worker may try to resolve: two workers may race for one.
  const pendings: TransferView[] = [];
  const twoHot = () => {
    const a = pick(hot);
    let b = pick(hot);
    while (b.id === a.id) b = pick(hot);
    return [a.id, b.id] as const;
  };
  // Choices are drawn before the first await of each step so that a seed fixes them.
  async function worker(): Promise<void> {
    for (let i = 0; i < 25; i++) {
      const op = int(0, 9);
      let batch: EngineRequest[];
      if (op <= 2) {
        const [d, c] = twoHot();
        batch = [{ debitAccountId: d, creditAccountId: c, amount: int(1, 25_000), code: 'transfer' }];
      } else if (op === 3) {
        batch = [];
        for (let k = int(2, 6); k > 0; k--) {
          const [d, c] = twoHot();
          batch.push({ debitAccountId: d, creditAccountId: c, amount: int(1, 15_000), code: 'transfer' });
        }
      } else if (op === 4) {
        const [d, c] = twoHot();
        batch = [{ kind: 'pending', debitAccountId: d, creditAccountId: c, amount: int(1, 20_000), code: 'transfer' }];
      } else if (op === 5 && pendings.length) {
        const p = pick(pendings);
        const how = int(0, 2);
        batch = [how === 0 ? { kind: 'void', pendingId: p.id, code: 'transfer' } : { kind: 'post', pendingId: p.id, code: 'transfer', ...(how === 2 ? { amount: int(1, p.amount) } : {}) }];
      } else if (op === 6) {
        // A linked pair: a → b and b → c succeed or fail together.
        const [a, b] = twoHot();
        let c = pick(hot).id;
        while (c === b) c = pick(hot).id;
        batch = [
          { debitAccountId: a, creditAccountId: b, amount: int(1, 30_000), code: 'transfer', linked: true },
          { debitAccountId: b, creditAccountId: c, amount: int(1, 30_000), code: 'transfer' },
        ];
      } else if (op === 7) {
        const [d, c] = rnd() < 0.5 ? [qhot[0]!.id, qhot[1]!.id] : [qhot[1]!.id, rnd() < 0.5 ? qhot[0]!.id : qsrc.id];
        batch = [{ debitAccountId: d, creditAccountId: c, amount: int(1, 12_000), code: 'quota' }];
      } else if (op === 8) {
        // Across ledgers: always refused, and never half-applied in a batch.
        const [d, c] = twoHot();
        batch = [
          { debitAccountId: d, creditAccountId: c, amount: int(1, 5_000), code: 'transfer' },
          { debitAccountId: pick(hot).id, creditAccountId: pick(qhot).id, amount: 1, code: 'transfer' },
        ];
      } else {
        // A pending and a single in one linked chain.
        const [d, c] = twoHot();
        batch = [
          { kind: 'pending', debitAccountId: d, creditAccountId: c, amount: int(1, 10_000), code: 'transfer', linked: true },
          { debitAccountId: c, creditAccountId: d, amount: int(1, 10_000), code: 'transfer' },
        ];
      }
      try {
        const rs = await submit(batch);
        record(rs);
        for (const r of rs) if (r.status === 'created' && r.transfer!.kind === 'pending') pendings.push(r.transfer!);
      } catch (err) {
        thrown.push(err);
      }
    }
  }
  await Promise.all(Array.from({ length: 20 }, () => worker()));

  assert.deepEqual(thrown, [], 'no batch threw (no deadlock, no constraint the engine missed)');
  for (const code of failures.keys()) {
    assert.ok(['exceeds_credits', 'linked_event_failed', 'ledger_mismatch', 'pending_already_resolved'].includes(code), `unexpected failure ${code}`);
  }
  assert.ok((failures.get('exceeds_credits') ?? 0) > 0, 'the hot accounts ran dry at times (the test had contention)');
  assert.ok(acked.length > 50, `enough transfers were created (${acked.length})`);

  // What the database holds is exactly what was acknowledged: no more, no less.
  assert.equal(await transferCount(ids), acked.length);
  const book = new Map<string, Bal>();
  for (const tr of acked) applyTransfer(book, tr);
  const perLedger = new Map<number, Bal>();
  for (const id of ids) {
    const stored = await getAccount(t.deps, staff, id);
    const expected = book.get(id) ?? { dp: 0, dpo: 0, cp: 0, cpo: 0 };
    assert.deepEqual({ dp: stored.debitsPending, dpo: stored.debitsPosted, cp: stored.creditsPending, cpo: stored.creditsPosted }, expected, `account ${stored.name}`);
    if (stored.rule === 'debits_must_not_exceed_credits') {
      assert.ok(stored.debitsPending + stored.debitsPosted <= stored.creditsPosted, `${stored.name} keeps its rule`);
    }
    const l = perLedger.get(stored.ledger) ?? { dp: 0, dpo: 0, cp: 0, cpo: 0 };
    l.dp += stored.debitsPending;
    l.dpo += stored.debitsPosted;
    l.cp += stored.creditsPending;
    l.cpo += stored.creditsPosted;
    perLedger.set(stored.ledger, l);
  }
  for (const [ledger, l] of perLedger) {
    assert.equal(l.dpo, l.cpo, `ledger ${ledger}: posted debits equal posted credits`);
    assert.equal(l.dp, l.cp, `ledger ${ledger}: pending debits equal pending credits`);
  }
  // Money in = money held: the source lent exactly what the hot accounts hold together.
  const held = hot.reduce((s, h) => s + (book.get(h.id)!.cpo - book.get(h.id)!.dpo), 0);
  assert.equal(held, 4 * 50_000);
  await assertReconciled();
  tc.diagnostic(`bank: ${acked.length} transfers created, failures ${JSON.stringify(Object.fromEntries(failures))}`);
});

test('double spend: M concurrent debits against an account that covers exactly B of them → exactly B succeed', async () => {
  const B = 7;
  const M = 40;
  const payer = await open('debits_must_not_exceed_credits', 'payer');
  const payee = await open('none', 'payee');
  await fund(payer.id, B * 100);
  const rs = await Promise.all(Array.from({ length: M }, () => one({ debitAccountId: payer.id, creditAccountId: payee.id, amount: 100, code: 'transfer' })));
  assert.equal(rs.filter((r) => r.status === 'created').length, B);
  assert.deepEqual(
    rs.filter((r) => r.status !== 'created').map((r) => r.code),
    Array(M - B).fill('exceeds_credits'),
  );
  assert.deepEqual(await balances(payer.id), { dp: 0, dpo: B * 100, cp: 0, cpo: B * 100 });

  // Pending debits count against the limit as well.
  const p2 = await open('debits_must_not_exceed_credits', 'payer 2');
  await fund(p2.id, B * 100);
  const ps = await Promise.all(Array.from({ length: M }, () => one({ kind: 'pending', debitAccountId: p2.id, creditAccountId: payee.id, amount: 100, code: 'transfer' })));
  const won = ps.filter((r) => r.status === 'created');
  assert.equal(won.length, B);
  assert.ok(ps.every((r) => r.status === 'created' || r.code === 'exceeds_credits'));
  assert.deepEqual(await balances(p2.id), { dp: B * 100, dpo: 0, cp: 0, cpo: B * 100 });
  // Voiding them makes the money spendable again.
  await ok(won.map((r) => ({ kind: 'void' as const, pendingId: r.transfer!.id, code: 'transfer' as const })));
  assert.deepEqual(await balances(p2.id), { dp: 0, dpo: 0, cp: 0, cpo: B * 100 });

  // The mirror rule: an account whose credits may not exceed its debits takes exactly B credits.
  const sink = await open('credits_must_not_exceed_debits', 'sink');
  const other = await open('none', 'other');
  await ok([{ debitAccountId: sink.id, creditAccountId: other.id, amount: B * 100, code: 'transfer' }]);
  const cs = await Promise.all(Array.from({ length: M }, () => one({ debitAccountId: payee.id, creditAccountId: sink.id, amount: 100, code: 'transfer' })));
  assert.equal(cs.filter((r) => r.status === 'created').length, B);
  assert.ok(cs.every((r) => r.status === 'created' || r.code === 'exceeds_debits'));
  await assertReconciled();
});

test('idempotency under concurrency: K identical requests create one transfer; another body with the key conflicts', async () => {
  const K = 25;
  const a = await open('debits_must_not_exceed_credits', 'idem payer');
  const b = await open('none', 'idem payee');
  await fund(a.id, 10_000);
  const key = `idem-${newId('transfer')}`;
  const body: EngineRequest = { key, debitAccountId: a.id, creditAccountId: b.id, amount: 1234, code: 'transfer', memo: 'once' };
  const rs = await Promise.all(Array.from({ length: K }, () => one({ ...body })));
  const created = rs.filter((r) => r.status === 'created');
  assert.equal(created.length, 1, 'one request created the transfer');
  assert.equal(rs.filter((r) => r.status === 'exists').length, K - 1, 'the others were told it exists');
  const first = created[0]!.transfer!;
  for (const r of rs) {
    const { seq: _seq, ...same } = r.transfer!;
    assert.deepEqual(same, first, 'every answer names the same transfer with the same fields');
  }
  assert.equal(await transferCount([a.id]), 2, 'the funding and one transfer');
  assert.deepEqual(await balances(a.id), { dp: 0, dpo: 1234, cp: 0, cpo: 10_000 });

  // Later, the same key and body still answer the first transfer; another body conflicts.
  const again = await one({ ...body });
  assert.equal(again.status, 'exists');
  assert.equal(again.transfer!.id, first.id);
  const conflict = await one({ ...body, amount: 1235 });
  assert.equal(conflict.status, 'failed');
  assert.equal(conflict.code, 'idempotency_conflict');
  const conflict2 = await one({ ...body, memo: 'other memo' });
  assert.equal(conflict2.code, 'idempotency_conflict');

  // One fresh key sent concurrently with K different bodies on disjoint accounts: one wins; the
  // others are refused as conflicts (as a result, or as a thrown AppError when the unique key
  // index caught the race), and nothing else is written.
  const key2 = `idem2-${newId('transfer')}`;
  const pairs = [];
  for (let i = 0; i < 8; i++) pairs.push([await open('none', `x${i}`), await open('none', `y${i}`)] as const);
  const settled = await Promise.allSettled(pairs.map(([x, y], i) => one({ key: key2, debitAccountId: x.id, creditAccountId: y.id, amount: 100 + i, code: 'transfer' })));
  let wins = 0;
  for (const s of settled) {
    if (s.status === 'fulfilled') {
      if (s.value.status === 'created') wins++;
      else assert.equal(s.value.code, 'idempotency_conflict');
    } else {
      assert.ok(s.reason instanceof AppError && s.reason.code === 'idempotency_conflict', `thrown: ${String(s.reason)}`);
    }
  }
  assert.equal(wins, 1);
  assert.equal(await transferCount(pairs.flatMap(([x, y]) => [x.id, y.id])), 1);
  await assertReconciled();
});

test('an idempotent replay answers exactly what the first answer said', async () => {
  const a = await open('none', 'replay a');
  const b = await open('none', 'replay b');
  const body: EngineRequest = { key: `replay-${newId('transfer')}`, debitAccountId: a.id, creditAccountId: b.id, amount: 5, code: 'transfer' };
  const first = await one(body);
  const replay = await one(body);
  assert.equal(first.status, 'created');
  assert.equal(replay.status, 'exists');
  assert.deepEqual(replay.transfer, first.transfer);
});

test('post versus void: of many concurrent resolutions of one pending transfer exactly one wins', async () => {
  const a = await open('debits_must_not_exceed_credits', 'race payer');
  const b = await open('none', 'race payee');
  await fund(a.id, 100_000);
  const winners: string[] = [];
  let posted = 0;
  for (let round = 0; round < 6; round++) {
    const [p] = await ok([{ kind: 'pending', debitAccountId: a.id, creditAccountId: b.id, amount: 1000, code: 'transfer' }]);
    const attempts: EngineRequest[] = [];
    for (let i = 0; i < 24; i++) {
      // Rotate which kind is sent first so that different kinds get to win.
      const k = (i + round) % 3;
      attempts.push(k === 0 ? { kind: 'void', pendingId: p!.id, code: 'transfer' } : { kind: 'post', pendingId: p!.id, code: 'transfer', ...(k === 2 ? { amount: 400 } : {}) });
    }
    const rs = await Promise.all(attempts.map((r) => one(r)));
    const won = rs.filter((r) => r.status === 'created');
    assert.equal(won.length, 1, `round ${round}: one resolution`);
    assert.deepEqual(
      rs.filter((r) => r.status !== 'created').map((r) => r.code),
      Array(23).fill('pending_already_resolved'),
    );
    const w = won[0]!.transfer!;
    assert.equal(w.released, 1000);
    winners.push(w.kind === 'post' ? `post ${w.amount}` : w.kind);
    if (w.kind === 'post') posted += w.amount;
    assert.deepEqual(await balances(a.id), { dp: 0, dpo: posted, cp: 0, cpo: 100_000 }, `round ${round}`);
  }
  assert.deepEqual(await balances(b.id), { dp: 0, dpo: 0, cp: 0, cpo: posted });
  await assertReconciled();
});

test('post: partial, over the pending amount, mismatched, of no pending transfer', async () => {
  const a = await open('debits_must_not_exceed_credits', 'post payer');
  const b = await open('credits_must_not_exceed_debits', 'post payee');
  const c = await open('none', 'other');
  await fund(a.id, 5000);
  await ok([{ debitAccountId: b.id, creditAccountId: c.id, amount: 5000, code: 'transfer' }]);
  const [p] = await ok([{ kind: 'pending', debitAccountId: a.id, creditAccountId: b.id, amount: 1000, code: 'transfer' }]);
  assert.deepEqual(await balances(a.id), { dp: 1000, dpo: 0, cp: 0, cpo: 5000 });
  assert.deepEqual(await balances(b.id), { dp: 0, dpo: 5000, cp: 1000, cpo: 0 });

  const over = await one({ kind: 'post', pendingId: p!.id, amount: 1001, code: 'transfer' });
  assert.equal(over.code, 'exceeds_pending_amount');
  const mismatch = await one({ kind: 'post', pendingId: p!.id, debitAccountId: c.id, code: 'transfer' });
  assert.equal(mismatch.code, 'pending_mismatch');
  const [single] = await ok([{ debitAccountId: c.id, creditAccountId: a.id, amount: 1, code: 'transfer' }]);
  assert.equal((await one({ kind: 'post', pendingId: single!.id, code: 'transfer' })).code, 'pending_not_found');
  assert.equal((await one({ kind: 'void', pendingId: 'tr_nonexistent', code: 'transfer' })).code, 'pending_not_found');
  assert.equal((await one({ kind: 'post', pendingId: p!.id, amount: 0, code: 'transfer' })).code, 'validation_failed');
  assert.equal((await one({ kind: 'void', pendingId: p!.id, amount: 10, code: 'transfer' })).code, 'validation_failed');

  const part = await one({ kind: 'post', pendingId: p!.id, amount: 300, code: 'transfer' });
  assert.equal(part.status, 'created');
  assert.equal(part.transfer!.amount, 300);
  assert.equal(part.transfer!.released, 1000);
  // The 700 not posted return to the payer; the payee takes 300.
  assert.deepEqual(await balances(a.id), { dp: 0, dpo: 300, cp: 0, cpo: 5001 });
  assert.deepEqual(await balances(b.id), { dp: 0, dpo: 5000, cp: 0, cpo: 300 });
  assert.equal((await one({ kind: 'post', pendingId: p!.id, amount: 1, code: 'transfer' })).code, 'pending_already_resolved');
  assert.equal((await one({ kind: 'void', pendingId: p!.id, code: 'transfer' })).code, 'pending_already_resolved');
  await assertReconciled();
});

test('amounts: at most 2^53 − 1 fen per balance; closed accounts take no new transfers but their pendings resolve', async () => {
  // A ledger of its own, so that these huge amounts stay out of the other tests' totals.
  const a = await open('none', 'huge a', 7001);
  const b = await open('none', 'huge b', 7001);
  assert.equal((await one({ debitAccountId: a.id, creditAccountId: b.id, amount: Number.MAX_SAFE_INTEGER + 1, code: 'transfer' })).code, 'validation_failed');
  assert.equal((await one({ debitAccountId: a.id, creditAccountId: b.id, amount: 1.5, code: 'transfer' })).code, 'validation_failed');
  assert.equal((await one({ debitAccountId: a.id, creditAccountId: a.id, amount: 1, code: 'transfer' })).code, 'accounts_must_differ');
  assert.equal((await one({ debitAccountId: a.id, creditAccountId: 'acc_missing', amount: 1, code: 'transfer' })).code, 'account_not_found');
  assert.equal((await one({ debitAccountId: a.id, creditAccountId: b.id, amount: 1, ledger: LEDGERS.cny, code: 'transfer' })).code, 'ledger_mismatch');
  await ok([{ debitAccountId: a.id, creditAccountId: b.id, amount: Number.MAX_SAFE_INTEGER, code: 'transfer' }]);
  assert.equal((await one({ debitAccountId: a.id, creditAccountId: b.id, amount: 1, code: 'transfer' })).code, 'amount_overflow');
  assert.equal((await one({ kind: 'pending', debitAccountId: b.id, creditAccountId: a.id, amount: 1, code: 'transfer' })).status, 'created');
  assert.deepEqual(await balances(a.id), { dp: 0, dpo: Number.MAX_SAFE_INTEGER, cp: 1, cpo: 0 });

  const c = await open('debits_must_not_exceed_credits', 'closing');
  const d = await open('none', 'other side');
  await fund(c.id, 100);
  const [p] = await ok([{ kind: 'pending', debitAccountId: c.id, creditAccountId: d.id, amount: 40, code: 'transfer' }]);
  await setAccountClosed(t.deps.db.db, c.id, true);
  assert.equal((await one({ debitAccountId: c.id, creditAccountId: d.id, amount: 1, code: 'transfer' })).code, 'account_closed');
  assert.equal((await one({ debitAccountId: d.id, creditAccountId: c.id, amount: 1, code: 'transfer' })).code, 'account_closed');
  assert.equal((await one({ kind: 'post', pendingId: p!.id, code: 'transfer' })).status, 'created');
  assert.deepEqual(await balances(c.id), { dp: 0, dpo: 40, cp: 0, cpo: 100 });
  // The database refuses a raw transfer into a closed account too.
  await refused(rawTransfer({ kind: 'single', debit: d.id, credit: c.id, amount: 1, createdAt: t.deps.now() }), '23514', /closed/);
  await assertReconciled();
});

test('expiry: a lapsed pending transfer cannot be posted; the sweep expires it once and releases the money', async () => {
  const a = await open('debits_must_not_exceed_credits', 'expiry payer');
  const b = await open('none', 'expiry payee');
  await fund(a.id, 3000);
  const [p1, p2, p3] = await ok([
    { kind: 'pending', debitAccountId: a.id, creditAccountId: b.id, amount: 1000, code: 'transfer', timeoutSeconds: 60 },
    { kind: 'pending', debitAccountId: a.id, creditAccountId: b.id, amount: 500, code: 'transfer', timeoutSeconds: 60 },
    { kind: 'pending', debitAccountId: a.id, creditAccountId: b.id, amount: 200, code: 'transfer' },
  ]);
  assert.equal(new Date(p1!.timeoutAt!).getTime() - new Date(p1!.createdAt).getTime(), 60_000);
  assert.equal(p3!.timeoutAt, null);
  // The money reserved is not available, so a debit of the rest fails.
  assert.equal((await one({ debitAccountId: a.id, creditAccountId: b.id, amount: 1301, code: 'transfer' })).code, 'exceeds_credits');

  t.advance(30_000);
  const early = await expireDuePendings(t.deps, ctx);
  assert.ok(!early.some((e) => [p1!.id, p2!.id].includes(e.pendingId!)), 'nothing lapsed before its timeout');

  t.advance(31_000);
  assert.equal((await one({ kind: 'post', pendingId: p1!.id, code: 'transfer' })).code, 'pending_expired');
  assert.equal((await one({ kind: 'void', pendingId: p1!.id, code: 'transfer' })).code, 'pending_expired');
  assert.deepEqual(await balances(a.id), { dp: 1700, dpo: 0, cp: 0, cpo: 3000 }, 'a lapsed reservation holds until the sweep');

  const swept = await expireDuePendings(t.deps, ctx);
  const mine = swept.filter((e) => [p1!.id, p2!.id].includes(e.pendingId!));
  assert.equal(mine.length, 2);
  for (const e of mine) {
    assert.equal(e.kind, 'expire');
    assert.equal(e.debitAccountId, a.id);
    assert.equal(e.amount, e.released);
  }
  assert.deepEqual(await balances(a.id), { dp: 200, dpo: 0, cp: 0, cpo: 3000 }, 'the reservations were released');
  assert.deepEqual(await balances(b.id), { dp: 0, dpo: 0, cp: 200, cpo: 0 });
  assert.deepEqual(await expireDuePendings(t.deps, ctx), [], 'a second sweep does nothing');
  assert.equal((await one({ kind: 'post', pendingId: p1!.id, code: 'transfer' })).code, 'pending_already_resolved');

  // At the boundary, with the clock set exactly: before the timeout a post goes through; at it, it
  // is expired, and only from then may the expiry be written.
  const [q1, q2] = await ok([
    { kind: 'pending', debitAccountId: a.id, creditAccountId: b.id, amount: 100, code: 'transfer', timeoutSeconds: 10 },
    { kind: 'pending', debitAccountId: a.id, creditAccountId: b.id, amount: 100, code: 'transfer', timeoutSeconds: 10 },
  ]);
  const timeout = new Date(q1!.timeoutAt!).getTime();
  const at = (ms: number, reqs: EngineRequest[]) => t.deps.db.db.transaction((tx) => createTransfersIn(tx, reqs, { now: new Date(ms), createdBy: 'test' }));
  const [justBefore] = await at(timeout - 1, [{ kind: 'post', pendingId: q1!.id, code: 'transfer' }]);
  assert.equal(justBefore!.status, 'created');
  const [atTimeout] = await at(timeout, [{ kind: 'post', pendingId: q2!.id, code: 'transfer' }]);
  assert.equal(atTimeout!.status === 'failed' && atTimeout!.code, 'pending_expired');
  const [tooEarly] = await at(timeout - 1, [{ kind: 'expire', pendingId: q2!.id, code: 'transfer' }]);
  assert.equal(tooEarly!.status === 'failed' && tooEarly!.code, 'invalid_state');
  const [expired] = await at(timeout, [{ kind: 'expire', pendingId: q2!.id, code: 'transfer' }]);
  assert.equal(expired!.status, 'created');
  assert.deepEqual(await balances(a.id), { dp: 200, dpo: 100, cp: 0, cpo: 3000 });

  // Concurrent sweeps expire each lapsed pending transfer exactly once.
  const many = await ok(Array.from({ length: 12 }, () => ({ kind: 'pending' as const, debitAccountId: a.id, creditAccountId: b.id, amount: 10, code: 'transfer' as const, timeoutSeconds: 1 })));
  // The boundary checks above stamped transfers up to `timeout`, ahead of the test clock; later
  // transfers on these accounts are stamped no earlier, so wait past that too.
  t.advance(Math.max(2000, timeout - t.deps.now().getTime() + 2000));
  const sweeps = await Promise.all(Array.from({ length: 6 }, () => expireDuePendings(t.deps, ctx)));
  const expiredIds = sweeps.flat().map((e) => e.pendingId!).filter((id) => many.some((m) => m.id === id));
  assert.deepEqual(expiredIds.sort(), many.map((m) => m.id).sort());
  assert.deepEqual(await balances(a.id), { dp: 200, dpo: 100, cp: 0, cpo: 3000 });
  await assertReconciled();
});

test('linked chains: one failing member fails the whole chain and writes nothing; an open chain is refused', async () => {
  const a = await open('debits_must_not_exceed_credits', 'chain a');
  const b = await open('debits_must_not_exceed_credits', 'chain b');
  const c = await open('none', 'chain c');
  await fund(a.id, 1000);
  const [p] = await ok([{ kind: 'pending', debitAccountId: a.id, creditAccountId: c.id, amount: 100, code: 'transfer' }]);
  const before = await Promise.all([a, b, c].map((x) => balances(x.id)));
  const count = await transferCount([a.id, b.id, c.id]);

  const rs = await submit([
    { debitAccountId: a.id, creditAccountId: b.id, amount: 500, code: 'transfer', linked: true },
    { kind: 'post', pendingId: p!.id, code: 'transfer', linked: true },
    { kind: 'pending', debitAccountId: b.id, creditAccountId: c.id, amount: 200, code: 'transfer', linked: true },
    { debitAccountId: b.id, creditAccountId: c.id, amount: 301, code: 'transfer' }, // b holds 500, 200 reserved
  ]);
  assert.deepEqual(
    rs.map((r) => r.code),
    ['linked_event_failed', 'linked_event_failed', 'linked_event_failed', 'exceeds_credits'],
  );
  assert.equal(await transferCount([a.id, b.id, c.id]), count, 'nothing written');
  assert.deepEqual(await Promise.all([a, b, c].map((x) => balances(x.id))), before, 'no balance moved');
  // The post that was rolled back with the chain did not resolve the pending transfer.
  assert.equal((await one({ kind: 'post', pendingId: p!.id, amount: 50, code: 'transfer' })).status, 'created');

  // Chains are independent of the requests around them; the same chain that fits succeeds.
  const mixed = await submit([
    { debitAccountId: a.id, creditAccountId: c.id, amount: 10, code: 'transfer' },
    { debitAccountId: a.id, creditAccountId: b.id, amount: 100, code: 'transfer', linked: true },
    { debitAccountId: b.id, creditAccountId: c.id, amount: 101, code: 'transfer' },
    { debitAccountId: a.id, creditAccountId: b.id, amount: 100, code: 'transfer', linked: true },
    { debitAccountId: b.id, creditAccountId: c.id, amount: 100, code: 'transfer' },
    { debitAccountId: a.id, creditAccountId: c.id, amount: 20, code: 'transfer' },
  ]);
  assert.deepEqual(
    mixed.map((r) => r.status === 'created' ? 'created' : r.code),
    ['created', 'linked_event_failed', 'exceeds_credits', 'created', 'created', 'created'],
  );
  assert.equal(mixed[3]!.transfer!.chainId, mixed[4]!.transfer!.chainId);
  assert.ok(mixed[3]!.transfer!.chainId);
  assert.equal(mixed[0]!.transfer!.chainId, null);

  // A batch that ends inside a chain: the chain is open, so none of it is written.
  const countBefore = await transferCount([a.id, b.id, c.id]);
  const open1 = await submit([
    { debitAccountId: a.id, creditAccountId: c.id, amount: 1, code: 'transfer' },
    { debitAccountId: a.id, creditAccountId: c.id, amount: 1, code: 'transfer', linked: true },
    { debitAccountId: a.id, creditAccountId: c.id, amount: 1, code: 'transfer', linked: true },
  ]);
  assert.equal(open1[0]!.status, 'created');
  assert.equal(open1[2]!.code, 'linked_chain_open');
  assert.ok(['linked_chain_open', 'linked_event_failed'].includes(open1[1]!.code!));
  assert.equal(await transferCount([a.id, b.id, c.id]), countBefore + 1);
  await assertReconciled();
});

test('balances as of past instants', async () => {
  const a = await open('debits_must_not_exceed_credits', 'history');
  const src = await open('none', 'history source');
  const t0 = t.deps.now();
  const [f] = await ok([{ debitAccountId: src.id, creditAccountId: a.id, amount: 1000, code: 'deposit' }]);
  t.advance(1000);
  const [p] = await ok([{ kind: 'pending', debitAccountId: a.id, creditAccountId: src.id, amount: 300, code: 'transfer' }]);
  t.advance(1000);
  const [post] = await ok([{ kind: 'post', pendingId: p!.id, amount: 200, code: 'transfer' }]);
  t.advance(1000);
  const [s] = await ok([{ debitAccountId: a.id, creditAccountId: src.id, amount: 50, code: 'transfer' }]);

  const asOf = async (at: Date) => {
    const r = await balancesAt(t.deps, staff, a.id, at);
    return [r.debitsPending, r.debitsPosted, r.creditsPending, r.creditsPosted, r.balance, r.available];
  };
  const ms = (v: TransferView) => new Date(v.createdAt).getTime();
  assert.ok(ms(f!) >= t0.getTime());
  assert.deepEqual(await asOf(new Date(ms(f!) - 1)), [0, 0, 0, 0, 0, 0]);
  assert.deepEqual(await asOf(new Date(ms(f!))), [0, 0, 0, 1000, 1000, 1000]);
  assert.deepEqual(await asOf(new Date(ms(p!) - 1)), [0, 0, 0, 1000, 1000, 1000]);
  assert.deepEqual(await asOf(new Date(ms(p!))), [300, 0, 0, 1000, 1000, 700]);
  assert.deepEqual(await asOf(new Date(ms(post!) - 1)), [300, 0, 0, 1000, 1000, 700]);
  assert.deepEqual(await asOf(new Date(ms(post!))), [0, 200, 0, 1000, 800, 800]);
  assert.deepEqual(await asOf(new Date(ms(s!))), [0, 250, 0, 1000, 750, 750]);
  assert.deepEqual(await asOf(t.deps.now()), [0, 250, 0, 1000, 750, 750]);
  const now = await getAccount(t.deps, staff, a.id);
  assert.deepEqual([now.debitsPending, now.debitsPosted, now.creditsPending, now.creditsPosted, now.balance, now.available], [0, 250, 0, 1000, 750, 750]);
  await assert.rejects(balancesAt(t.deps, staff, 'acc_missing', t0), (e: unknown) => e instanceof AppError && e.code === 'not_found');
});

test('balances as of past instants never show a broken rule, even when a transfer waited for a lock', async () => {
  // A debit reads the clock, then waits for its account while another writer, whose clock reads
  // later, funds the account and commits. If the debit keeps its earlier time, the history shows
  // the account spending money it did not yet have.
  const a = await open('debits_must_not_exceed_credits', 'late history');
  const src = await open('none', 'late source');
  const other = await open('none', 'late other');
  let debit: Promise<BatchResultView[]> | undefined;
  const deposit = await t.deps.db.db.transaction(async (tx) => {
    await tx.execute(sql`select id from ledger_accounts where id = ${a.id} for update`);
    debit = submit([{ debitAccountId: a.id, creditAccountId: other.id, amount: 100, code: 'transfer' }]);
    t.advance(1000);
    const [r] = await createTransfersIn(tx, [{ debitAccountId: src.id, creditAccountId: a.id, amount: 100, code: 'deposit' }], { now: t.deps.now(), createdBy: 'test' });
    assert.equal(r!.status, 'created');
    return r!.status === 'created' ? r!.transfer : undefined;
  });
  const [d] = await debit!;
  assert.equal(d!.status, 'created', 'the debit saw the deposit');
  const instants = [new Date(d!.transfer!.createdAt), deposit!.createdAt].sort((x, y) => x.getTime() - y.getTime());
  for (const at of instants) {
    const b = await balancesAt(t.deps, staff, a.id, at);
    assert.ok(b.debitsPending + b.debitsPosted <= b.creditsPosted, `as of ${at.toISOString()} the account had spent ${b.debitsPosted} of ${b.creditsPosted}`);
  }
});

test('a pending transfer with an absurd timeout is refused as invalid, not a crash', async () => {
  const a = await open('none', 'far future a');
  const b = await open('none', 'far future b');
  // 300 billion seconds is about 9,500 years: the timeout falls after the year 9999.
  for (const timeoutSeconds of [300_000_000_000, 10_000_000_000_000]) {
    const r = await one({ kind: 'pending', debitAccountId: a.id, creditAccountId: b.id, amount: 1, code: 'transfer', timeoutSeconds });
    assert.ok(r.status === 'created' || r.code === 'validation_failed', `timeoutSeconds ${timeoutSeconds}: ${r.status} ${r.code}`);
  }
});

/** Asserts that a raw SQL statement is refused by the database with this SQLSTATE. */
async function refused(q: ReturnType<typeof sql>, sqlstate: string, message?: RegExp): Promise<void> {
  await assert.rejects(t.deps.db.rows(q), (err: any) => {
    const e = err?.cause ?? err;
    assert.equal(e.code, sqlstate, `${e.code}: ${e.message}`);
    if (message) assert.match(e.message, message);
    return true;
  });
}

/** A raw INSERT of one transfer row, bypassing the service and the engine. */
function rawTransfer(r: {
  kind: string;
  debit: string;
  credit: string;
  amount: number;
  released?: number;
  pendingId?: string | null;
  timeoutAt?: Date | null;
  createdAt: Date;
  ledger?: number;
}) {
  return sql`insert into ledger_transfers (id, kind, ledger, code, debit_account_id, credit_account_id, amount, released, pending_id, timeout_at, created_at)
    values (${newId('transfer')}, ${r.kind}, ${r.ledger ?? LEDGERS.cny}, 'correction', ${r.debit}, ${r.credit}, ${r.amount}, ${r.released ?? 0},
            ${r.pendingId ?? null}, ${r.timeoutAt ? r.timeoutAt.toISOString() : null}::timestamptz, ${r.createdAt.toISOString()}::timestamptz)`;
}

test('the database refuses by itself: changing transfers, moving balances by hand, breaking rules, resolving twice or late', async () => {
  const a = await open('debits_must_not_exceed_credits', 'guarded a');
  const b = await open('none', 'guarded b');
  await fund(a.id, 1000);
  const [tr] = await ok([{ debitAccountId: a.id, creditAccountId: b.id, amount: 100, code: 'transfer' }]);

  // Transfers are immutable.
  await refused(sql`update ledger_transfers set amount = 1 where id = ${tr!.id}`, '42501', /append-only/);
  await refused(sql`update ledger_transfers set memo = 'edited' where id = ${tr!.id}`, '42501', /append-only/);
  await refused(sql`delete from ledger_transfers where id = ${tr!.id}`, '42501', /append-only/);
  // TRUNCATE is tried inside a transaction rolled back in any case, so that a failure of this
  // test cannot empty the table for the others.
  for (const [stmt, sqlstate] of [
    [sql`truncate ledger_transfers cascade`, '42501'],
    [sql`truncate ledger_transfers`, null],
  ] as const) {
    await assert.rejects(
      t.deps.db.db.transaction(async (tx) => {
        await tx.execute(stmt);
        throw new Error('TRUNCATE went through');
      }),
      (err: any) => {
        const e = err?.cause ?? err;
        assert.notEqual(e.message, 'TRUNCATE went through');
        if (sqlstate) {
          assert.equal(e.code, sqlstate, e.message);
          assert.match(e.message, /append-only/);
        }
        return true;
      },
    );
  }
  await refused(sql`delete from ledger_accounts where id = ${b.id}`, '42501', /append-only/);

  // Balances move only through transfers; an account's ledger and rule never change.
  await refused(sql`update ledger_accounts set credits_posted = credits_posted + 1000000 where id = ${a.id}`, '42501', /only through transfers/);
  await refused(sql`update ledger_accounts set debits_pending = 0, debits_posted = 0 where id = ${a.id}`, '42501', /only through transfers/);
  await refused(sql`update ledger_accounts set rule = 'none' where id = ${a.id}`, '42501');
  await refused(sql`update ledger_accounts set ledger = ${LEDGERS.cny_quota} where id = ${a.id}`, '42501');
  await refused(
    sql`insert into ledger_accounts (id, ledger, code, rule, name, credits_posted) values (${newId('account')}, ${LEDGERS.cny}, 'general', 'none', 'rich', 100)`,
    '23514',
  );
  assert.deepEqual(await balances(a.id), { dp: 0, dpo: 100, cp: 0, cpo: 1000 });

  // A positive control: a well-formed raw transfer is accepted and moves the balances (so the
  // refusals below are the invariants at work, not a malformed statement).
  await t.deps.db.rows(rawTransfer({ kind: 'single', debit: a.id, credit: b.id, amount: 50, createdAt: t.deps.now() }));
  assert.deepEqual(await balances(a.id), { dp: 0, dpo: 150, cp: 0, cpo: 1000 });

  // A raw transfer that would break a balance rule.
  await refused(rawTransfer({ kind: 'single', debit: a.id, credit: b.id, amount: 851, createdAt: t.deps.now() }), '23514', /ledger_accounts_debits_within_credits/);
  await refused(rawTransfer({ kind: 'pending', debit: a.id, credit: b.id, amount: 851, createdAt: t.deps.now() }), '23514', /ledger_accounts_debits_within_credits/);
  // Across ledgers.
  const q = await open('none', 'quota', LEDGERS.cny_quota);
  await refused(rawTransfer({ kind: 'single', debit: b.id, credit: q.id, amount: 1, createdAt: t.deps.now() }), '23514');
  assert.deepEqual(await balances(a.id), { dp: 0, dpo: 150, cp: 0, cpo: 1000 });

  // A second resolution of one pending transfer, and resolutions that do not match it.
  const [p] = await ok([{ kind: 'pending', debitAccountId: a.id, creditAccountId: b.id, amount: 300, code: 'transfer', timeoutSeconds: 60 }]);
  const pAt = new Date(p!.createdAt).getTime();
  const soon = new Date(pAt + 1000);
  await refused(rawTransfer({ kind: 'post', debit: a.id, credit: b.id, amount: 301, released: 300, pendingId: p!.id, createdAt: soon }), '23514', /may not resolve/);
  await refused(rawTransfer({ kind: 'post', debit: a.id, credit: b.id, amount: 100, released: 100, pendingId: p!.id, createdAt: soon }), '23514', /may not resolve/);
  await refused(rawTransfer({ kind: 'post', debit: b.id, credit: a.id, amount: 100, released: 300, pendingId: p!.id, createdAt: soon }), '23514', /may not resolve/);
  await refused(rawTransfer({ kind: 'void', debit: a.id, credit: b.id, amount: 100, released: 300, pendingId: p!.id, createdAt: soon }), '23514', /may not resolve/);
  await refused(rawTransfer({ kind: 'post', debit: a.id, credit: b.id, amount: 10, released: 100, pendingId: tr!.id, createdAt: soon }), '23514', /may not resolve/);
  // Expiring before the timeout, posting at or after it.
  await refused(rawTransfer({ kind: 'expire', debit: a.id, credit: b.id, amount: 300, released: 300, pendingId: p!.id, createdAt: soon }), '23514', /may not resolve/);
  await refused(
    rawTransfer({ kind: 'post', debit: a.id, credit: b.id, amount: 300, released: 300, pendingId: p!.id, createdAt: new Date(pAt + 60_000) }),
    '23514',
    /may not resolve/,
  );
  await refused(
    rawTransfer({ kind: 'post', debit: a.id, credit: b.id, amount: 300, released: 300, pendingId: p!.id, createdAt: new Date(pAt + 61_000) }),
    '23514',
    /may not resolve/,
  );
  // A timeout only on pending transfers.
  await refused(rawTransfer({ kind: 'single', debit: b.id, credit: a.id, amount: 1, timeoutAt: soon, createdAt: soon }), '23514');
  assert.deepEqual(await balances(a.id), { dp: 300, dpo: 150, cp: 0, cpo: 1000 });

  // A correct raw post is accepted; a second resolution of the same pending is then refused.
  await t.deps.db.rows(rawTransfer({ kind: 'post', debit: a.id, credit: b.id, amount: 120, released: 300, pendingId: p!.id, createdAt: soon }));
  assert.deepEqual(await balances(a.id), { dp: 0, dpo: 270, cp: 0, cpo: 1000 });
  await refused(rawTransfer({ kind: 'void', debit: a.id, credit: b.id, amount: 300, released: 300, pendingId: p!.id, createdAt: soon }), '23505');
  await refused(
    rawTransfer({ kind: 'expire', debit: a.id, credit: b.id, amount: 300, released: 300, pendingId: p!.id, createdAt: new Date(pAt + 61_000) }),
    '23505',
  );
  // Two resolutions of one pending in a single statement.
  const [p2] = await ok([{ kind: 'pending', debitAccountId: a.id, creditAccountId: b.id, amount: 10, code: 'transfer' }]);
  const both = sql`insert into ledger_transfers (id, kind, ledger, code, debit_account_id, credit_account_id, amount, released, pending_id, created_at)
    values (${newId('transfer')}, 'post', ${LEDGERS.cny}, 'correction', ${a.id}, ${b.id}, 10, 10, ${p2!.id}, now()),
           (${newId('transfer')}, 'void', ${LEDGERS.cny}, 'correction', ${a.id}, ${b.id}, 10, 10, ${p2!.id}, now())`;
  await refused(both, '23505');
  assert.deepEqual(await balances(a.id), { dp: 10, dpo: 270, cp: 0, cpo: 1000 });
  await assertReconciled();
});
