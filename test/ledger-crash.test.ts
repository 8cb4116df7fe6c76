// Crash safety of the subsidy ledger: the real server, killed with SIGKILL in the middle of a
// burst of order confirmations (which reserve a linked chain of pending transfers) and
// acceptances (which post that chain), must come back on the same data with every acknowledged
// confirmation and acceptance, no order whose chain is partly posted, every voucher and company
// balance equal to what its orders say, a clean reconciliation and an intact audit chain.
// Runs on PGlite (a temporary data folder) or, with PUJIANG_TEST_DATABASE_URL, on a fresh
// database of that PostgreSQL server (modelled on test/crash.test.ts).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { loadConfig } from '../src/server/config.ts';
import { openRuntime } from '../src/server/runtime.ts';
import { systemCtx } from '../src/server/http/context.ts';
import { createPerson } from '../src/server/modules/identity/index.ts';
import { freshStore, http, signIn as signInWith, startServer, type Agent, type Server } from './support/server.ts';

const ROUNDS = Number(process.env.PUJIANG_LEDGER_CRASH_ROUNDS ?? 2);
/** Orders per round: half are confirmed during the burst, half (delivered before it) accepted. */
const PER_ROUND = 24;
const PASSWORD = 'Ledger-Crash-Password-1';
const PRICE_FEN = 10_000;
const RATE_BP = 5000;
const SUBSIDY = (PRICE_FEN * RATE_BP) / 10_000;
const OWN = PRICE_FEN - SUBSIDY;
const VOUCHER_FEN = 100_000_000;
const DEPOSIT_FEN = 100_000_000;

/** The body of a request that must answer `status`. */
async function must(base: string, status: number, method: string, path: string, as?: Agent, body?: unknown): Promise<any> {
  const r = await http(base, method, path, as, body);
  assert.equal(r.status, status, `${method} ${path}: ${JSON.stringify(r.body)}`);
  return r.body;
}

async function signIn(base: string, email: string): Promise<Agent> {
  return signInWith(base, email, PASSWORD);
}

interface Cast {
  op: Agent;
  buyer: Agent;
  seller: Agent;
  buyerOrgId: string;
  providerId: string;
  priceItemId: string;
  voucherId: string;
}

/** Program, voucher, money, provider and price, made through the API. */
async function seed(base: string, emails: { op: string; buyer: string; seller: string }): Promise<Cast> {
  const op = await signIn(base, emails.op);
  const buyer = await signIn(base, emails.buyer);
  const seller = await signIn(base, emails.seller);
  const tag = randomBytes(3).toString('hex');
  const buyerOrg = await must(base, 201, 'POST', '/orgs', buyer, { name: `崩溃买方 ${tag}`, kind: 'enterprise' });
  const sellerOrg = await must(base, 201, 'POST', '/orgs', seller, { name: `崩溃服务商 ${tag}`, kind: 'service_provider' });
  const provider = await must(base, 201, 'POST', '/ledger/providers', op, { orgId: sellerOrg.id, categories: ['compute'] });
  const price = await must(base, 201, 'POST', `/ledger/providers/${provider.id}/prices`, seller, { category: 'compute', sku: 'GPU-H', name: 'GPU 时', unit: 'hour', unitPriceFen: PRICE_FEN });
  const now = Date.now();
  const program = await must(base, 201, 'POST', '/ledger/programs', op, {
    code: `CRASH-${tag}`,
    name: '崩溃测试券',
    nameEn: 'Crash test vouchers',
    kind: 'compute_voucher',
    status: 'active',
    budgetFen: VOUCHER_FEN,
    validFrom: new Date(now - 86_400_000).toISOString(),
    validTo: new Date(now + 365 * 86_400_000).toISOString(),
    voucherDays: 365,
    rateBp: RATE_BP,
    capPerOrgYearFen: VOUCHER_FEN,
    eligibleOrgKinds: ['enterprise'],
    eligibleCategories: ['compute'],
    approvalThresholdFen: 0,
    deliveryDays: 90,
  });
  const voucher = await must(base, 201, 'POST', `/ledger/programs/${program.id}/vouchers`, op, { orgId: buyerOrg.id, amountFen: VOUCHER_FEN });
  await must(base, 200, 'POST', `/ledger/orgs/${buyerOrg.id}/deposits`, op, { amountFen: DEPOSIT_FEN });
  return { op, buyer, seller, buyerOrgId: buyerOrg.id, providerId: provider.id, priceItemId: price.id, voucherId: voucher.id };
}

interface Task {
  kind: 'confirm' | 'accept';
  orderId: string;
}

/**
 * Sends the tasks with 8 parallel clients until the server dies; the caller's `kill` runs once
 * `killAfter` are acknowledged. Returns the orders whose confirm or accept was acknowledged.
 */
async function burst(base: string, cast: Cast, tasks: Task[], killAfter: number, kill: () => void): Promise<{ confirmed: Set<string>; accepted: Set<string> }> {
  const confirmed = new Set<string>();
  const accepted = new Set<string>();
  let next = 0;
  let dead = false;
  const worker = async () => {
    while (!dead && next < tasks.length) {
      const task = tasks[next++]!;
      try {
        const r =
          task.kind === 'confirm'
            ? await http(base, 'POST', `/ledger/orders/${task.orderId}/confirm`, cast.buyer, { voucherId: cast.voucherId })
            : await http(base, 'POST', `/ledger/orders/${task.orderId}/accept`, cast.buyer);
        if (r.status !== 200) throw new Error(`${task.kind} ${task.orderId}: ${r.status} ${JSON.stringify(r.body)}`);
        (task.kind === 'confirm' ? confirmed : accepted).add(task.orderId);
      } catch (err) {
        // The kill cuts requests in flight: those were never acknowledged. Before it, any
        // failure fails the test.
        if (dead) return;
        throw err;
      }
      if (confirmed.size + accepted.size >= killAfter && !dead) {
        dead = true;
        kill();
      }
    }
  };
  await Promise.all(Array.from({ length: 8 }, () => worker()));
  assert.ok(dead, `the burst ended before ${killAfter} writes were acknowledged`);
  return { confirmed, accepted };
}

/** Every transfer of an order, as an operator reads them. */
async function transfersOf(base: string, op: Agent, orderId: string): Promise<any[]> {
  const r = await must(base, 200, 'GET', `/ledger/transfers?refType=order&refId=${orderId}&limit=200`, op);
  return r.items;
}

test('acknowledged confirmations and acceptances survive SIGKILL of the server; no order is half-posted', { timeout: 300_000 }, async (tt) => {
  const store = await freshStore('lcrash');
  const env = store.env;
  let server: Server | undefined;
  try {
    // The people exist before the server first starts (as `pujiang user create` would make them).
    const tag = randomBytes(3).toString('hex');
    const emails = { op: `lcrash-op-${tag}@test.pujiang.local`, buyer: `lcrash-buyer-${tag}@test.pujiang.local`, seller: `lcrash-seller-${tag}@test.pujiang.local` };
    const rt = await openRuntime(loadConfig(env));
    await createPerson(rt.deps, systemCtx('test'), { email: emails.op, name: 'Crash Operator', password: PASSWORD, platformRole: 'operator' });
    await createPerson(rt.deps, systemCtx('test'), { email: emails.buyer, name: 'Crash Buyer', password: PASSWORD });
    await createPerson(rt.deps, systemCtx('test'), { email: emails.seller, name: 'Crash Seller', password: PASSWORD });
    await rt.close();

    const t0 = Date.now();
    const lap = (what: string) => tt.diagnostic(`${what} at ${((Date.now() - t0) / 1000).toFixed(1)} s`);
    server = await startServer(env);
    lap('server up');
    const cast = await seed(server.base, emails);
    lap('seeded');
    const everyOrder: string[] = [];
    const ackedConfirm = new Set<string>();
    const ackedAccept = new Set<string>();

    for (let round = 1; round <= ROUNDS; round++) {
      const s: Server = server;
      // Before the burst: half the orders issued only, half confirmed and delivered.
      const tasks: Task[] = [];
      for (let i = 0; i < PER_ROUND; i++) {
        const o = await must(s.base, 201, 'POST', '/ledger/orders', cast.seller, {
          providerId: cast.providerId,
          buyerOrgId: cast.buyerOrgId,
          contractNo: `CR-${round}-${i}-${randomBytes(2).toString('hex')}`,
          lines: [{ priceItemId: cast.priceItemId, quantity: 1 }],
        });
        everyOrder.push(o.id);
        if (i % 2) {
          await must(s.base, 200, 'POST', `/ledger/orders/${o.id}/confirm`, cast.buyer, { voucherId: cast.voucherId });
          await must(s.base, 200, 'POST', `/ledger/orders/${o.id}/deliver`, cast.seller);
          tasks.push({ kind: 'accept', orderId: o.id });
        } else {
          tasks.push({ kind: 'confirm', orderId: o.id });
        }
      }
      lap(`round ${round}: orders ready`);
      // Kill after a different number of acknowledged writes each round.
      const killAfter = 5 + ((round * 7) % (PER_ROUND - 8));
      const acked = await burst(s.base, cast, tasks, killAfter, () => s.child.kill('SIGKILL'));
      const code = await s.exited;
      assert.equal(s.child.signalCode, 'SIGKILL', `round ${round}: the server exited by itself (${code})`);
      for (const id of acked.confirmed) ackedConfirm.add(id);
      for (const id of acked.accepted) ackedAccept.add(id);
      tt.diagnostic(`round ${round}: killed after ${acked.confirmed.size} confirmations and ${acked.accepted.size} acceptances acknowledged`);

      server = await startServer(env);
      lap(`round ${round}: restarted`);
      const base = server.base;
      const { op } = cast;
      // Every order: its status and its chain agree, and every pending is resolved at most once.
      let reservedSubsidy = 0;
      let spentSubsidy = 0;
      for (const id of everyOrder) {
        const o = await must(base, 200, 'GET', `/ledger/orders/${id}`, op);
        const all = await transfersOf(base, op, id);
        const states = o.transferIds.map((pid: string) => {
          assert.ok(all.some((x) => x.id === pid && x.kind === 'pending'), `round ${round}: pending ${pid} of ${id} missing`);
          const resolutions = all.filter((x) => x.pendingId === pid);
          assert.ok(resolutions.length <= 1, `round ${round}: pending ${pid} resolved ${resolutions.length} times`);
          return resolutions[0]?.kind ?? 'open';
        });
        const pendings = all.filter((x) => x.kind === 'pending');
        assert.equal(pendings.length, o.transferIds.length, `round ${round}: order ${id} has pendings it does not list`);
        if (ackedConfirm.has(id)) assert.notEqual(o.status, 'issued', `round ${round}: acknowledged confirmation of ${id} lost`);
        if (ackedAccept.has(id)) assert.equal(o.status, 'accepted', `round ${round}: acknowledged acceptance of ${id} lost`);
        if (o.status === 'issued') assert.deepEqual(o.transferIds, [], `round ${round}: ${id} issued with transfers`);
        else {
          assert.equal(o.transferIds.length, 3, `round ${round}: ${id} reserves subsidy, quota and own share`);
          const want = o.status === 'accepted' ? 'post' : 'open';
          assert.deepEqual(states, [want, want, want], `round ${round}: ${id} is ${o.status} but its chain is ${states.join('/')}`);
          if (o.status === 'accepted') spentSubsidy += o.subsidyFen;
          else reservedSubsidy += o.subsidyFen;
        }
      }
      // Vouchers and the company's account say what the orders say.
      const v = await must(base, 200, 'GET', `/ledger/vouchers/${cast.voucherId}`, cast.buyer);
      assert.deepEqual([v.reservedFen, v.balanceFen], [reservedSubsidy, VOUCHER_FEN - spentSubsidy], `round ${round}: voucher balances`);
      const acct = await must(base, 200, 'GET', `/ledger/orgs/${cast.buyerOrgId}/account`, cast.buyer);
      assert.deepEqual(
        [acct.debitsPending, acct.debitsPosted],
        [(reservedSubsidy / SUBSIDY) * OWN, (spentSubsidy / SUBSIDY) * OWN],
        `round ${round}: company account balances`,
      );
      const rec = await must(base, 200, 'GET', '/ledger/reconciliation', op);
      assert.equal(rec.ok, true, `round ${round}: reconciliation after SIGKILL: ${JSON.stringify(rec)}`);
      const verify = await must(base, 200, 'GET', '/audit/verify', op);
      assert.equal(verify.ok, true, `round ${round}: audit chain broken after SIGKILL: ${JSON.stringify(verify)}`);
      lap(`round ${round}: checked`);
    }
    tt.diagnostic(`${ackedConfirm.size} confirmations and ${ackedAccept.size} acceptances acknowledged, none lost, no chain half-posted`);
  } catch (err) {
    if (server) tt.diagnostic(`server output:\n${server.output.join('').slice(-4000)}`);
    throw err;
  } finally {
    await store.cleanup(server);
  }
});
