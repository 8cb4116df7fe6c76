// The subsidy layer through the HTTP API, on PGlite and PostgreSQL: the whole life of a
// voucher-paid order (grant → order → confirm → deliver → accept → claim → settlement, statement
// and invoice), double spends under concurrency (voucher, yearly cap, program budget), idempotent
// writes repeated concurrently, accept-versus-cancel races, who may do what, and expiry of orders
// and vouchers (last: those tests move the app's clock).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { testApp, PASSWORD, type Agent, type Res, type TestApp } from '../../../../test/support/app.ts';
import { addMember } from '../../../../test/support/factories.ts';
import {
  assertReconciled,
  company,
  deposit,
  drainJobs,
  get,
  grant,
  issue,
  ok,
  pendingStates,
  program,
  provider,
  refused,
  step,
  uniq,
} from '../../../../test/support/ledger.ts';
import { centerMonth } from './ledger.access.ts';
import { expireDuePendings } from './ledger.service.ts';
import { systemCtx } from '../../http/context.ts';

let t: TestApp;
let op: Agent;
before(async () => {
  // The expiry tests move the clock by days: sessions must outlive that (re-signing in covers more).
  t = await testApp({ PUJIANG_SESSION_IDLE_MINUTES: String(7 * 24 * 60), PUJIANG_SESSION_ABSOLUTE_HOURS: String(30 * 24) });
  op = await t.person({ platformRole: 'operator' });
});
after(async () => {
  await t.close();
});

const DAY = 86_400_000;
const codes = (rs: Res[]) => rs.map((r) => (r.status < 300 ? r.status : `${r.status} ${r.body?.code}`)).sort();
const count = (rs: Res[], pred: (r: Res) => boolean) => rs.filter(pred).length;

/** The company's own account as its owner sees it. */
const companyAccount = (owner: Agent, orgId: string) => get(t, owner, `/api/ledger/orgs/${orgId}/account`);

test('lifecycle: grant → provider admitted → prices → order issued, confirmed, delivered, accepted, claimed → settlement, statement and invoice', async () => {
  const prog = await program(t, op, { budgetFen: 10_000_000, rateBp: 3000 });
  assert.equal(prog.availableFen, 10_000_000);
  const { org: buyer, owner: buyerOwner } = await company(t);
  await deposit(t, op, buyer.id, 1_000_000);
  const voucher = await grant(t, op, prog.id, buyer.id, 500_000);
  assert.equal(voucher.status, 'active');
  assert.equal(voucher.availableFen, 500_000);
  assert.equal((await get(t, op, `/api/ledger/programs/${prog.id}`)).availableFen, 9_500_000);

  // The provider applies through its own admin and is admitted by an operator.
  const provOwner = await t.person({ name: 'Provider Owner' });
  const provOrg = ok(await t.req('POST', '/api/orgs', { as: provOwner, body: { name: `算力服务 ${uniq()}`, kind: 'service_provider' } }), 201);
  const applied = ok(await t.req('POST', '/api/ledger/providers', { as: provOwner, body: { orgId: provOrg.id, categories: ['compute'] } }), 201);
  assert.equal(applied.status, 'applied');
  const anonDirectory = await t.req('GET', `/api/ledger/providers/${applied.id}`);
  assert.equal(anonDirectory.status, 404, 'an applicant is not in the public directory');
  const admitted = ok(await t.req('POST', `/api/ledger/providers/${applied.id}/decision`, { as: op, body: { action: 'admit' } }));
  assert.equal(admitted.status, 'admitted');
  // An odd price, so the program's share is rounded down: 3 × 33 333 = 99 999; 30 % → 29 999.7 → 29 999.
  const price = ok(
    await t.req('POST', `/api/ledger/providers/${applied.id}/prices`, { as: provOwner, body: { category: 'compute', sku: 'GPU-H', name: 'GPU 时', unit: 'hour', unitPriceFen: 33_333 } }),
    201,
  );
  const prices = ok(await t.req('GET', `/api/ledger/providers/${applied.id}/prices`));
  assert.deepEqual(prices.items.map((p: any) => p.id), [price.id]);

  const issued = ok(
    await t.req('POST', '/api/ledger/orders', { as: provOwner, body: { providerId: applied.id, buyerOrgId: buyer.id, contractNo: `HT-${uniq()}`, lines: [{ priceItemId: price.id, quantity: 3 }] } }),
    201,
  );
  assert.equal(issued.status, 'issued');
  assert.equal(issued.totalFen, 99_999);
  assert.deepEqual(issued.transferIds, []);

  const confirmed = ok(await step(t, buyerOwner, issued.id, 'confirm', { voucherId: voucher.id }));
  assert.equal(confirmed.status, 'confirmed');
  assert.equal(confirmed.subsidyFen, 29_999);
  assert.equal(confirmed.ownFen, 70_000);
  assert.equal(confirmed.programId, prog.id);
  assert.equal(confirmed.transferIds.length, 3, 'subsidy, quota and own share are reserved together');
  assert.deepEqual(await pendingStates(t, op, confirmed), ['open', 'open', 'open']);
  let v = await get(t, buyerOwner, `/api/ledger/vouchers/${voucher.id}`);
  assert.deepEqual([v.balanceFen, v.reservedFen, v.availableFen], [500_000, 29_999, 470_001]);
  let acct = await companyAccount(buyerOwner, buyer.id);
  assert.deepEqual([acct.debitsPending, acct.available], [70_000, 930_000]);

  const delivered = ok(await step(t, provOwner, issued.id, 'deliver'));
  assert.equal(delivered.status, 'delivered');
  const accepted = ok(await step(t, buyerOwner, issued.id, 'accept'));
  assert.equal(accepted.status, 'accepted');
  assert.deepEqual(await pendingStates(t, op, accepted), ['post', 'post', 'post']);

  v = await get(t, buyerOwner, `/api/ledger/vouchers/${voucher.id}`);
  assert.deepEqual([v.balanceFen, v.reservedFen, v.availableFen], [470_001, 0, 470_001]);
  acct = await companyAccount(buyerOwner, buyer.id);
  assert.deepEqual([acct.balance, acct.debitsPending, acct.debitsPosted], [930_000, 0, 70_000]);
  let receivable = await get(t, op, `/api/ledger/accounts/${admitted.accountId}`);
  assert.deepEqual([receivable.creditsPosted, receivable.balance], [99_999, 99_999]);
  const quota = await get(t, op, `/api/ledger/accounts?orgId=${buyer.id}&code=quota`);
  assert.equal(quota.items.length, 1);
  assert.equal(quota.items[0].debitsPosted, 29_999, 'the yearly quota carries the program share');

  const claimed = ok(await step(t, provOwner, issued.id, 'claim'));
  assert.equal(claimed.status, 'claimed');

  t.advance(1000); // settlement takes what was claimed before the run
  const period = centerMonth(new Date(claimed.claimedAt));
  const run = ok(await t.req('POST', '/api/ledger/settlements', { as: op, body: { period } }));
  const statement = run.items.find((s: any) => s.providerId === applied.id);
  assert.ok(statement, 'a statement for the provider');
  assert.deepEqual([statement.orderCount, statement.subsidyFen, statement.ownFen, statement.totalFen], [1, 29_999, 70_000, 99_999]);
  const again = ok(await t.req('POST', '/api/ledger/settlements', { as: op, body: { period } }));
  assert.ok(!again.items.some((s: any) => s.providerId === applied.id), 'a second run settles nothing twice');

  const detail = await get(t, provOwner, `/api/ledger/settlements/${statement.id}`);
  assert.deepEqual(detail.orders.map((o: any) => [o.id, o.status, o.settlementId]), [[issued.id, 'settled', statement.id]]);
  const mine = await get(t, provOwner, '/api/ledger/settlements');
  assert.ok(mine.items.some((s: any) => s.id === statement.id));
  const payout = await get(t, op, `/api/ledger/transfers/${statement.payoutTransferId}`);
  assert.deepEqual([payout.code, payout.amount, payout.debitAccountId], ['payout', 99_999, admitted.accountId]);
  receivable = await get(t, op, `/api/ledger/accounts/${admitted.accountId}`);
  assert.deepEqual([receivable.debitsPosted, receivable.balance], [99_999, 0], 'the receivable is paid out');

  const inv = await get(t, buyerOwner, `/api/ledger/orgs/${buyer.id}/invoice?period=${centerMonth(new Date(accepted.acceptedAt))}`);
  assert.deepEqual(inv.orders.map((o: any) => o.id), [issued.id]);
  assert.deepEqual([inv.totalFen, inv.subsidyFen, inv.ownFen], [99_999, 29_999, 70_000]);
  const p = await get(t, op, `/api/ledger/programs/${prog.id}`);
  assert.deepEqual([p.fundedFen, p.grantedFen, p.availableFen], [10_000_000, 500_000, 9_500_000]);
  await assertReconciled(t, op);
});

test('double spend on a voucher: of 8 concurrent confirmations a voucher covering 3 lets exactly 3 through', async () => {
  const prog = await program(t, op, { rateBp: 5000 });
  const prov = await provider(t, op, { unitPriceFen: 10_000 });
  const { org, owner } = await company(t);
  await deposit(t, op, org.id, 1_000_000);
  const voucher = await grant(t, op, prog.id, org.id, 15_000); // 3 × the 5 000 program share
  const orders = await Promise.all(Array.from({ length: 8 }, () => issue(t, prov, org.id)));

  const rs = await Promise.all(orders.map((o) => step(t, owner, o.id, 'confirm', { voucherId: voucher.id })));
  assert.equal(count(rs, (r) => r.status === 200), 3, codes(rs).join(', '));
  assert.equal(count(rs, (r) => r.status === 409 && r.body.code === 'voucher_insufficient'), 5, codes(rs).join(', '));
  const v = await get(t, owner, `/api/ledger/vouchers/${voucher.id}`);
  assert.deepEqual([v.balanceFen, v.reservedFen, v.availableFen], [15_000, 15_000, 0]);
  const acct = await companyAccount(owner, org.id);
  assert.equal(acct.debitsPending, 15_000, 'only the winners reserved their own share');
  for (const [i, r] of rs.entries()) {
    const o = await get(t, owner, `/api/ledger/orders/${orders[i].id}`);
    assert.equal(o.status, r.status === 200 ? 'confirmed' : 'issued');
    assert.equal(o.transferIds.length, r.status === 200 ? 3 : 0);
  }
  // Cancelling one winner frees its share for one loser.
  const winner = orders[rs.findIndex((r) => r.status === 200)];
  const loser = orders[rs.findIndex((r) => r.status !== 200)];
  assert.equal(ok(await step(t, owner, winner.id, 'cancel', { reason: 'changed plans' })).status, 'cancelled');
  assert.equal(ok(await step(t, owner, loser.id, 'confirm', { voucherId: voucher.id })).status, 'confirmed');
  await assertReconciled(t, op);
});

test('double spend on the yearly cap: 6 vouchers of one company, concurrent confirmations, a cap covering 3', async () => {
  const prog = await program(t, op, { rateBp: 5000, capPerOrgYearFen: 15_000 });
  const prov = await provider(t, op, { unitPriceFen: 10_000 });
  const { org, owner } = await company(t);
  await deposit(t, op, org.id, 1_000_000);
  const vouchers: any[] = [];
  for (let i = 0; i < 6; i++) vouchers.push(await grant(t, op, prog.id, org.id, 5_000)); // 30 000 granted, cap 15 000
  const orders = await Promise.all(vouchers.map(() => issue(t, prov, org.id)));

  const rs = await Promise.all(orders.map((o, i) => step(t, owner, o.id, 'confirm', { voucherId: vouchers[i].id })));
  assert.equal(count(rs, (r) => r.status === 200), 3, codes(rs).join(', '));
  assert.equal(count(rs, (r) => r.status === 409 && r.body.code === 'yearly_cap_exceeded'), 3, codes(rs).join(', '));
  const quota = await get(t, op, `/api/ledger/accounts?orgId=${org.id}&code=quota`);
  assert.equal(quota.items.length, 1, 'one quota account for the company, program and year');
  assert.deepEqual([quota.items[0].creditsPosted, quota.items[0].debitsPending, quota.items[0].available], [15_000, 15_000, 0]);
  for (const [i, r] of rs.entries()) {
    const v = await get(t, owner, `/api/ledger/vouchers/${vouchers[i].id}`);
    assert.equal(v.reservedFen, r.status === 200 ? 5_000 : 0, 'a refused confirmation reserves nothing on its voucher');
  }
  // Another company has its own cap in the same program.
  const other = await company(t);
  await deposit(t, op, other.org.id, 100_000);
  const ov = await grant(t, op, prog.id, other.org.id, 5_000);
  const oo = await issue(t, prov, other.org.id);
  assert.equal(ok(await step(t, other.owner, oo.id, 'confirm', { voucherId: ov.id })).status, 'confirmed');
  await assertReconciled(t, op);
});

test('double spend on a program budget: of 8 concurrent grants a budget covering 3 lets exactly 3 through', async () => {
  const prog = await program(t, op, { budgetFen: 30_000 });
  const companies = await Promise.all(Array.from({ length: 8 }, () => company(t)));
  const rs = await Promise.all(companies.map((c) => t.req('POST', `/api/ledger/programs/${prog.id}/vouchers`, { as: op, body: { orgId: c.org.id, amountFen: 10_000 } })));
  assert.equal(count(rs, (r) => r.status === 201), 3, codes(rs).join(', '));
  assert.equal(count(rs, (r) => r.status === 409 && r.body.code === 'program_budget_exceeded'), 5, codes(rs).join(', '));
  const p = await get(t, op, `/api/ledger/programs/${prog.id}`);
  assert.deepEqual([p.grantedFen, p.availableFen], [30_000, 0]);
  const list = await get(t, op, `/api/ledger/vouchers?programId=${prog.id}`);
  assert.equal(list.items.length, 3);
  await assertReconciled(t, op);
});

test('idempotency under concurrency: one effect per key, every answer the first; another body is a conflict', async () => {
  const prog = await program(t, op, { rateBp: 5000 });
  const { org, owner } = await company(t);
  await deposit(t, op, org.id, 1_000_000);

  // Grants: the same key and body six times at once.
  const key = `grant-${uniq()}`;
  const body = { orgId: org.id, amountFen: 40_000, reason: 'round 1' };
  const grants = await Promise.all(Array.from({ length: 6 }, () => t.req('POST', `/api/ledger/programs/${prog.id}/vouchers`, { as: op, body, headers: { 'idempotency-key': key } })));
  assert.deepEqual(codes(grants), [201, 201, 201, 201, 201, 201]);
  for (const g of grants) assert.deepEqual(g.body, grants[0]!.body);
  const vouchers = await get(t, op, `/api/ledger/vouchers?programId=${prog.id}`);
  assert.equal(vouchers.items.length, 1, 'one voucher');
  assert.equal((await get(t, op, `/api/ledger/programs/${prog.id}`)).grantedFen, 40_000, 'granted once');
  refused(await t.req('POST', `/api/ledger/programs/${prog.id}/vouchers`, { as: op, body: { ...body, amountFen: 40_001 }, headers: { 'idempotency-key': key } }), 409, 'idempotency_conflict');
  const voucher = grants[0]!.body;
  // A batch sent three times at once grants each row once.
  const others = await Promise.all([company(t), company(t), company(t)]);
  const rows = others.map((c, i) => ({ orgId: c.org.id, amountFen: 1_000 + i, key: `row-${uniq()}` }));
  const batches = await Promise.all([1, 2, 3].map(() => t.req('POST', `/api/ledger/programs/${prog.id}/vouchers/batch`, { as: op, body: { grants: rows } })));
  for (const b of batches) {
    ok(b);
    assert.deepEqual(b.body.results.map((r: any) => [r.ok, r.voucher?.id]), batches[0]!.body.results.map((r: any) => [true, r.voucher.id]));
  }
  assert.equal((await get(t, op, `/api/ledger/vouchers?programId=${prog.id}`)).items.length, 4, 'one voucher per row');
  assert.equal((await get(t, op, `/api/ledger/programs/${prog.id}`)).grantedFen, 40_000 + 3_003);

  // Confirmations of one order.
  const prov = await provider(t, op, { unitPriceFen: 10_000 });
  const order = await issue(t, prov, org.id);
  const ckey = `confirm-${uniq()}`;
  const confirms = await Promise.all(Array.from({ length: 6 }, () => step(t, owner, order.id, 'confirm', { voucherId: voucher.id }, ckey)));
  assert.deepEqual(codes(confirms), [200, 200, 200, 200, 200, 200]);
  for (const c of confirms) assert.deepEqual(c.body, confirms[0]!.body);
  assert.equal(confirms[0]!.body.transferIds.length, 3);
  let v = await get(t, owner, `/api/ledger/vouchers/${voucher.id}`);
  assert.equal(v.reservedFen, 5_000, 'reserved once');
  refused(await step(t, owner, order.id, 'confirm', {}, ckey), 409, 'idempotency_conflict', 'same key, no voucher:');
  refused(await step(t, owner, order.id, 'confirm', { voucherId: voucher.id }), 409, 'invalid_state', 'without the key, a second confirmation:');

  // Acceptances of the delivered order.
  ok(await step(t, prov.owner, order.id, 'deliver'));
  const akey = `accept-${uniq()}`;
  const accepts = await Promise.all(Array.from({ length: 6 }, () => step(t, owner, order.id, 'accept', undefined, akey)));
  assert.deepEqual(codes(accepts), [200, 200, 200, 200, 200, 200]);
  for (const a of accepts) assert.deepEqual(a.body, accepts[0]!.body);
  assert.deepEqual(await pendingStates(t, op, accepts[0]!.body), ['post', 'post', 'post'], 'each pending posted once');
  v = await get(t, owner, `/api/ledger/vouchers/${voucher.id}`);
  assert.deepEqual([v.balanceFen, v.reservedFen], [35_000, 0]);

  // Issuing: one order per key.
  const ikey = `issue-${uniq()}`;
  const ibody = { providerId: prov.provider.id, buyerOrgId: org.id, contractNo: `HT-${uniq()}`, lines: [{ priceItemId: prov.prices.compute.id, quantity: 2 }] };
  const issues = await Promise.all(Array.from({ length: 4 }, () => t.req('POST', '/api/ledger/orders', { as: prov.owner, body: ibody, headers: { 'idempotency-key': ikey } })));
  assert.deepEqual(codes(issues), [201, 201, 201, 201]);
  for (const i of issues) assert.equal(i.body.id, issues[0]!.body.id);
  const listed = await get(t, op, `/api/ledger/orders?providerId=${prov.provider.id}`);
  assert.equal(listed.items.length, 2, 'the first order and one more');
  await assertReconciled(t, op);
});

test('post-versus-void races: accept and cancel of one delivered order at once, each pending resolved once', async () => {
  const prog = await program(t, op, { rateBp: 4000 });
  const prov = await provider(t, op, { unitPriceFen: 10_000 });
  const { org, owner } = await company(t);
  await deposit(t, op, org.id, 1_000_000);
  const voucher = await grant(t, op, prog.id, org.id, 100_000);
  const orders = [];
  for (let i = 0; i < 6; i++) {
    const o = await issue(t, prov, org.id);
    ok(await step(t, owner, o.id, 'confirm', { voucherId: voucher.id }));
    orders.push(ok(await step(t, prov.owner, o.id, 'deliver')));
  }
  let accepted = 0;
  for (const [i, o] of orders.entries()) {
    // The cancel comes from the buyer or the provider, and goes first or second.
    const canceller = i % 2 ? prov.owner : owner;
    const pair = i % 3 ? [step(t, owner, o.id, 'accept'), step(t, canceller, o.id, 'cancel', { reason: 'race' })] : [step(t, canceller, o.id, 'cancel', { reason: 'race' }), step(t, owner, o.id, 'accept')];
    const rs = await Promise.all(pair);
    const wins = rs.filter((r) => r.status === 200);
    assert.equal(wins.length, 1, `exactly one wins: ${codes(rs).join(', ')}`);
    const loser = rs.find((r) => r.status !== 200)!;
    refused(loser, 409, 'invalid_state');
    const final = await get(t, op, `/api/ledger/orders/${o.id}`);
    assert.equal(final.status, wins[0]!.body.status);
    const states = await pendingStates(t, op, final);
    assert.deepEqual(states, final.status === 'accepted' ? ['post', 'post', 'post'] : ['void', 'void', 'void']);
    if (final.status === 'accepted') accepted++;
  }
  const v = await get(t, owner, `/api/ledger/vouchers/${voucher.id}`);
  assert.deepEqual([v.reservedFen, v.balanceFen], [0, 100_000 - accepted * 4_000]);
  const acct = await companyAccount(owner, org.id);
  assert.deepEqual([acct.debitsPending, acct.debitsPosted], [0, accepted * 6_000]);
  // Two acceptances at once: one posts, the other finds it accepted.
  const o = await issue(t, prov, org.id);
  ok(await step(t, owner, o.id, 'confirm', { voucherId: voucher.id }));
  ok(await step(t, prov.owner, o.id, 'deliver'));
  const twice = await Promise.all([step(t, owner, o.id, 'accept'), step(t, owner, o.id, 'accept')]);
  assert.deepEqual(codes(twice), [200, '409 invalid_state']);
  assert.deepEqual(await pendingStates(t, op, twice.find((r) => r.status === 200)!.body), ['post', 'post', 'post']);
  await assertReconciled(t, op);
});

test('access: org members cannot confirm, other organizations see nothing, non-operators stay off operator routes', async () => {
  const prog = await program(t, op);
  const prov = await provider(t, op);
  const { org, owner } = await company(t);
  await deposit(t, op, org.id, 100_000);
  const voucher = await grant(t, op, prog.id, org.id, 50_000);
  const order = await issue(t, prov, org.id);
  const member = await addMember(t, org, owner, 'member');
  const admin = await addMember(t, org, owner, 'admin');
  const stranger = await company(t);
  const strangerVoucher = await grant(t, op, prog.id, stranger.org.id, 50_000);

  // A plain member reads but does not confirm, accept or cancel.
  assert.equal((await t.req('GET', `/api/ledger/orders/${order.id}`, { as: member })).status, 200);
  assert.equal((await t.req('GET', `/api/ledger/vouchers/${voucher.id}`, { as: member })).status, 200);
  refused(await step(t, member, order.id, 'confirm', { voucherId: voucher.id }), 403, 'forbidden');
  refused(await step(t, member, order.id, 'reject', {}), 403, 'forbidden');
  // Another organization's owner does not learn that the order or voucher exist.
  for (const path of [`/api/ledger/orders/${order.id}`, `/api/ledger/vouchers/${voucher.id}`, `/api/ledger/orgs/${org.id}/account`, `/api/ledger/orgs/${org.id}/invoice?period=2026-01`]) {
    refused(await t.req('GET', path, { as: stranger.owner }), 404, 'not_found', path);
  }
  refused(await step(t, stranger.owner, order.id, 'confirm', { voucherId: strangerVoucher.id }), 404, 'not_found');
  // The buyer cannot pay with another company's voucher.
  refused(await step(t, owner, order.id, 'confirm', { voucherId: strangerVoucher.id }), 404, 'not_found');
  const strangerList = await get(t, stranger.owner, '/api/ledger/vouchers');
  assert.deepEqual(strangerList.items.map((v: any) => v.id), [strangerVoucher.id]);
  const strangerOrders = await get(t, stranger.owner, '/api/ledger/orders');
  assert.equal(strangerOrders.items.length, 0);
  const buyerAccount = await companyAccount(owner, org.id);
  const strangerTransfers = await get(t, stranger.owner, '/api/ledger/transfers?limit=200');
  assert.ok(!strangerTransfers.items.some((x: any) => [x.debitAccountId, x.creditAccountId].includes(buyerAccount.id)), "no transfer of the buyer's account");
  assert.equal((await t.req('GET', `/api/ledger/transfers?accountId=${buyerAccount.id}`, { as: stranger.owner })).status, 404);
  assert.equal((await t.req('GET', `/api/ledger/accounts/${buyerAccount.id}`, { as: stranger.owner })).status, 404);
  // The provider delivers; the buyer does not deliver or claim, the provider does not accept.
  ok(await step(t, admin, order.id, 'confirm', { voucherId: voucher.id }), 200, 'an org admin confirms');
  refused(await step(t, owner, order.id, 'deliver'), 404, 'not_found');
  const provMember = await addMember(t, prov.org, prov.owner, 'member');
  ok(await step(t, provMember, order.id, 'deliver'), 200, 'a provider member delivers');
  refused(await step(t, prov.owner, order.id, 'accept'), 404, 'not_found');
  refused(await step(t, member, order.id, 'accept'), 403, 'forbidden');
  ok(await step(t, owner, order.id, 'accept'));
  refused(await step(t, owner, order.id, 'claim'), 404, 'not_found');

  // Operator routes refuse a signed-in person without the platform role.
  const plain = owner;
  const calls: [string, string, unknown?][] = [
    ['POST', '/api/ledger/programs', { code: `X-${uniq()}`, name: 'x', nameEn: 'x', kind: 'innovation_voucher', budgetFen: 1, validFrom: new Date().toISOString(), validTo: new Date(Date.now() + DAY).toISOString(), voucherDays: 1, rateBp: 1, capPerOrgYearFen: 1, eligibleOrgKinds: ['enterprise'], eligibleCategories: ['compute'], approvalThresholdFen: 0 }],
    ['PATCH', `/api/ledger/programs/${prog.id}`, { status: 'closed' }],
    ['POST', `/api/ledger/programs/${prog.id}/funding`, { amountFen: 1 }],
    ['POST', `/api/ledger/programs/${prog.id}/vouchers`, { orgId: org.id, amountFen: 1 }],
    ['POST', `/api/ledger/programs/${prog.id}/vouchers/batch`, { grants: [{ orgId: org.id, amountFen: 1, key: 'k' }] }],
    ['POST', `/api/ledger/vouchers/${voucher.id}/clawback`, { amountFen: 1, reason: 'x' }],
    ['GET', '/api/ledger/approvals'],
    ['POST', `/api/ledger/orgs/${org.id}/deposits`, { amountFen: 1 }],
    ['POST', `/api/ledger/providers/${prov.provider.id}/decision`, { action: 'suspend', reason: 'x' }],
    ['DELETE', '/api/ledger/relations/relation_x'],
    ['POST', '/api/ledger/settlements', { period: '2026-01' }],
    ['GET', '/api/ledger/reconciliation'],
    ['POST', '/api/ledger/sweep'],
    ['GET', '/api/ledger/accounts'],
  ];
  for (const [method, path, body] of calls) {
    refused(await t.req(method, path, { as: plain, ...(body !== undefined ? { body } : {}) }), 403, 'forbidden', `${method} ${path}`);
  }
  assert.equal((await t.req('GET', '/api/ledger/reconciliation')).status, 401, 'anonymous: sign in first');
  const p = await get(t, op, `/api/ledger/programs/${prog.id}`);
  assert.equal(p.status, 'active', 'nothing changed');
  await assertReconciled(t, op);
});

test('settlement runs at once pay each claimed order once', async () => {
  const prog = await program(t, op, { rateBp: 2500 });
  const { org, owner } = await company(t);
  await deposit(t, op, org.id, 1_000_000);
  const voucher = await grant(t, op, prog.id, org.id, 100_000);
  const provs = [await provider(t, op, { unitPriceFen: 10_000 }), await provider(t, op, { unitPriceFen: 10_000 })];
  for (const prov of provs) {
    for (let i = 0; i < 3; i++) {
      const o = await issue(t, prov, org.id);
      ok(await step(t, owner, o.id, 'confirm', { voucherId: voucher.id }));
      ok(await step(t, prov.owner, o.id, 'deliver'));
      ok(await step(t, owner, o.id, 'accept'));
      ok(await step(t, prov.owner, o.id, 'claim'));
    }
  }
  t.advance(1000);
  const period = centerMonth(t.deps.now());
  const runs = await Promise.all([1, 2, 3].map(() => t.req('POST', '/api/ledger/settlements', { as: op, body: { period } })));
  for (const r of runs) ok(r);
  const statements = runs.flatMap((r) => r.body.items).filter((s: any) => provs.some((p) => p.provider.id === s.providerId));
  assert.equal(statements.length, 2, `one statement per provider: ${JSON.stringify(statements)}`);
  for (const prov of provs) {
    const s = statements.find((x: any) => x.providerId === prov.provider.id);
    assert.deepEqual([s.orderCount, s.subsidyFen, s.ownFen, s.totalFen], [3, 7_500, 22_500, 30_000]);
    const receivable = await get(t, op, `/api/ledger/accounts/${prov.provider.accountId}`);
    assert.deepEqual([receivable.creditsPosted, receivable.debitsPosted, receivable.balance], [30_000, 30_000, 0]);
    const orders = await get(t, prov.owner, `/api/ledger/orders?providerId=${prov.provider.id}`);
    assert.ok(orders.items.every((o: any) => o.status === 'settled' && o.settlementId === s.id));
  }
  await assertReconciled(t, op);
});

// ── expiry (these move the clock: keep them last) ─────────────────────────────────────────

/** Signs everyone in again after the clock moved (sessions have an absolute lifetime). */
async function again(...agents: Agent[]): Promise<Agent[]> {
  return Promise.all(agents.map((a) => t.signIn(a.email, PASSWORD)));
}

test('expiry: a reservation not accepted within the delivery days expires (job or sweep); voucher and company balances come back', async () => {
  const prog = await program(t, op, { rateBp: 5000, deliveryDays: 2, voucherDays: 60 });
  const prov = await provider(t, op, { unitPriceFen: 10_000 });
  const { org, owner } = await company(t);
  await deposit(t, op, org.id, 50_000);
  const voucher = await grant(t, op, prog.id, org.id, 20_000);
  const byJob = await issue(t, prov, org.id);
  const bySweep = await issue(t, prov, org.id);
  ok(await step(t, owner, byJob.id, 'confirm', { voucherId: voucher.id }));
  ok(await step(t, prov.owner, byJob.id, 'deliver'));
  let v = await get(t, owner, `/api/ledger/vouchers/${voucher.id}`);
  assert.deepEqual([v.reservedFen, v.availableFen], [5_000, 15_000]);

  // Not yet: a minute before the end of the delivery days nothing expires.
  t.advance(2 * DAY - 60_000);
  await drainJobs(t);
  assert.equal((await get(t, op, `/api/ledger/orders/${byJob.id}`)).status, 'delivered');
  t.advance(2 * 60_000);
  await drainJobs(t);
  const expired = await get(t, op, `/api/ledger/orders/${byJob.id}`);
  assert.equal(expired.status, 'expired');
  assert.deepEqual(await pendingStates(t, op, expired), ['expire', 'expire', 'expire']);
  v = await get(t, op, `/api/ledger/vouchers/${voucher.id}`);
  assert.deepEqual([v.status, v.balanceFen, v.reservedFen, v.availableFen], ['active', 20_000, 0, 20_000]);
  let acct = await get(t, op, `/api/ledger/orgs/${org.id}/account`);
  assert.deepEqual([acct.debitsPending, acct.available], [0, 50_000]);
  const [owner2, provOwner2] = await again(owner, prov.owner);
  refused(await step(t, owner2!, byJob.id, 'accept'), 409, 'invalid_state');

  // The sweep does the same at once, without waiting for the job.
  ok(await step(t, owner2!, bySweep.id, 'confirm', { voucherId: voucher.id }));
  t.advance(2 * DAY + 60_000);
  const swept = ok(await t.req('POST', '/api/ledger/sweep', { as: (await again(op))[0] }));
  assert.ok(swept.ordersExpired >= 1, JSON.stringify(swept));
  const [owner3, provOwner3] = await again(owner2!, provOwner2!);
  const s = await get(t, owner3!, `/api/ledger/orders/${bySweep.id}`);
  assert.equal(s.status, 'expired');
  refused(await step(t, provOwner3!, bySweep.id, 'deliver'), 409, 'invalid_state');
  v = await get(t, owner3!, `/api/ledger/vouchers/${voucher.id}`);
  assert.deepEqual([v.balanceFen, v.reservedFen, v.availableFen], [20_000, 0, 20_000]);
  acct = await get(t, owner3!, `/api/ledger/orgs/${org.id}/account`);
  assert.deepEqual([acct.debitsPending, acct.available], [0, 50_000]);
  const quota = await get(t, (await again(op))[0]!, `/api/ledger/accounts?orgId=${org.id}&code=quota`);
  assert.equal(quota.items[0].debitsPending, 0, 'the yearly quota is released too');
  await assertReconciled(t, (await again(op))[0]!);
});

test('expiry: a voucher past its date expires, its unreserved balance returns to the budget; reserved shares follow when released', async () => {
  let [opNow] = await again(op);
  const prog = await program(t, opNow!, { budgetFen: 1_000_000, rateBp: 5000, voucherDays: 3, deliveryDays: 30 });
  const prov = await provider(t, opNow!, { unitPriceFen: 10_000 });
  const { org, owner } = await company(t);
  await deposit(t, opNow!, org.id, 100_000);
  const voucher = await grant(t, opNow!, prog.id, org.id, 100_000);
  const cancelled = await issue(t, prov, org.id);
  const acceptedLater = await issue(t, prov, org.id);
  const expiredLater = await issue(t, prov, org.id);
  const tooLate = await issue(t, prov, org.id);
  for (const o of [cancelled, acceptedLater, expiredLater]) ok(await step(t, owner, o.id, 'confirm', { voucherId: voucher.id }));
  assert.equal((await get(t, opNow!, `/api/ledger/programs/${prog.id}`)).availableFen, 900_000);

  t.advance(3 * DAY + 60_000);
  await drainJobs(t);
  [opNow] = await again(op);
  const [buyer0, provOwner] = await again(owner, prov.owner);
  let buyer = buyer0;
  let v = await get(t, buyer!, `/api/ledger/vouchers/${voucher.id}`);
  assert.equal(v.status, 'expired');
  assert.deepEqual([v.balanceFen, v.reservedFen, v.availableFen], [15_000, 15_000, 0], 'only the reserved shares stay');
  assert.equal((await get(t, opNow!, `/api/ledger/programs/${prog.id}`)).availableFen, 985_000, 'the unreserved 85 000 is back');
  refused(await step(t, buyer!, tooLate.id, 'confirm', { voucherId: voucher.id }), 409, 'voucher_not_active');

  // Cancelled after the voucher expired: the released share goes on to the budget.
  ok(await step(t, buyer!, cancelled.id, 'cancel', { reason: 'no longer needed' }));
  assert.equal((await get(t, opNow!, `/api/ledger/programs/${prog.id}`)).availableFen, 990_000);
  v = await get(t, buyer!, `/api/ledger/vouchers/${voucher.id}`);
  assert.deepEqual([v.balanceFen, v.reservedFen], [10_000, 10_000]);
  // Accepted after the voucher expired: the reservation holds, the program pays its share.
  ok(await step(t, provOwner!, acceptedLater.id, 'deliver'));
  ok(await step(t, buyer!, acceptedLater.id, 'accept'));
  v = await get(t, buyer!, `/api/ledger/vouchers/${voucher.id}`);
  assert.deepEqual([v.balanceFen, v.reservedFen], [5_000, 5_000]);
  // Expired after the voucher expired: the share goes back to the budget as well.
  t.advance(30 * DAY);
  await drainJobs(t);
  [opNow] = await again(op);
  [buyer] = await again(owner);
  assert.equal((await get(t, opNow!, `/api/ledger/orders/${expiredLater.id}`)).status, 'expired');
  v = await get(t, buyer!, `/api/ledger/vouchers/${voucher.id}`);
  assert.deepEqual([v.balanceFen, v.reservedFen, v.availableFen], [0, 0, 0]);
  const p = await get(t, opNow!, `/api/ledger/programs/${prog.id}`);
  assert.equal(p.availableFen, 995_000, 'everything but the accepted order’s 5 000 is back in the budget');
  await assertReconciled(t, opNow!);
});

test('expiry: after the delivery days, accepting or cancelling answers pending_expired and the order ends expired', async () => {
  const [opNow] = await again(op);
  const prog = await program(t, opNow!, { rateBp: 5000, deliveryDays: 1, voucherDays: 365 });
  const prov = await provider(t, opNow!, { unitPriceFen: 10_000 });
  const { org, owner } = await company(t);
  await deposit(t, opNow!, org.id, 50_000);
  const voucher = await grant(t, opNow!, prog.id, org.id, 20_000);
  const late = await issue(t, prov, org.id);
  const cancelledLate = await issue(t, prov, org.id);
  for (const o of [late, cancelledLate]) {
    ok(await step(t, owner, o.id, 'confirm', { voucherId: voucher.id }));
    ok(await step(t, prov.owner, o.id, 'deliver'));
  }
  t.advance(DAY + 60_000);
  const [buyer] = await again(owner);
  // Before any job or sweep ran: the reservation has lapsed all the same.
  refused(await step(t, buyer!, late.id, 'accept'), 409, 'pending_expired');
  // A lapsed reservation cannot be voided: the cancel expires the order (answering it, or pending_expired).
  const cancel = await step(t, buyer!, cancelledLate.id, 'cancel', { reason: 'too late' });
  if (cancel.status === 200) assert.equal(cancel.body.status, 'expired');
  else refused(cancel, 409, 'pending_expired');
  const c = await get(t, buyer!, `/api/ledger/orders/${cancelledLate.id}`);
  assert.equal(c.status, 'expired', 'the cancel found the reservation lapsed and expired the order');
  await drainJobs(t);
  for (const o of [late, cancelledLate]) {
    const x = await get(t, buyer!, `/api/ledger/orders/${o.id}`);
    assert.equal(x.status, 'expired');
    assert.deepEqual(await pendingStates(t, (await again(op))[0]!, x), ['expire', 'expire', 'expire']);
  }
  const v = await get(t, buyer!, `/api/ledger/vouchers/${voucher.id}`);
  assert.deepEqual([v.balanceFen, v.reservedFen], [20_000, 0]);
  await assertReconciled(t, (await again(op))[0]!);
});

test('expiry: vouchers expiring while their orders are cancelled at once leave nothing stranded on an expired voucher', async () => {
  let [opNow] = await again(op);
  const prog = await program(t, opNow!, { budgetFen: 1_000_000, rateBp: 5000, voucherDays: 1, deliveryDays: 30 });
  const prov = await provider(t, opNow!, { unitPriceFen: 10_000 });
  const { org, owner } = await company(t);
  await deposit(t, opNow!, org.id, 1_000_000);
  const pairs: { voucher: any; order: any }[] = [];
  for (let i = 0; i < 12; i++) {
    const voucher = await grant(t, opNow!, prog.id, org.id, 10_000);
    const order = await issue(t, prov, org.id);
    ok(await step(t, owner, order.id, 'confirm', { voucherId: voucher.id }));
    pairs.push({ voucher, order });
  }
  t.advance(DAY + 60_000);
  [opNow] = await again(op);
  const [buyer] = await again(owner);
  // Vouchers expire (two sweeps and the jobs) while every order is cancelled.
  const rs = await Promise.all([
    t.req('POST', '/api/ledger/sweep', { as: opNow }),
    ...pairs.map((p) => step(t, buyer!, p.order.id, 'cancel', { reason: 'race' })),
    drainJobs(t).then(() => ({ status: 200 }) as Res),
    t.req('POST', '/api/ledger/sweep', { as: opNow }),
  ]);
  assert.deepEqual(rs.filter((r) => r.status !== 200).map((r) => r.text), []);
  await drainJobs(t);
  for (const p of pairs) {
    const v = await get(t, opNow!, `/api/ledger/vouchers/${p.voucher.id}`);
    assert.equal(v.status, 'expired');
    assert.deepEqual([v.balanceFen, v.reservedFen, v.availableFen], [0, 0, 0], `voucher ${v.id}: its whole amount went back to the budget`);
  }
  const pr = await get(t, opNow!, `/api/ledger/programs/${prog.id}`);
  assert.equal(pr.availableFen, 1_000_000, 'the budget has everything back');
  await assertReconciled(t, opNow!);
});

test('expiry: the core sweep of lapsed pendings running before the order job does not strand the order', async () => {
  const [opNow] = await again(op);
  const prog = await program(t, opNow!, { rateBp: 5000, deliveryDays: 1, voucherDays: 365 });
  const prov = await provider(t, opNow!, { unitPriceFen: 10_000 });
  const { org, owner } = await company(t);
  await deposit(t, opNow!, org.id, 50_000);
  const voucher = await grant(t, opNow!, prog.id, org.id, 20_000);
  const o = await issue(t, prov, org.id);
  ok(await step(t, owner, o.id, 'confirm', { voucherId: voucher.id }));
  t.advance(DAY + 60_000);
  // The sweep of the core (pending transfers past their timeout) gets there first.
  await expireDuePendings(t.deps, systemCtx('ledger-vouchers-test'));
  await drainJobs(t);
  const [op2, buyer] = await again(op, owner);
  const x = await get(t, op2!, `/api/ledger/orders/${o.id}`);
  assert.equal(x.status, 'expired', 'the order follows its lapsed reservation');
  assert.deepEqual(await pendingStates(t, op2!, x), ['expire', 'expire', 'expire']);
  const v = await get(t, buyer!, `/api/ledger/vouchers/${voucher.id}`);
  assert.deepEqual([v.balanceFen, v.reservedFen, v.availableFen], [20_000, 0, 20_000]);
  // Nor does it block later sweeps.
  ok(await t.req('POST', '/api/ledger/sweep', { as: op2 }), 200, 'a later sweep:');
  await assertReconciled(t, op2!);
});
