// Metered orders: the hold of the maximum and the settlement of the actual, to the fen, with the
// voucher rules of the ledger (rate, the voucher's balance, the yearly cap, related parties).
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { systemCtx } from '../../http/context.ts';
import { AppError } from '../../http/errors.ts';
import { testApp, type Agent, type TestApp } from '../../../../test/support/app.ts';
import { company, deposit, get, grant, ok, program, provider, uniq, type BuiltProvider } from '../../../../test/support/ledger.ts';
import { holdMeteredIn, settleMeteredIn, type MeteredHoldInput } from './ledger.metered.service.ts';

const ctx = systemCtx('compute');

describe('metered orders', () => {
  let t: TestApp;
  let op: Agent;
  let prov: BuiltProvider;
  before(async () => {
    t = await testApp();
    op = await t.person({ platformRole: 'operator' });
    prov = await provider(t, op, { categories: ['compute'] });
  });
  after(() => t.close());

  async function startup(o: { ownFen?: number; voucherFen?: number; rateBp?: number; capFen?: number } = {}) {
    const c = await company(t, 'startup');
    const prog = await program(t, op, { kind: 'compute_voucher', rateBp: o.rateBp ?? 3000, eligibleCategories: ['compute'], capPerOrgYearFen: o.capFen });
    const voucher = o.voucherFen === 0 ? null : await grant(t, op, prog.id, c.org.id, o.voucherFen ?? 100_000);
    if (o.ownFen !== 0) await deposit(t, op, c.org.id, o.ownFen ?? 100_000);
    return { ...c, prog, voucher };
  }
  const input = (orgId: string, maxFen: number, extra: Partial<MeteredHoldInput> = {}): MeteredHoldInput => ({
    providerId: prov.provider.id,
    buyerOrgId: orgId,
    category: 'compute',
    contractNo: `job-${uniq()}`,
    description: 'test job',
    maxFen,
    timeoutSeconds: 86_400,
    refType: 'compute_job',
    refId: `cj_${uniq()}`,
    ...extra,
  });
  const hold = (i: MeteredHoldInput) => t.deps.db.db.transaction((tx) => holdMeteredIn(tx, ctx, i, t.deps.now()));
  const settle = (orderId: string, totalFen: number) =>
    t.deps.db.db.transaction((tx) => settleMeteredIn(tx, ctx, orderId, { totalFen, lines: [{ priceItemId: '', sku: 'compute-gpu', name: 'GPU time', unit: 'second', unitPriceFen: 1, quantity: totalFen, amountFen: totalFen }] }, t.deps.now()));
  const account = (id: string) => get(t, op, `/api/ledger/accounts/${id}`);

  it('holds the maximum split by the rate, then posts the actual and releases the rest', async () => {
    const s = await startup();
    const h = await hold(input(s.org.id, 10_001));
    assert.equal(h.subsidyFen, 3000); // floor(10 001 × 30 %)
    assert.equal(h.ownFen, 7001);
    assert.equal(h.voucherId, s.voucher.id);
    assert.equal(h.voucherNote, null);
    const v1 = await account(s.voucher.accountId);
    assert.equal(v1.debitsPending, 3000);
    const own = ok(await t.req('GET', `/api/ledger/orgs/${s.org.id}/account`, { as: op }));
    assert.equal(own.debitsPending, 7001);

    const r = await settle(h.orderId, 3333);
    assert.deepEqual({ total: r.totalFen, subsidy: r.subsidyFen, own: r.ownFen, status: r.status }, { total: 3333, subsidy: 999, own: 2334, status: 'claimed' });
    const v2 = await account(s.voucher.accountId);
    assert.equal(v2.debitsPending, 0);
    assert.equal(v2.debitsPosted, 999);
    const own2 = ok(await t.req('GET', `/api/ledger/orgs/${s.org.id}/account`, { as: op }));
    assert.equal(own2.debitsPending, 0);
    assert.equal(own2.debitsPosted, 2334);
    const order = ok(await t.req('GET', `/api/ledger/orders/${h.orderId}`, { as: op }));
    assert.equal(order.status, 'claimed');
    assert.equal(order.totalFen, 3333);
    const rec = ok(await t.req('GET', '/api/ledger/reconciliation', { as: op }));
    assert.equal(rec.ok, true);
  });

  it('settles nothing used by releasing the whole hold', async () => {
    const s = await startup();
    const h = await hold(input(s.org.id, 5000));
    const r = await settle(h.orderId, 0);
    assert.equal(r.status, 'cancelled');
    const v = await account(s.voucher.accountId);
    assert.deepEqual([v.debitsPending, v.debitsPosted], [0, 0]);
    await assert.rejects(settle(h.orderId, 10), (e: unknown) => e instanceof AppError && e.code === 'invalid_state');
  });

  it('charges never more than the hold', async () => {
    const s = await startup();
    const h = await hold(input(s.org.id, 1000));
    const r = await settle(h.orderId, 5000);
    assert.deepEqual([r.totalFen, r.subsidyFen, r.ownFen], [1000, 300, 700]);
  });

  it('lets the company pay all when the provider is related to it', async () => {
    const s = await startup();
    ok(await t.req('POST', '/api/ledger/relations', { as: op, body: { orgId: s.org.id, relatedOrgId: prov.org.id, kind: 'shared_controller' } }), 201, 'relation');
    const h = await hold(input(s.org.id, 2000));
    assert.deepEqual([h.subsidyFen, h.ownFen, h.voucherId, h.voucherNote], [0, 2000, null, 'provider_related_to_buyer']);
  });

  it('pays the program share only as far as the voucher and the yearly cap reach', async () => {
    const small = await startup({ voucherFen: 500 });
    const h = await hold(input(small.org.id, 10_000));
    assert.deepEqual([h.subsidyFen, h.ownFen, h.voucherNote], [500, 9500, 'voucher_insufficient']);
    // The actual share is the rate of the actual amount, never more than was held.
    const r = await settle(h.orderId, 9000);
    assert.deepEqual([r.subsidyFen, r.ownFen], [500, 8500]);

    const capped = await startup({ capFen: 200 });
    const h2 = await hold(input(capped.org.id, 10_000));
    assert.deepEqual([h2.subsidyFen, h2.voucherNote], [200, 'yearly_cap_exceeded']);
    const h3 = await hold(input(capped.org.id, 10_000));
    assert.deepEqual([h3.subsidyFen, h3.ownFen, h3.voucherNote], [0, 10_000, 'yearly_cap_exceeded']);
  });

  it('refuses a hold the company cannot cover and writes nothing', async () => {
    const s = await startup({ ownFen: 0, voucherFen: 0 });
    await assert.rejects(hold(input(s.org.id, 1000)), (e: unknown) => e instanceof AppError && e.code === 'insufficient_funds');
    const orders = ok(await t.req('GET', `/api/ledger/orders?buyerOrgId=${s.org.id}`, { as: op }));
    assert.equal(orders.items.length, 0);
  });

  it('names no voucher when asked not to, and a foreign voucher is not found', async () => {
    const s = await startup();
    const h = await hold(input(s.org.id, 1000, { voucherId: null }));
    assert.deepEqual([h.subsidyFen, h.ownFen, h.voucherId], [0, 1000, null]);
    const other = await startup();
    await assert.rejects(hold(input(s.org.id, 1000, { voucherId: other.voucher.id })), (e: unknown) => e instanceof AppError && e.code === 'not_found');
  });
});
