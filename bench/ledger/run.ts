// Ledger benchmark: transfers per second through the ledger core (createTransfersIn: accounts
// locked in id order, decided by the engine, written, checked again by the database's trigger) on
// PostgreSQL and on PGlite, one transfer per transaction and 1,000 per call; the invariants
// checked at the end; a naive read-modify-write "ledger" in the same run, which loses or creates
// money under concurrency; and the reconciliation of every balance against 10 million transfers.
//
//   npm run bench:ledger             full run (several minutes: 10,000,000 transfers are loaded)
//   npm run bench:ledger -- --quick  a smaller run in under a minute (200,000 transfers loaded)
//
// Prints figures as it goes and ends with one JSON line (DESIGN.md, convention 11).
import pg from 'pg';
import { openDatabase, sql, type Database } from '../../src/server/db/client.ts';
import { migrate } from '../../src/server/db/migrate.ts';
import type { EngineRequest, TransferResult, TransferRow } from '../../src/server/modules/ledger/ledger.engine.ts';
import * as svc from '../../src/server/modules/ledger/ledger.service.ts';
import { loadScale } from './scale.ts';
import { Rng, median, round1 } from './util.ts';

const QUICK = process.argv.includes('--quick');
/** The bank: accounts 0..HOT-1 are hot (HOT_SHARE of the picks land on one of them). */
const ACCOUNTS = 100;
const HOT = 4;
const HOT_SHARE = 0.3;
/** What the source puts into each account at the start, and the largest amount moved. */
const FUND_FEN = 2_000_000;
const MAX_AMOUNT_FEN = 20_000;
/** Shares of the units of work: a pending transfer, a linked pair, the resolution of a pending. */
const PENDING_SHARE = 0.1;
const LINKED_SHARE = 0.1;
const RESOLVE_SHARE = 0.1;
/**
 * Concurrent clients. PostgreSQL gets a pool: single transfers gain from many clients (their
 * commits share WAL flushes); a batch of 1,000 locks nearly every account of the bank, so more
 * than a few concurrent batches only queue on the locks. PGlite is one connection in this process.
 */
const CLIENTS: Record<Driver, Record<Mode, number>> = { pg: { single: 8, batched: 4 }, pglite: { single: 1, batched: 1 } };
const PG_POOL = 8;
const NAIVE_CLIENTS = 8;
const BATCH = 1000;
const ROUNDS = QUICK ? 3 : 5;
const ROUND_S = QUICK ? 1 : 4;
const WARMUP_S = QUICK ? 0.3 : 1;
/** Transfers loaded into PostgreSQL for the reconciliation, by SQL through the real table. */
const SCALE_TRANSFERS = QUICK ? 200_000 : 10_000_000;
const SCALE_CHUNK = QUICK ? 50_000 : 500_000;
const RECONCILE_RUNS = 3;
const PG_ADMIN_URL = process.env.PUJIANG_BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
/** The issue's aims, checked and printed (the JSON keeps the raw figures). */
const TARGET_TPS_PG = 5000;
const TARGET_RECONCILE_S = 60;

type Driver = 'pg' | 'pglite';
type Mode = 'single' | 'batched';

const log = (line: string) => console.log(line);
const fmt = (n: number) => Math.round(n).toLocaleString('en-US');

interface Balances {
  dpend: number;
  dpost: number;
  cpend: number;
  cpost: number;
}

/** The bank's accounts and what the benchmark itself saw acknowledged, to check the database against. */
interface Bank {
  driver: Driver;
  db: Database;
  source: string;
  accounts: string[];
  /** Every account's balances as the sum of the transfers the ledger acknowledged (committed). */
  expected: Map<string, Balances>;
  /** Transfers acknowledged, funding and clean-up included. */
  acknowledged: number;
  errors: string[];
}

/** Picks accounts by index: a share of the picks go to the few hot accounts. */
function pickIndex(rng: Rng): number {
  return rng.next() < HOT_SHARE ? rng.int(HOT) : rng.int(ACCOUNTS);
}

function pickDistinct(rng: Rng, n: number): number[] {
  const out: number[] = [];
  while (out.length < n) {
    const i = pickIndex(rng);
    if (!out.includes(i)) out.push(i);
  }
  return out;
}

function tally(bank: Bank, t: TransferRow): void {
  const pend = (t.kind === 'pending' ? t.amount : 0) - t.released;
  const post = t.kind === 'single' || t.kind === 'post' ? t.amount : 0;
  const d = bank.expected.get(t.debitAccountId) ?? { dpend: 0, dpost: 0, cpend: 0, cpost: 0 };
  const c = bank.expected.get(t.creditAccountId) ?? { dpend: 0, dpost: 0, cpend: 0, cpost: 0 };
  d.dpend += pend;
  d.dpost += post;
  c.cpend += pend;
  c.cpost += post;
  bank.expected.set(t.debitAccountId, d);
  bank.expected.set(t.creditAccountId, c);
  bank.acknowledged++;
}

/** One transaction through the ledger core; what it created is tallied once it committed. */
async function commit(bank: Bank, requests: EngineRequest[]): Promise<TransferResult[]> {
  const results = await bank.db.db.transaction((tx) => svc.createTransfersIn(tx, requests, { now: new Date(), createdBy: 'bench' }));
  for (const r of results) if (r.status === 'created') tally(bank, r.transfer);
  return results;
}

async function openBank(driver: Driver, db: Database): Promise<Bank> {
  const now = new Date();
  const opened = await db.db.transaction(async (tx) => {
    const source = await svc.openAccountIn(tx, { code: 'clearing', rule: 'none', name: 'bench source' }, now);
    const accounts: string[] = [];
    for (let i = 0; i < ACCOUNTS; i++) {
      // Three in four may not spend more than they hold (hot ones included); the rest may overdraw.
      const rule = i % 4 === 3 ? 'none' : 'debits_must_not_exceed_credits';
      accounts.push((await svc.openAccountIn(tx, { code: 'company', rule, name: `bench ${i}` }, now)).id);
    }
    return { source: source.id, accounts };
  });
  const bank: Bank = { driver, db, ...opened, expected: new Map(), acknowledged: 0, errors: [] };
  const results = await commit(
    bank,
    bank.accounts.map((a) => ({ debitAccountId: bank.source, creditAccountId: a, amount: FUND_FEN, code: 'deposit' as const })),
  );
  if (results.some((r) => r.status !== 'created')) throw new Error(`funding the bank on ${driver} failed: ${JSON.stringify(results.find((r) => r.status !== 'created'))}`);
  return bank;
}

/** One client of the bank: its own random stream and its own open pending transfers. */
class Client {
  readonly bank: Bank;
  readonly rng: Rng;
  readonly pendings: { id: string; amount: number }[] = [];
  created = 0;
  failed = 0;

  constructor(bank: Bank, seed: number) {
    this.bank = bank;
    this.rng = new Rng(seed);
  }

  private amount(): number {
    return 1 + this.rng.int(MAX_AMOUNT_FEN);
  }

  /** One unit of work: a transfer, a pending transfer, the post or void of one, or a linked pair. */
  unit(): EngineRequest[] {
    const a = this.bank.accounts;
    const r = this.rng.next();
    if (r < RESOLVE_SHARE && this.pendings.length > 0) {
      const p = this.pendings.shift()!;
      const k = this.rng.next();
      if (k < 1 / 3) return [{ kind: 'void', pendingId: p.id, code: 'transfer' }];
      if (k < 2 / 3) return [{ kind: 'post', pendingId: p.id, code: 'transfer' }];
      return [{ kind: 'post', pendingId: p.id, amount: Math.max(1, Math.floor(p.amount / 2)), code: 'transfer' }];
    }
    if (r < RESOLVE_SHARE + PENDING_SHARE) {
      const [d, c] = pickDistinct(this.rng, 2);
      return [{ kind: 'pending', debitAccountId: a[d!]!, creditAccountId: a[c!]!, amount: this.amount(), code: 'transfer' }];
    }
    if (r < RESOLVE_SHARE + PENDING_SHARE + LINKED_SHARE) {
      // Through an intermediary: both legs or neither.
      const [d, m, c] = pickDistinct(this.rng, 3);
      const amount = this.amount();
      return [
        { debitAccountId: a[d!]!, creditAccountId: a[m!]!, amount, code: 'transfer', linked: true },
        { debitAccountId: a[m!]!, creditAccountId: a[c!]!, amount, code: 'transfer' },
      ];
    }
    const [d, c] = pickDistinct(this.rng, 2);
    return [{ debitAccountId: a[d!]!, creditAccountId: a[c!]!, amount: this.amount(), code: 'transfer' }];
  }

  batch(): EngineRequest[] {
    const out: EngineRequest[] = [];
    while (out.length < BATCH - 1) out.push(...this.unit());
    return out;
  }

  /** Sends one transaction: a unit (single) or a batch of BATCH transfers. */
  async step(mode: Mode): Promise<void> {
    const requests = mode === 'single' ? this.unit() : this.batch();
    try {
      const results = await commit(this.bank, requests);
      for (const r of results) {
        if (r.status === 'created') {
          this.created++;
          if (r.transfer.kind === 'pending') this.pendings.push({ id: r.transfer.id, amount: r.transfer.amount });
        } else if (r.status === 'failed') this.failed++;
      }
    } catch (err) {
      // Nothing of the transaction committed; its pending resolutions stay open (voided at the end).
      this.bank.errors.push((err as Error).message);
      if (this.bank.errors.length > 20) throw err;
    }
  }
}

/** Runs every client until the deadline; transfers created per second of wall time. */
async function round(clients: Client[], mode: Mode, seconds: number): Promise<{ tps: number; created: number; failed: number }> {
  const created0 = clients.reduce((s, c) => s + c.created, 0);
  const failed0 = clients.reduce((s, c) => s + c.failed, 0);
  const t0 = performance.now();
  const end = t0 + seconds * 1000;
  await Promise.all(
    clients.map(async (c) => {
      while (performance.now() < end) await c.step(mode);
    }),
  );
  const s = (performance.now() - t0) / 1000;
  const created = clients.reduce((n, c) => n + c.created, 0) - created0;
  const failed = clients.reduce((n, c) => n + c.failed, 0) - failed0;
  return { tps: created / s, created, failed };
}

interface LedgerFigures {
  tps: Record<Mode, number>;
  rounds: Record<Mode, number[]>;
  created: number;
  failed: number;
}

async function benchLedger(bank: Bank): Promise<LedgerFigures> {
  const counts = CLIENTS[bank.driver];
  const all = Array.from({ length: Math.max(counts.single, counts.batched) }, (_, i) => new Client(bank, 1000 + i));
  const figures: LedgerFigures = { tps: { single: 0, batched: 0 }, rounds: { single: [], batched: [] }, created: 0, failed: 0 };
  for (const mode of ['single', 'batched'] as const) {
    const clientCount = counts[mode];
    const clients = all.slice(0, clientCount);
    await round(clients, mode, WARMUP_S);
    for (let i = 0; i < ROUNDS; i++) {
      const r = await round(clients, mode, ROUND_S);
      figures.rounds[mode].push(r.tps);
      figures.created += r.created;
      figures.failed += r.failed;
      log(`  ${bank.driver.padEnd(6)} ${mode.padEnd(7)} round ${i + 1}: ${fmt(r.tps).padStart(7)} transfers/s  (${fmt(r.created)} created, ${fmt(r.failed)} refused by the rules)`);
    }
    figures.tps[mode] = median(figures.rounds[mode]);
    const unit = mode === 'single' ? 'one unit (a transfer, a pending, a post/void or a linked pair) per transaction' : `${BATCH} per transaction`;
    log(`  ${bank.driver.padEnd(6)} ${mode.padEnd(7)} median ${fmt(figures.tps[mode])} transfers/s — ${clientCount} client${clientCount > 1 ? 's' : ''}, ${unit}`);
  }
  return figures;
}

/** Voids the pending transfers still open, so that every reservation is released at the end. */
async function voidOpenPendings(bank: Bank): Promise<number> {
  const open = await bank.db.rows<{ id: string }>(sql`
    select p.id from ledger_transfers p
     where p.kind = 'pending' and not exists (select 1 from ledger_transfers r where r.pending_id = p.id)`);
  for (let i = 0; i < open.length; i += BATCH) {
    const results = await commit(
      bank,
      open.slice(i, i + BATCH).map((p) => ({ kind: 'void' as const, pendingId: p.id, code: 'transfer' as const })),
    );
    if (results.some((r) => r.status !== 'created')) throw new Error(`voiding open pendings on ${bank.driver} failed`);
  }
  return open.length;
}

interface Invariants {
  ok: boolean;
  reconcileOk: boolean;
  pendingOpen: number;
  conserved: boolean;
  ruleBreaks: number;
  ackMismatches: number;
  stored: number;
  acknowledged: number;
}

/**
 * The end check: reconcile (every balance equals the sum of its transfers, double entry per
 * ledger, no balance rule broken), no reservation left, the money the source put in is exactly
 * what the accounts hold, every account's balances equal the sum of what the ledger acknowledged,
 * and the transfers stored are exactly the transfers acknowledged.
 */
async function checkInvariants(bank: Bank): Promise<Invariants> {
  const r = await svc.reconcile({ db: bank.db });
  const ids = [bank.source, ...bank.accounts];
  const rows = await bank.db.rows<Record<string, unknown>>(sql`
    select id, rule, debits_pending, debits_posted, credits_pending, credits_posted
      from ledger_accounts where id = any(${sql.param(ids)}::text[])`);
  let held = 0;
  let sourceNet = 0;
  let ruleBreaks = 0;
  let ackMismatches = 0;
  for (const a of rows) {
    const b = { dpend: Number(a.debits_pending), dpost: Number(a.debits_posted), cpend: Number(a.credits_pending), cpost: Number(a.credits_posted) };
    if (a.id === bank.source) sourceNet = b.dpost - b.cpost;
    else held += b.cpost - b.dpost;
    if (a.rule === 'debits_must_not_exceed_credits' && b.dpend + b.dpost > b.cpost) ruleBreaks++;
    const e = bank.expected.get(a.id as string) ?? { dpend: 0, dpost: 0, cpend: 0, cpost: 0 };
    if (e.dpend !== b.dpend || e.dpost !== b.dpost || e.cpend !== b.cpend || e.cpost !== b.cpost) ackMismatches++;
  }
  const [count] = await bank.db.rows<{ n: number }>(sql`select count(*)::bigint as n from ledger_transfers`);
  const stored = Number(count!.n);
  const funded = ACCOUNTS * FUND_FEN;
  const conserved = rows.length === ids.length && held === funded && sourceNet === funded;
  const ok = r.ok && r.pendingOpen === 0 && conserved && ruleBreaks === 0 && ackMismatches === 0 && stored === bank.acknowledged && r.transfers === stored;
  log(
    `  ${bank.driver.padEnd(6)} invariant: reconcile ${r.ok ? 'ok' : 'FAILED'} (${fmt(r.transfers)} transfers, ${r.mismatches.length} mismatches, ${r.ruleBreaks.length} rule breaks, ${r.ms} ms); ` +
      `open pendings ${r.pendingOpen}; held ${fmt(held)} fen of ${fmt(funded)} funded; ${ackMismatches} accounts differ from the acknowledged transfers; ` +
      `stored ${fmt(stored)} = acknowledged ${fmt(bank.acknowledged)}: ${ok ? 'OK' : 'BROKEN'}`,
  );
  return { ok, reconcileOk: r.ok, pendingOpen: r.pendingOpen, conserved, ruleBreaks, ackMismatches, stored, acknowledged: bank.acknowledged };
}

type Query = (text: string, params?: unknown[]) => Promise<Record<string, unknown>[]>;

interface NaiveFigures {
  tps: number;
  transfers: number;
  refused: number;
  /** Sum of the balances minus what was funded: money created (negative: destroyed). */
  createdFen: number;
  /** Per account, balance against the sum of its acknowledged transfers: what appeared, what vanished. */
  excessFen: number;
  missingFen: number;
}

/**
 * The naive "ledger" a first version might write: one balance per account, and a transfer reads
 * both balances, checks the debit side, and writes both new balances back — no transaction, no
 * lock, no constraint. Concurrent clients overwrite each other's writes; the money created (or
 * destroyed) is the sum of the balances minus what was put in.
 */
async function benchNaive(driver: Driver, q: Query, clientCount: number, rounds: number, seconds: number): Promise<NaiveFigures> {
  await q('create table bench_naive_accounts (id integer primary key, balance bigint not null)');
  await q(`insert into bench_naive_accounts (id, balance) select i, ${FUND_FEN} from generate_series(0, ${ACCOUNTS - 1}) i`);
  const expected = new Array<number>(ACCOUNTS).fill(FUND_FEN);
  let transfers = 0;
  let refused = 0;
  const client = async (rng: Rng, end: number) => {
    while (performance.now() < end) {
      const [d, c] = pickDistinct(rng, 2) as [number, number];
      const amount = 1 + rng.int(MAX_AMOUNT_FEN);
      const from = Number((await q('select balance from bench_naive_accounts where id = $1', [d]))[0]!.balance);
      if (from < amount) {
        refused++;
        continue;
      }
      const to = Number((await q('select balance from bench_naive_accounts where id = $1', [c]))[0]!.balance);
      await q('update bench_naive_accounts set balance = $2 where id = $1', [d, from - amount]);
      await q('update bench_naive_accounts set balance = $2 where id = $1', [c, to + amount]);
      expected[d]! -= amount;
      expected[c]! += amount;
      transfers++;
    }
  };
  const rngs = Array.from({ length: clientCount }, (_, i) => new Rng(5000 + i));
  const tps: number[] = [];
  for (let i = 0; i < rounds; i++) {
    const before = transfers;
    const t0 = performance.now();
    await Promise.all(rngs.map((rng) => client(rng, t0 + seconds * 1000)));
    tps.push((transfers - before) / ((performance.now() - t0) / 1000));
  }
  const rows = await q('select id, balance from bench_naive_accounts');
  let sum = 0;
  let excess = 0;
  let missing = 0;
  for (const r of rows) {
    const b = Number(r.balance);
    const off = b - expected[Number(r.id)]!;
    sum += b;
    if (off > 0) excess += off;
    else missing -= off;
  }
  const createdFen = sum - ACCOUNTS * FUND_FEN;
  const f = { tps: median(tps), transfers, refused, createdFen, excessFen: excess, missingFen: missing };
  log(
    `  ${driver.padEnd(6)} naive   ${clientCount} clients: median ${fmt(f.tps)} transfers/s (${tps.map(fmt).join(', ')}); ${fmt(transfers)} transfers acknowledged; ` +
      `money created ${fmt(createdFen)} fen (sum of balances − funded); against the acknowledged transfers, ${fmt(excess)} fen appeared and ${fmt(missing)} fen vanished`,
  );
  return f;
}

function withDatabase(url: string, name: string): string {
  const u = new URL(url);
  u.pathname = `/${name}`;
  return u.toString();
}

async function admin(query: string): Promise<void> {
  const c = new pg.Client({ connectionString: PG_ADMIN_URL });
  await c.connect();
  try {
    await c.query(query);
  } finally {
    await c.end();
  }
}

type Out = Record<string, number | boolean | string>;
const share = (part: number, whole: number) => (whole ? Math.round((1000 * part) / whole) / 1000 : 0);

/** The ledger on PostgreSQL, then the naive table beside it in the same database. */
async function phasePg(db: Database, out: Out): Promise<Invariants> {
  log(`\nPostgreSQL (pool of ${PG_POOL})`);
  await migrate(db);
  const bank = await openBank('pg', db);
  const f = await benchLedger(bank);
  log(`  pg     voided the ${await voidOpenPendings(bank)} pending transfers left open`);
  const inv = await checkInvariants(bank);
  if (bank.errors.length) log(`  pg     ${bank.errors.length} transactions failed, e.g. ${bank.errors[0]}`);
  const naive = await benchNaive('pg', async (text, params) => (await db.pool!.query(text, params)).rows, NAIVE_CLIENTS, ROUNDS, ROUND_S);
  Object.assign(out, {
    transfers_per_s_pg: Math.round(f.tps.batched),
    transfers_per_s_pg_single: Math.round(f.tps.single),
    refused_share_pg: share(f.failed, f.created + f.failed),
    tx_errors_pg: bank.errors.length,
    naive_created_fen: naive.createdFen,
    naive_excess_fen: naive.excessFen,
    naive_missing_fen: naive.missingFen,
    naive_transfers_per_s: Math.round(naive.tps),
    naive_transfers: naive.transfers,
  });
  return inv;
}

/** The ledger on PGlite (one connection in this process), then the naive table. */
async function phasePglite(out: Out): Promise<Invariants> {
  log(`\nPGlite (memory://, one connection)`);
  const lite = await openDatabase({ dataDir: 'memory://' });
  try {
    await migrate(lite);
    const bank = await openBank('pglite', lite);
    const f = await benchLedger(bank);
    log(`  pglite voided the ${await voidOpenPendings(bank)} pending transfers left open`);
    const inv = await checkInvariants(bank);
    if (bank.errors.length) log(`  pglite ${bank.errors.length} transactions failed, e.g. ${bank.errors[0]}`);
    // One connection does not save it: async clients interleave their reads and writes.
    const naive = await benchNaive('pglite', async (text, params) => (await lite.pglite!.query<Record<string, unknown>>(text, params)).rows, NAIVE_CLIENTS, 1, ROUND_S);
    Object.assign(out, {
      transfers_per_s_pglite: Math.round(f.tps.batched),
      transfers_per_s_pglite_single: Math.round(f.tps.single),
      refused_share_pglite: share(f.failed, f.created + f.failed),
      tx_errors_pglite: bank.errors.length,
      naive_created_fen_pglite: naive.createdFen,
      naive_transfers_per_s_pglite: Math.round(naive.tps),
    });
    return inv;
  } finally {
    await lite.close();
  }
}

/**
 * Reconciliation at scale, last (the load leaves PostgreSQL busy with checkpoints and autovacuum
 * for a while): SCALE_TRANSFERS more transfers through the real table, then `reconcile` timed.
 * True when every run reconciled and counted every stored transfer.
 */
async function phaseReconcile(db: Database, out: Out): Promise<boolean> {
  log(`\nreconciliation: loading ${fmt(SCALE_TRANSFERS)} transfers into PostgreSQL (INSERT … SELECT generate_series, ${fmt(SCALE_CHUNK)} per statement)`);
  const scale = await loadScale(db, SCALE_TRANSFERS, SCALE_CHUNK, log);
  const [count] = await db.rows<{ n: number }>(sql`select count(*)::bigint as n from ledger_transfers`);
  const stored = Number(count!.n);
  const times: number[] = [];
  let ok = true;
  let reconciled = 0;
  for (let i = 0; i < RECONCILE_RUNS; i++) {
    const r = await svc.reconcile({ db });
    times.push(Math.round(r.ms / 10) / 100);
    reconciled = r.transfers;
    ok &&= r.ok && r.transfers === stored;
    log(`  reconcile ${i + 1}: ${(r.ms / 1000).toFixed(2)} s over ${fmt(r.transfers)} transfers and ${fmt(r.accounts)} accounts: ${r.ok ? 'ok' : 'FAILED'}${r.transfers === stored ? '' : ` (the table holds ${fmt(stored)})`}`);
  }
  const s = median(times);
  log(`  reconcile median ${s.toFixed(2)} s over ${fmt(reconciled)} transfers${QUICK ? '' : s < TARGET_RECONCILE_S ? ` (aim < ${TARGET_RECONCILE_S} s: met)` : `  ABOVE the ${TARGET_RECONCILE_S} s aim`}`);
  Object.assign(out, {
    reconcile_transfers: reconciled,
    reconcile_s: s,
    reconcile_first_s: times[0]!,
    load_transfers: scale.transfers,
    load_s: round1(scale.seconds),
    load_transfers_per_s: Math.round(scale.transfers / scale.seconds),
  });
  if (!QUICK) out.reconcile_10m_s = s;
  return ok;
}

async function main() {
  const t0 = performance.now();
  log(`Ledger benchmark${QUICK ? ' (--quick)' : ''} — node ${process.version}, ${new Date().toISOString()}`);
  log(`bank: ${ACCOUNTS} accounts (${HOT} hot, ${HOT_SHARE * 100}% of picks), 3 in 4 with debits_must_not_exceed_credits, ${fmt(FUND_FEN)} fen each; amounts 1–${fmt(MAX_AMOUNT_FEN)} fen`);
  log(`mix: ${RESOLVE_SHARE * 100}% post/void of an open pending, ${PENDING_SHARE * 100}% pending, ${LINKED_SHARE * 100}% linked pairs, the rest single; ${ROUNDS} rounds × ${ROUND_S} s per figure (median)`);

  const pgName = `pujiang_bench_ledger_${process.pid}`;
  const drop = () => admin(`drop database if exists "${pgName}" with (force)`);
  // An interrupted full run would leave gigabytes behind: drop the database on Ctrl-C too.
  const onSignal = (signal: NodeJS.Signals) => {
    void drop().finally(() => process.exit(signal === 'SIGINT' ? 130 : 143));
  };
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);
  await drop();
  await admin(`create database "${pgName}"`);
  log(`PostgreSQL database ${pgName} created (dropped at the end)`);

  const out: Out = { quick: QUICK };
  try {
    const pgDb = await openDatabase({ url: withDatabase(PG_ADMIN_URL, pgName), poolSize: PG_POOL });
    try {
      const pgInv = await phasePg(pgDb, out);
      const liteInv = await phasePglite(out);
      const reconcileOk = await phaseReconcile(pgDb, out);
      Object.assign(out, { invariant_ok_pg: pgInv.ok, invariant_ok_pglite: liteInv.ok, reconcile_ok: reconcileOk, invariant_ok: pgInv.ok && liteInv.ok && reconcileOk });
    } finally {
      await pgDb.close();
    }
  } finally {
    await drop();
  }
  out.pg_target_met = (out.transfers_per_s_pg as number) >= TARGET_TPS_PG;
  if (!QUICK) out.reconcile_target_met = (out.reconcile_s as number) < TARGET_RECONCILE_S && (out.reconcile_transfers as number) >= 10_000_000;
  Object.assign(out, { accounts: ACCOUNTS, batch: BATCH, pg_clients_single: CLIENTS.pg.single, pg_clients_batched: CLIENTS.pg.batched, rounds: ROUNDS, round_s: ROUND_S });
  out.total_s = round1((performance.now() - t0) / 1000);

  log(
    `\nsummary: PostgreSQL ${fmt(out.transfers_per_s_pg as number)} transfers/s batched (aim ≥ ${fmt(TARGET_TPS_PG)}: ${out.pg_target_met ? 'met' : 'MISSED'}), ` +
      `${fmt(out.transfers_per_s_pg_single as number)} single; PGlite ${fmt(out.transfers_per_s_pglite as number)} batched, ${fmt(out.transfers_per_s_pglite_single as number)} single; ` +
      `naive: ${fmt(out.naive_created_fen as number)} fen created on PostgreSQL, ${fmt(out.naive_created_fen_pglite as number)} on PGlite; ` +
      `reconcile ${out.reconcile_s} s over ${fmt(out.reconcile_transfers as number)} transfers; invariant ${out.invariant_ok ? 'ok' : 'BROKEN'}; done in ${out.total_s} s`,
  );
  console.log(JSON.stringify(out));
  if (!out.invariant_ok) process.exitCode = 1;
}

await main();
